// Small robust statistics over measured series. Pure functions.

/** Median of a non-empty list (NaN for an empty one). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Theil–Sen slope: the median of the slopes between every pair of points. One
 * outlier (a cache resize, a GC hiccup) moves it far less than a least-squares
 * fit or a last-minus-first difference.
 */
export function theilSen(xs: readonly number[], ys: readonly number[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const dx = xs[j]! - xs[i]!;
      if (dx !== 0) slopes.push((ys[j]! - ys[i]!) / dx);
    }
  }
  return slopes.length ? median(slopes) : 0;
}

/** Step changes between consecutive points. */
export function steps(ys: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < ys.length; i++) out.push(ys[i]! - ys[i - 1]!);
  return out;
}

export interface Movement {
  /** Sum of the increases between consecutive points. */
  rises: number;
  /** Sum of the decreases, as a positive number. */
  falls: number;
  /** Share of intervals that grew (0..1). */
  growingShare: number;
}

export function movement(ys: readonly number[]): Movement {
  const d = steps(ys);
  let rises = 0;
  let falls = 0;
  let growing = 0;
  for (const s of d) {
    if (s > 0) {
      rises += s;
      growing++;
    } else falls -= s;
  }
  return { rises, falls, growingShare: d.length ? growing / d.length : 0 };
}

/** Element-wise sum of equally long series. */
export function addSeries(a: readonly number[], b: readonly number[]): number[] {
  return a.map((v, i) => v + (b[i] ?? 0));
}
