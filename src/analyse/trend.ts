// Rule: a line leaks when its traced size grows steadily across the traced window.

import { movement, theilSen } from '../stats.js';
import { MAX_FALLS_SHARE, NET_SHARE, STAIRCASE_SHARE, STAIRCASE_STEPS, STEADY_SHARE, STOPPED_SHARE } from './rules.js';

export interface Trend {
  /** Robust (Theil–Sen) slope, bytes per iteration. */
  slope: number;
  growingShare: number;
  net: number;
  steady: boolean;
}

/**
 * A robust slope of at least `minGrowth` bytes per iteration, growth in most
 * intervals (or a staircase that never falls), falls small next to the rises,
 * and a net gain that agrees with the slope.
 */
export function trend(allXs: readonly number[], allYs: readonly number[], minGrowth: number): Trend {
  // Before a line's first traced allocation its series reads 0; the first
  // nonzero value may also carry memory from before the window (a buffer that
  // existed untraced and was then resized), so the trend starts there.
  const first = allYs.findIndex((y) => y !== 0);
  if (first < 0 || allYs.length - first < 3) {
    return { slope: 0, growingShare: 0, net: allYs[allYs.length - 1]! - allYs[0]!, steady: false };
  }
  const xs = allXs.slice(first);
  const ys = allYs.slice(first);
  const slope = theilSen(xs, ys);
  const mv = movement(ys);
  const net = ys[ys.length - 1]! - ys[0]!;
  const span = xs[xs.length - 1]! - xs[0]!;
  const rising = Math.round(mv.growingShare * (ys.length - 1));
  const staircase = mv.falls === 0 && rising >= STAIRCASE_STEPS && mv.growingShare >= STAIRCASE_SHARE;
  const steady =
    slope >= minGrowth &&
    (mv.growingShare >= STEADY_SHARE || staircase) &&
    mv.falls <= MAX_FALLS_SHARE * mv.rises &&
    net >= NET_SHARE * minGrowth * span;
  return { slope, growingShare: mv.growingShare, net, steady };
}

/** Growth that happened in the first half of the window and then stopped: warm-up. */
export function stopped(xs: readonly number[], ys: readonly number[], minGrowth: number): boolean {
  const mid = ys.length >> 1;
  const lateSpan = xs[xs.length - 1]! - xs[mid]!;
  const net = ys[ys.length - 1]! - ys[0]!;
  const late = Math.abs(ys[ys.length - 1]! - ys[mid]!);
  return net > 0 && late <= minGrowth * Math.max(lateSpan, 1) * STOPPED_SHARE;
}
