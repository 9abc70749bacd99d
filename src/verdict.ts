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
export function baselineMismatch(base: Report, head: Report): string | undefined {
  if (base.workload.target !== head.workload.target || base.workload.entry !== head.workload.entry) {
    return `the baseline measured ${base.workload.target} (${base.workload.entry}), this run ${head.workload.target} (${head.workload.entry})`;
  }
  if (base.workload.mode !== head.workload.mode) {
    return `the baseline ran in ${base.workload.mode} mode, this run in ${head.workload.mode} mode`;
  }
  const minor = (v: string): string => v.split('.').slice(0, 2).join('.');
  if (minor(base.workload.python) !== minor(head.workload.python)) {
    return `the baseline was measured on Python ${base.workload.python}, this run on ${head.workload.python}: memory per object differs between minor versions`;
  }
  return undefined;
}
