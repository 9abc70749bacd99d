// The ranges and defaults of the user's settings for a run. How the run is
// split between warm-up, untraced screening and the traced window is planned
// by the probe alone (src/probe/leak_gate_probe/window.py).

export const MIN_ITERATIONS = 10;

export function defaultWarmup(iterations: number): number {
  return Math.min(50, Math.max(2, Math.ceil(iterations / 10)));
}
