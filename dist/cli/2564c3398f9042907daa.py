"""leak-gate probe: run a Python workload and measure which source lines keep memory.

The probe measures and writes raw series; it knows nothing about thresholds,
verdicts or GitHub (all decisions are made in TypeScript). Standard library
only, CPython 3.9 to 3.13.

Plan of a run of N iterations with W warm-up iterations:
  1. setup: the script's module-level code, untraced;
  2. warm-up: W iterations, untraced (caches fill, lazy imports happen);
  3. screening: the following iterations untraced, sampling the interpreter's
     allocated-block count and RSS after a full collection every few
     iterations: a whole-run curve at almost no cost, which shows whether
     memory returns to its floor (a sawtooth) or keeps climbing;
  4. traced window: the last iterations under tracemalloc with deep frames,
     with snapshots spread over them; this names the growing lines.
Tracing only the window is what keeps the cost low: tracemalloc slows
allocation-heavy code 5x to 40x, so tracing every iteration would cost more
than the whole rest of the run.

Invoked as: python -c BOOTSTRAP probe.py CONFIG_JSON [script args...]
"""

import _tracemalloc
import gc
import os
import sys
import time

# Modules some of which cost more to import than a short workload run takes are
# avoided: array (which imports collections), types, importlib, _json, and _ast
# unless a script's entry needs the syntax tree to be found.
ModuleType = type(sys)
CodeType = type((lambda: None).__code__)
CO_NEWLOCALS = 0x2  # set on function code objects, not on class bodies or modules

PROTOCOL = 1
PROGRESS_PREFIX = "@@leak-gate:progress "
PROBE_FILE = os.path.abspath(__file__)
IMPORT_NOISE = ("<frozen importlib._bootstrap>", "<frozen importlib._bootstrap_external>")
MAX_SITES = 300


def env_int(name, default):
    """A whole number from the environment; the hooks below are for tests and the bench."""
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


# Raw traces held for grouping after tracing stops, at most: grouping them
# while tracing runs costs ~10x more (every allocation of the grouping is traced),
# holding them costs ~100 B per trace and snapshot.
MAX_HELD_TRACES = env_int("LEAK_GATE_MAX_HELD_TRACES", 300000)
# Set by the bench's narrow-window runs: only the plan's minimum is traced, as
# for a workload that tracing slows too much to trace more.
NARROWEST_WINDOW = env_int("LEAK_GATE_NARROWEST_WINDOW", 0) == 1
# Tracing slows allocation-heavy code by up to ~40x; assumed when the warm-up
# is too short to measure it.
ASSUMED_SLOWDOWN = 40.0


def _lines_calling_user_code():
    """Lines of this file through which user code runs. An allocation whose
    traceback reaches the probe anywhere else is the probe's own."""
    marker = b"# leak-gate: calls user code"
    lines = set()
    try:
        with open(PROBE_FILE, "rb") as f:
            data = f.read()  # bytes: decoding and splitting the whole file costs more
    except OSError:
        return lines
    at = data.find(marker)
    while at >= 0:
        end = data.find(b"\n", at)
        if not data[at + len(marker) : end if end >= 0 else len(data)].strip():
            lines.add(data.count(b"\n", 0, at) + 1)
        at = data.find(marker, at + 1)
    return lines


CALL_LINES = _lines_calling_user_code()


def int64s(count):
    """A preallocated array of 64-bit ints: storing in it makes no int objects,
    which would be live blocks the workload did not make."""
    return memoryview(bytearray(8 * max(count, 1))).cast("q")


def float64s(count):
    return memoryview(bytearray(8 * max(count, 1))).cast("d")


def code_lines(code):
    """The line numbers in a code object's own line table."""
    if hasattr(code, "co_lines"):  # 3.10+
        return {line for _, _, line in code.co_lines() if line is not None}
    line = code.co_firstlineno  # 3.9: pairs of (bytecode, line) increments
    lines = {line}
    table = code.co_lnotab
    for i in range(1, len(table), 2):
        step = table[i]
        line += step - 256 if step >= 128 else step
        lines.add(line)
    return lines


class ProbeError(Exception):
    """A failure the user can act on; `kind` is a stable code for the TypeScript side."""

    def __init__(self, kind, message, detail=None):
        Exception.__init__(self, message)
        self.kind = kind
        self.message = message
        self.detail = detail


# ---------------------------------------------------------------- GC and samples

def full_collect():
    """gc.collect() until it frees nothing: finalizers and weak references may need
    more than one pass. A full collection also empties the interpreter's free lists,
    so later allocations are real (traced) allocations."""
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


class Progress:
    """Progress lines on stderr, at most twice a second; the runner filters them out."""

    def __init__(self, total):
        self.total = total
        self.last = 0.0

    def report(self, done, force=False):
        now = time.monotonic()
        if force or now - self.last >= 0.5:
            self.last = now
            sys.stderr.write("%s%d %d\n" % (PROGRESS_PREFIX, done, self.total))
            sys.stderr.flush()


