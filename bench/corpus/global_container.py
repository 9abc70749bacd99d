# leak-gate-bench: kind=leak category=global-container retainer=_EVENTS
"""Analytics hook that appends every page-view event to a module-level list
that nothing ever drains (a debug buffer left in production).  Each call adds
one event dict (~300 B with its path string and float) at the marked line."""

_EVENTS = []
_seq = 0


def workload():
    global _seq
    _seq += 1
    _EVENTS.append({"seq": _seq, "kind": "page_view", "path": "/products/%d" % (_seq % 500), "ms": _seq % 97 * 0.25})  # leak-gate: leak
