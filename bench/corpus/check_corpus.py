#!/usr/bin/env python3
"""Verify the leak-gate benchmark corpus in this directory (standard library only).

For every workload file (a top-level ``*.py`` here whose line 1 is a
``# leak-gate-bench: kind=... category=...`` header) two fresh subprocesses are
started with cwd = this directory:

* a traced run: ``tracemalloc.start(25)`` before the import, then 200 calls of
  ``workload()``; after calls 100, 150 and 200 it runs ``gc.collect()`` and takes
  a snapshot.  Every trace is attributed to the innermost frame of its traceback
  that lies inside this directory (``file.py:lineno``, helpers included); traces
  with no such frame go to ``<no-corpus-frame> <innermost file:line>`` (e.g.
  threading internals), except the harness's own bookkeeping - traces that reach
  this file or tracemalloc.py before any corpus frame - which is ignored;
* an untraced run that times the import (module setup) and the 200 calls.

For information it also reports what a naive detector would blame: the top line
of a diff between no-gc snapshots taken after call 20 (or right after the
import) and after call 200.  Clean files are meant to show something there.

Pass criteria (window = snapshot after call 100 -> snapshot after call 200):

* leak: exactly one ``# leak-gate: leak`` line among the corpus files the run
  loaded; that line is the top grower (by bytes) among corpus lines, grows by
  >= 64 B/iteration, and grows in both halves (100->150 and 150->200);
* clean: no marker, and total growth (corpus lines + <no-corpus-frame>) < 2 KiB.

Also checked: header and 2-4 line docstring, stdlib-only imports (where
``sys.stdlib_module_names`` exists), setup < 50 ms, 200 calls < 1 s (warnings).

Usage::

    python3 check_corpus.py                       # current interpreter
    python3 check_corpus.py --python 3.9.18 --python 3.13.0   # pyenv versions
    python3 check_corpus.py --only late_start -v  # one file, all growing lines

Exit status is 0 when every file passes on every interpreter.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HARNESS = os.path.abspath(__file__)
MARKER = "# leak-gate: leak"
ITERATIONS = 200
SNAPSHOTS = (100, 150, 200)  # gc.collect() first
NAIVE_SNAPSHOTS = (0, 20, 200)  # no gc.collect(); 0 = right after the import
WINDOW = (100, 200)
LEAK_MIN_PER_ITER = 64
CLEAN_MAX_TOTAL = 2048
SETUP_BUDGET_MS = 50.0
RUN_BUDGET_MS = 1000.0
NO_CORPUS = "<no-corpus-frame>"
HARNESS_KEY = "<harness>"
RESULT_PREFIX = "@@LEAK-GATE-RESULT@@"


# --------------------------------------------------------------------------
# child side: keep imports minimal so the workload's own imports are real
# --------------------------------------------------------------------------

def _group_snapshot(snapshot, tm_file):
    """Sum sizes per innermost corpus frame.  Returns {key: [bytes, count]}."""
    prefix = HERE + os.sep
    kinds = {}  # filename -> relative corpus path, HARNESS_KEY or None
    out = {}
    for trace in snapshot.traces:
        frames = trace.traceback  # oldest ... most recent
        key = None
        for index in range(len(frames) - 1, -1, -1):
            frame = frames[index]
            filename = frame.filename
            kind = kinds.get(filename, 0)
            if kind == 0:
                # "<frozen importlib._bootstrap>", "<string>", ... are never corpus files
                absolute = filename if filename.startswith("<") else os.path.abspath(filename)
                if absolute == HARNESS or absolute == tm_file:
                    kind = HARNESS_KEY
                elif absolute.startswith(prefix):
                    kind = absolute[len(prefix):]
                else:
                    kind = None
                kinds[filename] = kind
            if kind is None:
                continue
            if kind == HARNESS_KEY:
                # No corpus frame between the allocation and the harness: the
                # harness's own bookkeeping (snapshots, grouping, imports).
                key = HARNESS_KEY
                break
            key = "%s:%d" % (kind, frame.lineno)
            break
        if key is None:
            innermost = frames[len(frames) - 1] if len(frames) else None
            key = NO_CORPUS if innermost is None else "%s %s:%d" % (
                NO_CORPUS, os.path.basename(innermost.filename), innermost.lineno)
        slot = out.get(key)
        if slot is None:
            out[key] = [trace.size, 1]
        else:
            slot[0] += trace.size
            slot[1] += 1
    return out


def _find_markers():
    prefix = HERE + os.sep
    files = set()
    for module in list(sys.modules.values()):
        filename = getattr(module, "__file__", None)
        if not filename:
            continue
        filename = os.path.abspath(filename)
        if filename.startswith(prefix) and filename != HARNESS and filename.endswith(".py"):
            files.add(filename)
    markers = []
    for filename in sorted(files):
        with open(filename, encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if line.rstrip().endswith(MARKER):
                    markers.append("%s:%d" % (filename[len(prefix):], lineno))
    return markers


def _call_timed(work, clock):
    # Kept tiny on purpose: on 3.12+ tracemalloc resolves the line number of
    # every frame on the stack for every allocation by scanning that frame's
    # line table, so big harness functions would inflate the traced cost.
    a = clock()
    work()
    return clock() - a


def _take(label, snaps, tracemalloc, tm_file, collect):
    if collect is not None:
        collect()
    snapshot = tracemalloc.take_snapshot()
    snaps[label] = _group_snapshot(snapshot, tm_file)


def _child(name, mode):
    import gc
    import importlib
    import time

    sys.path.insert(0, HERE)
    result = {"name": name, "mode": mode, "python": sys.version.split()[0]}
    clock = time.perf_counter
    if mode == "time":
        t0 = clock()
        work = importlib.import_module(name).workload
        t1 = clock()
        worst = max(_call_timed(work, clock) for _ in range(ITERATIONS))
        t2 = clock()
        result.update(setup_ms=(t1 - t0) * 1e3, run_ms=(t2 - t1) * 1e3, worst_ms=worst * 1e3)
    else:
        import tracemalloc

        tm_file = os.path.abspath(tracemalloc.__file__)
        tracemalloc.start(25)
        work = importlib.import_module(name).workload
        snaps = {}
        work_s = 0.0
        t0 = clock()
        for i in range(0, ITERATIONS + 1):
            if i:
                work_s += _call_timed(work, clock)
            if i in NAIVE_SNAPSHOTS:
                _take("%dn" % i, snaps, tracemalloc, tm_file, None)
            if i in SNAPSHOTS:
                _take(str(i), snaps, tracemalloc, tm_file, gc.collect)
        t1 = clock()
        tracemalloc.stop()
        result.update(snapshots=snaps, markers=_find_markers(), traced_ms=work_s * 1e3,
                      snapshot_ms=(t1 - t0 - work_s) * 1e3)
    import json

    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


# --------------------------------------------------------------------------
# parent side
# --------------------------------------------------------------------------

def _discover():
    import re

    header = re.compile(r"^# leak-gate-bench: kind=(leak|clean) category=([a-z0-9]+(?:-[a-z0-9]+)*)(?: retainer=\S+)?(?: truth-iterations=\d+)?$")
    found = []
    for entry in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, entry)
        if not entry.endswith(".py") or path == HARNESS or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            first = handle.readline().rstrip("\n")
        match = header.match(first)
        if not match:
            print("SKIP %s: line 1 is not a leak-gate-bench header" % entry)
            continue
        found.append((entry[:-3], match.group(1), match.group(2)))
    return found


def _lint(name, kind):
    """Static checks on one workload file; returns a list of problems."""
    import ast

    problems = []
    path = os.path.join(HERE, name + ".py")
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    lines = source.splitlines()
    if len(lines) < 2 or not lines[1].startswith('"""'):
        problems.append("line 2 does not open the docstring")
    tree = ast.parse(source)
    doc = ast.get_docstring(tree, clean=False)
    if doc is None:
        problems.append("no module docstring")
    elif not 2 <= len(doc.strip("\n").splitlines()) <= 4:
        problems.append("docstring has %d lines (want 2-4)" % len(doc.strip("\n").splitlines()))
    if not any(isinstance(node, ast.FunctionDef) and node.name == "workload" and not node.args.args
               and not node.args.vararg and not node.args.kwonlyargs for node in tree.body):
        problems.append("no module-level def workload():")
    stdlib = getattr(sys, "stdlib_module_names", None)
    if stdlib is not None:
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for mod in names:
                top = mod.split(".")[0]
                if top not in stdlib and top != "helpers":
                    problems.append("non-stdlib import %s" % mod)
    own = [i for i, line in enumerate(lines, 1) if line.rstrip().endswith(MARKER)]
    if kind == "clean" and own:
        problems.append("clean file carries a marker at line(s) %s" % own)
    return problems


