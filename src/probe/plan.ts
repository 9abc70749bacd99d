// How a run of N iterations is split between warm-up, untraced screening and
// the traced window. Pure: the probe follows the plan it is given.

export interface RunPlan {
  iterations: number;
  warmup: number;
  /** At least the last `traced` iterations run under tracemalloc; the probe traces more when iterations are cheap. */
  traced: number;
  /** Exactly this many last iterations traced instead: a baseline's window, so that both runs are measured alike. */
  window?: number;
  /** Snapshots spread over the traced window (first at its start). */
  snapshots: number;
  /** Untraced samples of the block count spread from the end of warm-up to the window. */
  screenSamples: number;
  /** The most frames kept per allocation; the probe keeps as many as the first iteration's stack was deep. */
  frames: number;
}

const MIN_TRACED = 12;
const MAX_TRACED = 60;


/**
 * Tracing costs 5x to 40x on allocation-heavy code (more with deep frames), so
 * the traced window is at least a tenth of the measured iterations (12 to 60),
 * at the end of the run, where one-time growth has settled; the probe widens it
 * when iterations are cheap (choose_window in probe.py). The untraced rest is
 * watched through the interpreter's block count, which costs nothing to read.
 */
export function planRun(iterations: number, warmup: number): RunPlan {
  const measured = iterations - warmup;
  const traced = Math.min(measured, Math.max(MIN_TRACED, Math.min(MAX_TRACED, Math.round(measured / 10))));
  return {
    iterations,
    warmup,
    traced,
    snapshots: Math.min(traced + 1, 7),
    screenSamples: Math.min(Math.max(measured - traced + 1, 2), 24),
    frames: 32,
  };
}