# ---------------------------------------------------------------- source knowledge

class SourceIndex:
    """Knows which files belong to the user's project and which function encloses a line."""

    def __init__(self, root):
        self.root = os.path.realpath(root)
        # The standard library (where os lives) and the interpreter's lib
        # directories; site-packages and dist-packages anywhere are excluded by
        # name (sysconfig would cost more to import than a short run).
        excluded = {os.path.realpath(os.path.dirname(os.__file__))}
        for p in (sys.prefix, sys.base_prefix, sys.exec_prefix):
            excluded.add(os.path.realpath(os.path.join(p, "lib")))
        # A virtualenv inside the project is still not the project.
        self.excluded = tuple(sorted(e + os.sep for e in excluded))
        self._project = {}
        self._functions = {}
        self._lines = {}
        self._known = {}  # filename -> (source bytes, code object) already read and compiled

    def know(self, filename, source, code):
        """The script's source and code, read and compiled to run it: not read again."""
        self._known[filename] = (source, code)

    def in_project(self, filename):
        cached = self._project.get(filename)
        if cached is None:
            cached = self._classify(filename)
            self._project[filename] = cached
        return cached

    def _classify(self, filename):
        if not filename or filename.startswith("<"):
            return False
        path = os.path.realpath(filename)
        if path == PROBE_FILE:
            return False
        if not (path == self.root or path.startswith(self.root + os.sep)):
            return False
        parts = path.split(os.sep)
        if "site-packages" in parts or "dist-packages" in parts:
            return False
        return not any(path.startswith(e) for e in self.excluded if not self.root.startswith(e))

    def relative(self, filename):
        path = os.path.realpath(filename)
        if path.startswith(self.root + os.sep):
            return os.path.relpath(path, self.root).replace(os.sep, "/")
        return filename

    def function_at(self, filename, line):
        names = self._functions.get(filename)
        if names is None:
            names = self._scan(filename)
            self._functions[filename] = names
        return names.get(line, "<module>")

    def _scan(self, filename):
        """Line -> qualified name of the function or class that runs it, from the
        file's code objects: a frame's line number comes from one of their line
        tables, so this names exactly the code that ran. Lambdas and
        comprehensions count as their enclosing function."""
        try:
            known = self._known.get(filename)
            if known:
                code = known[1]
            else:
                with open(filename, "rb") as f:
                    code = compile(f.read(), filename, "exec", dont_inherit=True)
        except Exception:
            return {}
        names = {}

        def visit(code, qualname, is_function):
            for line in code_lines(code):
                names[line] = qualname  # inner code objects, visited later, win
            for const in code.co_consts:
                if not isinstance(const, CodeType):
                    continue
                if const.co_name.startswith("<"):
                    visit(const, qualname, is_function)
                    continue
                inner = const.co_name if qualname == "<module>" else qualname + (".<locals>." if is_function else ".") + const.co_name
                visit(const, getattr(const, "co_qualname", inner), bool(const.co_flags & CO_NEWLOCALS))

        visit(code, "<module>", False)
        return names

    def code_at(self, filename, line):
        """The line's source text (linecache would import tokenize and re)."""
        lines = self._lines.get(filename)
        if lines is None:
            try:
                known = self._known.get(filename)
                if known:
                    source = known[0]
                else:
                    with open(filename, "rb") as f:
                        source = f.read()
                lines = source.decode("utf-8", "replace").splitlines()
            except OSError:
                lines = []
            self._lines[filename] = lines
        return lines[line - 1].strip() if 0 < line <= len(lines) else ""


# ---------------------------------------------------------------- loading the workload

def top_level_names(source, path):
    """Names a script binds at its top level, and its top-level functions, from
    the syntax tree."""
    import _ast  # only here: see has_top_level

    tree = compile(source, path, "exec", _ast.PyCF_ONLY_AST, dont_inherit=True)
    names = set()
    functions = []
    for node in tree.body:
        if isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef)):
            names.add(node.name)
            functions.append(node.name)
        elif isinstance(node, _ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, (_ast.Assign, _ast.AnnAssign)):
            targets = node.targets if isinstance(node, _ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, _ast.Name):
                    names.add(t.id)
        elif isinstance(node, (_ast.Import, _ast.ImportFrom)):
            for alias in node.names:
                names.add((alias.asname or alias.name).split(".")[0])
    return names, functions


