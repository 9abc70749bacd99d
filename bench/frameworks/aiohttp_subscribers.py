# leak-gate-bench: kind=leak category=aiohttp-subscribers retainer=['subscribers']
"""An aiohttp notification service: each GET /subscribe registers an
asyncio.Queue for the caller in the application's subscriber list, and only a
websocket close would remove it, which plain HTTP callers never send."""

import asyncio

from aiohttp import web

from helpers.aiohttp_local import LocalServer


async def subscribe(request):
    request.app["subscribers"].append(asyncio.Queue(maxsize=16))  # leak-gate: leak
    return web.json_response({"subscribers": len(request.app["subscribers"])})


app = web.Application()
app["subscribers"] = []
app.router.add_get("/subscribe", subscribe)
_server = None


async def workload():
    global _server
    if _server is None:
        _server = await LocalServer.start(app)
    async with _server.get("/subscribe") as response:
        assert response.status == 200, response.status
        return (await response.json())["subscribers"]


async def teardown():
    await _server.close()
