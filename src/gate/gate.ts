// The one gate every face runs: measure, analyse, compare, decide. The faces
// differ only in where settings come from, where the baseline comes from (a
// BaselineSource) and where the outcome goes.

import path from 'node:path';
import { analyse, iterationsToConfirm, linesToSearch } from '../analyse/index.js';
import { MeasureError } from '../errors.js';
import { defaultWarmup } from '../probe/limits.js';
import { measure } from '../probe/run.js';
import { REPORT_SCHEMA, type Measurement } from '../schema.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { NO_BASELINE, type BaselineSource } from './baseline-source.js';
import { baselineWindow } from './comparable.js';
import { measurementNotes } from './run-notes.js';
import { judgingOf, thresholdsOf, type Settings } from './settings.js';
import { judge, type Judged } from './verdict.js';

export interface GateIO {
  baseline?: BaselineSource;
  onProgress?: (done: number, total: number) => void;
  /** Extra environment for the Python process (tests, benchmark). */
  env?: NodeJS.ProcessEnv;
}

export interface GateOutcome extends Judged {
  /** The workflow run that stored the baseline compared with (artifact baselines). */
  baselineRunId?: number;
  /** The commit the baseline measured (artifact baselines). */
  baselineCommit?: string;
  /** The first and last tracemalloc snapshots, when settings.snapshotsDir asked for them. */
  snapshotFiles: string[];
}

export async function runGate(settings: Settings, io: GateIO = {}): Promise<GateOutcome> {
  const source = io.baseline ?? NO_BASELINE;
  const warmup = settings.warmup ?? defaultWarmup(settings.iterations);
  const known = await source.beforeRun();
  let measured: Measurement;
  let snapshotFiles: string[] = [];
  let probeNotes: string[] = [];
  const thresholds = thresholdsOf(settings);
  try {
    const probe = await measure({
      target: settings.target,
      entry: settings.entry,
      entryExplicit: settings.entryExplicit,
      iterations: settings.iterations,
      warmup,
      window: settings.fixedWindow ?? baselineWindow(known, settings.iterations, warmup),
      python: settings.python,
      timeoutSeconds: settings.timeoutSeconds,
      cwd: path.resolve(settings.cwd),
      args: settings.args,
      snapshotsDir: settings.snapshotsDir,
      onProgress: io.onProgress,
      env: io.env,
      confirm: (window) => iterationsToConfirm(window, thresholds),
      leaks: (result) => linesToSearch(result, thresholds),
    });
    measured = analyse(probe, thresholds);
    snapshotFiles = probe.snapshotFiles ?? [];
    probeNotes = measurementNotes(probe, measured, settings);
  } catch (err) {
    if (!(err instanceof MeasureError)) throw err;
    measured = failedMeasurement(settings, warmup, err);
  }
  const found = await source.forRun(measured.error ? undefined : measured);
  const judged = judge(measured, found.report, judgingOf(settings), { storesBaselineOf: source.storesBaselineOf });
  return {
    ...judged,
    notes: [...probeNotes, ...found.notes, ...judged.notes],
    baselineRunId: judged.baseline ? found.runId : undefined,
    baselineCommit: judged.baseline ? found.commit : undefined,
    snapshotFiles,
  };
}

function failedMeasurement(settings: Settings, warmup: number, err: MeasureError): Measurement {
  const empty = { iterations: [], values: [] };
  return {
    schema: REPORT_SCHEMA,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    workload: {
      target: settings.target,
      entry: settings.entry,
      mode: 'iterations',
      iterations: settings.iterations,
      warmup,
      firstTracedIteration: 0,
      python: '',
    },
    thresholds: thresholdsOf(settings),
    growthPerIteration: 0,
    findings: [],
    snapshotIterations: [],
    tracedMemory: empty,
    blocks: empty,
    rss: empty,
    runShape: 'unknown',
    durationSeconds: 0,
    error: { kind: err.kind, message: err.message, detail: err.detail ?? null },
  };
}
