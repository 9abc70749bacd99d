// Rule: a line leaks when its traced size grows steadily across the traced window.

import { median, movement, theilSen } from '../stats.js';
import {
  JUMP_FACTOR,
  MAX_FALLS_SHARE,
  MIN_FLOOR_POINTS,
  MIN_FLOOR_RISE,
  NET_SHARE,
  STAIRCASE_SHARE,
  STAIRCASE_STEPS,
  STEADY_SHARE,
  STOPPED_SHARE,
} from './rules.js';

export interface Trend {
  /** Robust (Theil–Sen) slope, bytes per iteration. */
  slope: number;
  growingShare: number;
  net: number;
  steady: boolean;
}

/**
 * The series without the jumps of a container's reallocation: a dict or list
 * that a leak fills reallocates its table now and then, and the new table,
 * its whole size, is charged to the line at one snapshot (the old one was
 * allocated before tracing, or charged elsewhere). That is not the line's
 * rate, and a window that happens to hold one would read a rate several times
 * the leak's, which a second window without one would not confirm. An
 * interval that grew more than JUMP_FACTOR times the line's median growing
 * interval is such a jump when no more than a quarter of the intervals are.
 */
export function withoutJumps(xs: readonly number[], ys: readonly number[]): number[] {
  const rates = ys.slice(1).map((y, i) => (y - ys[i]!) / Math.max(1, xs[i + 1]! - xs[i]!));
  const growing = rates.filter((r) => r > 0);
  if (growing.length < 3) return [...ys];
  const typical = median(growing);
  const jumps = rates.map((r) => r > JUMP_FACTOR * typical);
  if (jumps.filter(Boolean).length > rates.length / 4) return [...ys];
  const out = [ys[0]!];
  rates.forEach((r, i) => out.push(out[i]! + (jumps[i] ? typical : r) * Math.max(1, xs[i + 1]! - xs[i]!)));
  return out;
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
  const slope = theilSen(xs, withoutJumps(xs, ys));
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

/**
 * A line whose memory saws (a store purged every few iterations) but whose
 * floor rises: what each purge keeps. Read up to the last fall (a purge), as
 * what follows it is the rising edge of a tooth, not a floor. The floor at
 * each snapshot is the least the line held from then on to that point, so a
 * snapshot taken between purges does not count as a floor; its robust slope
 * is the leak's rate, and it must rise by MIN_FLOOR_RISE in all.
 * Undefined when the line does not saw, or its floor does not rise so.
 */
export function risingFloor(allXs: readonly number[], allYs: readonly number[], minGrowth: number): number | undefined {
  const first = allYs.findIndex((y) => y !== 0);
  if (first < 0) return undefined;
  let trough = allYs.length - 1;
  while (trough > first && allYs[trough]! >= allYs[trough - 1]!) trough--;
  if (trough - first + 1 < MIN_FLOOR_POINTS) return undefined;
  const xs = allXs.slice(first, trough + 1);
  const floors = allYs.slice(first, trough + 1);
  for (let i = floors.length - 2; i >= 0; i--) floors[i] = Math.min(floors[i]!, floors[i + 1]!);
  const rate = theilSen(xs, floors);
  return rate >= minGrowth && floors[floors.length - 1]! - floors[0]! >= MIN_FLOOR_RISE ? rate : undefined;
}
