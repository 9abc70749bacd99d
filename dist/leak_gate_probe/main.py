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
     with snapshots spread over them; this names the growing lines;
  5. confirmation: the window's result goes to the runner, which analyses it;
     when it suspects a leak, it asks for a second traced window of as many
     iterations after the N, and only lines that grow again are leaks.
Tracing only the window is what keeps the cost low: tracemalloc slows
allocation-heavy code 5x to 40x, so tracing every iteration would cost more
than the whole rest of the run.

The modules, each with one job: channel (config, hooks, progress, result),
sources (the user's files and the probe's own), workload (loading and calling
the user's code), attribution (which line an allocation is charged to),
samplers (collections, block counts, RSS), window (planning the traced
window), phases (the run), main (this: the entry point). Modules some of which
cost more to import than a short workload run takes are avoided: array (which
imports collections), types, importlib, json, and _ast unless a script's entry
needs the syntax tree to be found.

Invoked as: python -c BOOTSTRAP PACKAGE_DIR CACHE_DIR CONFIG_JSON [script args...]
(see bootstrap.py, which loads these modules and calls drive(main(argv))).
"""

import os
import sys
import time

from leak_gate_probe.channel import PROTOCOL, deliver, read_config, result_pipe
from leak_gate_probe.phases import dump_paths, run_iterations, run_whole
from leak_gate_probe.sources import SourceIndex
from leak_gate_probe.workload import ProbeError, Workload


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
        "seconds": 0.0,  # set at the end; the first window's result, sent before it, has it too
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
            yield from run_iterations(cfg, workload, index, result, pipe)
            try:
                workload.close()
            except ProbeError as e:  # the measurement is done: keep it, and say what teardown did
                said = e.message.replace("the workload raised", "teardown raised", 1).replace(" during teardown", "", 1)
                result["warnings"] = ["%s; the measurement is kept" % said]
        if cfg.get("snapshotsDir"):
            result["snapshotFiles"] = list(dump_paths(cfg["snapshotsDir"]))
    except ProbeError as e:
        result["error"] = {"kind": e.kind, "message": e.message, "detail": e.detail}
        code = 3
    result["seconds"] = time.perf_counter() - started
    deliver(result, pipe, out_path)
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown of the user's objects: some workloads hang or
    # print at exit, and the result is already written.
    os._exit(code)
