# leak-gate-bench: kind=leak category=logger-per-request retainer=loggerDict
"""A Flask view that logs through a child logger named after the request's
X-Request-Id (app.logger.getChild): the logging module keeps every logger it
ever made in its manager's registry, so one Logger stays per request."""

import logging

from flask import Flask, current_app, request

app = Flask(__name__)
app.logger.setLevel(logging.WARNING)


@app.route("/orders/<int:order_id>")
def order(order_id):
    log = current_app.logger.getChild("request.%s" % request.headers.get("X-Request-Id", "-"))  # leak-gate: leak
    log.info("loading order %d", order_id)
    return {"id": order_id, "status": "shipped" if order_id % 3 else "open"}


client = app.test_client()
_n = 0


def workload():
    global _n
    _n += 1
    response = client.get("/orders/%d" % (_n % 80), headers={"X-Request-Id": "%08x" % _n})
    assert response.status_code == 200, response.status_code
