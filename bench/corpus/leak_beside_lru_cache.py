# leak-gate-bench: kind=leak category=leak-beside-evicting-cache retainer=_audit
"""Price lookup that caches 5 quotes per call in a 100-entry LRU (full after 20
calls, then evicting 5 old quotes per call) and also appends each call's 100-byte
audit record to a module-level list that is never trimmed."""

from collections import OrderedDict

_MAX_QUOTES = 100
_quotes = OrderedDict()
_audit = []
_calls = 0


def _quote(symbol, day):
    key = (symbol, day)
    quote = _quotes.get(key)
    if quote is None:
        quote = _quotes[key] = "%s@%d:%s" % (symbol, day, "x" * 24)
        if len(_quotes) > _MAX_QUOTES:
            _quotes.popitem(last=False)
    return quote


def workload():
    global _calls
    _calls += 1
    quotes = [_quote(symbol, _calls) for symbol in ("AAA", "BBB", "CCC", "DDD", "EEE")]
    _audit.append(bytes(100))  # leak-gate: leak
    return len(quotes)
