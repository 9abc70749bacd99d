"""The channel between the probe and its runner (src/probe/run.ts): the config
it passes, the hooks tests and the bench set in the environment, progress lines
on stderr, and the result, written as JSON to the runner's pipe or to a file.

The json module is not imported: it costs more, with re and enum, than a short
workload run."""

import os
import sys
import time

PROTOCOL = 1
PROGRESS_PREFIX = "@@leak-gate:progress "


def read_config(text):
    """The runner's JSON config. JSON of these types is a Python literal but for
    three names."""
    return eval(compile(text, "<leak-gate config>", "eval"), {"__builtins__": {}, "true": True, "false": False, "null": None})


def env_int(environ, name, default):
    """A whole number from the environment, or the default."""
    try:
        return int(environ.get(name, default))
    except ValueError:
        return default


def read_hooks(environ):
    """The hooks for tests and the bench, read here only:
    (most raw traces held for grouping, trace only the narrowest window)."""
    # Raw traces held for grouping after tracing stops, at most: grouping them
    # while tracing runs costs ~10x more (every allocation of the grouping is traced),
    # holding them costs ~100 B per trace and snapshot.
    max_held_traces = env_int(environ, "LEAK_GATE_MAX_HELD_TRACES", 300000)
    # Set by the bench's narrow-window runs: only the plan's minimum is traced, as
    # for a workload that tracing slows too much to trace more.
    narrowest_window = env_int(environ, "LEAK_GATE_NARROWEST_WINDOW", 0) == 1
    return max_held_traces, narrowest_window


MAX_HELD_TRACES, NARROWEST_WINDOW = read_hooks(os.environ)
# Set by a test: the retainer search never returns, as when a heap walk hangs in C.
SEARCH_HANGS = env_int(os.environ, "LEAK_GATE_TEST_SEARCH_HANGS", 0) == 1


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


def encode_result(result):
    """The result as UTF-8 JSON. A file name that is not UTF-8 holds lone
    surrogates: written as \\udcXX, a JSON escape."""
    return to_json(result).encode("utf-8", "backslashreplace")


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


def still_ours(pipe):
    """True while the pipe's number still names the runner's pipe: a workload may
    have closed it, and opened a file of its own under that number, which must
    not be written."""
    if pipe is None:
        return False
    try:
        st = os.fstat(pipe[0])
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == pipe[1:]


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def write_result(pipe, data):
    """Writes the result to the runner's pipe and closes it. False when the
    pipe is no longer the runner's: the result then goes to the file."""
    if not still_ours(pipe):
        return False
    try:
        write_all(pipe[0], data)
        os.close(pipe[0])
        return True
    except OSError:
        return False


def ask(pipe, question, result):
    """Sends a question with the result so far, one line ("confirm {...}"), and
    reads the runner's answer, one line. None when there is no runner to ask
    (no pipe, or the workload closed it)."""
    if not still_ours(pipe):
        return None
    try:
        write_all(pipe[0], question.encode("ascii") + b" " + encode_result(result) + b"\n")
        answer = b""
        while not answer.endswith(b"\n"):
            chunk = os.read(pipe[0], 4096)
            if not chunk:
                return None
            answer += chunk
        return answer.decode("utf-8", "surrogateescape")
    except OSError:
        return None


def ask_confirmation(pipe, result):
    """How many more iterations to trace to confirm what the first traced
    window's result suspects (0: nothing to confirm). The runner decides, with
    the analysis the report is made with. None when there is no runner to ask:
    then the caller confirms without asking."""
    answer = ask(pipe, "confirm", result)
    try:
        return None if answer is None else max(0, int(answer))
    except ValueError:
        return None


def ask_leaks(pipe, result):
    """The lines that leak, as the report will say, most important first:
    [(file as exported, line)]; None when there is no runner to ask."""
    answer = ask(pipe, "leaks", result)
    try:
        return None if answer is None else [(str(f), int(n)) for f, n in read_config(answer)]
    except (SyntaxError, ValueError, TypeError, NameError):
        return None


def deliver(result, pipe, out_path):
    """Sends the result: over the pipe when it is still the runner's, else to the file."""
    data = encode_result(result)
    if not write_result(pipe, data):
        with open(out_path, "wb") as f:  # binary: a text file's first open costs more
            f.write(data)
