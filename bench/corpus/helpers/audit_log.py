"""In-memory audit trail used by helper_module.py.

record_event() appends every event to a module-level list that is never
rotated or flushed, so the leak is attributed to this file, not the workload.
"""

import time

_ENTRIES = []


def record_event(user, action, order_id):
    _ENTRIES.append({"user": user, "action": action, "order": order_id, "at": time.monotonic(), "msg": "%s %s order #%d" % (user, action, order_id)})  # leak-gate: leak
    return len(_ENTRIES)
