# leak-gate-bench: kind=leak category=django-signal retainer=request_finished.receivers
"""A Django view that wants its timing logged when the request finishes and
connects a receiver to request_finished on every request (weak=False, so the
signal keeps it): the receivers pile up, and each later request calls them all."""

import functools
import time

from django.conf import settings

settings.configure(DEBUG=False, ALLOWED_HOSTS=["127.0.0.1"], ROOT_URLCONF=__name__, SECRET_KEY="bench", MIDDLEWARE=[])

import django  # noqa: E402

django.setup()

from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.core.signals import request_finished  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402

from helpers import wsgi  # noqa: E402

_timings = {"count": 0, "total": 0.0}


def _log_timing(sender, started, **kwargs):
    _timings["count"] += 1


def report(request, report_id):
    request_finished.connect(functools.partial(_log_timing, started=time.perf_counter()), weak=False)  # leak-gate: leak
    rows = [{"day": d, "value": (report_id * d) % 97} for d in range(7)]
    return JsonResponse({"id": report_id, "rows": rows})


urlpatterns = [path("reports/<int:report_id>", report)]
handler = WSGIHandler()
_n = 0


def workload():
    global _n
    _n += 1
    return len(wsgi.request(handler, "/reports/%d" % (_n % 50)))
