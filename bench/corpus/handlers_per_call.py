# leak-gate-bench: kind=leak category=handlers-per-call retainer=_BUS._subscribers
"""Request handler that subscribes a per-request closure to a process-wide event
bus and never unsubscribes it; the bus's subscriber list keeps every closure
(function object + closure tuple, created on the marked line) alive."""


class EventBus:
    def __init__(self):
        self._subscribers = []

    def subscribe(self, callback):
        self._subscribers.append(callback)

    def publish(self, event):
        for callback in self._subscribers:
            callback(event)


_BUS = EventBus()
_config_changes = [0]
_n = 0


def _on_event(request_id, event):
    if event[0] == "config-changed" and request_id:
        _config_changes[0] += 1


def workload():
    global _n
    _n += 1
    request_id = _n
    _BUS.subscribe(lambda event: _on_event(request_id, event))  # leak-gate: leak
    _BUS.publish(("heartbeat", 0))
