"""Planning the traced window: how many of the last iterations are traced, the
snapshots spread over them, the untraced samples before them, and how many
frames each traced allocation keeps. Pure: no measuring here."""

from leak_gate_probe.channel import NARROWEST_WINDOW

# Tracing slows allocation-heavy code by up to ~40x; assumed when the warm-up
# is too short to measure it.
ASSUMED_SLOWDOWN = 40.0


def spread(start, stop, count):
    """`count` distinct integer points from start to stop inclusive, evenly spread."""
    span = stop - start
    count = max(2, min(count, span + 1))
    points = sorted({start + round(i * span / (count - 1)) for i in range(count)})
    return points


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


def plan_window(cfg, done, seconds_per_iteration, slowdown):
    """(first traced iteration, screening sample points, snapshot points), once
    `done` iterations of warm-up ran at `seconds_per_iteration` each untraced
    and `slowdown` times slower traced."""
    n = cfg["iterations"]
    traced = choose_window(cfg, seconds_per_iteration, slowdown)
    first_traced = max(done, n - traced)
    snapshots = max(cfg["snapshots"], min(9, 1 + traced // 8))
    screen_points = set(spread(done, first_traced, cfg["screenSamples"])) if first_traced > done else set()
    return first_traced, screen_points, spread(first_traced, n, snapshots)
