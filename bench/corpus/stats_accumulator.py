# leak-gate-bench: kind=clean category=stats-accumulator
"""Request-metrics accumulator: running count/sum/min/max/mean/variance (Welford)
and a fixed 12-bucket latency histogram, all updated in place with ints and floats
replaced each call.  New int/float objects are allocated on every update line, so
any snapshot pair shows churn there, but the set of live objects never grows."""

_BUCKETS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
_stats = {"count": 0, "bytes": 0, "min": float("inf"), "max": 0.0, "mean": 0.0, "m2": 0.0}
_histogram = [0] * (len(_BUCKETS) + 1)
_calls = 0


def _observe(latency_ms, size):
    s = _stats
    s["count"] += 1
    s["bytes"] += size
    s["min"] = min(s["min"], latency_ms)
    s["max"] = max(s["max"], latency_ms)
    delta = latency_ms - s["mean"]
    s["mean"] += delta / s["count"]
    s["m2"] += delta * (latency_ms - s["mean"])
    for i, bound in enumerate(_BUCKETS):
        if latency_ms <= bound:
            _histogram[i] += 1
            break
    else:
        _histogram[-1] += 1


def workload():
    global _calls
    _calls += 1
    for k in range(8):
        _observe((_calls * 37 + k * 11) % 6000 * 0.75, 512 + (_calls * k) % 4096)
    return _stats["m2"] / max(_stats["count"] - 1, 1)
