# leak-gate-bench: kind=leak category=cache-by-request-id retainer=_answered
"""A Django payment endpoint with an idempotency cache: each response body is
stored under the request's Idempotency-Key so that a retry gets the same answer -
in a plain dict with no expiry, and every request carries a new key."""

import json

from django.conf import settings

settings.configure(DEBUG=False, ALLOWED_HOSTS=["127.0.0.1"], ROOT_URLCONF=__name__, SECRET_KEY="bench", MIDDLEWARE=[])

import django  # noqa: E402

django.setup()

from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402

from helpers import wsgi  # noqa: E402

_answered = {}


def pay(request):
    key = request.headers["Idempotency-Key"]
    cached = _answered.get("payments:" + key)
    if cached is not None:
        return HttpResponse(cached, content_type="application/json")
    payment = json.loads(request.body)
    answer = {"status": "accepted", "amount": payment["amount"], "currency": payment["currency"], "reference": "pay-%s" % key[:12]}
    _answered["payments:" + key] = json.dumps(answer).encode()  # leak-gate: leak
    return HttpResponse(_answered["payments:" + key], content_type="application/json")


urlpatterns = [path("payments", pay)]
handler = WSGIHandler()
_n = 0


def workload():
    global _n
    _n += 1
    body = b'{"amount": %d, "currency": "EUR"}' % (_n % 1000)
    key = "%032x" % (_n * 2654435761)
    return len(wsgi.request(handler, "/payments", "POST", body, CONTENT_TYPE="application/json", HTTP_IDEMPOTENCY_KEY=key))
