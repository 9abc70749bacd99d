# leak-gate-bench: kind=clean category=lazy-import
"""Invoice formatter that imports `decimal` inside the function on first use (the
first invoice arrives at call 25, after warm-up) and uses it from then on.  The
module objects, types and caches (~130 KB) are allocated once, below the import line,
so a before/after diff spanning call 25 with deep tracebacks blames that line."""

_FIRST_INVOICE_CALL = 25
_calls = 0


def _format_invoice_total(cents):
    import decimal
    total = decimal.Decimal(cents) / 100
    return str(total.quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP))


def workload():
    global _calls
    _calls += 1
    cents = 1999 + _calls * 37
    if _calls >= _FIRST_INVOICE_CALL:
        return _format_invoice_total(cents)
    return "%d.%02d" % divmod(cents, 100)
