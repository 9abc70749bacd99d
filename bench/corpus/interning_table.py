# leak-gate-bench: kind=clean category=interning-table
"""Column-name resolver that sys.intern()s header names from a fixed schema of
3000 columns, discovered 50 names per call over the first 60 calls (the interned
table and the name->index dict resize as they fill); afterwards every name is a
repeat.  A naive diff spanning calls 20-60 blames the name/intern lines for 100+ KB."""

import sys

_TABLES = ("orders", "customers", "invoices", "shipments", "payments", "returns")
_COLUMNS_PER_CALL = 50
_SCHEMA_BLOCKS = 60
_index = {}
_calls = 0


def workload():
    global _calls
    _calls += 1
    block = (_calls - 1) % _SCHEMA_BLOCKS
    hits = 0
    for i in range(block * _COLUMNS_PER_CALL, (block + 1) * _COLUMNS_PER_CALL):
        raw = "%s__col_%04d" % (_TABLES[i % 6], i)
        name = sys.intern(raw)
        if _index.setdefault(name, i) == i:
            hits += 1
    return hits
