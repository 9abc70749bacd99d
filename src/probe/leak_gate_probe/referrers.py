"""The walk from a kept object back through its referrers to a root a
developer can name, and the path between them written as Python.

All objects of one level are walked together: gc.get_referrers scans the
whole heap once a call, whatever it is asked about. Objects the collector does
not track (a dict of strings) are invisible to it: find_kept in retainers.py
notes which untracked container holds what, and the walk follows that."""

import gc
import sys

import _weakref

from leak_gate_probe.sources import PROBE_DIR, PROBE_FILES

MAX_DEPTH = 14  # referrer levels walked from an object to a root
MAX_REFERRERS = 6  # referrers of one object followed further
MAX_LEVEL = 400  # objects walked per level, over every sample
CHUNK = 40  # objects asked about in one scan of the heap

FunctionType = type(lambda: None)
ModuleType = type(sys)
FrameType = type(sys._getframe())
CellType = type((lambda x: lambda: x)(0).__closure__[0])
MethodType = type(FunctionType.__get__(lambda self: None, 0))
BuiltinType = type(len)
COLLECTIONS = (list, tuple, set, frozenset)
# Exceptions, tracebacks, frames, generators, coroutines and wrappers hold
# what they hold in slots of their own.
KNOWN_ATTRIBUTES = (
    "__traceback__", "__context__", "__cause__", "args", "tb_frame", "tb_next", "f_back",
    "gi_frame", "cr_frame", "ag_frame", "__wrapped__", "__self__", "__func__", "fget", "fset",
)
WEAK = (_weakref.ReferenceType, _weakref.ProxyType, _weakref.CallableProxyType)


def is_a(obj, kind):
    """isinstance(obj, kind) without asking obj: isinstance reads a proxy's
    __class__, and Django's lazy objects evaluate themselves to answer it
    (settings, translation catalogs: seconds of the user's code, run by the
    search). The type alone decides here."""
    return issubclass(type(obj), kind)


def attributes_of(obj):
    """obj's attribute dict, or None, without running its class's code (its
    __getattribute__ or __getattr__)."""
    try:
        namespace = object.__getattribute__(obj, "__dict__")
    except Exception:  # no __dict__ (slots, a C type), or one that refuses
        return None
    return namespace if type(namespace) is dict else None


def referents(obj):
    """gc.get_referents(obj), but never of a module: a C module's own traverse
    may visit objects it keeps dead for reuse (3.12.1's _asyncio visits its
    free list of future iterators), which a list of referents brings back to
    life and frees twice, corrupting the collector's lists: the next
    gc.get_referrers never returns. A module holds its names in its __dict__,
    which is walked as a dict."""
    if is_a(obj, ModuleType):
        namespace = attributes_of(obj)
        return [namespace] if namespace is not None else []
    return gc.get_referents(obj)


def qualified(cls):
    """A type's name as a developer writes it: builtins bare, others with their module."""
    module = getattr(cls, "__module__", None)
    name = getattr(cls, "__qualname__", None) or cls.__name__
    return name if module in (None, "builtins") else "%s.%s" % (module, name)


