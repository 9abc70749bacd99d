# leak-gate-bench: kind=leak category=purge-keeps-some retainer=_sessions
"""Server-side sessions for a Flask login endpoint, purged of expired entries
every 50 logins - except "remember me" sessions (one login in four), which the
purge always keeps: memory drops at each purge, to a floor that keeps rising."""

import secrets

from flask import Flask, request

app = Flask(__name__)
_sessions = {}
_logins = 0
PURGE_EVERY = 50


def _purge(now):
    for sid in [sid for sid, s in _sessions.items() if now - s["created"] >= PURGE_EVERY and not s["remember"]]:
        del _sessions[sid]


@app.route("/login", methods=["POST"])
def login():
    global _logins
    _logins += 1
    if _logins % PURGE_EVERY == 0:
        _purge(_logins)
    form = request.form
    sid = secrets.token_hex(8)
    _sessions[sid] = {"user": form["user"], "created": _logins, "remember": form.get("remember") == "on", "csrf": secrets.token_hex(16)}  # leak-gate: leak
    return {"session": sid}


client = app.test_client()
_n = 0


def workload():
    global _n
    _n += 1
    response = client.post("/login", data={"user": "user%d" % (_n % 500), "remember": "on" if _n % 4 == 0 else "off"})
    assert response.status_code == 200, response.status_code
