# leak-gate-bench: kind=clean category=asyncio-gather
"""An async request handler that fans out: it awaits a profile lookup and an
orders lookup together with asyncio.gather under a timeout (asyncio.wait_for)
and merges the results; every task and timer ends with the call."""

import asyncio

_n = 0


async def fetch_profile(user_id):
    await asyncio.sleep(0)
    return {"id": user_id, "name": "user%d" % user_id}


async def fetch_orders(user_id):
    await asyncio.sleep(0)
    return [{"id": user_id * 10 + i, "total": i * 2.5} for i in range(3)]


async def workload():
    global _n
    _n += 1
    profile, orders = await asyncio.wait_for(asyncio.gather(fetch_profile(_n), fetch_orders(_n)), timeout=5)
    return dict(profile, spent=sum(order["total"] for order in orders))
