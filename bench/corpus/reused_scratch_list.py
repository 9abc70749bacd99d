# leak-gate-bench: kind=clean category=reused-scratch-list
"""Log-line tokenizer that reuses one module-level scratch list: cleared and
refilled with the 160 tokens of the current line on every call.  The list and
the last line's tokens (~11 KB) stay alive between calls, so a diff against a
snapshot taken before the first call reports the refill line as a grower."""

_SCRATCH = []
_FIELDS = 160
_calls = 0


def workload():
    global _calls
    _calls += 1
    line = ",".join("f%03d=%06d" % (i, (_calls * 131 + i) % 1000000) for i in range(_FIELDS))
    _SCRATCH.clear()
    _SCRATCH.extend(line.split(","))
    return len(_SCRATCH)
