# leak-gate-bench: kind=clean category=random-size-temporaries
"""Request parser that builds random-size temporaries every call (token lists,
joined strings, byte buffers up to 64 KiB) and keeps only the last small parsed
request (< 1 KB) for a debug endpoint.  Its size differs at every snapshot, so a
naive diff shows a random, often positive delta at the parse lines."""

import random

_WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta")
_last_request = None
_calls = 0


def workload():
    global _calls, _last_request
    _calls += 1
    n_tokens = random.randint(0, 400)
    tokens = [_WORDS[random.randrange(8)] + str(i) for i in range(n_tokens)]
    text = " ".join(tokens)
    body = bytes(random.randint(0, 65536))
    buf = bytearray(text.encode()) + body[:random.randint(0, 4096)]
    _last_request = tuple(tokens[:random.randint(0, 12)])
    return len(buf) + len(body)
