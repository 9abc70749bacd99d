// A traced window as the rules read it: the first one, or the second that confirms it.

import type { ConfirmationWindow, ProbeResult, ProbeSite, Series } from '../schema.js';

export interface TracedWindow {
  /** Iterations done at each snapshot; the first is where tracing started. */
  snapshotIterations: readonly number[];
  sites: readonly ProbeSite[];
  /** The interpreter's block count: across the run up to the first window's end, or the second window's own samples. */
  blocks: Series;
}

/**
 * The run's block count up to the first window's end, and the second window's
 * samples: the probe samples at every snapshot, the second window's last, so
 * the two windows' samples at the iteration where one ends and the other
 * starts stay apart.
 */
function splitBlocks(result: ProbeResult): [Series, Series] {
  const second = result.confirmation ? result.confirmation.snapshotIterations.length : 0;
  const cut = result.blocks.iterations.length - second;
  const part = (from: number, to: number): Series => ({
    iterations: result.blocks.iterations.slice(from, to),
    values: result.blocks.values.slice(from, to),
  });
  return [part(0, cut), part(cut, result.blocks.iterations.length)];
}

/** The first traced window, with the run's block count up to its end. */
export function firstWindow(result: ProbeResult): TracedWindow {
  return { snapshotIterations: result.snapshotIterations, sites: result.sites, blocks: splitBlocks(result)[0] };
}

/** The second traced window, with the block count sampled at its snapshots. */
export function confirmingWindow(result: ProbeResult, confirmation: ConfirmationWindow): TracedWindow {
  return { snapshotIterations: confirmation.snapshotIterations, sites: confirmation.sites, blocks: splitBlocks(result)[1] };
}

/** A site's identity across windows. */
export const siteKey = (s: { file: string; line: number; inProject: boolean }): string => `${s.inProject ? 1 : 0}:${s.file}:${s.line}`;
