# leak-gate-bench: kind=clean category=weak-registry
"""Live-job tracking via weakref.WeakSet and WeakValueDictionary: each call creates
a batch of Job objects, registers them, and lets them die at the end of the call,
which unregisters them automatically.  The weakrefs and registry tables allocated
at the register lines make them look like growers in a naive diff, yet nothing stays."""

import weakref

_live_jobs = weakref.WeakSet()
_jobs_by_id = weakref.WeakValueDictionary()
_calls = 0


class Job:
    def __init__(self, job_id, payload):
        self.job_id = job_id
        self.payload = payload
        _live_jobs.add(self)
        _jobs_by_id[job_id] = self


def workload():
    global _calls
    _calls += 1
    batch = [Job(_calls * 16 + i, "payload-%d" % i) for i in range(12)]
    running = len(_live_jobs)
    first = _jobs_by_id.get(_calls * 16)
    del batch
    return running, first is not None
