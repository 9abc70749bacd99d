// The ranges and defaults of a run's iterations, as the user sets them. The
// rest of the plan (how many iterations are traced, snapshots, samples) is the
// probe's own: it depends on timings only the probe can take.

export const MIN_ITERATIONS = 10;

/** Untraced iterations first: a tenth of the run, 2 to 50. */
export function defaultWarmup(iterations: number): number {
  return Math.min(50, Math.max(2, Math.ceil(iterations / 10)));
}
