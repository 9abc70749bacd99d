# leak-gate-bench: kind=clean category=churn-megabytes
"""Batch report builder that churns ~3 MB of temporaries per call (3000 row
dicts and a 2 MiB joined blob) and frees all of it before returning.  RSS/peak
watchers see megabytes, and a diff against a snapshot taken before the first
call blames the row line for free-list residue (cached dicts/ints) that never grows."""

_CHUNK = bytes(range(256)) * 16
_CHUNKS = [_CHUNK] * 512
_n = 0


def _build_report(n):
    rows = [{"id": i, "sku": i & 1023, "qty": i % 9} for i in range(n, n + 3000)]
    blob = b"".join(_CHUNKS)
    total = sum(row["qty"] for row in rows)
    return blob, total


def workload():
    global _n
    _n += 1
    blob, total = _build_report(_n)
    return total + blob[_n % 1024]
