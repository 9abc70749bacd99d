// The shape of what the Python probe writes (src/probe/probe.py), and a check of it.

export const PROBE_PROTOCOL = 1;

export interface Series {
  /** Iterations completed when each value was taken. */
  iterations: number[];
  values: number[];
}

export interface TraceFrame {
  file: string;
  line: number;
  code: string;
}

/** One source line (site) with its traced size and block count at each snapshot. */
export interface ProbeSite {
  file: string;
  line: number;
  function: string;
  code: string;
  /** False when no frame of the allocation's traceback is in the user's project. */
  inProject: boolean;
  size: number[];
  count: number[];
  /** Traceback of the largest allocation group at the site, oldest frame first. */
  traceback: TraceFrame[];
}

export interface ProbeError {
  kind: string;
  message: string;
  detail?: string | null;
}

export interface ProbeResult {
  protocol: number;
  python: { version: string; implementation: string; executable: string };
  target: string;
  entry: string;
  mode: 'iterations' | 'whole';
  iterations: number;
  warmup: number;
  firstTracedIteration: number;
  snapshotIterations: number[];
  sites: ProbeSite[];
  /** sys.getallocatedblocks() after a full collection, across the run (untraced). */
  blocks: Series;
  rss: Series;
  /** Traced bytes after each traced iteration. */
  tracedMemory: Series;
  phases: Record<string, number>;
  /** Time inside the probe, from its start to the result. */
  seconds: number;
  /** Wall time of the whole Python process (start-up and imports included), set by the runner. */
  wallSeconds?: number;
  snapshotFiles?: string[];
  error?: ProbeError;
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}

function isSeries(v: unknown): v is Series {
  const s = v as Series;
  return typeof s === 'object' && s !== null && isNumberArray(s.iterations) && isNumberArray(s.values);
}

/** Throws with a description of the first thing that is off. */
export function checkProbeResult(data: unknown): ProbeResult {
  const r = data as ProbeResult;
  if (typeof r !== 'object' || r === null) throw new Error('probe output is not a JSON object');
  if (r.protocol !== PROBE_PROTOCOL) throw new Error(`probe protocol ${String(r.protocol)}, expected ${PROBE_PROTOCOL}`);
  if (r.error) return r;
  if (r.mode !== 'iterations' && r.mode !== 'whole') throw new Error('probe output has no mode');
  if (!isNumberArray(r.snapshotIterations)) throw new Error('probe output has no snapshot iterations');
  if (!Array.isArray(r.sites)) throw new Error('probe output has no sites');
  for (const s of r.sites) {
    if (typeof s.file !== 'string' || typeof s.line !== 'number' || !isNumberArray(s.size)) {
      throw new Error('probe output has a malformed site');
    }
    if (s.size.length !== r.snapshotIterations.length) throw new Error('probe site series has the wrong length');
  }
  for (const key of ['blocks', 'rss', 'tracedMemory'] as const) {
    if (!isSeries(r[key])) throw new Error(`probe output has a malformed ${key} series`);
  }
  return r;
}
