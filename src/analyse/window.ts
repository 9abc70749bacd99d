// A traced window as the rules read it: the first one, or the second that confirms it.

import type { ConfirmationWindow, ProbeResult, ProbeSite, Series } from '../schema.js';

export interface TracedWindow {
  /** Iterations done at each snapshot; the first is where tracing started. */
  snapshotIterations: readonly number[];
  sites: readonly ProbeSite[];
  /** The interpreter's block count across the whole run; each rule reads the samples inside its window. */
  blocks: Series;
}

/** The second traced window, with the run's block count. */
export function confirmingWindow(result: ProbeResult, confirmation: ConfirmationWindow): TracedWindow {
  return { snapshotIterations: confirmation.snapshotIterations, sites: confirmation.sites, blocks: result.blocks };
}

/** A site's identity across windows. */
export const siteKey = (s: { file: string; line: number; inProject: boolean }): string => `${s.inProject ? 1 : 0}:${s.file}:${s.line}`;
