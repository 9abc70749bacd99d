// Every JSON that crosses a trust boundary, defined once: the probe's result,
// the report (what --json writes, what a baseline is), and the relay bundle a
// fork's run uploads. Types are inferred from the schemas, and anything that
// does not match is refused in one line naming the file and the field.

import * as v from 'valibot';
import { ERROR_KINDS, RefusedError } from './errors.js';
import { RetainerSchema, RetainerSearchSchema, TypeCounts } from './retainer-schema.js';

export type { Retainer, RetainerSearch } from './retainer-schema.js';

export const REPORT_SCHEMA = 'leak-gate/report';
/** 2: the judging settings travel with the report. 1 is still read (with the defaults of its time). */
export const REPORT_SCHEMA_VERSION = 2;
const READABLE_REPORT_VERSIONS = [1, 2] as const;
export const RELAY_SCHEMA = 'leak-gate/relay';
export const RELAY_VERSION = 1;
export const PROBE_PROTOCOL = 1;

export const VERDICTS = ['pass', 'leak', 'regression', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const FINDING_KINDS = ['leak', 'warmup', 'noise'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const RUN_SHAPES = ['rising', 'returns-to-floor', 'flat', 'unknown'] as const;
export type RunShape = (typeof RUN_SHAPES)[number];
export const FAIL_ON = ['leak', 'regression', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const MODES = ['iterations', 'whole'] as const;

const count = v.pipe(v.number(), v.finite());
const whole = v.pipe(v.number(), v.integer());
const numbers = v.array(count);

const SeriesSchema = v.object({
  /** Iterations completed when each value was taken. */
  iterations: numbers,
  values: numbers,
});
export type Series = v.InferOutput<typeof SeriesSchema>;

const TraceFrameSchema = v.object({ file: v.string(), line: whole, code: v.string() });

const ErrorSchema = v.object({
  kind: v.picklist(ERROR_KINDS),
  message: v.string(),
  /** More lines for the curious: the workload's traceback, the end of its output. */
  detail: v.nullish(v.string()),
});
export type MeasureFailure = v.InferOutput<typeof ErrorSchema>;

// ---------------------------------------------------------------- the probe's result

/** A source line: its file (relative to the working directory when in the project), number, enclosing function and text. */
const SITE = { file: v.string(), line: whole, function: v.string(), code: v.string() };

/** What was run and how: the probe states it, and the report keeps it as its workload. */
const RUN = {
  target: v.string(),
  entry: v.string(),
  mode: v.picklist(MODES),
  iterations: whole,
  warmup: whole,
  firstTracedIteration: whole,
};

/** One source line (site) with its traced size and block count at each snapshot. */
/** The whole statement a line starts, when it goes on past the line (up to three lines, joined); `code` stays its first line, which identifies the site. */
const STATEMENT = { statement: v.optional(v.string()) };

const ProbeSiteSchema = v.object({
  ...SITE,
  ...STATEMENT,
  /** False when no frame of the allocation's traceback is in the user's project. */
  inProject: v.boolean(),
  size: numbers,
  count: numbers,
  /** Traceback of the largest allocation group at the site, oldest frame first. */
  traceback: v.array(TraceFrameSchema),
});
export type ProbeSite = v.InferOutput<typeof ProbeSiteSchema>;

const seriesFit = (sites: readonly ProbeSite[], xs: readonly number[]): boolean =>
  sites.every((s) => s.size.length === xs.length && s.count.length === xs.length);

/** A second traced window after the first, traced afresh: its sites' series start from nothing. */
const ConfirmationWindowSchema = v.object({
  snapshotIterations: numbers,
  sites: v.array(ProbeSiteSchema),
  tracedMemory: SeriesSchema,
});
export type ConfirmationWindow = v.InferOutput<typeof ConfirmationWindowSchema>;

const ProbeResultSchema = v.pipe(
  v.object({
    protocol: v.literal(PROBE_PROTOCOL),
    python: v.object({ version: v.string(), implementation: v.string(), executable: v.string() }),
    ...RUN,
    snapshotIterations: numbers,
    sites: v.array(ProbeSiteSchema),
    /** sys.getallocatedblocks() after a full collection, across the run (untraced). */
    blocks: SeriesSchema,
    rss: SeriesSchema,
    /** Traced bytes after each traced iteration. */
    tracedMemory: SeriesSchema,
    phases: v.record(v.string(), count),
    /** Time inside the probe, from its start to the result. */
    seconds: count,
    snapshotFiles: v.optional(v.array(v.string())),
    /** What went wrong after the measurement, which is kept (teardown raised). */
    warnings: v.optional(v.array(v.string())),
    /** The second traced window, run when the first one's analysis suspected a leak. */
    confirmation: v.optional(ConfirmationWindowSchema),
    /** What keeps the leaking lines' memory alive; absent when nothing leaks. */
    retainerSearch: v.optional(RetainerSearchSchema),
  }),
  v.check(
    (r) => [r, ...(r.confirmation ? [r.confirmation] : [])].every((w) => seriesFit(w.sites, w.snapshotIterations)),
    'a site series has the wrong length',
  ),
);
export type ProbeResult = v.InferOutput<typeof ProbeResultSchema> & {
  /** Wall time of the whole Python process (start-up and imports included), set by the runner. */
  wallSeconds?: number;
  /** Python warnings the workload printed (file:line: Category: message), each once, set by the runner. */
  workloadWarnings?: string[];
};

/** What the probe writes when it could not measure. */
const ProbeFailureSchema = v.object({ protocol: v.literal(PROBE_PROTOCOL), error: ErrorSchema });

// ---------------------------------------------------------------- the report

const ThresholdsSchema = v.object({
  /** Steady growth at or above this many bytes per iteration is a leak. */
  minGrowth: count,
  /** Whole-script mode: bytes left behind at one line that count as a leak. */
  minRetained: count,
});
export type Thresholds = v.InferOutput<typeof ThresholdsSchema>;

/** The settings that judged a report: a relay, or a later compare, judges with them again. */
const JudgingSchema = v.object({
  failOn: v.picklist(FAIL_ON),
  /** Relative growth over the baseline that counts as grown (0.25 = 25 %). */
  tolerance: count,
  /** ...and by at least this many bytes per iteration. */
  minGrowth: count,
  /** Patterns of lines shown as ignored that never fail the check (gate/ignore.ts). */
  ignore: v.optional(v.array(v.string()), []),
});
export type Judging = v.InferOutput<typeof JudgingSchema>;

const FindingSchema = v.object({
  ...SITE,
  ...STATEMENT,
  /** Robust slope over the traced snapshots, bytes per iteration. */
  growthPerIteration: count,
  kind: v.picklist(FINDING_KINDS),
  inProject: v.boolean(),
  /** Share of intervals between snapshots in which the line grew. */
  growingShare: count,
  /** Bytes gained from the first to the last traced snapshot. */
  netGrowth: count,
  /** Why this kind: one sentence a developer can check against the series. */
  why: v.string(),
  /** A leaking line that an ignore pattern keeps from failing the check. */
  ignored: v.optional(v.boolean()),
  /** Traced bytes at each snapshot (report.snapshotIterations). */
  series: numbers,
  /** Live traced blocks at each snapshot. */
  counts: numbers,
  traceback: v.array(TraceFrameSchema),
  /** A suspected leak, measured again in the second traced window (report.confirmation.snapshotIterations). */
  confirmation: v.optional(
    v.object({
      /** The same line's rate in the second window, bytes per iteration. */
      growthPerIteration: count,
      series: numbers,
      counts: numbers,
    }),
  ),
  /** A leaking line's objects still alive after the traced window searched, when searched: how many, by type. */
  kept: v.optional(v.object({ objects: whole, heads: v.optional(whole), types: TypeCounts })),
  /** What keeps them alive, most objects first; empty when no Python object made there is alive (a buffer's storage, C memory). */
  retainers: v.optional(v.array(RetainerSchema)),
});
export type Finding = v.InferOutput<typeof FindingSchema>;

const WorkloadSchema = v.object({
  ...RUN,
  python: v.string(),
});

const ReportSchema = v.object({
  schema: v.literal(REPORT_SCHEMA),
  schemaVersion: v.picklist(READABLE_REPORT_VERSIONS),
  tool: v.object({ name: v.string(), version: v.string() }),
  verdict: v.picklist(VERDICTS),
  /** One sentence: the verdict and why. */
  summary: v.string(),
  workload: WorkloadSchema,
  thresholds: ThresholdsSchema,
  /** Absent from version 1 reports; filled with that version's defaults when read. */
  judging: v.optional(JudgingSchema),
  /** Sum of the leaking lines' growth, bytes per iteration. */
  growthPerIteration: count,
  findings: v.array(FindingSchema),
  snapshotIterations: numbers,
  tracedMemory: SeriesSchema,
  blocks: SeriesSchema,
  rss: SeriesSchema,
  /** The interpreter's allocated blocks across the whole run. */
  runShape: v.picklist(RUN_SHAPES),
  /** The second traced window, run to confirm suspected leaks; absent when nothing was suspected. */
  confirmation: v.optional(v.object({ snapshotIterations: numbers, tracedMemory: SeriesSchema })),
  /** The search for what keeps the leaking lines alive: its cost, and the objects that pile up over every leaking line, by type. */
  retainerSearch: v.optional(
    v.object({
      seconds: count,
      cutShort: v.boolean(),
      /** Iterations whose objects were searched: counts over them are per iteration once divided. */
      iterations: whole,
      searchedLines: whole,
      types: TypeCounts,
      /** Why nothing was searched, or what stopped it. */
      skipped: v.optional(v.string()),
    }),
  ),
  /** Wall time of the measuring Python process, start-up included. */
  durationSeconds: count,
  error: v.optional(ErrorSchema),
});
export type Report = Omit<v.InferOutput<typeof ReportSchema>, 'judging' | 'schemaVersion'> & {
  schemaVersion: number;
  judging: Judging;
};

// ---------------------------------------------------------------- the relay bundle

const RelayBundleSchema = v.object({
  schema: v.literal(RELAY_SCHEMA),
  version: v.literal(RELAY_VERSION),
  pullRequest: v.pipe(whole, v.minValue(1)),
  headSha: v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'a 40-digit commit SHA')),
  report: v.unknown(),
  baseline: v.optional(v.unknown()),
  baselineRunId: v.optional(whole),
  baselineCommit: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'a 40-digit commit SHA'))),
  notes: v.array(v.string()),
  command: v.string(),
  workingDirectory: v.string(),
});
export interface RelayBundle {
  pullRequest: number;
  headSha: string;
  report: Report;
  baseline?: Report;
  baselineRunId?: number;
  baselineCommit?: string;
  notes: string[];
  command: string;
  workingDirectory: string;
}