def edit_distance(a, b):
    """Levenshtein distance: insertions, deletions and substitutions."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def has_top_level(source, code, name, path):
    """Whether the script binds `name` at its top level. The usual case, a
    `def` there, shows in the module's code object; anything else is settled
    by the syntax tree (the _ast import costs up to a millisecond)."""
    if name in code.co_names and any(isinstance(c, CodeType) and c.co_name == name for c in code.co_consts):
        return True
    return name in top_level_names(source, path)[0]


def read_script(path, shown):
    """The script's source and code object; `shown` is the path as the user wrote it, for messages."""
    if not os.path.exists(path):
        message = "script %s does not exist (relative to %s): check the path" % (shown, os.getcwd())
        parts = shown.split(".")
        if len(parts) > 1 and all(p.isidentifier() for p in parts) and parts[-1] not in ("py", "pyw"):
            # A module name given without its function: svc.jobs for svc.jobs:run_job.
            message += "; for a function in a module, use %s:FUNCTION" % shown
        raise ProbeError("script-not-found", message)
    if os.path.isdir(path):
        raise ProbeError("not-python", "script %s is a directory, not a Python file" % shown)
    if not path.endswith((".py", ".pyw")):
        raise ProbeError("not-python", "script %s is not a Python file: pass a .py file or package.module:function" % shown)
    try:
        with open(path, "rb") as f:
            source = f.read()
        code = compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        where = "%s:%s" % (e.filename or path, e.lineno)
        raise ProbeError("syntax", "syntax error in %s: %s" % (where, e.msg))
    except (OSError, ValueError) as e:
        raise ProbeError("not-python", "cannot read script %s as Python: %s" % (shown, e))
    return source, code


async def cleared_first(awaitable):
    """Awaits an async entry's result in the task the loop made for it, after
    emptying the interpreter's free lists while tracing: starting the task frees
    keyword-argument dicts inside asyncio, whose blocks the workload's next dicts
    would reuse, to be charged to the asyncio line that first allocated them.
    (A collection costs little next to an event loop's round.)"""
    if _tracemalloc.is_tracing():
        gc.collect()
    return await awaitable  # leak-gate: calls user code


def is_module_target(target):
    return ":" in target and not os.path.exists(target) and not (len(target) > 1 and target[1] == ":")


def dotted_module(path):
    """svc/jobs.py as the module name svc.jobs, relative to the working directory when under it."""
    stem = os.path.splitext(path)[0] if path.endswith((".py", ".pyw")) else path
    rel = os.path.relpath(os.path.abspath(stem))
    if rel.startswith(os.pardir):
        rel = os.path.basename(stem)
    return rel.replace(os.sep, ".").replace("/", ".")


def resolve_attr(obj, dotted, target):
    for part in dotted.split("."):
        if not hasattr(obj, part):
            raise ProbeError("unknown-entry", "%s has no attribute %r" % (target, part))
        obj = getattr(obj, part)
    return obj


def workload_error(exc, phase):
    """The user's traceback without the probe's own frames."""
    import traceback  # only on failure

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if os.path.abspath(f.filename) != PROBE_FILE]
    text = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames))
    text += "".join(traceback.format_exception_only(type(exc), exc))
    last = traceback.format_exception_only(type(exc), exc)[-1].strip()
    where = ("%s:%d" % (frames[-1].filename, frames[-1].lineno)) if frames else "the workload"
    return ProbeError("workload-raised", "the workload raised %s during %s at %s" % (last, phase, where), text)


