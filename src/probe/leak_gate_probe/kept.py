"""The objects a leaking line made that are still alive, found while the
last traced window is still traced: tracemalloc knows where a live object was
allocated only until it stops. Every object the collector tracks is asked,
then the untracked objects those hold (str, bytes, numbers, tuples and dicts
of them), and the string keys of dicts, which the collector is not shown."""

import gc
import sys

import _tracemalloc

from leak_gate_probe.referrers import ModuleType, is_a

BATCH = 2000  # containers whose referents are read in one call
MAX_FOUND = 20000  # kept objects held per line


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

    managed = {}  # type -> whether its instances start before their header, cached: reading __flags__ makes an int

    def get_311(obj):
        frames = get(obj)
        if frames is None:
            kind = type(obj)
            is_managed = managed.get(kind)
            if is_managed is None:
                is_managed = managed[kind] = bool(kind.__flags__ & managed_dict)
            if is_managed:
                frames = by_address(0, id(obj) - before)
        return frames

    return get_311


def find_kept(leaking, attribute, deadline):
    """{site key: [objects]} of the objects alive now that were allocated, while
    tracing ran, at a leaking line (`attribute(frames)` gives a traceback's
    site key). Call it while tracing runs, and keep it from allocating: every
    allocation is traced then, at five to ten times its cost, so the heap's
    references are read a batch of containers at a time."""
    traceback_of = object_traceback()
    found = {key: [] for key in leaking}
    seen = set()

    def consider(obj):
        frames = traceback_of(obj)
        if frames is None:
            return
        kept = found.get(attribute(frames))
        if kept is not None and len(kept) < MAX_FOUND and id(obj) not in seen:
            seen.add(id(obj))
            kept.append(obj)

    # What the run made since the freeze after warm-up, which the collector tracks.
    tracked = gc.get_objects()
    for start in range(0, len(tracked), BATCH):
        if deadline.passed():
            return found
        for obj in tracked[start : start + BATCH]:
            consider(obj)
    del tracked
    # Frozen containers (a module's list) are walked too: unfreezing changes
    # nothing measured any more, and gc.get_referrers does not see frozen objects.
    gc.unfreeze()
    # Untracked objects are found through what refers to them: first through
    # the objects found (a leaked dict's strings), which is cheap; through the
    # whole heap only when a line has none of its own yet (a leak of strings
    # kept in a module's list).
    for untracked in untracked_objects([obj for objects in found.values() for obj in objects], deadline):
        consider(untracked)
    if all(found.values()):
        return found
    for untracked in untracked_objects(gc.get_objects(), deadline):
        consider(untracked)
    return found


def untracked_objects(containers, deadline):
    """The objects the collector does not track that the containers hold: their
    referents, what untracked dicts and tuples among those hold, and the string
    keys of dicts (a dict whose keys are all strings does not show them to the
    collector: an lru_cache keyed by a string argument keeps them so)."""
    is_tracked = gc.is_tracked
    for start in range(0, len(containers), BATCH):
        if deadline.passed():
            return
        batch = [c for c in containers[start : start + BATCH] if not is_a(c, ModuleType)]  # see referents()
        inner = []
        for obj in gc.get_referents(*batch):
            if not is_tracked(obj):
                yield obj
                if type(obj) is dict or type(obj) is tuple:
                    inner.append(obj)
        for obj in gc.get_referents(*inner):
            if not is_tracked(obj):
                yield obj
        for holder in batch + inner:
            if is_a(holder, dict):
                for key in dict_keys(holder):
                    if type(key) is str:
                        yield key


def invisible_holders(objects, deadline):
    """{id(object): holder} for objects held where gc.get_referrers cannot see:
    in an untracked dict or tuple, or as a dict's string key. Run it after
    tracing stopped: it reads every reference in the heap, when one of the
    objects is untracked."""
    wanted = {id(obj) for obj in objects if not gc.is_tracked(obj)}
    holders = {}
    if not wanted:
        return holders
    for container in gc.get_objects():
        if deadline.passed():
            break
        if is_a(container, ModuleType):
            continue
        for obj in gc.get_referents(container):
            if (type(obj) is dict or type(obj) is tuple) and not gc.is_tracked(obj):
                for inner in gc.get_referents(obj):
                    if id(inner) in wanted:
                        holders.setdefault(id(inner), obj)
                if type(obj) is dict:
                    for key in dict_keys(obj):
                        if id(key) in wanted:
                            holders.setdefault(id(key), obj)
        if is_a(container, dict):
            for key in dict_keys(container):
                if id(key) in wanted:
                    holders.setdefault(id(key), container)
    return holders


def dict_keys(mapping):
    """A dict's keys, copied in one step: a thread of the workload may change
    the dict while they are read."""
    try:
        return list(dict.keys(mapping))
    except RuntimeError:
        return []
