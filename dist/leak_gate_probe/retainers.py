"""What keeps a leaking line's memory alive: the retainer path.

Runs once, after the last snapshot, for the lines the runner says leak, so it
changes no figure. Two steps:

  find (while tracing still runs: tracemalloc knows where a live object was
  allocated only until it stops): every object the collector tracks, then the
  untracked objects those refer to (str, bytes, numbers, tuples and dicts of
  them), whose allocation is charged to a leaking line;

  walk (tracing stopped): from a few of them per line back through their
  referrers, all samples one level at a time, so each level costs one scan of
  the heap (gc.get_referrers), to a root a developer can name: a module
  global, a class attribute, a default argument, a closure, an lru_cache, a
  logger, a thread's local variable. The path is written as a Python
  expression (`service._recent[…]`); the objects the container holds that
  were made at the line are counted by type.

Both steps share a time bound and stop at it, saying so."""

import gc
import os
import sys
import time

import _tracemalloc

from leak_gate_probe.referrers import WEAK, Walk, expression, qualified, referents

SEARCHED_LINE = "@@leak-gate:searched\n"
# Set by a test: the search never returns, as when a heap walk hangs in C.
SEARCH_HANGS = os.environ.get("LEAK_GATE_TEST_SEARCH_HANGS") == "1"
MAX_LINES = 100  # leaking lines searched, most important first (the runner's order)
SAMPLES = 3  # kept objects walked back per line
MAX_FOUND = 20000  # kept objects held per line
BATCH = 2000  # containers whose referents are read in one call


class Deadline:
    """The search's time bound, shared by its steps; `cut` says it stopped one."""

    def __init__(self, seconds):
        self.at = time.perf_counter() + seconds
        self.cut = False

    def passed(self):
        if not self.cut and time.perf_counter() > self.at:
            self.cut = True
        return self.cut


def object_traceback():
    """tracemalloc's answer to where a live object was allocated. On 3.11 it
    misses every instance of a class with a managed __dict__ (the usual class):
    their block starts two pointers before the collector's header, where 3.12
    looks and 3.11 does not. There the same C function is asked, through
    ctypes, at the block's real start."""
    get = _tracemalloc._get_object_traceback
    if sys.version_info[:2] != (3, 11):
        return get
    try:
        import ctypes
    except ImportError:  # a build without ctypes: such objects stay unfound
        return get
    by_address = ctypes.pythonapi._PyTraceMalloc_GetTraceback
    by_address.restype = ctypes.py_object
    by_address.argtypes = (ctypes.c_uint, ctypes.c_size_t)
    managed_dict = 1 << 4  # Py_TPFLAGS_MANAGED_DICT
    before = 4 * ctypes.sizeof(ctypes.c_void_p)  # the pre-header (dict, values) and PyGC_Head, two pointers each

    def get_311(obj):
        frames = get(obj)
        if frames is None and type(obj).__flags__ & managed_dict:
            frames = by_address(0, id(obj) - before)
        return frames

    return get_311


def find_kept(leaking, attribute, deadline):
    """{site key: [objects]} of the objects alive now that were allocated, while
    tracing ran, at a leaking line (`attribute(frames)` gives a traceback's
    site key), and {id(object): untracked container} for those reached through
    a container the collector does not track, which gc.get_referrers cannot see.
    Call it while tracing runs."""
    traceback_of = object_traceback()
    found = {key: [] for key in leaking}
    seen = set()
    hidden_in = {}

    def consider(obj):
        frames = traceback_of(obj)
        if frames is None:
            return
        kept = found.get(attribute(frames))
        if kept is not None and len(kept) < MAX_FOUND and id(obj) not in seen:
            seen.add(id(obj))
            kept.append(obj)

    # What the run made since the freeze after warm-up, which the collector tracks.
    for obj in gc.get_objects():
        consider(obj)
        if len(seen) & 0xFFF == 0 and deadline.passed():
            return found, hidden_in
    # Untracked objects are found through what refers to them, frozen containers
    # (a module's list) included: unfreezing changes nothing measured any more.
    gc.unfreeze()
    everything = gc.get_objects()
    is_tracked = gc.is_tracked
    for start in range(0, len(everything), BATCH):
        if deadline.passed():
            break
        for container in everything[start : start + BATCH]:
            for obj in referents(container):
                if is_tracked(obj):
                    continue
                consider(obj)
                if type(obj) in (dict, tuple):  # untracked: holds only untracked objects
                    for inner in referents(obj):
                        if not is_tracked(inner):
                            consider(inner)
                            hidden_in[id(inner)] = obj
    del everything
    return found, hidden_in


def heads(kept):
    """Of the objects kept at one line, those no other of them refers to: what
    the leak adds to its container (a Response, not the Response's dict)."""
    ids = {id(obj) for obj in kept}
    inner = set()
    for obj in kept:
        for child in referents(obj):
            if id(child) in ids and child is not obj:
                inner.add(id(child))
    # A weak reference keeps nothing alive: logging's list of weak references
    # to handlers is bookkeeping, the logger's handlers list is the leak.
    return [obj for obj in kept if id(obj) not in inner and not isinstance(obj, WEAK)] or kept[:1]


