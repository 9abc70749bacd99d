// Whether two reports can be compared, and what the reader must know when they
// traced different windows. Pure.

import type { Measurement, Report } from '../schema.js';

export interface Names {
  base: string;
  head: string;
}
export const BASELINE_AND_RUN: Names = { base: 'the baseline', head: 'this run' };

/** Why a baseline cannot be compared with this run, or undefined when it can. */
export function baselineMismatch(base: Report, head: Measurement, names: Names = BASELINE_AND_RUN): string | undefined {
  if (base.verdict === 'error') return `${names.base} is the report of a run that could not measure`;
  if (base.workload.target !== head.workload.target || base.workload.entry !== head.workload.entry) {
    return `${names.base} measured ${base.workload.target} (${base.workload.entry}), ${names.head} ${head.workload.target} (${head.workload.entry})`;
  }
  if (base.workload.mode !== head.workload.mode) {
    return `${names.base} ran in ${base.workload.mode} mode, ${names.head} in ${head.workload.mode} mode`;
  }
  const minor = (version: string): string => version.split('.').slice(0, 2).join('.');
  if (minor(base.workload.python) !== minor(head.workload.python)) {
    return `${names.base} was measured on Python ${base.workload.python}, ${names.head} on ${head.workload.python}: memory per object differs between minor versions`;
  }
  return undefined;
}

/** Traced iterations at the end of a run, or undefined for a whole-script run. */
export function tracedWindow(report: Measurement): number | undefined {
  return report.workload.mode === 'iterations' ? report.workload.iterations - report.workload.firstTracedIteration : undefined;
}

/**
 * How many last iterations the baseline traced, when a run of these
 * iterations and warm-up can trace as many: traced over the same window, a
 * leak that did not change measures the same.
 */
export function baselineWindow(baseline: Report | undefined, iterations: number, warmup: number): number | undefined {
  if (!baseline || baseline.verdict === 'error' || baseline.workload.iterations !== iterations) return undefined;
  const window = tracedWindow(baseline);
  return window !== undefined && window >= 1 && window <= iterations - warmup ? window : undefined;
}

/**
 * Said when two comparable reports traced different windows: a container's
 * resize weighs more in a shorter window, so an unchanged leak can measure
 * about a third more or less.
 */
export function windowDifference(base: Measurement, head: Measurement, names: Names = BASELINE_AND_RUN): string | undefined {
  const b = tracedWindow(base);
  const h = tracedWindow(head);
  if (b === undefined || h === undefined) return undefined;
  if (b === h && base.workload.iterations === head.workload.iterations) return undefined;
  return (
    `${names.base} traced its last ${b} of ${base.workload.iterations} iterations, ${names.head} its last ${h} of ${head.workload.iterations}: ` +
    'growth per iteration can differ by up to a third between windows'
  );
}
