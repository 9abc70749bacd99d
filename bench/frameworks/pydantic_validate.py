# leak-gate-bench: kind=clean category=validation
"""An order intake endpoint's validation: each call parses a JSON order into
pydantic models (nested items, constrained fields, a validator, a datetime),
computes its total and serialises it back; no model outlives the call."""

import json
from datetime import datetime
from typing import List, Set

from pydantic import BaseModel, conint, constr, validator


class Item(BaseModel):
    sku: constr(min_length=3, max_length=20)
    qty: conint(gt=0)
    price: float


class Order(BaseModel):
    id: int
    customer: constr(strip_whitespace=True, min_length=1)
    created: datetime
    items: List[Item]
    tags: Set[str] = set()

    @validator("items")
    def not_empty(cls, items):
        if not items:
            raise ValueError("an order needs items")
        return items


_n = 0


def workload():
    global _n
    _n += 1
    body = json.dumps(
        {
            "id": _n,
            "customer": " customer-%d " % (_n % 500),
            "created": "2026-11-%02dT10:%02d:00" % (_n % 28 + 1, _n % 60),
            "items": [{"sku": "SKU-%d" % (i + _n % 7), "qty": i + 1, "price": 2.5 * (i + 1)} for i in range(3)],
            "tags": ["web", "promo"] if _n % 2 else ["app"],
        }
    )
    order = Order.parse_raw(body)
    total = sum(item.qty * item.price for item in order.items)
    return order.json(exclude={"tags"}), total
