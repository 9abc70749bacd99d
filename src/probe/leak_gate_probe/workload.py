"""The user's workload: loading a script or a package.module:function, calling
it, and the errors the user can act on."""

import _tracemalloc
import gc
import os
import sys

from leak_gate_probe.sources import PROBE_FILES, CodeType

ModuleType = type(sys)


class ProbeError(Exception):
    """A failure the user can act on; `kind` is a stable code for the TypeScript side."""

    def __init__(self, kind, message, detail=None):
        Exception.__init__(self, message)
        self.kind = kind
        self.message = message
        self.detail = detail


def workload_error(exc, phase):
    """The user's traceback without the probe's own frames."""
    import traceback  # only on failure

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if os.path.abspath(f.filename) not in PROBE_FILES]
    text = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames))
    text += "".join(traceback.format_exception_only(type(exc), exc))
    last = traceback.format_exception_only(type(exc), exc)[-1].strip()
    if frames:
        where = "at %s:%d" % (shown_path(frames[-1].filename), frames[-1].lineno)
    else:  # no frame of the user's: the call itself failed
        where = "in the call itself (the entry function is called with no arguments)"
    return ProbeError("workload-raised", "the workload raised %s during %s %s" % (last, phase, where), text)


def shown_path(filename):
    """A file under the working directory (the project's root) as a path from it, as the report names files."""
    path = os.path.abspath(filename)
    root = os.getcwd()
    return os.path.relpath(path, root) if path.startswith(root + os.sep) else filename


def syntax_error(e, path):
    """file:line:column and the message; the line with a caret under the column as detail."""
    where = "%s:%s" % (e.filename or path, e.lineno)
    if e.offset:
        where += ":%d" % e.offset
    detail = None
    if e.text:
        text = e.text.rstrip("\n")
        stripped = text.lstrip()
        caret = " " * max(0, (e.offset or 1) - 1 - (len(text) - len(stripped))) + "^"
        detail = "%s\n%s" % (stripped, caret)
    return ProbeError("syntax", "syntax error in %s: %s" % (where, e.msg), detail)


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
        raise syntax_error(e, path)
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
                raise syntax_error(e, module_name)
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


def run_script(path):
    """Runs a script without an entry function as __main__, the whole of it the
    workload. Returns its globals: what they hold is what the script leaves
    behind, as `python script.py` keeps them to the end (one that exits with
    sys.exit() leaves none)."""
    import runpy

    try:
        return runpy.run_path(path, run_name="__main__")  # leak-gate: calls user code
    except SystemExit as e:
        if e.code not in (None, 0):
            raise workload_error(e, "the script run")
        return None
    except BaseException as e:
        if isinstance(e, KeyboardInterrupt):
            raise
        raise workload_error(e, "the script run")
