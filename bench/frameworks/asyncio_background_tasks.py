# leak-gate-bench: kind=leak category=asyncio-task-set retainer=_background
"""An async handler that sends a metric in the background and keeps the task in
a module-level set so it is not garbage-collected - without the usual
add_done_callback(set.discard): every finished task stays in the set."""

import asyncio

_background = set()
_sent = []
_n = 0


async def send_metric(name, value):
    await asyncio.sleep(0)
    _sent.append(value)
    del _sent[:-10]


async def workload():
    global _n
    _n += 1
    _background.add(asyncio.create_task(send_metric("requests", _n)))  # leak-gate: leak
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return len(_background)
