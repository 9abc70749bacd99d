"""What keeps a leaking line's memory alive: the retainer path.

Runs once, after the last snapshot, for the lines the runner says leak, so it
changes no figure. Two steps:

  find (kept.py, while tracing still runs: tracemalloc knows where a live
  object was allocated only until it stops): the objects alive whose
  allocation is charged to a leaking line;

  walk (referrers.py, tracing stopped): from a few of them per line back through their
  referrers, all samples one level at a time, so each level costs one scan of
  the heap (gc.get_referrers), to a root a developer can name: a module
  global, a class attribute, a default argument, a closure, an lru_cache, a
  logger, a thread's local variable. The path is written as a Python
  expression (`service._recent[…]`); the objects the container holds that
  were made at the line are counted by type.

Both steps share a time bound and stop at it, saying so."""

import sys
import time

from leak_gate_probe.channel import SEARCH_HANGS, ask_leaks
from leak_gate_probe.kept import dict_keys, find_kept, invisible_holders
from leak_gate_probe.referrers import WEAK, Walk, attributes_of, expression, is_a, qualified, referents

SEARCHED_LINE = "@@leak-gate:searched\n"
MAX_LINES = 100  # leaking lines searched, most important first (the runner's order)
SAMPLES = 3  # kept objects walked back per line


class Deadline:
    """The search's time bound, shared by its steps; `cut` says it stopped one."""

    def __init__(self, seconds):
        self.at = time.perf_counter() + seconds
        self.cut = False

    def passed(self):
        if not self.cut and time.perf_counter() > self.at:
            self.cut = True
        return self.cut


def heads(kept):
    """Of the objects kept at one line, those no other of them refers to: what
    the leak adds to its container (a Response, not the Response's dict)."""
    ids = {id(obj) for obj in kept}
    inner = set()
    for obj in kept:
        for child in referents(obj):
            if id(child) in ids and child is not obj:
                inner.add(id(child))
        if is_a(obj, dict):  # its string keys, which it does not show the collector
            for key in dict_keys(obj):
                if id(key) in ids:
                    inner.add(id(key))
    # A weak reference keeps nothing alive: logging's list of weak references
    # to handlers is bookkeeping, the logger's handlers list is the leak.
    return [obj for obj in kept if id(obj) not in inner and not is_a(obj, WEAK)] or kept[:1]


def samples_of(tops, owned):
    """The objects a line's walk starts from: the heaviest of each type, the
    types holding the most of the line's memory first. A line that keeps ORM
    objects in a list, each with its state and a dict of changes, walks from an
    object, not only from a dict of changes; one whose response sits in a list
    while it also filled a bounded cache with small entries, from the response."""
    heaviest = {}  # type -> (bytes of its heads, its heaviest head, that head's bytes)
    for obj in tops:
        size = owned.get(id(obj), 0)
        total, best, best_size = heaviest.get(type(obj), (0, None, -1))
        heaviest[type(obj)] = (total + size, obj if size > best_size else best, max(size, best_size))
    ranked = sorted(heaviest.values(), key=lambda t: -t[0])
    return [best for _, best, _ in ranked[:SAMPLES]]


