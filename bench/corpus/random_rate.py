# leak-gate-bench: kind=leak category=random-rate retainer=_CAPTURED
"""Sampled payload capture: about half of the calls keep a copy of a payload of
random size (100-600 bytes) in a module-level list, so per-call growth is bursty
(0 B or ~130-630 B) but averages ~190 B/call.  Seeded, so every run is alike."""

import random

_rng = random.Random(0x5EED)
_CAPTURED = []
_PAYLOAD = bytes(range(256)) * 3


def workload():
    size = _rng.randint(100, 600)
    if _rng.random() < 0.5:
        _CAPTURED.append(_PAYLOAD[:size])  # leak-gate: leak
