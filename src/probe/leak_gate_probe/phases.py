"""The phases of a run: warm-up, untraced screening, the traced window with its
snapshots; or, for a script without an entry function, the whole script once
between two snapshots.

The traced phases are generators that yield the step to run traced: main's
drive() runs it from a shallow frame (see drive)."""

import _tracemalloc
import gc
import os
import sys
import time

from leak_gate_probe.attribution import SiteTable
from leak_gate_probe.channel import NARROWEST_WINDOW, Progress, ask_confirmation
from leak_gate_probe.retainers import WATCH_ITERATIONS, RetainerSearch
from leak_gate_probe.samplers import BlockCounter, RssReader, float64s, full_collect, int64s
from leak_gate_probe.sources import PROBE_FILES
from leak_gate_probe.window import ASSUMED_SLOWDOWN, FRAMES_LIMIT, plan_confirmation, plan_window, trace_depth
from leak_gate_probe.workload import run_script


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


def traced(frames, window, then=None):
    """Runs `window` (a traced_window call) under tracemalloc with `frames`
    frames, yielded so that main's drive() runs it from a shallow frame;
    returns what it returns. `then(value)` runs after it, still traced."""
    _tracemalloc.start(frames)
    try:
        value = yield window
        if then is not None:
            yield lambda: then(value)
        return value
    finally:
        _tracemalloc.stop()


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
        if frames and frames[0][0] not in PROBE_FILES:  # not the probe's own
            deepest = max(deepest, trace[3] - height)  # trace[3]: the stack's full depth
    return deepest


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


def run_iterations(cfg, workload, index, result, pipe):
    n = cfg["iterations"]
    warmup = cfg["warmup"]
    progress = Progress(n)
    dump_dir = cfg.get("snapshotsDir")
    phases = {}

    t0 = time.perf_counter()
    # Warm-up, timing each iteration: the median and tracing's measured cost size
    # the traced window (the first iterations are slow with lazy imports and
    # filling caches).
    done, frames, per_iteration, slowdown = warm_up(workload, warmup, FRAMES_LIMIT, progress)
    phases["warmup"] = time.perf_counter() - t0
    # Setup and warm-up objects move to the collector's permanent generation:
    # every full collection from here on walks only what the run creates since,
    # which makes the many collections of screening and snapshots cheap. Those
    # objects stay reachable as before; a cycle among them that later becomes
    # garbage is kept (a constant, never growth).
    gc.freeze()
    first_traced, screen_points, snap_points = plan_window(n, warmup, done, per_iteration, slowdown, cfg.get("window"), NARROWEST_WINDOW)
    table = SiteTable(index, len(snap_points))
    # Room for a second window's samples too (confirmation).
    blocks = BlockCounter(len(screen_points) + 2 * len(snap_points))
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

    iteration_seconds = per_iteration * slowdown
    done = yield from traced(frames, lambda: traced_window(workload, done, snap_points, table, blocks, traced_memory, progress, dump_dir, iteration_seconds))
    phases["traced"] = time.perf_counter() - t1

    def window_result():
        table.add_held()
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
        if cfg.get("confirm"):
            return ask_confirmation(pipe, result)
        return 0

    # What the probe allocates between the windows is its own, not the workload's.
    extra = blocks.excluding(window_result)
    if extra is None:  # no runner to ask: confirm whatever it would have suspected
        extra = n - first_traced
    if extra <= 0:
        progress.report(done, force=True)
        return
    # Confirmation: a second traced window of `extra` iterations right after the
    # first, traced afresh, with as many snapshots. A leak grows again at the
    # same rate; a bounded structure that looked like growth does not.
    t1 = time.perf_counter()
    points = plan_confirmation(n, extra, len(snap_points))
    confirming = SiteTable(index, len(points), attribution=table)
    confirm_memory = int64s(extra)
    progress.total = n + extra
    search = RetainerSearch(index, pipe, budget=max(1.0, 0.1 * (time.perf_counter() - t0 + result.get("setupSeconds", 0.0))))

    def confirmed(done):
        """Still traced: the lines the runner says leak, and the objects made there that are alive."""
        phases["confirmation"] = time.perf_counter() - t1
        progress.report(done, force=True)
        confirming.add_held()
        result["confirmation"] = {
            "snapshotIterations": points,
            "sites": confirming.export(),
            "tracedMemory": {"iterations": list(range(n + 1, n + extra + 1)), "values": confirm_memory[:extra].tolist()},
        }
        result["blocks"] = blocks.export()
        search.find(result, confirming)

    yield from traced(
        frames,
        lambda: traced_window(workload, done, points, confirming, blocks, confirm_memory, progress, None, iteration_seconds),
        then=confirmed,
    )
    searched = search.finish(extra)
    if searched is not None:
        result["retainerSearch"] = searched
    if search.watches:
        yield from watch_holders(workload, search, n + extra, extra)


def watch_holders(workload, search, done, window):
    """More iterations, untraced, after the retainer search: past a cache's
    bound or a purge's period (at least WATCH_ITERATIONS, twice the window),
    within the search's time bound; each holder's size at every one, and then
    whether it still holds what it held. A workload that raises here ends the
    watch, not the run (the measurement is complete)."""
    target = max(WATCH_ITERATIONS, 2 * window)
    deadline = time.perf_counter() + search.budget
    ran = 0
    while ran < target and time.perf_counter() < deadline:
        try:
            yield lambda: workload.call(workload.entry, done + ran + 1)
        except Exception:
            return
        ran += 1
        for watch in search.watches:
            watch.look()
    for watch in search.watches:
        watch.report(ran)
    search.watches = []


def run_whole(cfg, workload, index, result):
    """No entry function: the whole script runs once between two snapshots."""

    first, last = dump_paths(cfg.get("snapshotsDir"))
    table = SiteTable(index, 2)
    old_argv0 = sys.argv[0]
    sys.argv[0] = workload.whole_path
    t0 = time.perf_counter()
    _tracemalloc.start(FRAMES_LIMIT)
    try:
        full_collect()
        snapshot(table, 0, first)
        script_globals = yield lambda: run_script(workload.whole_path)
        traced_after = _tracemalloc.get_traced_memory()[0]
        snapshot(table, 1, last)
        del script_globals  # kept alive through the last snapshot
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
