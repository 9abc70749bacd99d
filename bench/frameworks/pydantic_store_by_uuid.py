# leak-gate-bench: kind=leak category=validated-object-store retainer=_by_id
"""An intake service that validates each JSON order with pydantic and files the
model under a fresh uuid4 key "for later lookups" that never come and never
expire: one validated model (and its nested items) stays per call."""

import json
import uuid
from typing import List

from pydantic import BaseModel


class Item(BaseModel):
    sku: str
    qty: int
    price: float


class Order(BaseModel):
    customer: str
    items: List[Item]
    note: str = ""


_by_id = {}
_n = 0


def workload():
    global _n
    _n += 1
    body = json.dumps({"customer": "c%d" % (_n % 700), "items": [{"sku": "SKU-%d" % i, "qty": i + 1, "price": 1.5 * i} for i in range(2)], "note": "leave at door"})
    _by_id[uuid.uuid4().hex] = Order.parse_raw(body)  # leak-gate: leak
    return len(_by_id)
