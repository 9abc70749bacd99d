// Judging: the one place where a measurement gets its verdict, its summary and
// whether the check fails. The gate, `leak-gate compare` and the fork relay all
// judge through here, with the settings stored in the report. Pure.

import { compareReports, largestIncrease, type Comparison } from '../compare.js';
import { formatBytes, lines } from '../format.js';
import {
  isLeak,
  REPORT_SCHEMA_VERSION,
  type FailOn,
  type Finding,
  type Judging,
  type Measurement,
  type Report,
  type Verdict,
} from '../schema.js';
import { isIgnored, parseIgnore, type IgnoreRule } from './ignore.js';
import { BASELINE_AND_RUN, baselineMismatch, windowDifference, type Names } from './comparable.js';

export interface Decision {
  verdict: Verdict;
  /** True when the check must fail. */
  fail: boolean;
  /** 0 pass, 1 leak or regression that fails, 2 could not measure. */
  exitCode: 0 | 1 | 2;
}

export interface Judged {
  report: Report;
  /** The baseline, when it was compared with. */
  baseline?: Report;
  comparison?: Comparison;
  decision: Decision;
  /** Things the reader must know: a baseline not compared, a fallback taken. */
  notes: string[];
}

export interface JudgeOptions {
  /** This run stores the baseline of this branch: with fail-on regression it does not fail (nothing to regress against). */
  storesBaselineOf?: string;
  /** How the two reports are named in notes. */
  names?: Names;
  /** How to trace the same window, said when the windows differ. */
  sameWindowHint?: string;
}

function summarise(m: Measurement, verdict: Verdict, comparison?: Comparison): string {
  if (m.error) return `could not measure: ${m.error.message}`;
  if (verdict === 'regression' && comparison) {
    const worse = comparison.sites.filter((s) => s.status === 'new' || s.status === 'grown');
    const largest = largestIncrease(comparison)!;
    return `${lines(worse.length)} new or grown since the baseline; the largest: ${largest.file}:${largest.line}`;
  }
  const leaks = m.findings.filter(isLeak);
  if (leaks.length) {
    const unit = m.workload.mode === 'whole' ? 'left behind' : 'per iteration';
    return `${lines(leaks.length)} leaking ${formatBytes(m.growthPerIteration)} ${unit}; first: ${leaks[0]!.file}:${leaks[0]!.line}`;
  }
  const ignored = m.findings.filter((f) => f.ignored).length;
  if (ignored) return `no leak outside the ignored lines (${lines(ignored)} ignored)`;
  if (m.runShape === 'returns-to-floor') return 'no leak: memory grew in cycles and returned to its floor';
  // A line with retainers but no longer leaking was found held only where it cannot pile up.
  const held = m.findings.filter((f) => f.kind !== 'leak' && f.retainers).length;
  const unconfirmed = m.findings.filter((f) => f.kind !== 'leak' && f.confirmation && !f.retainers).length;
  const parts = [
    ...(unconfirmed ? [`${lines(unconfirmed)} grew in the traced window, but not in a second one`] : []),
    ...(held ? [`${lines(held)} grew only into a full bounded cache or a replaced value`] : []),
  ];
  if (parts.length) return `no leak: ${parts.join('; ')}`;
  if (m.workload.mode === 'whole') return `no leak: no line left ${formatBytes(m.thresholds.minRetained)} or more behind`;
  return 'no leak: no line grew steadily';
}

function decide(m: Measurement, comparison: Comparison | undefined, failOn: FailOn): Decision {
  if (m.error) return { verdict: 'error', fail: true, exitCode: 2 };
  const leaks = m.findings.some(isLeak);
  const verdict: Verdict = comparison?.regressed ? 'regression' : leaks ? 'leak' : 'pass';
  const fail = failOn === 'never' ? false : failOn === 'leak' || !comparison ? verdict !== 'pass' : comparison.regressed;
  return { verdict, fail, exitCode: fail ? 1 : 0 };
}

/**
 * The findings with the ignore rules applied: leaking lines they match are
 * marked ignored, and the total growth is that of the lines that count.
 */
function withIgnored<M extends Measurement>(m: M, rules: readonly IgnoreRule[]): M {
  const findings = m.findings.map((f): Finding => {
    const finding: Finding = { ...f };
    delete finding.ignored; // what an earlier judging ignored does not bind this one
    if (f.kind === 'leak' && isIgnored(f, rules)) finding.ignored = true;
    return finding;
  });
  if (!findings.some((f) => f.ignored) && !m.findings.some((f) => f.ignored)) return m;
  const growth = findings.filter(isLeak).reduce((a, f) => a + f.growthPerIteration, 0);
  return { ...m, findings, growthPerIteration: Math.round(growth * 10) / 10 };
}

/** Judges a measurement, against a baseline when there is one that can be compared. */
export function judge(measuredAsIs: Measurement, baselineAsIs: Report | undefined, judging: Judging, options: JudgeOptions = {}): Judged {
  // The same lines are ignored on both sides, so an ignored line is neither new nor fixed.
  const rules = parseIgnore(judging.ignore, 'ignore pattern');
  const measured = withIgnored(measuredAsIs, rules);
  const baseline = baselineAsIs && withIgnored(baselineAsIs, rules);
  const names = options.names ?? BASELINE_AND_RUN;
  const notes: string[] = [];
  let failOn = judging.failOn;
  if (options.storesBaselineOf !== undefined && failOn === 'regression') {
    // Failing would also make this run's baseline unusable: only successful runs' baselines are compared with.
    failOn = 'never';
    notes.push(
      `this push stores the baseline of ${options.storesBaselineOf}: fail-on regression gates the pull requests compared with it, not this run`,
    );
  }
  let compared: Report | undefined;
  let comparison: Comparison | undefined;
  if (baseline && !measured.error) {
    const mismatch = baselineMismatch(baseline, measured, names);
    if (mismatch) notes.push(`baseline not compared: ${mismatch}`);
    else {
      compared = baseline;
      comparison = compareReports(baseline, measured, judging);
      const windows = windowDifference(baseline, measured, names);
      if (windows) notes.push(`${windows}; ${options.sameWindowHint ?? "the baseline's iterations and warm-up give the same window"}`);
    }
  }
  if (failOn === 'regression' && !comparison && !measured.error) {
    notes.push('no baseline to compare with, so fail-on regression falls back to fail-on leak');
  }
  const decision = decide(measured, comparison, failOn);
  // A leak that does not fail the check says why, or a LEAK that exits 0 reads as a bug.
  if (decision.verdict === 'leak' && !decision.fail && judging.failOn === 'never')
    notes.push('fail-on never: this leak does not fail the check');
  if (decision.verdict === 'leak' && !decision.fail && failOn === 'regression' && comparison)
    notes.push('fail-on regression: these leaks were in the baseline too, no worse, so they do not fail the check');
  const summary = summarise(measured, decision.verdict, comparison);
  const { schema, tool, ...rest } = measured;
  // Verdict first, as a reader of the JSON looks for it; a report judged again keeps that order.
  const report: Report = { schema, schemaVersion: REPORT_SCHEMA_VERSION, tool, verdict: decision.verdict, summary, ...rest, judging };
  Object.assign(report, { schemaVersion: REPORT_SCHEMA_VERSION, verdict: decision.verdict, summary });
  return { report, baseline: compared, comparison, decision, notes };
}
