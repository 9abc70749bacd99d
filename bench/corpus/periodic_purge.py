# leak-gate-bench: kind=clean category=periodic-purge
"""Rate-limiter buckets: a dict that gains one client entry per call and is
cleared whenever it reaches 50 entries (every 50 calls) - a sawtooth back to an
empty floor.  A naive diff from call 20 (20 entries) to call 200 (50 entries, the
top of a tooth) reports +30 entries at the insert line."""

_WINDOW = 50
_buckets = {}
_calls = 0


def workload():
    global _calls
    _calls += 1
    if len(_buckets) >= _WINDOW:
        _buckets.clear()
    client = "client-%06d" % _calls
    _buckets[client] = {"count": 1, "first": _calls * 0.5, "tokens": [1.0, 1.0, 1.0, 1.0]}
    return len(_buckets)
