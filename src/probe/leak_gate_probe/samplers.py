"""Cheap measurements taken between iterations: full collections, the
interpreter's allocated-block count, the process's resident memory, and the
preallocated arrays that hold them."""

import gc
import os
import sys


def int64s(count):
    """A preallocated array of 64-bit ints: storing in it makes no int objects,
    which would be live blocks the workload did not make. (The array module
    imports collections: it costs more than a short workload run.)"""
    return memoryview(bytearray(8 * max(count, 1))).cast("q")


def float64s(count):
    return memoryview(bytearray(8 * max(count, 1))).cast("d")


def full_collect():
    """gc.collect() until it frees nothing: finalizers and weak references may need
    more than one pass. A full collection also empties the interpreter's free lists,
    so later allocations are real (traced) allocations.

    The type attribute cache is emptied first: its 4,096 slots keep attribute
    names built at run time (`"do_" + command`) alive until a slot is reused,
    which looks like slow growth at the line that built the name, but is the
    interpreter's bounded memory, not the workload's. From 3.10 a slot is chosen
    by the name's address, so even fresh copies of one name pile up: asyncio's
    C tasks look up "result" by a new string whenever a gather wakes them, one
    kept copy per iteration or so at Handle._run while traced, up to 5-16 KiB."""
    sys._clear_type_cache()
    for _ in range(10):
        if gc.collect() == 0:
            break


class RssReader:
    """Resident set size. /proc/self/statm is kept open and read again from its
    start: opening it costs several times more than reading it, and screening
    reads it two dozen times."""

    def __init__(self):
        self.fd = None
        self.proc = hasattr(os, "pread")

    def read(self):
        for _ in range(2 if self.proc else 0):
            try:
                if self.fd is None:
                    self.fd = os.open("/proc/self/statm", os.O_RDONLY)
                fields = os.pread(self.fd, 128, 0).split()
                if len(fields) == 7:
                    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")
            except FileNotFoundError:
                self.proc = False  # not Linux
                break
            except (OSError, ValueError):
                pass
            self.fd = None  # closed by the workload, or its number reused: open again
        try:
            import resource  # peak, not current: better than nothing off Linux

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return peak if sys.platform == "darwin" else peak * 1024
        except Exception:
            return None


class BlockCounter:
    """The interpreter's allocated-block count after a full collection, less the
    blocks the probe itself keeps (its site table grows with every snapshot).
    Values go into an array, not a list of ints: an int object per sample would
    be one more live block per sample."""

    def __init__(self, capacity):
        self.iterations = int64s(capacity)
        self.values = int64s(capacity)
        self.n = 0
        self.own = 0

    def sample(self, done):
        """Records the count after a full collection; returns the raw count."""
        full_collect()
        raw = sys.getallocatedblocks()
        self.iterations[self.n] = done
        self.values[self.n] = raw - self.own
        self.n += 1
        return raw

    def sample_then(self, done, fn):
        """Samples, then runs fn, which must end with a full collection: the
        blocks it leaves alive are the probe's, not the workload's."""
        before = self.sample(done)
        fn()
        self.own += sys.getallocatedblocks() - before

    def excluding(self, fn):
        """Runs fn between samples, outside any iteration: every block it leaves
        alive (or frees) is the probe's. Returns what fn returns."""
        full_collect()
        before = sys.getallocatedblocks()
        value = fn()
        full_collect()
        self.own += sys.getallocatedblocks() - before
        return value

    def export(self):
        return {"iterations": self.iterations[: self.n].tolist(), "values": self.values[: self.n].tolist()}