def _resolve_python(spec):
    """Accept an executable path or a pyenv version such as 3.9.18."""
    if os.sep in spec or spec.startswith("python"):
        return spec
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidate = os.path.join(root, "versions", spec, "bin", "python3")
    if os.path.exists(candidate):
        return candidate
    raise SystemExit("cannot find interpreter for %r (looked at %s)" % (spec, candidate))


def _run_child(python, name, mode):
    import json
    import subprocess

    env = dict(os.environ)
    env.pop("PYTHONTRACEMALLOC", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Entered via a tiny "-c" module rather than running this file as __main__,
    # so that no large code object sits on the stack (see _call_timed).
    launcher = "import sys; sys.path.insert(0, %r); import check_corpus; check_corpus._child(%r, %r)" % (
        HERE, name, mode)
    proc = subprocess.run([python, "-c", launcher], cwd=HERE, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                          timeout=600)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])
    return {"error": "exit %d: %s" % (proc.returncode, (proc.stderr or proc.stdout).strip()[-2000:])}


def _diff(before, after):
    keys = set(before) | set(after)
    return {k: after.get(k, [0, 0])[0] - before.get(k, [0, 0])[0] for k in keys}


def _fmt_bytes(n):
    return "%+d B" % n if abs(n) < 10240 else "%+.1f KiB" % (n / 1024.0)


