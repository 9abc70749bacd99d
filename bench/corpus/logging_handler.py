# leak-gate-bench: kind=leak category=logging-handler retainer=getLogger('leak_gate_bench.requests').handlers
"""Per-request log capture that attaches a fresh StreamHandler (writing to an
io.StringIO) to a shared logger on every call and never removes it; logging keeps
each handler, its lock and its buffer alive via logger.handlers and
logging._handlerList.  The allocations happen inside logging; the marked line made the call."""

import io
import logging

_log = logging.getLogger("leak_gate_bench.requests")
_log.setLevel(logging.WARNING)
_log.propagate = False
_n = 0


def workload():
    global _n
    _n += 1
    _log.addHandler(logging.StreamHandler(io.StringIO()))  # leak-gate: leak
    _log.info("request %d handled", _n)
