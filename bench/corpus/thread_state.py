# leak-gate-bench: kind=leak category=thread-state retainer=_THREAD_STATE
"""Per-thread scratch state kept in a module-level dict keyed by thread name;
two worker threads are created and joined per call, each registers its state
object (with a 256 B scratch buffer) on the marked line and nothing removes it
when the thread ends - thread names are never reused, so the dict keeps growing."""

import threading

_THREAD_STATE = {}
_n = 0


class _ThreadState:
    __slots__ = ("batch", "scratch", "done")

    def __init__(self, batch, scratch):
        self.batch = batch
        self.scratch = scratch
        self.done = 0


def _worker(batch_id, items):
    name = threading.current_thread().name
    _THREAD_STATE[name] = _ThreadState(batch_id, bytearray(256))  # leak-gate: leak
    state = _THREAD_STATE[name]
    scratch = state.scratch
    for item in items:
        scratch[item & 0xFF] = item & 0x7F
    state.done = len(items)


def workload():
    global _n
    _n += 1
    threads = [threading.Thread(target=_worker, args=(_n, range(i * 64, i * 64 + 64))) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
