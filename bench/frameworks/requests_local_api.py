# leak-gate-bench: kind=clean category=http-client-pool
"""An API client: a requests.Session with a small connection pool calls a JSON
service on 127.0.0.1 (http.server in a daemon thread, started at import) once
per job and reads the result; the pool keeps reusing its keep-alive connection."""

import requests
from requests.adapters import HTTPAdapter

from helpers import local_http

BASE = local_http.start()
session = requests.Session()
session.mount("http://", HTTPAdapter(pool_connections=1, pool_maxsize=2))
session.headers.update({"User-Agent": "inventory-sync/1.0", "Accept": "application/json"})
_n = 0


def workload():
    global _n
    _n += 1
    response = session.get(BASE + "/api/items/%d" % (_n % 100), params={"fields": "id,qty"}, timeout=5)
    response.raise_for_status()
    return sum(item["qty"] for item in response.json()["items"])
