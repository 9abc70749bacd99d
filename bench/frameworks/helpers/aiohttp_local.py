"""An aiohttp application served on 127.0.0.1, on a port the system picks, and
an aiohttp ClientSession to call it with; started inside the event loop that
runs the workload (a session belongs to the loop it was made in)."""

from aiohttp import ClientSession, web


class LocalServer:
    def __init__(self, runner, base):
        self.runner = runner
        self.base = base
        self.session = ClientSession()

    @classmethod
    async def start(cls, app):
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        return cls(runner, "http://127.0.0.1:%d" % runner.addresses[0][1])

    def get(self, path):
        """A GET of the path, for `async with`."""
        return self.session.get(self.base + path)

    async def close(self):
        await self.session.close()
        await self.runner.cleanup()
