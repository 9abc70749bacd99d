"""A clean workload that a before/after snapshot diff calls a leak.

The price lookup is memoised in a bounded cache (128 entries) that fills over
the first ~130 calls and then only evicts; the tax table is built lazily on the
first call. Both grow once and stop: leak-gate passes it, while the textbook
method (one snapshot before, one after, top line of compare_to) blames the
cache line.
"""

import functools

_tax_table = None


def tax_table():
    global _tax_table
    if _tax_table is None:  # built once, on first use
        _tax_table = {code: (code % 17) / 100 for code in range(5000)}
    return _tax_table


@functools.lru_cache(maxsize=128)
def price(sku):
    return {"sku": sku, "name": "item-%06d" % sku, "cents": sku * 7 % 1000}


_calls = 0


def workload():
    global _calls
    _calls += 1
    sku = _calls % 150  # more distinct keys than the cache holds: it fills, then evicts
    item = price(sku)
    return item["cents"] * (1 + tax_table()[sku % 5000])
