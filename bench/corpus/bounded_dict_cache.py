# leak-gate-bench: kind=clean category=bounded-dict-cache
"""Hand-written session cache capped at 80 entries (OrderedDict LRU, oldest
evicted first); every call brings a new session id, so it fills over the first
80 calls and then holds steady.  A naive diff from call 20 to call 200 sees +60
cached sessions at the insert line and reports it as a leak."""

from collections import OrderedDict

_MAX_SESSIONS = 80
_sessions = OrderedDict()
_calls = 0


def _get_session(session_id, user):
    session = _sessions.get(session_id)
    if session is not None:
        _sessions.move_to_end(session_id)
        return session
    session = _sessions[session_id] = {"id": session_id, "user": user, "roles": ["reader", "writer"], "csrf": "tok-%s" % session_id}
    if len(_sessions) > _MAX_SESSIONS:
        _sessions.popitem(last=False)
    return session


def workload():
    global _calls
    _calls += 1
    session = _get_session("s%07d" % _calls, "user-%d" % (_calls % 13))
    if _calls > 3:
        _get_session("s%07d" % (_calls - 3), "user")
    return session["roles"][0]
