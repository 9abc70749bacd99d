# leak-gate-bench: kind=clean category=weak-registry
"""Live-job tracking via weakref.WeakSet and WeakValueDictionary: each call creates
12 Job objects, registers them, and lets them die at the end of the call, which
unregisters them.  The registries' weakrefs and hash tables are allocated at the
register lines, so a diff against a pre-first-call snapshot blames those lines."""

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
