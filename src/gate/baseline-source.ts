// Where a baseline comes from: an artifact of the base branch (the action) or
// a file (the command). The gate asks twice: before measuring, for the window
// to trace, and after, for the baseline to compare with.

import type { Measurement, Report } from '../schema.js';

export interface FoundBaseline {
  /** The baseline to compare with, when there is one. */
  report?: Report;
  /** The workflow run that stored it (artifact baselines). */
  runId?: number;
  /** The commit it measured (artifact baselines): lines fixed since are linked there. */
  commit?: string;
  /** What the reader must know about the lookup: none yet, candidates skipped, a failure. */
  notes: string[];
}

export interface BaselineSource {
  /**
   * The newest baseline, known before measuring: this run then traces the same
   * window, so an unchanged leak measures the same. Whether it can be compared
   * is forRun's answer.
   */
  beforeRun(): Promise<Report | undefined>;
  /** The baseline for this measurement; `head` is undefined when the run could not measure. */
  forRun(head: Measurement | undefined): Promise<FoundBaseline>;
  /** The branch whose baseline this run stores, when it stores one (a push to it). */
  readonly storesBaselineOf?: string;
}

/** No baseline at all. */
export const NO_BASELINE: BaselineSource = {
  beforeRun: async () => undefined,
  forRun: async () => ({ notes: [] }),
};
