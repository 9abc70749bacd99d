# leak-gate-bench: kind=clean category=aiohttp-app
"""An aiohttp web application on 127.0.0.1 and an aiohttp ClientSession that
calls it, both started lazily on the first call inside the event loop that runs
the workload; each call is one keep-alive GET of a JSON endpoint."""

from aiohttp import web

from helpers.aiohttp_local import LocalServer


async def item(request):
    item_id = int(request.match_info["item_id"])
    return web.json_response({"id": item_id, "name": "item %d" % item_id, "stock": item_id % 13})


app = web.Application()
app.router.add_get("/items/{item_id}", item)
_server = None
_n = 0


async def workload():
    global _server, _n
    _n += 1
    if _server is None:
        _server = await LocalServer.start(app)
    async with _server.get("/items/%d" % (_n % 50)) as response:
        assert response.status == 200, response.status
        return (await response.json())["stock"]


async def teardown():
    await _server.close()