// ---------------------------------------------------------------- reading

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** `findings[0].function` from a valibot issue path. */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function parse<S extends v.GenericSchema>(schema: S, data: unknown, source: string, what: string): v.InferOutput<S> {
  const r = v.safeParse(schema, data, { abortEarly: true });
  if (r.success) return r.output;
  const issue = r.issues[0];
  const field = fieldOf(issue);
  if (issue.input === undefined && field) throw new RefusedError(`${source} is not a valid ${what}: field ${field} is missing`);
  const problem =
    issue.kind === 'schema' && issue.expected
      ? `expected ${issue.expected.replace(/"/g, '')}, got ${issue.input === undefined ? 'nothing' : describe(issue.input)}`
      : issue.message;
  throw new RefusedError(`${source} is not a valid ${what}: ${field ? `field ${field}: ` : ''}${problem}`);
}

function json(text: string, source: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RefusedError(`${source} is not valid JSON: expected ${what}`);
  }
}

/** The defaults that judged every version 1 report. */
function judgingOfVersion1(thresholds: Thresholds): Judging {
  return { failOn: 'leak', tolerance: 0.25, minGrowth: thresholds.minGrowth, ignore: [] };
}

/** A report from parsed JSON: this version's or an older one it can read; refuses what it cannot read correctly. */
export function readReport(data: unknown, source: string): Report {
  const head = data as { schema?: unknown; schemaVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.schema !== REPORT_SCHEMA) {
    throw new RefusedError(`${source} is not a leak-gate report (no "schema": "${REPORT_SCHEMA}")`);
  }
  if (!(READABLE_REPORT_VERSIONS as readonly unknown[]).includes(head.schemaVersion)) {
    const newer = typeof head.schemaVersion === 'number' && head.schemaVersion > REPORT_SCHEMA_VERSION;
    throw new RefusedError(
      `${source} has report schema version ${String(head.schemaVersion)}, this leak-gate reads versions ${READABLE_REPORT_VERSIONS.join(' and ')}: ` +
        (newer ? 'upgrade leak-gate' : 'measure the baseline again with this version'),
    );
  }
  const report = parse(ReportSchema, data, source, 'leak-gate report');
  return { ...report, judging: report.judging ?? judgingOfVersion1(report.thresholds) };
}

