# leak-gate-bench: kind=leak category=slow-under-churn retainer=_KEPT
"""Batch report builder that churns ~3.3 MB of temporaries per call (1000 row dicts,
a 2 MiB joined blob and a 1 MiB text, all freed) but also keeps a 67-byte slice of
each blob in a module-level list: ~100 B/call of real growth under the churn."""

_CHUNK = bytes(range(256)) * 16
_CHUNKS = [_CHUNK] * 512
_TEXT_CHUNK = "".join(map(chr, range(32, 127))) * 43
_KEPT = []
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
    start = _n % 1024
    _KEPT.append(blob[start:start + 67])  # leak-gate: leak
    return total
