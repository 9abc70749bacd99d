#!/usr/bin/python3
"""The framework corpus' truth, found without leak-gate (standard library only).

Every workload here (a top-level ``*.py`` whose line 1 is a
``# leak-gate-bench: kind=leak|clean category=...`` header) runs in a fresh
subprocess of this interpreter, with this directory as its working directory:
module-level setup, WARMUP untraced calls of ``workload()`` (an ``async def``
one is run to completion on one event loop, as leak-gate runs it), then
``tracemalloc.start(NFRAMES)`` and ITERATIONS traced calls. SAMPLES times, evenly
spread, it runs ``gc.collect()`` and ``sys._clear_type_cache()`` (the
interpreter's type attribute cache keeps names built at run time until their
slot is reused) and reads the total traced memory (less what the harness's own
snapshots added); at the middle reading and the last one it also
takes a snapshot, each trace charged to the innermost frame of its traceback
that lies in this directory (a library's allocation goes to the workload line
that called it).

The total's growth per iteration is a Theil-Sen slope (the median of the slopes
between every pair of samples, robust to sawtooth and spikes), over the whole
traced run and over each third of it:

* leak: the whole run grows by at least LEAK_MIN B per iteration, and every
  third by at least half of that rate: it keeps growing to the end;
* clean: the last third grows by less than FLAT B per iteration, and its floor
  (its lowest reading) is less than FLAT B per iteration above the middle
  third's: it has levelled off (a sawtooth's slope can be flat while its floor
  rises, as when a purge keeps some entries);
* anything else is unclear, and fails.

For a leak the line that grew most between the middle snapshot and the last one
must be the workload's ``# leak-gate: leak`` line. The exit status is 1 when
any workload's truth disagrees with its header, or is unclear.

Usage::

    /usr/bin/python3 check_truth.py                  # every workload
    /usr/bin/python3 check_truth.py --only flask_audit_list -v
    /usr/bin/python3 check_truth.py --iterations 1000 --jobs 1

The whole corpus takes about 15 minutes with two jobs on two cores.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HARNESS = os.path.abspath(__file__)
MARKER = "# leak-gate: leak"
# truth-iterations=N: a workload whose libraries warm up for thousands of calls is traced for N at least.
HEADER = r"^# leak-gate-bench: kind=(leak|clean) category=([a-z0-9]+(?:-[a-z0-9]+)*)(?: retainer=\S+)?(?: truth-iterations=(\d+))?$"
ITERATIONS = 3000
WARMUP = 200
SAMPLES = 300  # readings of the total over the traced run
NFRAMES = 128  # deep enough to reach the workload's frame from inside Django or SQLAlchemy
LEAK_MIN = 64.0  # B per iteration
FLAT = 4.0  # B per iteration: 4 KiB over a thousand iterations
OUTSIDE = "<no workload frame>"
RESULT_PREFIX = "@@CHECK-TRUTH@@"


# --------------------------------------------------------------------------
# child side
# --------------------------------------------------------------------------


def _load(name):
    import types

    path = os.path.join(HERE, name + ".py")
    module = types.ModuleType(name)
    module.__file__ = path
    sys.modules[name] = module
    with open(path, "rb") as handle:
        exec(compile(handle.read(), path, "exec"), module.__dict__)
    return module


def _caller(entry):
    """One call of the entry per call of the result; a coroutine is run to the
    end on one event loop, made at the first one."""
    import inspect

    if not inspect.iscoroutinefunction(entry):
        return entry
    import asyncio

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    return lambda: loop.run_until_complete(entry())


def _read_total(collect, clear, traced_memory):
    collect()
    clear()
    return traced_memory()[0]


def _group(snapshot):
    """{innermost-workload-line: bytes}; traces with no frame here go to OUTSIDE."""
    prefix = HERE + os.sep
    where = {}  # filename -> path relative to HERE, or None
    out = {}
    for trace in snapshot.traces:
        key = OUTSIDE
        frames = trace.traceback  # oldest first
        for index in range(len(frames) - 1, -1, -1):
            filename = frames[index].filename
            if filename not in where:
                absolute = os.path.abspath(filename) if not filename.startswith("<") else filename
                inside = absolute.startswith(prefix) and absolute != HARNESS
                where[filename] = absolute[len(prefix) :] if inside else None
            if where[filename] is not None:
                key = "%s:%d" % (where[filename], frames[index].lineno)
                break
        out[key] = out.get(key, 0) + trace.size
    return out


def _child(name, iterations, warmup):
    import array
    import gc
    import json
    import time
    import tracemalloc

    sys.path.insert(0, HERE)
    call = _caller(_load(name).workload)
    started = time.perf_counter()
    for _ in range(warmup):
        call()
    warm = time.perf_counter()
    step = max(1, iterations // SAMPLES)
    marks = array.array("q", bytes(8 * (iterations // step)))  # preallocated: the readings add nothing
    last = (iterations // step) * step
    middle = (iterations // step // 2) * step
    snapshots = []
    read = _read_total
    collect, clear, traced_memory = gc.collect, sys._clear_type_cache, tracemalloc.get_traced_memory
    offset = 0  # what the snapshots themselves add to the total: the Snapshot objects are traced
    gc.collect()
    tracemalloc.start(NFRAMES)
    for i in range(1, iterations + 1):
        call()
        if i % step == 0:
            marks[i // step - 1] = read(collect, clear, traced_memory) - offset
            if i == middle or i == last:
                before = traced_memory()[0]
                snapshots.append(tracemalloc.take_snapshot())
                offset += traced_memory()[0] - before
    tracemalloc.stop()
    traced = time.perf_counter()
    groups = [_group(s) for s in snapshots]
    result = {
        "python": sys.version.split()[0],
        "step": step,
        "series": list(marks),
        "middle": middle,
        "last": last,
        "groups": groups,
        "untracedMsPerCall": (warm - started) * 1e3 / max(1, warmup),
        "tracedSeconds": traced - warm,
    }
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # servers in daemon threads and open event loops end here


# --------------------------------------------------------------------------
# parent side
# --------------------------------------------------------------------------


def _discover():
    import re

    header = re.compile(HEADER)
    found = []
    for entry in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, entry)
        if not entry.endswith(".py") or path == HARNESS or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        match = header.match(lines[0] if lines else "")
        if not match:
            print("SKIP %s: line 1 is not a leak-gate-bench header" % entry)
            continue
        marked = ["%s:%d" % (entry, n) for n, line in enumerate(lines, 1) if line.rstrip().endswith(MARKER)]
        found.append({
            "name": entry[:-3],
            "kind": match.group(1),
            "category": match.group(2),
            "marked": marked,
            "iterations": int(match.group(3)) if match.group(3) else None,
        })
    return found


def _run_child(python, name, iterations, warmup):
    import json
    import subprocess

    env = dict(os.environ)
    env.pop("PYTHONTRACEMALLOC", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # A tiny "-c" entry, so that no large code object sits on the stack of every traced allocation.
    launcher = "import sys; sys.path.insert(0, %r); import check_truth; check_truth._child(%r, %d, %d)" % (
        HERE,
        name,
        iterations,
        warmup,
    )
    proc = subprocess.run(
        [python, "-c", launcher],
        cwd=HERE,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        universal_newlines=True,
        timeout=3600,
    )
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    return {"error": "exit %d: %s" % (proc.returncode, (proc.stderr or proc.stdout).strip()[-2000:])}


def theil_sen(points):
    """The median of the slopes between every pair of (x, y) points."""
    slopes = sorted(
        (points[j][1] - points[i][1]) / float(points[j][0] - points[i][0])
        for i in range(len(points))
        for j in range(i + 1, len(points))
        if points[j][0] != points[i][0]
    )
    if not slopes:
        return 0.0
    mid = len(slopes) // 2
    return slopes[mid] if len(slopes) % 2 else (slopes[mid - 1] + slopes[mid]) / 2.0


def judge(workload, result):
    """Adds the figures and the truth to the workload's row; returns its problems."""
    step = result["step"]
    points = [((i + 1) * step, value) for i, value in enumerate(result["series"])]
    third = len(points) // 3
    thirds = [points[:third], points[third : 2 * third], points[2 * third :]]
    workload["slope"] = theil_sen(points)
    workload["thirds"] = [theil_sen(part) for part in thirds]
    workload["floors"] = [min(value for _, value in part) for part in thirds]
    floor_rise = (workload["floors"][2] - workload["floors"][1]) / float(thirds[2][0][0] - thirds[1][0][0])
    workload["rise"] = points[-1][1] - points[0][1]
    before, after = result["groups"]
    span = float(result["last"] - result["middle"])
    diff = {k: (after.get(k, 0) - before.get(k, 0)) / span for k in set(before) | set(after)}
    lines = sorted(((k, v) for k, v in diff.items() if k != OUTSIDE), key=lambda kv: -kv[1])
    workload["lines"] = lines
    workload["outside"] = diff.get(OUTSIDE, 0.0)
    if workload["slope"] >= LEAK_MIN and min(workload["thirds"]) >= workload["slope"] / 2:
        workload["truth"] = "leak"
    elif workload["thirds"][2] < FLAT and floor_rise < FLAT:
        workload["truth"] = "clean"
    else:
        workload["truth"] = "unclear"
    problems = []
    if workload["truth"] != workload["kind"]:
        problems.append("header says %s, the run says %s" % (workload["kind"], workload["truth"]))
    if workload["kind"] == "leak":
        if len(workload["marked"]) != 1:
            problems.append("a leak needs exactly one %r line, found %s" % (MARKER, workload["marked"] or "none"))
        elif not lines or lines[0][0] != workload["marked"][0]:
            problems.append("the top growing line is %s, not the marked %s" % (lines[0][0] if lines else "none", workload["marked"][0]))
    elif workload["marked"]:
        problems.append("a clean workload carries a marker: %s" % workload["marked"])
    return problems


