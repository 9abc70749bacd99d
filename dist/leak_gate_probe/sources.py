"""What the source files say: which files are the user's project and which the
probe's own, the function that encloses a line, and a line's text."""

import os
import sys

CodeType = type((lambda: None).__code__)  # the types module costs an import
CO_NEWLOCALS = 0x2  # set on function code objects, not on class bodies or modules

CALL_MARKER = b"# leak-gate: calls user code"


def probe_files(directory):
    """The probe's own files: every Python file of its package's directory,
    named as the bootstrap names them (the code objects carry these names)."""
    try:
        return frozenset(os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".py"))
    except OSError:
        return frozenset()


def lines_calling_user_code(files):
    """(file, line) of the probe's lines through which user code runs, marked
    with the comment CALL_MARKER at the end of the line. An allocation whose
    traceback reaches the probe anywhere else is the probe's own."""
    sites = set()
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)  # bytes, without a file object: these files are read at every start
            try:
                data = os.read(fd, os.fstat(fd).st_size)  # decoding and splitting the whole file would cost more
            finally:
                os.close(fd)
        except OSError:
            continue
        at = data.find(CALL_MARKER)
        while at >= 0:
            end = data.find(b"\n", at)
            if not data[at + len(CALL_MARKER) : end if end >= 0 else len(data)].strip():
                sites.add((path, data.count(b"\n", 0, at) + 1))
            at = data.find(CALL_MARKER, at + 1)
    return frozenset(sites)


PROBE_DIR = os.path.dirname(os.path.abspath(__file__))
PROBE_FILES = probe_files(PROBE_DIR)
CALL_SITES = lines_calling_user_code(sorted(PROBE_FILES))
# runpy, which runs a whole script: its frames sit above the script's own on every traceback.
RUNNER_FILES = frozenset(("<frozen runpy>", os.path.join(os.path.dirname(os.__file__), "runpy.py")))


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


class SourceIndex:
    """Knows which files belong to the user's project and which function encloses a line."""

    def __init__(self, root):
        self.root = os.path.realpath(root)
        self.probe_dir = os.path.realpath(PROBE_DIR)
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
        """The script's source and code, read and compiled to run it: not read again.
        The script is the user's own code wherever it lies, even outside the root."""
        self._known[filename] = (source, code)
        if filename not in PROBE_FILES:
            self._project[filename] = True

    def in_project(self, filename):
        cached = self._project.get(filename)
        if cached is None:
            cached = self._classify(filename)
            self._project[filename] = cached
        return cached

    def _classify(self, filename):
        if not filename or filename.startswith("<"):
            return False
        if filename in PROBE_FILES:
            return False
        path = os.path.realpath(filename)
        # The probe inside the project (leak-gate run on its own repository) is not the project.
        if os.path.dirname(path) == self.probe_dir:
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
        lines = self.lines_of(filename)
        return lines[line - 1].strip() if 0 < line <= len(lines) else ""

    def statement_at(self, filename, line):
        """The statement a line starts, up to three lines joined, when it goes
        on past the line (`rows[k] = {` and the entries after it); else None."""
        lines = self.lines_of(filename)
        if not 0 < line <= len(lines):
            return None
        depth, shown = 0, []
        for text in lines[line - 1 : line + 2]:
            depth += open_brackets(text)
            shown.append(text.strip())
            if depth <= 0 and not text.rstrip().endswith("\\"):
                break
        if len(shown) < 2:
            return None
        return " ".join(shown) + (" …" if depth > 0 else "")

    def lines_of(self, filename):
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
        return lines


def open_brackets(text):
    """Brackets a line opens minus those it closes, outside strings and comments."""
    depth, quote, i = 0, "", 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif text.startswith(quote, i):
                i += len(quote) - 1
                quote = ""
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote) - 1
        elif c == "#":
            break
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        i += 1
    return depth
