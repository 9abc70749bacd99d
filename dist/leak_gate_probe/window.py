"""Planning the traced window, in this one place: how many of the last
iterations are traced, the snapshots spread over them, the untraced samples of
the block count before them, and how many frames each traced allocation keeps.
The runner passes only what the user set (iterations, warm-up, and a baseline's
window to trace again). Pure: nothing here measures or runs."""

# Tracing costs 5x to 40x on allocation-heavy code (more with deep frames), so
# the traced window is at least a tenth of the measured iterations (12 to 60),
# at the end of the run, where one-time growth has settled; it is widened when
# iterations are cheap (choose_window). The untraced rest is watched through
# the interpreter's block count, which costs nothing to read.
MIN_TRACED = 12
MAX_TRACED = 60
# Never more than the last 40% of the run is traced.
MOST_TRACED_SHARE = 0.4
# Tracing slows allocation-heavy code by up to ~40x; assumed when the warm-up
# is too short to measure it.
ASSUMED_SLOWDOWN = 40.0
# What tracing more iterations than the minimum may cost, at the worst slowdown.
TRACED_BUDGET_SECONDS = 0.025
# Snapshots over the narrowest window, and over the widest.
MIN_SNAPSHOTS = 7
MAX_SNAPSHOTS = 9
# Untraced block-count samples from the end of warm-up to the traced window.
MAX_SCREEN_SAMPLES = 24
# The most frames kept per allocation; trace_depth keeps as many as the
# workload's stack was deep.
FRAMES_LIMIT = 32


def minimum_window(iterations, warmup):
    """The fewest last iterations traced: a tenth of the measured ones, 12 to
    60, or all of them when there are fewer."""
    measured = iterations - warmup
    tenth = (measured + 5) // 10  # halves round up
    return min(measured, max(MIN_TRACED, min(MAX_TRACED, tenth)))


def screen_samples(iterations, warmup):
    """Untraced samples of the block count, spread from the end of warm-up to the
    narrowest window's start: at least its two ends."""
    return min(max(iterations - warmup - minimum_window(iterations, warmup) + 1, 2), MAX_SCREEN_SAMPLES)


def snapshot_count(iterations, warmup, traced):
    """Snapshots spread over a window of `traced` iterations (the first at its
    start): one per iteration of a very narrow window, 7 over the narrowest
    window, one more for every 8 iterations of a wider one, up to 9."""
    fewest = min(minimum_window(iterations, warmup) + 1, MIN_SNAPSHOTS)
    return max(fewest, min(MAX_SNAPSHOTS, 1 + traced // 8))


def choose_window(iterations, warmup, seconds_per_iteration, slowdown, window=None, narrowest=False):
    """How many of the last iterations to trace: at least minimum_window(), and
    more when tracing them costs little, never more than the last 40% of the
    run, after one-time growth settled. A run compared with a baseline known
    beforehand traces the baseline's `window`; `narrowest` (the bench's hook)
    traces the minimum. Cheap iterations get what 25 ms buys at the worst
    slowdown. Slow iterations (0.2 ms or more, timed steadily enough) that
    tracing hardly slows get the whole 40% when it adds under 30% to the run:
    all or nothing, so that timing noise does not move the window between runs,
    and with it the growth measured against a baseline."""
    measured = iterations - warmup
    least = minimum_window(iterations, warmup)
    most = max(least, int(iterations * MOST_TRACED_SHARE))
    if window:
        return min(measured, max(1, int(window)))
    if narrowest:
        return min(measured, least)
    if seconds_per_iteration >= 0.0002 and (slowdown - 1.0) * most <= 0.3 * measured:
        return min(measured, most)
    cheap = TRACED_BUDGET_SECONDS / (ASSUMED_SLOWDOWN * max(seconds_per_iteration, 1e-7))
    return min(measured, max(least, min(int(cheap), most)))


def spread(start, stop, count):
    """`count` distinct integer points from start to stop inclusive, evenly spread."""
    span = stop - start
    count = max(2, min(count, span + 1))
    points = sorted({start + round(i * span / (count - 1)) for i in range(count)})
    return points


def plan_window(iterations, warmup, done, seconds_per_iteration, slowdown, window=None, narrowest=False):
    """(first traced iteration, screening sample points, snapshot points) once
    `done` warm-up iterations ran, at `seconds_per_iteration` each untraced and
    `slowdown` times slower traced. See choose_window for `window` and `narrowest`."""
    traced = choose_window(iterations, warmup, seconds_per_iteration, slowdown, window, narrowest)
    first_traced = max(done, iterations - traced)
    screen_points = set(spread(done, first_traced, screen_samples(iterations, warmup))) if first_traced > done else set()
    snap_points = spread(first_traced, iterations, snapshot_count(iterations, warmup, traced))
    return first_traced, screen_points, snap_points


def plan_confirmation(iterations, extra, snapshots):
    """Snapshot points of the confirming window: the `extra` iterations after the
    first window ends at `iterations`, with the first window's number of snapshots."""
    return spread(iterations, iterations + extra, snapshots)


def trace_depth(frames_limit, deepest):
    """Frames to keep per allocation: from the deepest call seen down to the
    probe's call into the workload, plus one level for a deeper path later. Each
    frame costs at every traced allocation (about a fifth more per frame on an
    allocation-heavy workload), so no more than attribution needs: the innermost
    frame in the user's project, reached from any library code it calls."""
    return min(frames_limit, max(2, deepest + 1))