def main(argv):
    import argparse
    from concurrent.futures import ThreadPoolExecutor

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter (default: this one)")
    parser.add_argument("--only", action="append", default=[], help="workload name(s) to check")
    parser.add_argument("--iterations", type=int, default=ITERATIONS, help="traced calls (default %(default)s)")
    parser.add_argument("--warmup", type=int, default=WARMUP, help="untraced calls first (default %(default)s)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="workloads run at once")
    parser.add_argument("-v", "--verbose", action="store_true", help="the top 8 growing lines, not 3")
    args = parser.parse_args(argv)

    workloads = [w for w in _discover() if not args.only or w["name"] in args.only]
    if not workloads:
        print("no workloads found")
        return 2
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda w: _run_child(args.python, w["name"], max(args.iterations, w["iterations"] or 0), args.warmup), workloads))
    failures = 0
    print("%s, %d traced iterations (more where a header's truth-iterations asks) after %d untraced; growth of the total traced memory in B per iteration" % (
        args.python, args.iterations, args.warmup))
    print("%-4s %-30s %-5s %9s %27s %9s  %s" % ("", "workload", "kind", "whole run", "thirds", "untraced", "top growing line, middle to end"))
    for workload, result in zip(workloads, results):
        if "error" in result:
            failures += 1
            print("FAIL %-30s %-5s the run failed: %s" % (workload["name"], workload["kind"], result["error"]))
            continue
        problems = judge(workload, result)
        failures += bool(problems)
        top = workload["lines"][0] if workload["lines"] else ("-", 0.0)
        print("%-4s %-30s %-5s %9.1f %27s %7.2fms  %s %+.1f" % (
            "FAIL" if problems else "ok",
            workload["name"],
            workload["kind"],
            workload["slope"],
            " / ".join("%7.1f" % s for s in workload["thirds"]),
            result["untracedMsPerCall"],
            top[0],
            top[1],
        ))
        for key, value in workload["lines"][1 : 8 if args.verbose else 3]:
            print("%85s %s %+.1f" % ("", key, value))
        if args.verbose:
            print("%85s %s %+.1f; traced run %.0f s" % ("", OUTSIDE, workload["outside"], result["tracedSeconds"]))
            series = result["series"]
            tenths = [series[len(series) * k // 10 : len(series) * (k + 1) // 10] for k in range(10)]
            print("%85s lowest-highest total in each tenth of the run, KiB: %s" % (
                "", " ".join("%.0f-%.0f" % (min(t) / 1024.0, max(t) / 1024.0) for t in tenths)))
        for problem in problems:
            print("     PROBLEM: " + problem)
    print("%d of %d workloads disagree with their header or are unclear" % (failures, len(workloads)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
