# leak-gate-bench: kind=clean category=churn-megabytes
"""Batch report builder that churns ~3.3 MB of temporaries per call (1000 row dicts,
a 2 MiB joined blob, a 1 MiB text) and frees it all before returning.  RSS/peak
watchers see megabytes, and a no-gc diff against a snapshot taken before the first
call blames the row line for free-list residue (cached dicts) that never grows."""

_CHUNK = bytes(range(256)) * 16
_CHUNKS = [_CHUNK] * 512
_TEXT_CHUNK = "".join(map(chr, range(32, 127))) * 43
_n = 0


def _build_report(n):
    rows = [{"id": i, "sku": i & 1023, "qty": i % 9} for i in range(n, n + 1000)]
    blob = b"".join(_CHUNKS)
    text = _TEXT_CHUNK * 256
    total = sum(row["qty"] for row in rows) + len(text)
    return blob, total


def workload():
    global _n
    _n += 1
    blob, total = _build_report(_n)
    return total + blob[_n % 1024]
