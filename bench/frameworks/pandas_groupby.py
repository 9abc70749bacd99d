# leak-gate-bench: kind=clean category=pandas-aggregate
"""A sales report: each call takes a window of days from an orders DataFrame
built at start-up, groups it by region and product, aggregates revenue and
quantities and returns the top rows as records; nothing outlives the call."""

import numpy as np
import pandas as pd

_rng = np.random.default_rng(3)
_orders = pd.DataFrame(
    {
        "day": np.repeat(np.arange(60), 10),
        "region": _rng.choice(["north", "south", "east", "west"], size=600),
        "product": _rng.choice(["a", "b", "c", "d", "e"], size=600),
        "qty": _rng.integers(1, 10, size=600),
        "price": _rng.uniform(5, 50, size=600).round(2),
    }
)
_n = 0


def workload():
    global _n
    _n += 1
    start = _n % 50
    window = _orders[(_orders["day"] >= start) & (_orders["day"] < start + 10)]
    window = window.assign(revenue=window["qty"] * window["price"])
    report = window.groupby(["region", "product"], as_index=False).agg(revenue=("revenue", "sum"), qty=("qty", "sum"), orders=("qty", "size"))
    return report.nlargest(5, "revenue").to_dict("records")
