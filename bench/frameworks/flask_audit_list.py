# leak-gate-bench: kind=leak category=flask-global-list retainer=_audit
"""A Flask event endpoint that keeps every request's JSON payload in a
module-level audit list "for the admin page", which nothing ever trims: each
POST through the test client adds one parsed payload (a dict and its strings)."""

from flask import Flask, jsonify, request

app = Flask(__name__)
_audit = []


@app.route("/events", methods=["POST"])
def events():
    _audit.append(request.get_json())  # leak-gate: leak
    return jsonify(accepted=True, seen=len(_audit))


client = app.test_client()
_n = 0


def workload():
    global _n
    _n += 1
    response = client.post("/events", json={"type": "click", "user": _n % 300, "target": "button-%d" % (_n % 9), "ts": 1700000000 + _n})
    assert response.status_code == 200, response.status_code
