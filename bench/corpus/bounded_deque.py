# leak-gate-bench: kind=clean category=bounded-deque
"""Recent-requests ring buffer for a debug page: collections.deque(maxlen=50)
gets one ~300 B request record per call, fills by call 50 and then drops the
oldest record on every append.  A naive diff from call 20 to call 200 sees +30
records at the append line."""

import collections

_recent = collections.deque(maxlen=50)
_calls = 0


def workload():
    global _calls
    _calls += 1
    _recent.append({"n": _calls, "path": "/search?q=item-%d" % _calls, "status": 200, "ms": _calls % 13 * 1.5})
    return len(_recent)