def _evaluate(name, kind, category, traced, timed, lint_problems):
    row = {"name": name, "kind": kind, "category": category, "problems": list(lint_problems), "warnings": []}
    if "error" in traced:
        row["problems"].append("traced run failed: " + traced["error"])
        return row
    if "error" in timed:
        row["problems"].append("timed run failed: " + timed["error"])
    else:
        row.update(setup_ms=timed["setup_ms"], run_ms=timed["run_ms"], worst_ms=timed["worst_ms"])
        if timed["setup_ms"] > SETUP_BUDGET_MS:
            row["warnings"].append("setup %.1f ms > %.0f ms" % (timed["setup_ms"], SETUP_BUDGET_MS))
        if timed["run_ms"] > RUN_BUDGET_MS:
            row["warnings"].append("200 calls %.0f ms > %.0f ms" % (timed["run_ms"], RUN_BUDGET_MS))
    snaps = traced["snapshots"]
    a, b = str(WINDOW[0]), str(WINDOW[1])
    growth = _diff(snaps[a], snaps[b])
    first_half = _diff(snaps[a], snaps["150"])
    second_half = _diff(snaps["150"], snaps[b])
    corpus = {k: v for k, v in growth.items() if not k.startswith("<")}
    other = sum(v for k, v in growth.items() if k.startswith(NO_CORPUS))
    row["growth"] = growth
    row["total"] = sum(corpus.values()) + other
    row["other"] = other
    row["traced_ms"] = traced["traced_ms"]
    row["snapshot_ms"] = traced["snapshot_ms"]
    row["markers"] = traced["markers"]
    ranked = sorted(corpus.items(), key=lambda kv: -kv[1])
    row["top"] = ranked[0] if ranked and ranked[0][1] > 0 else ("-", 0)
    # What a naive "snapshot before / snapshot after / top line of compare_to"
    # would report (no gc.collect(); before = after warm-up, or right after import).
    for label, start in (("naive20", "20n"), ("naive0", "0n")):
        naive = _diff(snaps[start], snaps["200n"])
        naive_ranked = sorted(((k, v) for k, v in naive.items() if k != HARNESS_KEY), key=lambda kv: -kv[1])
        row[label] = naive_ranked[0] if naive_ranked and naive_ranked[0][1] > 0 else ("-", 0)
    iters = WINDOW[1] - WINDOW[0]
    if kind == "leak":
        if len(traced["markers"]) != 1:
            row["problems"].append("expected exactly one marker, found %s" % traced["markers"])
            return row
        marked = traced["markers"][0]
        row["marked"] = marked
        marked_growth = corpus.get(marked, 0)
        row["per_iter"] = marked_growth / float(iters)
        if row["top"][0] != marked:
            row["problems"].append("top grower is %s (%s), not the marked line %s (%s)" % (
                row["top"][0], _fmt_bytes(row["top"][1]), marked, _fmt_bytes(marked_growth)))
        if marked_growth < LEAK_MIN_PER_ITER * iters:
            row["problems"].append("marked line grows %.1f B/iter < %d" % (row["per_iter"], LEAK_MIN_PER_ITER))
        half_min = LEAK_MIN_PER_ITER * iters / 2 / 2
        for label, part in (("100->150", first_half), ("150->200", second_half)):
            if part.get(marked, 0) < half_min:
                row["problems"].append("marked line grows only %s in %s (not steady)" % (
                    _fmt_bytes(part.get(marked, 0)), label))
    else:
        if traced["markers"]:
            row["problems"].append("clean run loaded marked line(s) %s" % traced["markers"])
        if row["total"] >= CLEAN_MAX_TOTAL:
            row["problems"].append("total growth %s >= %d B" % (_fmt_bytes(row["total"]), CLEAN_MAX_TOTAL))
    return row


