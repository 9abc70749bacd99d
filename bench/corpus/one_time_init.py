# leak-gate-bench: kind=clean category=one-time-init
"""Tax-rate lookup table (~200 KB of dicts, tuples and strings) built lazily
the first time an invoice request arrives (call 30, after warm-up) and reused
afterwards.  A naive diff with the "before" snapshot taken before call 30 blames
the table-building line for ~200 KB that is a permanent one-off."""

_FIRST_INVOICE_CALL = 30
_rates = None
_calls = 0


def _rate_table():
    global _rates
    if _rates is None:
        _rates = {zone: ("ZONE-%04d" % zone, 0.05 + zone % 17 * 0.0025, zone % 7) for zone in range(1000)}
    return _rates


def workload():
    global _calls
    _calls += 1
    amount = 100 + _calls % 50
    if _calls >= _FIRST_INVOICE_CALL:
        name, rate, region = _rate_table()[_calls * 37 % 1000]
        return round(amount * (1 + rate), 2)
    return amount