class Workload:
    """Setup, per-iteration call and teardown of the user's code."""

    def __init__(self, cfg):
        self.cfg = cfg
        self.entry = None
        self.teardown = None
        self.loop = None
        self.whole_path = None
        self.script = None  # (path, source, code) of a script target
        target = cfg["target"]
        entry_name = cfg.get("entry") or "workload"
        explicit = bool(cfg.get("entryExplicit"))
        if is_module_target(target):
            module_name, _, func_path = target.partition(":")
            if "/" in module_name or os.sep in module_name or module_name.endswith((".py", ".pyw")):
                # Imported by module name only: a file is found through sys.path, not by its path.
                raise ProbeError(
                    "bad-target",
                    "%s: a file path with ':' is not supported; use the dotted module form %s:%s"
                    % (target, dotted_module(module_name), func_path or "FUNCTION"),
                )
            if not func_path:
                raise ProbeError("unknown-entry", "target %s names no function after ':'" % target)
            sys.path.insert(0, cfg["root"])
            try:
                __import__(module_name)
                module = sys.modules[module_name]
            except ModuleNotFoundError as e:
                if e.name and module_name.startswith(e.name):
                    raise ProbeError("module-not-found", "cannot import %s: %s" % (module_name, e))
                raise workload_error(e, "setup (import of %s)" % module_name)
            except SyntaxError as e:
                raise ProbeError("syntax", "syntax error in %s:%s: %s" % (e.filename, e.lineno, e.msg))
            except BaseException as e:
                raise workload_error(e, "setup (import of %s)" % module_name)
            self.entry = resolve_attr(module, func_path, target)
            self.teardown = getattr(module, "teardown", None)
        else:
            path = os.path.abspath(target)
            source, code = read_script(path, target)
            self.script = (path, source, code)
            sys.path.insert(0, os.path.dirname(path))
            if not has_top_level(source, code, entry_name, path):
                functions = top_level_names(source, path)[1]
                if explicit:
                    raise ProbeError(
                        "unknown-entry",
                        "%s defines no function %s (top-level functions: %s)" % (target, entry_name, ", ".join(functions) or "none"),
                    )
                # Whole-script mode is coarse: a misspelt entry must not quietly fall into it.
                near = [f for f in functions if edit_distance(f.lower(), entry_name.lower()) <= 2]
                if near:
                    raise ProbeError(
                        "unknown-entry",
                        "%s defines no function %s, but %s: rename it, or pass --entry %s" % (target, entry_name, near[0], near[0]),
                    )
                if not any(n != "__doc__" for n in code.co_names) and not any(isinstance(c, CodeType) for c in code.co_consts):
                    raise ProbeError("empty-script", "script %s runs no code: nothing to measure; define %s() in it for leak-gate to call" % (target, entry_name))
                self.whole_path = path  # no entry function: the whole script is the workload
                return
            module = ModuleType(os.path.splitext(os.path.basename(path))[0])
            module.__file__ = path
            # Not "__main__": an `if __name__ == "__main__"` block is the script's own
            # entry point, not setup.
            sys.modules[module.__name__] = module
            try:
                exec(code, module.__dict__)
            except BaseException as e:
                raise workload_error(e, "setup (module-level code)")
            self.entry = module.__dict__.get(entry_name)
            self.teardown = module.__dict__.get("teardown")
        if not callable(self.entry):
            raise ProbeError("unknown-entry", "%s: %s is not a function" % (target, entry_name))
        if self.teardown is not None and not callable(self.teardown):
            self.teardown = None

    def call(self, fn, iteration):
        """Runs fn (the entry, or teardown when iteration is None), awaiting what it returns."""
        try:
            # First, and nothing before it: tracemalloc looks up this frame's
            # line at every allocation, and the lookup walks the code from its start.
            result = fn()  # leak-gate: calls user code
            if hasattr(result, "__await__"):
                if self.loop is None:
                    import asyncio  # only for async workloads: it doubles what every gc pass walks

                    self.loop = asyncio.new_event_loop()
                    asyncio.set_event_loop(self.loop)
                self.loop.run_until_complete(cleared_first(result))  # leak-gate: calls user code
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt):
                raise
            raise workload_error(e, "teardown" if iteration is None else "iteration %d" % iteration)

    def close(self):
        if self.teardown is not None:
            self.call(self.teardown, None)
        if self.loop is not None:
            self.loop.close()


# ---------------------------------------------------------------- snapshots and sites

class SiteTable:
    """Per-site series over the traced snapshots.

    It works on _tracemalloc's raw traces, what tracemalloc.Snapshot wraps:
    (domain, size, frames, total frames) with frames as (filename, lineno)
    innermost first. No Trace, Traceback and Frame objects per allocation, and
    no import of tracemalloc.py (and pickle) unless snapshots are dumped."""

    def __init__(self, index, n_snapshots):
        self.index = index
        self.n = n_snapshots
        self.sites = {}  # (file, line, in_project) -> {"size", "count", "top"}
        self._attribution = {}  # frames -> site key, or None for the probe's own and import noise
        self._held = []  # (position, traces) not grouped yet
        self._held_count = 0

    def hold(self, position, traces):
        """Keeps a snapshot's traces to group once tracing has stopped, unless
        that would hold too many: then groups them now."""
        if self._held_count + len(traces) > MAX_HELD_TRACES:
            self.add(position, traces)
        else:
            self._held.append((position, traces))
            self._held_count += len(traces)

    def add_held(self):
        """Groups the held traces; call it after tracing stopped."""
        held, self._held = self._held, []
        self._held_count = 0
        for position, traces in held:
            self.add(position, traces)

    def _attribute(self, frames):
        key = self._attribution.get(frames, False)
        if key is not False:
            return key
        key = None
        if not any(f[0] in IMPORT_NOISE for f in frames):
            innermost = None
            for frame in frames:  # innermost first
                filename = frame[0]
                if filename == PROBE_FILE:
                    if frame[1] not in CALL_LINES:
                        self._attribution[frames] = None  # the probe's own work
                        return None
                    break
                if innermost is None:
                    innermost = frame
                if self.index.in_project(filename):
                    key = (filename, frame[1], True)
                    break
            if key is None and innermost is not None:
                key = (innermost[0], innermost[1], False)
        self._attribution[frames] = key
        return key

    def add(self, position, traces):
        groups = {}
        get = groups.get
        for trace in traces:  # raw traces: (domain, size, frames, ...)
            frames = trace[2]
            group = get(frames)
            if group is None:
                groups[frames] = [trace[1], 1]
            else:
                group[0] += trace[1]
                group[1] += 1
        totals = {}
        for frames, (size, count) in groups.items():
            key = self._attribute(frames)
            if key is None:
                continue
            total = totals.get(key)
            if total is None:
                totals[key] = [size, count, frames, size]
            else:
                total[0] += size
                total[1] += count
                if size > total[3]:
                    total[2], total[3] = frames, size
        for key, (size, count, top, _) in totals.items():
            site = self.sites.get(key)
            if site is None:
                site = {"size": [0] * self.n, "count": [0] * self.n, "top": top}
                self.sites[key] = site
            site["size"][position] = size
            site["count"][position] = count
            site["top"] = top

    def export(self):
        rows = []
        for (filename, line, in_project), site in self.sites.items():
            size = site["size"]
            if max(size) == min(size):
                continue
            rows.append((size[-1] - size[0], filename, line, in_project, site))
        rows.sort(key=lambda r: -abs(r[0]))
        out = []
        for _, filename, line, in_project, site in rows[:MAX_SITES]:
            frames = [
                {"file": self.index.relative(f), "line": n, "code": self.index.code_at(f, n)}
                for f, n in reversed(site["top"])  # oldest first, as Python prints them
                if f != PROBE_FILE and f != "<string>"  # the probe and its -c bootstrap
            ]
            out.append({
                "file": self.index.relative(filename),
                "line": line,
                "function": self.index.function_at(filename, line),
                "code": self.index.code_at(filename, line),
                "inProject": in_project,
                "size": site["size"],
                "count": site["count"],
                "traceback": frames,
            })
        return out


