# leak-gate-bench: kind=leak category=late-start retainer=_TRACES
"""Request handler whose debug tracing is switched on after the 100th request
(think: a config reload); from call 101 on, each request appends a ~300 B trace
record to a module-level list that is never drained.  Clean before that."""

_TRACE_AFTER = 100
_TRACES = []
_calls = 0


def workload():
    global _calls
    _calls += 1
    route = "/api/items/%d" % (_calls % 50)
    status = 200 if _calls % 7 else 404
    if _calls > _TRACE_AFTER:
        _TRACES.append((_calls, status, "GET %s -> %d | " % (route, status) * 8))  # leak-gate: leak
    return status