def spread(items, count):
    """Up to `count` items spread over the list, its last included."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[min(len(items) - 1, int(len(items) - 1 - i * step))] for i in range(count)]


def count_types(objects):
    counts = {}
    for obj in objects:
        name = qualified(type(obj))
        counts[name] = counts.get(name, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def search_retainers(found, hidden_in, order, deadline, relative):
    """The retainers of each leaking line, from the objects find_kept found.
    `order`: site keys, most important first; `relative(file)`: the file as the
    report names it. Call it after tracing stopped (it allocates a lot)."""
    per_line = []
    samples = []
    for key in order[:MAX_LINES]:
        kept = found.get(key) or []
        tops = heads(kept)
        picked = spread(tops, SAMPLES)
        samples.extend(picked)
        per_line.append((key, kept, tops, picked))
    walk = Walk(hidden_in, deadline)
    walk.ours.update((id(found), id(per_line), id(samples), id(order), id(hidden_in)))
    for _, kept, tops, picked in per_line:
        walk.ours.update((id(kept), id(tops), id(picked)))
    walk.run(samples)
    lines = []
    for key, kept, tops, picked in per_line:
        groups = {}
        for sample in picked:
            chain = walk.path(sample)
            if chain is None:
                continue
            if len(chain) >= 3 and getattr(chain[-2], "__dict__", None) is chain[-1]:
                chain = chain[:-1]  # an object's attribute dict (3.9, 3.10): the object is what is held
            text, container = expression(walk.roots[id(chain[0])], chain)
            group = groups.get(text)
            if group is not None:
                group["samples"] += 1
            else:
                holder = chain[-2] if len(chain) >= 2 else None
                held = held_by(holder, tops) if holder is not None else []
                groups[text] = {
                    "path": text,
                    "root": walk.roots[id(chain[0])][0],
                    "container": container,
                    "objects": len(held) or 1,
                    "types": count_types(held or [sample]),
                    "samples": 1,
                }
        for group in groups.values():
            # Of the samples walked, the share that ended here, for a holder that is
            # no collection (an exception's traceback): one object holds one.
            group["objects"] = max(group["objects"], round(len(tops) * group.pop("samples") / len(picked)))
        # A path through a container another path names says nothing more: an exception
        # kept in a list holds its traceback, whose frame is found through the same list.
        paths = list(groups)
        retainers = sorted(
            (g for g in groups.values() if not any(p != g["path"] and g["path"].startswith(p) for p in paths)),
            key=lambda g: (-g["objects"], g["path"]),
        )
        if picked and not groups:
            retainers = [{"path": None, "root": "unreached", "container": None, "objects": len(tops), "types": count_types(tops)}]
        lines.append({
            "file": relative(key[0]),
            "line": key[1],
            "objects": len(kept),
            "types": count_types(kept),
            "retainers": retainers,
        })
    return lines


def held_by(holder, tops):
    """Which of a line's kept objects the holder refers to directly."""
    held = referents(holder)
    ids = {id(obj) for obj in held}
    found = [obj for obj in tops if id(obj) in ids]
    if not found:  # the line made the held objects' attribute dicts (3.9, 3.10)
        ids = {id(getattr(obj, "__dict__", None)) for obj in held}
        found = [obj for obj in tops if id(obj) in ids]
    return found


class RetainerSearch:
    """The search for one run: find() while the last window is still traced,
    finish() once tracing stopped. Nothing it does fails the run: an error is
    reported with the result, the measurement kept."""

    def __init__(self, index, pipe, budget):
        self.index = index
        self.pipe = pipe
        self.budget = budget  # seconds for both steps
        self.deadline = None
        self.order = []
        self.found = {}
        self.hidden_in = {}
        self.seconds = 0.0
        self.outcome = None  # why there is nothing to search, or the error that stopped it

    def find(self, result, table):
        from leak_gate_probe.channel import ask_leaks

        leaks = ask_leaks(self.pipe, result)
        if leaks is None:
            self.outcome = {"skipped": "the probe had no runner to ask which lines leak (its pipe was closed)"}
            return
        started = time.perf_counter()
        self.deadline = Deadline(self.budget)
        named = {(self.index.relative(key[0]), key[1]): key for key in table.sites}
        self.order = [named[leak] for leak in leaks if leak in named]
        try:
            if self.order:
                self.found, self.hidden_in = find_kept(set(self.order[:MAX_LINES]), table._attribute, self.deadline)
        except Exception as e:  # a bug here must not cost the measurement
            self.outcome = {"error": "%s: %s" % (type(e).__name__, e)}
        self.seconds += time.perf_counter() - started

    def finish(self, iterations):
        """The result's retainerSearch, or None when no line leaks."""
        try:
            return self.search(iterations)
        finally:
            self.found = self.hidden_in = None
            sys.stderr.write(SEARCHED_LINE)  # the runner stops waiting for a search that hangs
            sys.stderr.flush()

    def search(self, iterations):
        if self.outcome is not None:
            return self.outcome
        if not self.order:
            return None
        started = time.perf_counter()
        if SEARCH_HANGS:  # a test's stand-in for a heap walk that never returns
            while True:
                time.sleep(60)
        try:
            lines = search_retainers(self.found, self.hidden_in, self.order, self.deadline, self.index.relative)
        except Exception as e:
            return {"error": "%s: %s" % (type(e).__name__, e)}
        finally:
            self.seconds += time.perf_counter() - started
        return {
            "seconds": self.seconds,
            "budgetSeconds": self.budget,
            "cutShort": self.deadline.cut,
            "iterations": iterations,
            "searchedLines": min(len(self.order), MAX_LINES),
            "lines": lines,
        }