def dump_paths(dump_dir):
    """Where the first and last snapshots go, or (None, None) when not asked."""
    if not dump_dir:
        return None, None
    return os.path.join(dump_dir, "first.tracemalloc"), os.path.join(dump_dir, "last.tracemalloc")


def snapshot(table, position, dump_path):
    """A snapshot of the traced window; call it after a full collection.
    The probe's own allocations are dropped by SiteTable's attribution."""
    traces = _tracemalloc._get_traces()
    table.hold(position, traces)
    if dump_path:
        import tracemalloc  # imported before tracing started (main); here only looked up

        tracemalloc.Snapshot(traces, _tracemalloc.get_traceback_limit()).dump(dump_path)
    del traces
    # _get_traces() allocates untraced temporaries that land in free lists;
    # a workload reusing them would allocate invisibly. A full collection empties them.
    full_collect()


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

    def export(self):
        return {"iterations": self.iterations[: self.n].tolist(), "values": self.values[: self.n].tolist()}


def spread(start, stop, count):
    """`count` distinct integer points from start to stop inclusive, evenly spread."""
    span = stop - start
    count = max(2, min(count, span + 1))
    points = sorted({start + round(i * span / (count - 1)) for i in range(count)})
    return points


# ---------------------------------------------------------------- the run

def run_span(workload, done, stop, traced_memory, offset, progress, clear_every):
    """Iterations between two snapshots. Kept short and shallow: tracemalloc
    looks up the line of every frame on the stack at every allocation, and the
    lookup walks the function's code up to the line: the call comes first.
    Progress is reported per iteration only when given (slow iterations); the
    caller reports it otherwise. The free lists are emptied after every
    `clear_every`-th iteration (0: never); see traced_window."""
    call = workload.call
    entry = workload.entry
    while done < stop:
        call(entry, done + 1)
        traced_memory[done - offset] = _tracemalloc.get_traced_memory()[0]
        done += 1
        if clear_every and done % clear_every == 0 and done < stop:  # a snapshot follows the last
            gc.collect()
        if progress is not None:
            progress.report(done)
    return done