/** A report from the text of a file (`source` names it in messages). */
export function parseReport(text: string, source: string): Report {
  return readReport(json(text, source, 'a leak-gate report written by --json'), source);
}

/** The probe's result, or its failure; a result the probe did not write whole is refused. */
export function parseProbeResult(text: string): ProbeResult | { protocol: number; error: MeasureFailure } {
  const data = json(text, "the probe's output", 'JSON');
  if (typeof data === 'object' && data !== null && 'error' in data)
    return parse(ProbeFailureSchema, data, "the probe's output", 'probe result');
  return parse(ProbeResultSchema, data, "the probe's output", 'probe result');
}

/** Reads a bundle that untrusted code wrote: every field checked, the reports in it validated. */
export function parseRelayBundle(text: string, source = 'the relay bundle'): RelayBundle {
  const data = parse(
    RelayBundleSchema,
    json(text, source, 'a leak-gate relay bundle'),
    source,
    `leak-gate relay bundle of version ${RELAY_VERSION}`,
  );
  return {
    pullRequest: data.pullRequest,
    headSha: data.headSha,
    report: readReport(data.report, `${source}'s report`),
    baseline: data.baseline === undefined ? undefined : readReport(data.baseline, `${source}'s baseline`),
    baselineRunId: data.baselineRunId,
    baselineCommit: data.baselineCommit,
    // Shown in a comment: bounded, whatever the fork wrote.
    notes: data.notes.slice(0, 20).map((n) => n.slice(0, 500)),
    command: data.command.slice(0, 500),
    workingDirectory: data.workingDirectory.slice(0, 300),
  };
}

export function relayBundleJson(bundle: RelayBundle): string {
  return JSON.stringify({ schema: RELAY_SCHEMA, version: RELAY_VERSION, ...bundle });
}

/** A line that leaks and counts: not ignored. */
export const isLeak = (f: Pick<Finding, 'kind' | 'ignored'>): boolean => f.kind === 'leak' && !f.ignored;

/** A report before it is judged: what the analysis knows, without a verdict. */
export type Measurement = Omit<Report, 'verdict' | 'summary' | 'judging' | 'schemaVersion'>;
