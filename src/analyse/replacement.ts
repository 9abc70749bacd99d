// Rule: the whole run decides about replacement. Only the window is traced, so
// an object that replaces an older one (a full cache evicting, a pool
// rotating) looks like growth there, because the older object was never
// traced. When the lines' new blocks are not matched by a growing number of
// live blocks in the interpreter, the objects replaced others: not a leak.
// When live blocks did grow, though less, a line whose new blocks that growth
// can account for stays a leak (a leak next to a cache that evicts). A line
// whose size grows with no new blocks (a buffer grown in place) is not subject
// to this rule.

import type { TracedWindow } from './window.js';
import { median, theilSen } from '../stats.js';
import { ACCOUNTABLE_FACTOR, JUMP_FACTOR, LIVE_SHARE, MIN_NEW_BLOCKS, NEW_BLOCKS_PER_ITERATION } from './rules.js';

/** The interpreter's live blocks per iteration over the traced window, or undefined with too few samples. */
export function liveBlockSlope(result: TracedWindow): number | undefined {
  const xs = result.snapshotIterations;
  const inWindow = result.blocks.iterations
    .map((x, i) => [x, result.blocks.values[i]!] as const)
    .filter(([x]) => x >= xs[0]! && x <= xs[xs.length - 1]!);
  if (inWindow.length < 3) return undefined;
  return theilSen(
    inWindow.map(([x]) => x),
    inWindow.map(([, y]) => y),
  );
}

/**
 * Where a line's new blocks are counted from: the window's start, unless the
 * line entered the trace with a jump of many blocks at once, JUMP_FACTOR times
 * its usual step or more. That is an object made before the window (a
 * DataFrame rebuilt by every call) whose blocks entered when it was first
 * rebuilt: they are not new, and from there on the line is counted.
 */
function countedFrom(size: readonly number[], count: readonly number[]): number {
  const first = size.findIndex((y) => y !== 0);
  if (first <= 0) return 0;
  const later = count
    .slice(first)
    .map((c, i, all) => (i ? c - all[i - 1]! : 0))
    .filter((d) => d > 0);
  const usual = later.length ? median(later) : 0;
  return count[first]! - count[0]! > JUMP_FACTOR * Math.max(usual, 1) ? first : 0;
}

/** The leaking lines (by index) that replaced older objects, with why. */
export function replacingLines(result: TracedWindow, leaking: readonly boolean[], liveSlope: number | undefined): Map<number, string> {
  const replacing = new Map<number, string>();
  if (liveSlope === undefined) return replacing;
  // New blocks per iteration at each leaking line, over the whole window: a
  // buffer that keeps its last N entries adds blocks until the window has
  // replaced them all, then none, and a robust slope would miss half of it.
  const xs = result.snapshotIterations;
  const counted = result.sites.map((s, i) => {
    const from = countedFrom(s.size, s.count);
    const span = xs[xs.length - 1]! - xs[from]!;
    return leaking[i] && span > 0 ? (s.count[s.count.length - 1]! - s.count[from]!) / span : 0;
  });
  const newBlocks = counted.filter((c) => c >= NEW_BLOCKS_PER_ITERATION).reduce((a, b) => a + b, 0);
  if (newBlocks < MIN_NEW_BLOCKS || liveSlope >= LIVE_SHARE * newBlocks) return replacing;
  const accountable = liveSlope >= NEW_BLOCKS_PER_ITERATION ? ACCOUNTABLE_FACTOR * liveSlope : 0;
  counted.forEach((c, i) => {
    if (c < NEW_BLOCKS_PER_ITERATION || c <= accountable) return;
    replacing.set(
      i,
      `made ${c.toFixed(1)} new blocks per iteration, but the process's live blocks ${liveSlope < NEW_BLOCKS_PER_ITERATION ? 'did not grow' : `grew only ${liveSlope.toFixed(1)} per iteration`}: they replaced older ones (a cache evicting, a pool rotating)`,
    );
  });
  return replacing;
}
