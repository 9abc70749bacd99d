# leak-gate-bench: kind=leak category=http-client-history retainer=_responses
"""An API client that keeps every requests.Response it receives in a list "for
the debug page": each call's response (headers, body, the request, the urllib3
response behind it) stays reachable; the server runs on 127.0.0.1 in a thread."""

import requests

from helpers import local_http

BASE = local_http.start()
session = requests.Session()
_responses = []
_n = 0


def workload():
    global _n
    _n += 1
    _responses.append(session.get(BASE + "/api/stock/%d" % (_n % 100), timeout=5))  # leak-gate: leak
    return _responses[-1].json()["items"][0]["qty"]