def traced_window(workload, done, snap_points, table, blocks, traced_memory, progress, dump_dir, iteration_seconds):
    """The traced iterations, a snapshot at each of snap_points.
    `iteration_seconds`: the expected time of one traced iteration."""
    full_collect()  # free lists filled while untraced would hide allocations
    started = time.perf_counter()
    gc.collect()  # one more, only to time what emptying the free lists costs
    collect_seconds = time.perf_counter() - started
    # A freed object's block waits in a free list for the next object of its
    # type, which tracemalloc then charges to the line that first allocated the
    # block: a leaked dict to the line of last iteration's temporary dict.
    # Emptying the free lists before each iteration keeps that within an
    # iteration. It costs a collection each time: at most a quarter of the
    # window's time, or a millisecond in all.
    # An async entry's task does it itself (cleared_first).
    window = snap_points[-1] - snap_points[0]
    budget = max(0.25 * iteration_seconds * window, 0.001)
    clear_every = 0 if workload.loop is not None else max(1, -int(-collect_seconds * window // budget))  # ceiling
    offset = done
    first, last = dump_paths(dump_dir)
    # Reporting progress allocates, and every allocation is traced: once per
    # span is enough when spans are short.
    span_seconds = iteration_seconds * window / max(1, len(snap_points) - 1)
    each = progress if span_seconds > 0.25 else None
    for position, point in enumerate(snap_points):
        done = run_span(workload, done, point, traced_memory, offset, each, clear_every)
        progress.report(done)
        dump = first if position == 0 else last if position == len(snap_points) - 1 else None
        blocks.sample_then(done, lambda: snapshot(table, position, dump))
    return done


def stack_depth(workload):
    """Runs the first iteration under a profile hook and returns how many Python
    frames deep it went, counting the probe's call into the workload (Workload.call)
    as the first."""
    depth = [0, 0]  # current, deepest

    def hook(frame, event, arg):
        if event == "call":
            depth[0] += 1
            if depth[0] > depth[1]:
                depth[1] = depth[0]
        elif event == "return":
            depth[0] -= 1

    sys.setprofile(hook)
    try:
        workload.call(workload.entry, 1)
    finally:
        sys.setprofile(None)
    return depth[1]


def stack_height():
    """Frames on the stack from the caller's up."""
    frame = sys._getframe(1)
    height = 0
    while frame is not None:
        height += 1
        frame = frame.f_back
    return height


def deepest_live_allocation(height):
    """How many frames deep, counted from Workload.call as stack_depth counts, the
    deepest traced allocation still alive was made, for a caller `height` frames
    high that called the workload."""
    deepest = 0
    for trace in _tracemalloc._get_traces():
        frames = trace[2]
        if frames and frames[0][0] != PROBE_FILE:  # not the probe's own
            deepest = max(deepest, trace[3] - height)  # trace[3]: the stack's full depth
    return deepest


def trace_depth(frames_limit, deepest):
    """Frames to keep per allocation: from the deepest call seen down to the
    probe's call into the workload, plus one level for a deeper path later. Each
    frame costs at every traced allocation (about a fifth more per frame on an
    allocation-heavy workload), so no more than attribution needs: the innermost
    frame in the user's project, reached from any library code it calls."""
    return min(frames_limit, max(2, deepest + 1))


def choose_window(cfg, seconds_per_iteration, slowdown):
    """How many of the last iterations to trace: at least cfg["traced"], and more
    when tracing them costs little, never more than the last 40% of the run,
    after one-time growth settled. A run compared with a baseline known
    beforehand traces the baseline's window (cfg["window"]). Cheap iterations get what 25 ms buys at the
    worst slowdown. Slow iterations (0.2 ms or more, timed steadily enough) that
    tracing hardly slows get the whole 40% when it adds under 30% to the run:
    all or nothing, so that timing noise does not move the window between runs,
    and with it the growth measured against a baseline."""
    n = cfg["iterations"]
    measured = n - cfg["warmup"]
    most = max(cfg["traced"], int(n * 0.4))
    if cfg.get("window"):
        return min(measured, max(1, int(cfg["window"])))
    if NARROWEST_WINDOW:
        return min(measured, cfg["traced"])
    if seconds_per_iteration >= 0.0002 and (slowdown - 1.0) * most <= 0.3 * measured:
        return min(measured, most)
    cheap = cfg.get("tracedBudgetSeconds", 0.025) / (ASSUMED_SLOWDOWN * max(seconds_per_iteration, 1e-7))
    return min(measured, max(cfg["traced"], min(int(cheap), most)))


def warm_up(workload, warmup, frames_limit, progress):
    """Runs the warm-up iterations untraced, timing each, and the last two traced
    when there are five or more, to measure how much tracing slows this workload.
    Returns (iterations done, frames to trace, seconds per untraced iteration, slowdown)."""
    count = max(warmup, 1)
    measure = count >= 5
    took = float64s(count)
    traced_took = []
    frames = frames_limit
    deepest = 1
    for done in range(count):
        traced = measure and done >= count - 2
        if traced:
            _tracemalloc.start(frames)
        try:
            started = time.perf_counter()
            if done == 0:
                deepest = stack_depth(workload)
                frames = trace_depth(frames_limit, deepest)
            else:
                workload.call(workload.entry, done + 1)
            took[done] = time.perf_counter() - started
            if traced and done == count - 1:
                # What the two traced iterations left alive, a leak included, may
                # have been allocated deeper than the first iteration went.
                frames = trace_depth(frames_limit, max(deepest, deepest_live_allocation(stack_height())))
        finally:
            if traced:
                _tracemalloc.stop()
        if traced:
            traced_took.append(took[done])
        progress.report(done + 1)
    if not measure:
        return count, frames, sorted(took)[count // 2], ASSUMED_SLOWDOWN
    # The first iteration ran under a profile hook: not a fair untraced time.
    untraced = sorted(took[1 : count - 2])
    per_iteration = untraced[len(untraced) // 2]
    # The faster traced iteration: one paused by the machine would shrink the
    # window and cost detection; one that ran lucky costs at most some time, as
    # the window never passes 40% of the run.
    return count, frames, per_iteration, max(1.0, min(traced_took) / max(per_iteration, 1e-9))


def run_iterations(cfg, workload, index, result):
    n = cfg["iterations"]
    warmup = cfg["warmup"]
    progress = Progress(n)
    dump_dir = cfg.get("snapshotsDir")
    phases = {}

    t0 = time.perf_counter()
    # Warm-up, timing each iteration: the median and tracing's measured cost size
    # the traced window (the first iterations are slow with lazy imports and
    # filling caches).
    done, frames, per_iteration, slowdown = warm_up(workload, warmup, cfg["frames"], progress)
    phases["warmup"] = time.perf_counter() - t0
    # Setup and warm-up objects move to the collector's permanent generation:
    # every full collection from here on walks only what the run creates since,
    # which makes the many collections of screening and snapshots cheap. Those
    # objects stay reachable as before; a cycle among them that later becomes
    # garbage is kept (a constant, never growth).
    gc.freeze()
    traced = choose_window(cfg, per_iteration, slowdown)
    first_traced = max(done, n - traced)
    snapshots = max(cfg["snapshots"], min(9, 1 + traced // 8))

    screen_points = set(spread(done, first_traced, cfg["screenSamples"])) if first_traced > done else set()
    snap_points = spread(first_traced, n, snapshots)
    table = SiteTable(index, len(snap_points))
    blocks = BlockCounter(len(screen_points) + len(snap_points))
    rss_points = int64s(len(screen_points) + 1)
    rss_values = int64s(len(screen_points) + 1)
    rss_n = 0
    rss_reader = RssReader()
    traced_memory = int64s(n - first_traced)
    t1 = time.perf_counter()
    while done < first_traced:
        if done in screen_points:
            blocks.sample(done)
            value = rss_reader.read()
            if value is not None:
                rss_points[rss_n] = done
                rss_values[rss_n] = value
                rss_n += 1
        workload.call(workload.entry, done + 1)
        done += 1
        progress.report(done)
    phases["screening"] = time.perf_counter() - t1
    t1 = time.perf_counter()

    _tracemalloc.start(frames)
    try:
        done = yield lambda: traced_window(workload, done, snap_points, table, blocks, traced_memory, progress, dump_dir, per_iteration * slowdown)
    finally:
        _tracemalloc.stop()
    table.add_held()
    phases["traced"] = time.perf_counter() - t1
    progress.report(done, force=True)
    rss = {"iterations": rss_points[:rss_n].tolist(), "values": rss_values[:rss_n].tolist()}

    result.update({
        "mode": "iterations",
        "iterations": n,
        "warmup": warmup,
        "firstTracedIteration": first_traced,
        "snapshotIterations": snap_points,
        "sites": table.export(),
        "blocks": blocks.export(),
        "rss": rss,
        "tracedMemory": {"iterations": list(range(first_traced + 1, n + 1)), "values": traced_memory[: n - first_traced].tolist()},
        "phases": phases,
        "frames": frames,
    })


def run_script(path):
    import runpy

    try:
        runpy.run_path(path, run_name="__main__")  # leak-gate: calls user code
    except SystemExit as e:
        if e.code not in (None, 0):
            raise workload_error(e, "the script run")
    except BaseException as e:
        if isinstance(e, KeyboardInterrupt):
            raise
        raise workload_error(e, "the script run")


def run_whole(cfg, workload, index, result):
    """No entry function: the whole script runs once between two snapshots."""

    first, last = dump_paths(cfg.get("snapshotsDir"))
    table = SiteTable(index, 2)
    old_argv0 = sys.argv[0]
    sys.argv[0] = workload.whole_path
    t0 = time.perf_counter()
    _tracemalloc.start(cfg["frames"])
    try:
        full_collect()
        snapshot(table, 0, first)
        yield lambda: run_script(workload.whole_path)
        traced_after = _tracemalloc.get_traced_memory()[0]
        snapshot(table, 1, last)
    finally:
        _tracemalloc.stop()
        sys.argv[0] = old_argv0
    table.add_held()
    result.update({
        "mode": "whole",
        "iterations": 1,
        "warmup": 0,
        "firstTracedIteration": 0,
        "snapshotIterations": [0, 1],
        "sites": table.export(),
        "blocks": {"iterations": [], "values": []},
        "rss": {"iterations": [1], "values": [RssReader().read() or 0]},
        "tracedMemory": {"iterations": [1], "values": [traced_after]},
        "phases": {"traced": time.perf_counter() - t0},
    })


def read_config(text):
    """The runner's JSON config. JSON of these types is a Python literal but for
    three names; the json module is not imported (it costs more, with re and
    enum, than a short workload run)."""
    return eval(compile(text, "<leak-gate config>", "eval"), {"__builtins__": {}, "true": True, "false": False, "null": None})


# JSON escapes for the characters a JSON string cannot hold as they are.
JSON_ESCAPES = {i: "\\u%04x" % i for i in range(32)}
JSON_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\t"): "\\t"})


def json_string(text):
    return '"' + text.translate(JSON_ESCAPES) + '"'


def to_json(value):
    """JSON of dicts, lists, strings, numbers, booleans and None."""
    if value is None or value is True or value is False:
        return "null" if value is None else "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else "null"
    if isinstance(value, str):
        return json_string(value)
    if isinstance(value, dict):
        return "{" + ",".join(json_string(str(k)) + ":" + to_json(v) for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(to_json(v) for v in value) + "]"
    raise TypeError("cannot write %r as JSON" % type(value))


def result_pipe(fd):
    """The runner's pipe for the result, as (fd, device, inode), or None."""
    if fd is None:
        return None
    try:
        st = os.fstat(fd)
    except OSError:
        return None
    kind = st.st_mode & 0o170000
    return (fd, st.st_dev, st.st_ino) if kind in (0o010000, 0o140000) else None  # a FIFO or a socket (Node's pipes)


def write_result(pipe, data):
    """Writes the result to the runner's pipe. False when there is none, or when
    its number no longer names it (the workload closed it, and may have opened a
    file of its own there, which must not be written): the result then goes to
    the file."""
    if pipe is None:
        return False
    fd = pipe[0]
    try:
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != pipe[1:]:
            return False
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.close(fd)
        return True
    except OSError:
        return False


def drive(steps):
    """Runs the steps a measurement generator yields, from this shallow frame.

    The traced window runs here rather than inside main(): tracemalloc records the
    line of every frame on the stack at every allocation, and each lookup costs
    more the larger the frame's function. A suspended generator is off the stack."""
    value = error = None
    while True:
        try:
            step = steps.throw(error) if error is not None else steps.send(value)
        except StopIteration:
            return
        value = error = None
        try:
            value = step()
        except BaseException as e:  # handed back to main(), which reports it
            error = e


def main(argv):
    """A generator: drive(main(argv)) runs the probe."""
    cfg = read_config(argv[1])
    out_path = cfg["out"]
    pipe = result_pipe(cfg.get("resultFd"))
    sys.argv = [cfg["target"]] + list(argv[2:])
    result = {
        "protocol": PROTOCOL,
        "python": {
            "version": "%d.%d.%d" % sys.version_info[:3],
            "implementation": sys.implementation.name,
            "executable": sys.executable,
        },
        "target": cfg["target"],
        "entry": cfg.get("entry") or "workload",
    }
    started = time.perf_counter()
    code = 0
    try:
        if sys.implementation.name != "cpython":
            raise ProbeError("unsupported-python", "leak-gate needs CPython (tracemalloc); this is %s" % sys.implementation.name)
        if cfg.get("snapshotsDir"):
            try:
                os.makedirs(cfg["snapshotsDir"], exist_ok=True)
            except OSError as e:  # the command checks first; the action's is a fresh temp directory
                raise ProbeError("snapshots-dir", "cannot create the snapshots directory %s: %s" % (cfg["snapshotsDir"], e.strerror or e))
            import tracemalloc  # Snapshot.dump needs it: imported now, while nothing is traced
        index = SourceIndex(cfg["root"])
        t0 = time.perf_counter()
        workload = Workload(cfg)
        result["setupSeconds"] = time.perf_counter() - t0
        if workload.script:
            index.know(*workload.script)
        if workload.whole_path:
            yield from run_whole(cfg, workload, index, result)
        else:
            yield from run_iterations(cfg, workload, index, result)
            workload.close()
        if cfg.get("snapshotsDir"):
            result["snapshotFiles"] = list(dump_paths(cfg["snapshotsDir"]))
    except ProbeError as e:
        result["error"] = {"kind": e.kind, "message": e.message, "detail": e.detail}
        code = 3
    result["seconds"] = time.perf_counter() - started
    # A file name that is not UTF-8 holds lone surrogates: written as \udcXX, a JSON escape.
    data = to_json(result).encode("utf-8", "backslashreplace")
    if not write_result(pipe, data):
        with open(out_path, "wb") as f:  # binary: a text file's first open costs more
            f.write(data)
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown of the user's objects: some workloads hang or
    # print at exit, and the result is already written.
    os._exit(code)


if __name__ == "__main__":
    drive(main(sys.argv))