class Walk:
    """Referrers of sampled objects, level by level, up to roots."""

    def __init__(self, hidden_in, deadline):
        self.hidden_in = hidden_in
        self.deadline = deadline
        self.objects = {}  # id -> object, every node walked
        self.referrers = {}  # id -> [ids of its referrers walked]
        self.roots = {}  # id -> (kind, expression)
        self.ours = {id(self.objects)}
        self.module_dicts = {}
        for module in list(sys.modules.values()):
            namespace = attributes_of(module) if is_a(module, ModuleType) else None  # sys.modules may hold lazy proxies
            if namespace is not None:
                # (the bootstrap runs as __main__, with load_package in it)
                if module.__name__.startswith("leak_gate_probe") or "load_package" in namespace and module.__name__ == "__main__":
                    self.ours.add(id(namespace))  # the probe's modules hold the workload, not a leak
                else:
                    self.module_dicts[id(namespace)] = module
        self.thread_locals = thread_locals()

    def is_ours(self, obj):
        if id(obj) in self.ours:
            return True
        if type(obj) is FrameType:
            return obj.f_code.co_filename in PROBE_FILES or obj.f_code.co_filename.startswith(PROBE_DIR)
        return False

    def root_of(self, obj, child):
        """(kind, expression) when obj is a root reached from child, else None."""
        if id(obj) in self.module_dicts:
            return "module global", self.module_dicts[id(obj)].__name__
        if is_a(obj, type) and child is not None:
            return "class attribute", qualified(obj)  # with its module, as a module global is named
        if type(obj) is FunctionType and child is not None and named_function(obj):
            name = "%s.%s" % (obj.__module__, obj.__qualname__)
            if child is obj.__defaults__ or child is obj.__kwdefaults__:
                return "default argument", name
            if child is obj.__closure__:
                return "closure", name
            if child is getattr(obj, "__dict__", None):
                return "function attribute", name
        kind = type(obj).__name__
        if kind == "_lru_cache_wrapper":
            wrapped = getattr(obj, "__wrapped__", None)
            name = getattr(wrapped, "__qualname__", None) if is_a(wrapped, (FunctionType, MethodType, BuiltinType, type)) else None
            if name is None:  # a cache made in C around an object, such as a sqlite3 connection's statement cache
                return "lru_cache", "<the lru_cache of a %s>" % qualified(type(wrapped))
            return "lru_cache", "%s.%s" % (getattr(wrapped, "__module__", "?"), name)
        logging = sys.modules.get("logging")
        if logging is not None and is_a(obj, logging.Logger):
            return "logger", "logging.getLogger()" if obj is logging.root else "logging.getLogger(%r)" % obj.name
        if logging is not None and obj is getattr(logging.Logger, "manager", None):
            return "logger", "logging.Logger.manager"  # every logger made by name, in its loggerDict
        if type(obj) is ModuleType:
            return "interpreter registry", obj.__name__
        local = self.thread_locals.get(id(obj))
        if local is not None:
            return "thread frame", local
        return None

    def run(self, samples):
        level = []
        for obj in samples:
            self.objects[id(obj)] = obj
            level.append(obj)
        for _ in range(MAX_DEPTH):
            if not level or self.deadline.passed():
                break
            level = self.step(level)

    def step(self, level):
        """Finds the referrers of one level's objects; returns the next level."""
        following = []
        self.ours.add(id(level))
        # gc.get_referrers compares every reference in the heap with each object
        # it is asked about: asked in small chunks, with the clock read between.
        for start in range(0, len(level), CHUNK):
            if self.deadline.passed():
                break
            batch = tuple(level[start : start + CHUNK])
            wanted = {id(obj) for obj in batch}
            self.ours.add(id(batch))
            found = gc.get_referrers(*batch)
            self.ours.add(id(found))
            for referrer in found:
                if self.is_ours(referrer):
                    continue  # the probe's own lists and frames, and the call's arguments (batch)
                for child in referents(referrer):
                    if id(child) in wanted:
                        self.link(child, referrer, following)
        for obj in level:  # untracked containers, invisible to gc.get_referrers
            holder = self.hidden_in.get(id(obj))
            if holder is not None:
                self.link(obj, holder, following)
            local = self.thread_locals.get(id(obj))
            if local is not None and id(obj) not in self.roots:
                self.roots[id(obj)] = ("thread frame", local)
        return following[:MAX_LEVEL]

    def link(self, child, referrer, following):
        links = self.referrers.setdefault(id(child), [])
        if len(links) >= MAX_REFERRERS or id(referrer) in links:
            return
        links.append(id(referrer))
        if id(referrer) in self.objects:
            return
        self.objects[id(referrer)] = referrer
        root = self.root_of(referrer, child)
        if root is not None:
            self.roots[id(referrer)] = root
        else:
            following.append(referrer)

    def path(self, sample):
        """The chain of objects from a root down to the sample, or None: the
        shortest, and of equal ones the first found."""
        best = {}  # id -> chain from a root down to it

        def chain_to(node_id, depth, visiting):
            if node_id in best:
                return best[node_id]
            if node_id in self.roots:
                return [node_id]
            if depth > MAX_DEPTH or node_id in visiting:
                return None
            visiting.add(node_id)
            shortest = None
            for up in self.referrers.get(node_id, ()):
                above = chain_to(up, depth + 1, visiting)
                if above is not None and (shortest is None or len(above) + 1 < len(shortest)):
                    shortest = above + [node_id]
            visiting.discard(node_id)
            best[node_id] = shortest
            return shortest

        ids = chain_to(id(sample), 0, set())
        return None if ids is None else [self.objects[i] for i in ids]


def named_function(fn):
    """Whether a function is reachable by its own name from its module."""
    obj = sys.modules.get(fn.__module__ or "")
    for part in fn.__qualname__.split("."):
        namespace = attributes_of(obj) if not is_a(obj, type) else dict(type.__dict__["__dict__"].__get__(obj))
        obj = namespace.get(part) if namespace is not None else None
        if obj is None:
            return False
    return obj is fn


