# leak-gate-bench: kind=leak category=unbounded-cache retainer=_RESPONSES
"""Rendered-response cache keyed by request id: every request id is new, so
every call misses, renders and inserts, and nothing is ever evicted.  The marked
line builds the cached response (dict + ~200 B of HTML) and stores it."""

_RESPONSES = {}
_ROW = "<tr><td>{rid}</td><td>{status}</td><td>{body}</td></tr>"
_next_id = 0


def workload():
    global _next_id
    _next_id += 1
    request_id = "req-%08d" % _next_id
    response = _RESPONSES.get(request_id)
    if response is None:
        response = _RESPONSES[request_id] = {"status": 200, "html": _ROW.format(rid=request_id, status=200, body="ok " * 40)}  # leak-gate: leak
    return len(response["html"])
