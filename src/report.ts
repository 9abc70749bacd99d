// The JSON report: what `--json` writes, what a baseline is, what other tools read.

import type { Series, TraceFrame } from './probe/result.js';

export const REPORT_SCHEMA = 'leak-gate/report';
export const REPORT_SCHEMA_VERSION = 1;
export const TOOL_NAME = 'leak-gate';
export const TOOL_VERSION = '0.1.0';

export const VERDICTS = ['pass', 'leak', 'regression', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const FINDING_KINDS = ['leak', 'warmup', 'noise'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Thresholds {
  /** Steady growth at or above this many bytes per iteration is a leak. */
  minGrowth: number;
  /** Whole-script mode: bytes left behind at one line that count as a leak. */
  minRetained: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { minGrowth: 32, minRetained: 1024 * 1024 };

export interface Finding {
  /** Relative to the working directory when the line is in the project. */
  file: string;
  line: number;
  function: string;
  code: string;
  /** Robust slope over the traced snapshots, bytes per iteration. */
  growthPerIteration: number;
  kind: FindingKind;
  inProject: boolean;
  /** Share of intervals between snapshots in which the line grew. */
  growingShare: number;
  /** Bytes gained from the first to the last traced snapshot. */
  netGrowth: number;
  /** Why this kind: one sentence a developer can check against the series. */
  why: string;
  /** Traced bytes at each snapshot (report.snapshotIterations). */
  series: number[];
  /** Live traced blocks at each snapshot. */
  counts: number[];
  traceback: TraceFrame[];
}

export type RunShape = 'rising' | 'returns-to-floor' | 'flat' | 'unknown';

export interface Report {
  schema: typeof REPORT_SCHEMA;
  schemaVersion: number;
  tool: { name: string; version: string };
  verdict: Verdict;
  /** One sentence: the verdict and why. */
  summary: string;
  workload: {
    target: string;
    entry: string;
    mode: 'iterations' | 'whole';
    iterations: number;
    warmup: number;
    firstTracedIteration: number;
    python: string;
  };
  thresholds: Thresholds;
  /** Sum of the leaking lines' growth, bytes per iteration. */
  growthPerIteration: number;
  findings: Finding[];
  snapshotIterations: number[];
  tracedMemory: Series;
  blocks: Series;
  rss: Series;
  /** The interpreter's allocated blocks across the whole run. */
  runShape: RunShape;
  /** Wall time of the measuring Python process, start-up included. */
  durationSeconds: number;
  error?: { kind: string; message: string; detail?: string | null };
}

/** Reads a report written by this or another version; refuses what it cannot read correctly. */
export function parseReport(text: string, source: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not valid JSON: expected a leak-gate report written by --json`);
  }
  const r = data as Partial<Report>;
  if (typeof r !== 'object' || r === null || r.schema !== REPORT_SCHEMA) {
    throw new Error(`${source} is not a leak-gate report (no "schema": "${REPORT_SCHEMA}")`);
  }
  if (r.schemaVersion !== REPORT_SCHEMA_VERSION) {
    const newer = typeof r.schemaVersion === 'number' && r.schemaVersion > REPORT_SCHEMA_VERSION;
    throw new Error(
      `${source} has report schema version ${String(r.schemaVersion)}, this leak-gate reads version ${REPORT_SCHEMA_VERSION}: ` +
        (newer ? 'upgrade leak-gate' : 'measure the baseline again with this version'),
    );
  }
  if (!VERDICTS.includes(r.verdict as Verdict) || !Array.isArray(r.findings) || typeof r.workload !== 'object') {
    throw new Error(`${source} is a damaged leak-gate report (verdict, findings or workload missing)`);
  }
  for (const f of r.findings) {
    if (typeof f.file !== 'string' || typeof f.line !== 'number' || !FINDING_KINDS.includes(f.kind)) {
      throw new Error(`${source} is a damaged leak-gate report (a finding lacks file, line or kind)`);
    }
  }
  return r as Report;
}