def _print_details(row, limit):
    growth = row.get("growth")
    if growth is None:
        return
    items = sorted(((k, v) for k, v in growth.items() if v and k != HARNESS_KEY), key=lambda kv: -abs(kv[1]))
    shown = items if limit is None else items[:limit]
    for key, value in shown:
        tag = "  <== marked" if key == row.get("marked") else ""
        print("      %-34s %12s%s" % (key, _fmt_bytes(value), tag))
    if len(shown) < len(items):
        print("      ... %d more" % (len(items) - len(shown)))


def main(argv):
    import argparse
    from concurrent.futures import ThreadPoolExecutor

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", action="append", default=[],
                        help="interpreter path or pyenv version (repeatable; default: this one)")
    parser.add_argument("--only", action="append", default=[], help="workload name(s) to check")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="parallel traced runs (timing runs are serial)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every growing line, not the top 4")
    args = parser.parse_args(argv)

    workloads = [w for w in _discover() if not args.only or w[0] in args.only]
    if not workloads:
        print("no workloads found")
        return 2
    pythons = [_resolve_python(p) for p in args.python] or [sys.executable]
    lint = {name: _lint(name, kind) for name, kind, _ in workloads}
    failures = 0
    summary = []
    for python in pythons:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            traced = dict(zip([w[0] for w in workloads],
                              pool.map(lambda w: _run_child(python, w[0], "trace"), workloads)))
        timed = {name: _run_child(python, name, "time") for name, _, _ in workloads}
        version = next((r.get("python") for r in traced.values() if r.get("python")), python)
        print("=" * 100)
        print("Python %s (%s)" % (version, python))
        print("=" * 100)
        rows = []
        for name, kind, category in workloads:
            row = _evaluate(name, kind, category, traced[name], timed[name], lint[name])
            rows.append(row)
            status = "FAIL" if row["problems"] else "ok"
            failures += bool(row["problems"])
            print("%-4s %-24s kind=%-5s category=%s" % (status, name, kind, category))
            if "growth" in row:
                extra = ""
                if kind == "leak" and "marked" in row:
                    extra = "  marked=%s %.0f B/iter" % (row["marked"], row["per_iter"])
                print("      growth %d->%d: corpus+other total %s (other %s); top %s %s%s; 200 traced calls %.0f ms (+%.0f ms snapshots)" % (
                    WINDOW[0], WINDOW[1], _fmt_bytes(row["total"]), _fmt_bytes(row["other"]),
                    row["top"][0], _fmt_bytes(row["top"][1]), extra, row["traced_ms"], row["snapshot_ms"]))
                _print_details(row, None if args.verbose else 4)
                print("      naive top line: 20->200 %s %s; 0->200 %s %s (no gc.collect)" % (
                    row["naive20"][0], _fmt_bytes(row["naive20"][1]), row["naive0"][0],
                    _fmt_bytes(row["naive0"][1])))
            for problem in row["problems"]:
                print("      PROBLEM: " + problem)
            for warning in row["warnings"]:
                print("      warning: " + warning)
        summary.append((version, rows))

    print()
    print("Summary (window: after call %d -> after call %d; times untraced)" % WINDOW)
    for version, rows in summary:
        print("-" * 160)
        print("Python %s" % version)
        print("%-24s %-5s %-4s %-32s %11s %9s %10s %8s %9s %8s  %s" % (
            "file", "kind", "ok", "top grower 100->200 (corpus)", "its growth", "marked/it",
            "total", "setup", "200 calls", "max call", "naive 20->200 top line"))
        for row in rows:
            top = row.get("top", ("-", 0))
            per_iter = "%.0f B" % row["per_iter"] if "per_iter" in row else "-"
            naive = row.get("naive20", ("-", 0))
            print("%-24s %-5s %-4s %-32s %11s %9s %10s %6.1fms %7.1fms %6.2fms  %s %s" % (
                row["name"], row["kind"], "FAIL" if row["problems"] else "ok", top[0][:32],
                _fmt_bytes(top[1]) if top[1] else "-", per_iter, _fmt_bytes(row.get("total", 0)),
                row.get("setup_ms", float("nan")), row.get("run_ms", float("nan")),
                row.get("worst_ms", float("nan")),
                naive[0], _fmt_bytes(naive[1]) if naive[1] else ""))
    print("-" * 160)
    print("%d failing file-runs" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
