# leak-gate-bench: kind=leak category=exception-traceback retainer=_FAILURES
"""CSV importer that keeps every rejected record's exception in a module-level
list for a later error report; each kept exception holds its message, args and
__traceback__, which pins the raising frames and their locals.  The marked
raise line allocates most of it (exception, ~700 B message, innermost frame)."""

_FAILURES = []
_EXPECTED_FIELDS = 6
_n = 0


class RecordError(ValueError):
    pass


def _validate(line, lineno):
    field_count = line.count(";") + 1
    if field_count != _EXPECTED_FIELDS:
        raise RecordError("line %d: expected %d fields, got %d: %r" % (lineno, _EXPECTED_FIELDS, field_count, line))  # leak-gate: leak
    return field_count


def _import_line(line, lineno):
    return _validate(line, lineno)


_BATCH = [
    "%d;customer-%d;%s" % (i, i * 7, "free text with a missing separator " * 18)
    for i in range(16)
]


def workload():
    global _n
    _n += 1
    try:
        _import_line(_BATCH[_n % len(_BATCH)], _n)
    except RecordError as exc:
        _FAILURES.append(exc)
