// The verdict and whether the check fails. Pure.

import type { Comparison } from './compare.js';
import type { Report, Verdict } from './report.js';
import type { FailOn } from './settings.js';

export interface Decision {
  verdict: Verdict;
  /** True when the run must fail (exit code 1, a red check). */
  fail: boolean;
  /** Said to the user when the decision is not the plain reading of the settings. */
  note?: string;
}

export function decide(report: Report, comparison: Comparison | undefined, failOn: FailOn): Decision {
  const leaks = report.findings.some((f) => f.kind === 'leak');
  const verdict: Verdict = comparison?.regressed ? 'regression' : leaks ? 'leak' : 'pass';
  switch (failOn) {
    case 'never':
      return { verdict, fail: false };
    case 'leak':
      return { verdict, fail: verdict !== 'pass' };
    case 'regression':
      if (!comparison) {
        return {
          verdict,
          fail: leaks,
          note: 'no baseline to compare with, so fail-on regression falls back to fail-on leak',
        };
      }
      return { verdict, fail: comparison.regressed };
  }
}

/** Why a baseline cannot be compared with this run, or undefined when it can. */
export function baselineMismatch(base: Report, head: Report, names = { base: 'the baseline', head: 'this run' }): string | undefined {
  if (base.verdict === 'error') return `${names.base} is the report of a run that could not measure`;
  if (base.workload.target !== head.workload.target || base.workload.entry !== head.workload.entry) {
    return `${names.base} measured ${base.workload.target} (${base.workload.entry}), ${names.head} ${head.workload.target} (${head.workload.entry})`;
  }
  if (base.workload.mode !== head.workload.mode) {
    return `${names.base} ran in ${base.workload.mode} mode, ${names.head} in ${head.workload.mode} mode`;
  }
  const minor = (v: string): string => v.split('.').slice(0, 2).join('.');
  if (minor(base.workload.python) !== minor(head.workload.python)) {
    return `${names.base} was measured on Python ${base.workload.python}, ${names.head} on ${head.workload.python}: memory per object differs between minor versions`;
  }
  return undefined;
}

/** Traced iterations at the end of a run, or undefined for a whole-script run. */
export function tracedWindow(report: Report): number | undefined {
  return report.workload.mode === 'iterations' ? report.workload.iterations - report.workload.firstTracedIteration : undefined;
}

/**
 * Said when two comparable reports traced different windows: a container's
 * resize weighs more in a shorter window, so an unchanged leak can measure
 * about a third more or less.
 */
export function windowDifference(base: Report, head: Report, names = { base: 'the baseline', head: 'this run' }): string | undefined {
  const b = tracedWindow(base);
  const h = tracedWindow(head);
  if (b === undefined || h === undefined) return undefined;
  if (b === h && base.workload.iterations === head.workload.iterations) return undefined;
  return (
    `${names.base} traced its last ${b} of ${base.workload.iterations} iterations, ${names.head} its last ${h} of ${head.workload.iterations}: ` +
    'growth per iteration can differ by up to a third between windows'
  );
}
