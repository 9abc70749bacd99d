# leak-gate-bench: kind=leak category=pandas-growing-frame retainer=_log
"""A metrics collector that appends each batch of eight numeric measurements to
a module-level pandas DataFrame with pd.concat and never drops old rows: the
frame, rebuilt on every call, keeps growing by a batch."""

import numpy as np
import pandas as pd

_rng = np.random.default_rng(5)
_log = pd.DataFrame({"ts": pd.Series(dtype="int64"), "latency": pd.Series(dtype="float64"), "status": pd.Series(dtype="int64")})
_n = 0


def workload():
    global _log, _n
    _n += 1
    batch = pd.DataFrame({"ts": np.arange(_n * 8, _n * 8 + 8), "latency": _rng.gamma(2.0, 10.0, 8), "status": np.full(8, 200)})
    _log = pd.concat([_log, batch], ignore_index=True)  # leak-gate: leak
    return float(_log["latency"].tail(100).mean())
