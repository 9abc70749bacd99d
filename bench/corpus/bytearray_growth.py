# leak-gate-bench: kind=leak category=bytearray-growth retainer=none
"""Write-ahead journal kept in one module-level bytearray that every call appends
a ~128-byte record to and nothing ever truncates or flushes.  No new objects
appear: the same block is realloc'd in place and is charged to the marked += line."""

_JOURNAL = bytearray()
_n = 0


def workload():
    global _n, _JOURNAL
    _n += 1
    record = b"%010d|UPSERT|orders|%s\n" % (_n, b"k=v;" * 27)
    _JOURNAL += record  # leak-gate: leak
