// One pipeline for both faces: measure, analyse, compare, decide. The faces
// differ only in where settings and the baseline come from and where results go.

import path from 'node:path';
import { analyse } from './analyse.js';
import { compareReports, type Comparison } from './compare.js';
import { MeasureError } from './errors.js';
import { defaultWarmup } from './probe/plan.js';
import { measure } from './probe/run.js';
import { DEFAULT_THRESHOLDS, REPORT_SCHEMA, REPORT_SCHEMA_VERSION, TOOL_NAME, TOOL_VERSION, type Report, type Thresholds } from './report.js';
import type { Settings } from './settings.js';
import { baselineMismatch, decide, tracedWindow, windowDifference, type Decision } from './verdict.js';

export interface GateIO {
  /** The baseline for this run's report, or undefined when there is none. */
  loadBaseline(head: Report): Promise<Report | undefined>;
  onProgress?: (done: number, total: number) => void;
  env?: NodeJS.ProcessEnv;
  /**
   * The baseline, when known before the run: this run traces the same window,
   * so a leak that did not change measures the same. The window otherwise
   * follows the machine's timing, and the growth measured at a line with it
   * (a container's resize weighs more in a shorter window). Whether it can be
   * compared is still loadBaseline's answer.
   */
  knownBaseline?: Report;
}

export interface GateOutcome {
  report: Report;
  baseline?: Report;
  comparison?: Comparison;
  decision: Decision;
  /** Things the user should read: a baseline skipped, a fallback taken. */
  notes: string[];
  /** 0 pass, 1 leak or regression that fails, 2 could not measure. */
  exitCode: 0 | 1 | 2;
  /** The first and last tracemalloc snapshots, when settings.snapshotsDir asked for them. */
  snapshotFiles: string[];
}

export async function runGate(settings: Settings, io: GateIO): Promise<GateOutcome> {
  const warmup = settings.warmup ?? defaultWarmup(settings.iterations);
  const window = baselineWindow(io.knownBaseline, settings.iterations, warmup);
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, minGrowth: settings.minGrowth };
  let report: Report;
  let snapshotFiles: string[] = [];
  try {
    const probe = await measure({
      target: settings.target,
      entry: settings.entry,
      entryExplicit: settings.entryExplicit,
      iterations: settings.iterations,
      warmup,
      window,
      python: settings.python,
      timeoutSeconds: settings.timeoutSeconds,
      cwd: path.resolve(settings.cwd),
      args: settings.args,
      snapshotsDir: settings.snapshotsDir,
      onProgress: io.onProgress,
      env: io.env,
    });
    report = analyse(probe, thresholds);
    snapshotFiles = probe.snapshotFiles ?? [];
  } catch (err) {
    if (!(err instanceof MeasureError)) throw err;
    return { report: errorReport(settings, warmup, thresholds, err), decision: { verdict: 'error', fail: true }, notes: [], exitCode: 2, snapshotFiles };
  }

  const notes: string[] = [];
  let baseline = await io.loadBaseline(report);
  let comparison: Comparison | undefined;
  if (baseline) {
    const mismatch = baselineMismatch(baseline, report);
    if (mismatch) {
      notes.push(`baseline not compared: ${mismatch}`);
      baseline = undefined;
    } else {
      comparison = compareReports(baseline, report, { tolerance: settings.tolerance, minGrowth: settings.minGrowth });
      const windows = windowDifference(baseline, report);
      if (windows) notes.push(`${windows}; the baseline's iterations and warm-up give the same window`);
    }
  }
  const decision = decide(report, comparison, settings.failOn);
  if (decision.note) notes.push(decision.note);
  report.verdict = decision.verdict;
  return { report, baseline, comparison, decision, notes, exitCode: decision.fail ? 1 : 0, snapshotFiles };
}

/** How many last iterations the baseline traced, when this run can trace as many. */
function baselineWindow(baseline: Report | undefined, iterations: number, warmup: number): number | undefined {
  if (!baseline || baseline.verdict === 'error' || baseline.workload.iterations !== iterations) return undefined;
  const window = tracedWindow(baseline);
  return window !== undefined && window >= 1 && window <= iterations - warmup ? window : undefined;
}

export function errorReport(settings: Settings, warmup: number, thresholds: Thresholds, err: MeasureError): Report {
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    verdict: 'error',
    summary: `could not measure: ${err.message}`,
    workload: {
      target: settings.target,
      entry: settings.entry,
      mode: 'iterations',
      iterations: settings.iterations,
      warmup,
      firstTracedIteration: 0,
      python: '',
    },
    thresholds,
    growthPerIteration: 0,
    findings: [],
    snapshotIterations: [],
    tracedMemory: { iterations: [], values: [] },
    blocks: { iterations: [], values: [] },
    rss: { iterations: [], values: [] },
    runShape: 'unknown',
    durationSeconds: 0,
    error: { kind: err.kind, message: err.message, detail: err.detail ?? null },
  };
}
