"""Allocation-heavy workload for the cost benchmark: a JSON dump and load of ~100 KB
per iteration, split into small functions (the shape the tracing cost is quoted for)."""

import json

DOCUMENT = {"k%d" % i: [i, str(i) * 3, {"a": i, "b": [i] * 3}] for i in range(1600)}


def encode():
    return json.dumps(DOCUMENT)


def decode(text):
    return json.loads(text)


def workload():
    return len(decode(encode()))
