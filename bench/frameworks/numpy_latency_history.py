# leak-gate-bench: kind=leak category=numpy-history retainer=_history
"""A latency monitor that summarises each batch of request timings with numpy
(percentiles of fresh arrays) and appends the summary array to a module-level
history for a dashboard that never trims it: one small array kept per call."""

import numpy as np

_rng = np.random.default_rng(11)
_history = []


def workload():
    latencies = _rng.gamma(2.0, 15.0, size=256)
    clipped = np.clip(latencies, 0, 500)
    _history.append(np.percentile(clipped, [50, 90, 99, 99.9]))  # leak-gate: leak
    return float(clipped.mean())
