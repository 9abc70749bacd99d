# leak-gate-bench: kind=clean category=logging-rotation
"""A job runner's logging: a logger with a RotatingFileHandler (32 KiB per file,
one backup, in a temporary directory) and a formatter that includes the job's
context; three records per job, the file rolled over every few hundred jobs."""

import glob
import logging
import os
import shutil
import tempfile
from logging.handlers import RotatingFileHandler

# A directory per process; runs that ended without teardown (os._exit) leave theirs, removed here.
for stale in glob.glob(os.path.join(tempfile.gettempdir(), "leak-gate-bench-logs-*")):
    try:
        os.kill(int(stale.rsplit("-", 1)[1]), 0)
    except (ValueError, ProcessLookupError):
        shutil.rmtree(stale, ignore_errors=True)
    except PermissionError:
        pass
_dir = os.path.join(tempfile.gettempdir(), "leak-gate-bench-logs-%d" % os.getpid())
os.makedirs(_dir, exist_ok=True)
_handler = RotatingFileHandler(_dir + "/jobs.log", maxBytes=32 * 1024, backupCount=1, encoding="utf-8")
_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s job=%(job)s %(message)s"))
log = logging.getLogger("bench.jobs")
log.setLevel(logging.INFO)
log.propagate = False
log.addHandler(_handler)
_n = 0


def workload():
    global _n
    _n += 1
    context = {"job": "job-%d" % _n}
    log.info("started with %d items", _n % 17, extra=context)
    if _n % 5 == 0:
        log.warning("retrying batch %d after a timeout", _n % 3, extra=context)
    log.info("finished in %.1f ms", (_n % 90) / 3.0, extra=context)


def teardown():
    _handler.close()
    shutil.rmtree(_dir, ignore_errors=True)
