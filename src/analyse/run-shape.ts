// Rule: the whole run decides about sawtooths. When the interpreter's block
// count, sampled across every measured iteration, keeps returning to its
// floor, growth seen in the window is a cycle that gets released, not a leak.
// A floor that rises from one cycle to the next is a leak.

import type { RunShape, Series } from '../schema.js';
import { movement, steps } from '../stats.js';
import { BLOCK_NOISE, RISING_FALLS_SHARE } from './rules.js';

/** The shape of the whole run; samples are taken after a full collection, so temporaries do not show. */
export function runShape(blocks: Series): RunShape {
  const ys = blocks.values;
  if (ys.length < 4) return 'unknown';
  const mv = movement(ys);
  if (mv.rises <= BLOCK_NOISE * 2) return 'flat';
  if (mv.falls < RISING_FALLS_SHARE * mv.rises) return 'rising';
  // Sawtooth: compare the floor of the first third of the run with the last
  // third's. Where the samples fall in each cycle moves the apparent floor by
  // up to the largest single step between two samples, so only a rise beyond
  // that step is a floor that really rises.
  const third = Math.max(1, Math.floor(ys.length / 3));
  const early = Math.min(...ys.slice(0, third));
  const late = Math.min(...ys.slice(-third));
  const largestStep = Math.max(0, ...steps(ys));
  return late - early > largestStep + BLOCK_NOISE ? 'rising' : 'returns-to-floor';
}
