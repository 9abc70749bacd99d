"""Calls a workload's entry function the way leak-gate does: a coroutine it
returns (an `async def workload()`) is run to the end on one event loop, made at
the first such call and reused by every later one."""


async def _awaited(awaitable):
    return await awaitable


def caller(entry):
    """A function that calls `entry` once, and awaits what it returns if that is awaitable."""
    loop = None

    def call():
        nonlocal loop
        result = entry()
        if hasattr(result, "__await__"):
            if loop is None:
                import asyncio  # only for async workloads, as in leak-gate

                loop = asyncio.new_event_loop()
                asyncio.set_event_loop(loop)
            loop.run_until_complete(_awaited(result))

    return call
