"""A request handler with a leak: every response is remembered "for debugging".

Run: npx leak-gate run examples/leaky_service.py
leak-gate points at the line in remember() that keeps each response.
"""

import json

_recent_responses = {}  # meant to be a small debug buffer; nothing ever trims it


def remember(request_id, body):
    _recent_responses[request_id] = body.encode()  # the leak: one entry per request, forever


def handle(request_id, payload):
    body = json.dumps({"id": request_id, "items": [payload * 2 for _ in range(20)]})
    remember(request_id, body)
    return len(body)


_next_id = 0


def workload():
    global _next_id
    _next_id += 1
    handle(_next_id, _next_id % 97)