def count_types(objects):
    counts = {}
    for obj in objects:
        name = qualified(type(obj))
        counts[name] = counts.get(name, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def search_retainers(found, order, deadline, relative, watches=None):
    """The retainers of each leaking line, from the objects find_kept found.
    `order`: site keys, most important first; `relative(file)`: the file as the
    report names it. Call it after tracing stopped (it allocates a lot).
    `watches`: a list that gets a Watch of each retainer whose holder is a
    builtin container, to see later whether it lets go of what it holds."""
    per_line = []
    samples = []
    owned = {}  # id(head) -> bytes of the line's objects it holds
    for key in order[:MAX_LINES]:
        kept = found.get(key) or []
        tops = heads(kept)
        owned.update(owned_bytes(kept, tops))
        picked = samples_of(tops, owned)
        samples.extend(picked)
        per_line.append((key, kept, tops, picked))
    # The walk starts from the samples: only theirs are needed.
    hidden_in = invisible_holders(samples, deadline)
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
            if len(chain) >= 3 and attributes_of(chain[-2]) is chain[-1]:
                chain = chain[:-1]  # an object's attribute dict (3.9, 3.10): the object is what is held
            text, container = expression(walk.roots[id(chain[0])], chain)
            group = groups.get(text)
            if group is not None:
                group["samples"] += 1
            else:
                holder = chain[-2] if len(chain) >= 2 else None
                held = (held_by(holder, tops) if holder is not None else []) or [sample]
                groups[text] = {
                    "path": text,
                    "root": walk.roots[id(chain[0])][0],
                    "container": container,
                    "objects": len(held),
                    "bytes": sum(owned.get(id(obj), 0) for obj in held),
                    "types": count_types(held),
                    "samples": 1,
                }
                bound = cache_bound(chain[0], held)
                if bound is not None:
                    groups[text]["bound"] = bound
                size = size_of_container(holder) if watches is not None and holder is not None else None
                if size is not None:
                    watches.append(Watch(groups[text], holder, held, size))
        for group in groups.values():
            # Of the samples walked, the share that ended here, for a holder that is
            # no collection (an exception's traceback): one object holds one.
            share = round(len(tops) * group.pop("samples") / len(picked))
            if group["objects"] <= 1 < share:
                group["bytes"] = group["bytes"] * share // group["objects"]
                group["types"] = {name: count * share for name, count in group["types"].items()}
                group["objects"] = share
        # A path through a container another path names says nothing more: an exception
        # kept in a list holds its traceback, whose frame is found through the same list.
        paths = list(groups)
        retainers = sorted(
            (g for g in groups.values() if not any(p != g["path"] and g["path"].startswith(p) for p in paths)),
            # What holds the most memory first; a bounded cache last, full or not: it
            # holds the line's newest objects, but cannot pile up more than its bound.
            key=lambda g: ("bound" in g, -g["bytes"], -g["objects"], g["path"]),
        )
        if picked and not groups:
            retainers = [{
                "path": None,
                "root": "unreached",
                "container": None,
                "objects": len(tops),
                "bytes": sum(owned.get(id(obj), 0) for obj in tops),
                "types": count_types(tops),
            }]
        lines.append({
            "file": relative(key[0]),
            "line": key[1],
            "objects": len(kept),
            "heads": len(tops),
            "types": count_types(kept),
            "retainers": retainers,
        })
    return lines


def cache_bound(root, held):
    """An lru_cache's entries and the bound it holds them to, when the line's
    objects it holds are its entries (a cached result, a key's part): at its
    bound such a cache replaces, it does not grow. None for another root, an
    unbounded cache, or objects held inside an entry (a cached list that
    callers append to grows whatever the bound)."""
    if type(root).__name__ != "_lru_cache_wrapper":
        return None
    try:
        info = root.cache_info()
    except Exception:
        return None
    if info.maxsize is None:
        return None
    entries = cache_entries(root)
    if not all(id(obj) in entries for obj in held):
        return None
    return {"entries": info.currsize, "max": info.maxsize}


def cache_entries(root):
    """ids of what an lru_cache's entries are made of: each key, the parts of a
    key made of several arguments, and each cached result. Read through the
    collector, so no code of the cache's keys or results runs: the wrapper
    shows it each link's key and result, and its table."""
    ids = set()
    for part in referents(root):
        ids.add(id(part))
        if type(part) is dict:
            ids.update(id(key) for key in dict_keys(part))
        elif type(part).__name__ == "_HashedSeq" or type(part) is tuple:
            ids.update(id(arg) for arg in referents(part))
    return ids


def owned_bytes(kept, tops):
    """{id(head): bytes} of a line's kept objects, each counted once, for the
    first head that reaches it through the others: what a container holding
    that head keeps alive of this line's memory."""
    ids = {id(obj) for obj in kept}
    counted = set()
    owned = {}
    for head in tops:
        total = 0
        stack = [head]
        while stack:
            obj = stack.pop()
            if id(obj) in counted:
                continue
            counted.add(id(obj))
            total += size_of(obj)
            stack.extend(child for child in referents(obj) if id(child) in ids)
        owned[id(head)] = total
    return owned


def size_of(obj):
    """sys.getsizeof, but without a class's own __sizeof__, which is its code."""
    try:
        return sys.getsizeof(obj) if type(obj).__module__ == "builtins" else object.__sizeof__(obj)
    except Exception:
        return 0


def held_by(holder, tops):
    """Which of a line's kept objects the holder refers to directly."""
    held = referents(holder)
    ids = {id(obj) for obj in held}
    found = [obj for obj in tops if id(obj) in ids]
    if not found:  # the line made the held objects' attribute dicts (3.9, 3.10)
        ids = {id(attributes_of(obj)) for obj in held}
        found = [obj for obj in tops if id(obj) in ids]
    return found


# Iterations run after the search to see whether each holder lets go of what
# it held: past a small cache's bound or a purge's period (sqlite3 drops its
# dead cursor references every 200 cursors).
WATCH_ITERATIONS = 100


def size_of_container(obj):
    """len() of a builtin container, read by its builtin type (a subclass's
    __len__ is its own code); None for anything else."""
    for kind in (dict, list, set):
        if is_a(obj, kind):
            return kind.__len__(obj)
    if type(obj).__name__ == "deque" and type(obj).__module__ == "collections":
        return len(obj)
    return None


class Watch:
    """A retainer's holder and what it held of a line, looked at again after
    more iterations: a leak keeps what it made; an evicting cache or a list
    purged now and then lets go. Holds the holder (not the objects: that would
    keep them alive), the ids of the objects, and the holder's size at each look."""

    def __init__(self, group, holder, held, size):
        self.group = group
        self.holder = holder
        self.ids = [(id(obj), id(attributes_of(obj)) if attributes_of(obj) is not None else None) for obj in held]
        self.sizes = [size]

    def look(self):
        self.sizes.append(size_of_container(self.holder))

    def report(self, iterations):
        """Sets the group's stillHeld: the share of the objects it still holds
        after `iterations` more, and its size at each of them."""
        now = {id(obj) for obj in referents(self.holder)}
        if is_a(self.holder, dict):
            now.update(id(key) for key in dict_keys(self.holder))
        kept = sum(1 for obj_id, attrs_id in self.ids if obj_id in now or (attrs_id is not None and attrs_id in now))
        # How much it grew: its mean size over the last third of the looks less over
        # the first, so that a purge's sawtooth several periods long reads as flat.
        third = max(1, len(self.sizes) // 3)
        grew = (sum(self.sizes[-third:]) - sum(self.sizes[:third])) / third
        self.group["stillHeld"] = {
            "share": round(kept / len(self.ids), 3) if self.ids else 1.0,
            "after": iterations,
            "grew": round(grew, 1),
        }


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
        self.seconds = 0.0
        self.outcome = None  # why there is nothing to search, or the error that stopped it
        self.watches = []  # retainers to look at again after more iterations

    def find(self, result, table):
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
                self.found = find_kept(set(self.order[:MAX_LINES]), table._attribute, self.deadline)
        except Exception as e:  # a bug here must not cost the measurement
            self.outcome = {"error": "%s: %s" % (type(e).__name__, e)}
        self.seconds += time.perf_counter() - started

    def finish(self, iterations):
        """The result's retainerSearch, or None when no line leaks."""
        try:
            return self.search(iterations)
        finally:
            self.found = None
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
            lines = search_retainers(self.found, self.order, self.deadline, self.index.relative, self.watches)
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
