# leak-gate-bench: kind=leak category=helper-module retainer=audit_log._ENTRIES
"""Order handler that calls an audit helper (helpers/audit_log.py) on every call;
the helper appends each audit entry (~350 B) to its own module-level list that is
never rotated.  The leaking allocation, and the marked line, live in the helper."""

from helpers import audit_log

_USERS = ("alice", "bob", "carol", "dave")
_ACTIONS = ("create", "update", "cancel")
_n = 0


def workload():
    global _n
    _n += 1
    audit_log.record_event(_USERS[_n % 4], _ACTIONS[_n % 3], _n)