def thread_locals():
    """{id(value): 'name in function() of thread "x"'} for other threads' local variables."""
    import threading  # loaded already by anything that runs threads

    names = {t.ident: t.name for t in threading.enumerate()}
    me = threading.get_ident()
    found = {}
    for ident, frame in sys._current_frames().items():
        if ident == me:
            continue
        while frame is not None:
            if not frame.f_code.co_filename.startswith(PROBE_DIR):
                for name, value in list(frame.f_locals.items()):
                    found.setdefault(id(value), "%s in %s() of thread %r" % (name, frame.f_code.co_name, names.get(ident, ident)))
            frame = frame.f_back
    return found


def key_in(mapping, value):
    for key, item in list(dict.items(mapping)):  # dict's own, not a subclass's
        if item is value:
            return key
    return None


def edge(parent, child, namespace):
    """How child is reached from parent, as Python: ('.name' | '[key]' | '[…]' | '', namespace?)
    where namespace says child is an object's attribute dict (its keys are attributes)."""
    if namespace:  # an instance's, a class's or a module's __dict__
        key = key_in(parent, child)
        return ("." + key if type(key) is str and key.isidentifier() else "[%r]" % (key,)), False
    if type(parent) is FunctionType:
        if child is parent.__defaults__:
            return ".__defaults__", False
        if child is parent.__kwdefaults__:
            return ".__kwdefaults__", False
        if child is parent.__closure__:
            return ".__closure__", False
        if child is getattr(parent, "__dict__", None):
            return "", True
        return ".?", False
    if type(parent) is CellType:
        return ".cell_contents", False
    if type(parent) is MethodType:
        return (".__self__" if child is parent.__self__ else ".__func__"), False
    if is_a(parent, dict):
        # A name-like key is the program's own (app["subscribers"]); any other
        # is the leak's, made per call, and samples of one leak must come out
        # as one path.
        key = key_in(parent, child)
        if type(key) is str and key.isidentifier() and len(key) <= 30 and not any(c.isdigit() for c in key):
            return "[%r]" % key, False
        return "[…]", False
    if type(parent) is FrameType:
        for name, value in list(parent.f_locals.items()):
            if value is child:
                return ".f_locals[%r]" % name, False
    if type(parent).__module__ == "builtins" or is_a(parent, BaseException):  # C attributes, safe to read
        for name in KNOWN_ATTRIBUTES:  # attributes vars() does not list
            if getattr(parent, name, None) is child:
                return "." + name, False
    if is_a(parent, tuple) and len(parent) <= 16:
        for i, item in enumerate(parent):
            if item is child:
                return "[%d]" % i, False
    if is_a(parent, COLLECTIONS) or type(parent).__name__ == "deque":
        return "[…]", False
    if is_a(parent, (ModuleType, type)):
        return "", True  # its namespace dict
    attrs = attributes_of(parent)
    if attrs is child:
        return "", True
    key = key_in(attrs, child) if attrs is not None else None
    if key is None:
        key = slot_holding(parent, child)
    if type(key) is str:
        return "." + key, False
    return "[…]" if hasattr(type(parent), "__iter__") else ".?", False


def slot_holding(obj, child):
    """The name of the __slots__ slot of obj that holds child, or None."""
    for cls in type(obj).__mro__:
        namespace = type.__dict__["__dict__"].__get__(cls)  # the class's own, without its metaclass's code
        slots = namespace.get("__slots__", ())
        for name in (slots,) if type(slots) is str else slots if type(slots) in (tuple, list) else ():
            slot = namespace.get(name)
            if type(slot).__name__ == "member_descriptor" and slot.__get__(obj) is child:
                return name
    return None


def expression(root, chain):
    """The Python expression from a root down a chain of objects; the last
    step, into the container, is always [...] for a collection (its key is the
    leak's own). Returns (expression, container type name)."""
    kind, text = root
    if kind in ("lru_cache", "thread frame"):
        return text, kind  # its inside is not reachable from Python
    namespace = kind == "module global"  # the root is the module's dict: its keys are the module's names
    steps = [text]
    for parent, child in zip(chain, chain[1:]):
        step, namespace = edge(parent, child, namespace)
        steps.append(step)
    if len(chain) >= 2:
        holder = chain[-2]
        if steps[-1].startswith("[") and (is_a(holder, (dict, list, tuple, set, frozenset)) or type(holder).__name__ == "deque"):
            steps[-1] = "[…]"
    if len(chain) == 2 and kind == "module global":
        return "".join(steps), "module global"  # a module's name for it, not a collection
    container = chain[-2] if len(chain) >= 2 else chain[-1]
    if is_a(container, dict) and len(chain) >= 3 and edge(chain[-3], container, False)[1]:
        container = chain[-3]  # an object's attribute dict: the object holds it
        if is_a(container, type):
            return "".join(steps), "class attribute"
    return "".join(steps), qualified(type(container))
