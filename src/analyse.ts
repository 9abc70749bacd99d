// Analysis: from the probe's raw series to findings and a verdict. Pure.
//
// The rules, in one place (they are what the PR comment explains):
// - A line leaks when its traced size grows steadily across the snapshots of the
//   traced window: a robust (Theil–Sen) slope of at least `minGrowth` bytes per
//   iteration, growth in at least half of the intervals (for a staircase that
//   never falls, two steps and a fifth of the intervals), falls no more than a quarter of the rises, and
//   a net gain that agrees with the slope.
// - Lines add up: when a function's or a file's lines together grow like a leak,
//   each of its steadily growing lines is a leaking line, however small.
// - The whole run decides about sawtooths: when the interpreter's block count,
//   sampled across every measured iteration, keeps returning to its floor, the
//   growth seen in the window is a cycle that gets released, not a leak. A floor
//   that rises from one cycle to the next is a leak.
// - The whole run also decides about replacement: only the window is traced, so
//   an object that replaces an older one (a full cache evicting, a pool
//   rotating) looks like growth there, because the older object was never
//   traced. When the lines' new blocks are not matched by a growing number of
//   live blocks in the interpreter, the objects replaced others: not a leak.
//   When live blocks did grow, though less, a line whose new blocks that
//   growth can account for stays a leak (a leak next to a cache that evicts).
//   Replacing lines do not count in the sums of lines that add up.
//   A line whose size grows with no new blocks (a buffer grown in place) is not
//   subject to this rule.
// - Growth that happens and then stops is warm-up; anything else is noise.

import type { ProbeResult, ProbeSite, Series } from './probe/result.js';
import {
  DEFAULT_THRESHOLDS,
  REPORT_SCHEMA,
  REPORT_SCHEMA_VERSION,
  TOOL_NAME,
  TOOL_VERSION,
  type Finding,
  type FindingKind,
  type Report,
  type RunShape,
  type Thresholds,
} from './report.js';
import { formatBytes } from './format.js';
import { addSeries, movement, steps, theilSen } from './stats.js';

interface Trend {
  slope: number;
  growingShare: number;
  net: number;
  steady: boolean;
}

function trend(allXs: readonly number[], allYs: readonly number[], minGrowth: number): Trend {
  // Before a line's first traced allocation its series reads 0; the first
  // nonzero value may also carry memory from before the window (a buffer that
  // existed untraced and was then resized), so the trend starts there.
  const first = allYs.findIndex((y) => y !== 0);
  if (first < 0 || allYs.length - first < 3) {
    return { slope: 0, growingShare: 0, net: allYs[allYs.length - 1]! - allYs[0]!, steady: false };
  }
  const xs = allXs.slice(first);
  const ys = allYs.slice(first);
  const slope = theilSen(xs, ys);
  const mv = movement(ys);
  const net = ys[ys.length - 1]! - ys[0]!;
  const span = xs[xs.length - 1]! - xs[0]!;
  // A container that over-allocates grows in steps: a staircase of two or more
  // steps that never falls is steady growth even when most intervals are flat.
  const rising = Math.round(mv.growingShare * (ys.length - 1));
  const steady =
    slope >= minGrowth &&
    (mv.growingShare >= 0.5 || (mv.falls === 0 && rising >= 2 && mv.growingShare >= 0.2)) &&
    mv.falls <= 0.25 * mv.rises &&
    net >= 0.5 * minGrowth * span;
  return { slope, growingShare: mv.growingShare, net, steady };
}

/** Growth that happened in the first half of the window and then stopped. */
function stopped(xs: readonly number[], ys: readonly number[], minGrowth: number): boolean {
  const mid = ys.length >> 1;
  const lateSpan = xs[xs.length - 1]! - xs[mid]!;
  const net = ys[ys.length - 1]! - ys[0]!;
  const late = Math.abs(ys[ys.length - 1]! - ys[mid]!);
  return net > 0 && late <= (minGrowth * Math.max(lateSpan, 1)) / 4;
}

/**
 * The shape of the whole run from the interpreter's allocated-block count.
 * Samples are taken after a full collection, so temporaries do not show.
 */
export function runShape(blocks: Series): RunShape {
  const ys = blocks.values;
  if (ys.length < 4) return 'unknown';
  const mv = movement(ys);
  // A few blocks come and go with any bounded structure (an LRU cache wobbles by ±8).
  const noise = 16;
  if (mv.rises <= noise * 2) return 'flat';
  if (mv.falls < 0.5 * mv.rises) return 'rising';
  // Sawtooth: compare the floor of the first third of the run with the last
  // third's. Where the samples fall in each cycle moves the apparent floor by
  // up to the largest single step between two samples, so only a rise beyond
  // that step is a floor that really rises.
  const third = Math.max(1, Math.floor(ys.length / 3));
  const early = Math.min(...ys.slice(0, third));
  const late = Math.min(...ys.slice(-third));
  const largestStep = Math.max(0, ...steps(ys));
  return late - early > largestStep + noise ? 'rising' : 'returns-to-floor';
}

const bytes = (n: number): string => formatBytes(n);

type Kind = [FindingKind, string];

function kindOf(site: ProbeSite, t: Trend, xs: readonly number[], th: Thresholds): Kind {
  if (t.steady) {
    return ['leak', `grew ${bytes(t.slope)} per iteration, in ${Math.round(t.growingShare * 100)}% of the intervals`];
  }
  if (stopped(xs, site.size, th.minGrowth)) return ['warmup', `grew by ${bytes(t.net)} early, then stopped`];
  return ['noise', 'no steady growth'];
}

function groupKey(site: ProbeSite, by: 'function' | 'file'): string {
  return by === 'function' ? `${site.file}\0${site.function}` : site.file;
}

/**
 * Lines add up: a leak spread thinly over many lines of one function or file.
 * Lines already found to replace older objects are left out of the sums: a
 * cache's churn must not make a small steady line next to it a leak.
 */
function addUp(result: ProbeResult, kinds: Kind[], replaced: ReadonlySet<number>, th: Thresholds): void {
  const xs = result.snapshotIterations;
  const own = result.sites.map((s) => trend(xs, s.size, 1)); // each line on its own, at any rate
  for (const by of ['function', 'file'] as const) {
    const groups = new Map<string, number[]>();
    result.sites.forEach((s, i) => {
      if (replaced.has(i)) return;
      const k = groupKey(s, by);
      const members = groups.get(k) ?? [];
      members.push(i);
      groups.set(k, members);
    });
    for (const all of groups.values()) {
      // Only lines that grow steadily on their own add up: a line that jumped
      // once (a table resized) would lend its size to a sum made steady by
      // another line's few bytes, and neither is a leak.
      const members = all.filter((i) => own[i]!.steady);
      if (members.length < 2) continue;
      const sum = members.map((i) => result.sites[i]!.size).reduce((a, b) => addSeries(a, b));
      const group = trend(xs, sum, th.minGrowth);
      if (!group.steady) continue;
      for (const i of members) {
        if (kinds[i]![0] === 'leak') continue;
        const where = by === 'function' ? `${result.sites[i]!.function}()` : result.sites[i]!.file;
        kinds[i] = ['leak', `grew ${bytes(own[i]!.slope)} per iteration; with the other growing lines of ${where} ${bytes(group.slope)} per iteration`];
      }
    }
  }
}

/**
 * Replacement: new blocks at the leaking lines, but not as many more live
 * blocks in the interpreter. Marks the lines that replaced older objects as
 * noise and adds them to `replaced`.
 */
function markReplacement(result: ProbeResult, kinds: Kind[], replaced: Set<number>): void {
  const xs = result.snapshotIterations;
  const inWindow = result.blocks.iterations.map((x, i) => [x, result.blocks.values[i]!] as const).filter(([x]) => x >= result.firstTracedIteration);
  if (inWindow.length < 3) return;
  const liveSlope = theilSen(inWindow.map(([x]) => x), inWindow.map(([, y]) => y));
  // New blocks per iteration at each leaking line, over the whole window: a
  // buffer that keeps its last N entries adds blocks until the window has
  // replaced them all, then none, and a robust slope would miss half of it.
  const span = xs[xs.length - 1]! - xs[0]!;
  const counted = result.sites.map((s, i) => (kinds[i]![0] === 'leak' && span > 0 ? (s.count[s.count.length - 1]! - s.count[0]!) / span : 0));
  const newBlocks = counted.filter((c) => c >= 0.25).reduce((a, b) => a + b, 0);
  if (newBlocks < 0.5 || liveSlope >= 0.25 * newBlocks) return;
  // Some lines replaced older objects. Live blocks that did grow are a leak
  // among them (a leak next to a cache that evicts): a line whose new blocks
  // that growth can account for, within twice it (the count is sampled and
  // the window may be short), stays a leak; the others replaced.
  const accountable = liveSlope >= 0.25 ? 2 * liveSlope : 0;
  counted.forEach((c, i) => {
    if (c < 0.25 || c <= accountable) return;
    kinds[i] = ['noise', `${c.toFixed(1)} new blocks per iteration replaced older ones: the interpreter's live blocks grew ${liveSlope.toFixed(1)} per iteration`];
    replaced.add(i);
  });
}

function analyseIterations(result: ProbeResult, th: Thresholds, shape: RunShape): Finding[] {
  const xs = result.snapshotIterations;
  const trends = result.sites.map((s) => trend(xs, s.size, th.minGrowth));
  const kinds = result.sites.map((s, i) => kindOf(s, trends[i]!, xs, th));
  // Replacement is judged on the lines that grow on their own, then again on
  // those that leak only together, which are summed without the replacing lines.
  const replaced = new Set<number>();
  markReplacement(result, kinds, replaced);
  addUp(result, kinds, replaced, th);
  markReplacement(result, kinds, replaced);

  return result.sites.map((site, i) => {
    let [kind, why] = kinds[i]!;
    if (kind === 'leak' && shape === 'returns-to-floor') {
      kind = 'noise';
      why = `grew ${bytes(trends[i]!.slope)} per iteration in the traced window, but memory returned to its floor across the run (released periodically)`;
    }
    return finding(site, kind, why, trends[i]!.slope, trends[i]!);
  });
}

function analyseWhole(result: ProbeResult, th: Thresholds): Finding[] {
  return result.sites.map((site) => {
    const net = site.size[site.size.length - 1]! - site.size[0]!;
    const t: Trend = { slope: net, growingShare: net > 0 ? 1 : 0, net, steady: false };
    const [kind, why]: [FindingKind, string] =
      net >= th.minRetained
        ? ['leak', `left ${bytes(net)} behind after the script ended`]
        : net > 0
          ? ['warmup', `left ${bytes(net)} behind after the script ended (under ${bytes(th.minRetained)})`]
          : ['noise', 'left nothing behind'];
    return finding(site, kind, why, net, t);
  });
}

function finding(site: ProbeSite, kind: FindingKind, why: string, growth: number, t: Trend): Finding {
  return {
    file: site.file,
    line: site.line,
    function: site.function,
    code: site.code,
    growthPerIteration: Math.round(growth * 10) / 10,
    kind,
    inProject: site.inProject,
    growingShare: Math.round(t.growingShare * 100) / 100,
    netGrowth: t.net,
    why,
    series: site.size,
    counts: site.count,
    traceback: site.traceback,
  };
}

const KIND_ORDER: Record<FindingKind, number> = { leak: 0, warmup: 1, noise: 2 };

/**
 * Most important first: leaks before warm-up before noise; the project's lines
 * before lines reached without any project frame (the harness's own event loop,
 * or memory a free list handed from one object to another); then by growth.
 */
export function rankFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      Number(b.inProject) - Number(a.inProject) ||
      (a.kind === 'leak' ? b.growthPerIteration - a.growthPerIteration : 0) ||
      Math.abs(b.netGrowth) - Math.abs(a.netGrowth) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
}

export function analyse(result: ProbeResult, thresholds: Thresholds = DEFAULT_THRESHOLDS): Report {
  const shape = result.mode === 'iterations' ? runShape(result.blocks) : 'unknown';
  const findings = rankFindings(
    result.mode === 'iterations' ? analyseIterations(result, thresholds, shape) : analyseWhole(result, thresholds),
  );
  const leaks = findings.filter((f) => f.kind === 'leak');
  const growth = Math.round(leaks.reduce((a, f) => a + f.growthPerIteration, 0) * 10) / 10;
  const verdict = leaks.length ? 'leak' : 'pass';
  const unit = result.mode === 'whole' ? 'left behind' : 'per iteration';
  const summary = leaks.length
    ? `${leaks.length} line${leaks.length > 1 ? 's' : ''} leaking ${bytes(growth)} ${unit}; the largest: ${leaks[0]!.file}:${leaks[0]!.line}`
    : shape === 'returns-to-floor'
      ? 'no leak: memory grew in cycles and returned to its floor'
      : 'no leak: no line grew steadily';
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    verdict,
    summary,
    workload: {
      target: result.target,
      entry: result.entry,
      mode: result.mode,
      iterations: result.iterations,
      warmup: result.warmup,
      firstTracedIteration: result.firstTracedIteration,
      python: result.python.version,
    },
    thresholds,
    growthPerIteration: growth,
    findings,
    snapshotIterations: result.snapshotIterations,
    tracedMemory: result.tracedMemory,
    blocks: result.blocks,
    rss: result.rss,
    runShape: shape,
    durationSeconds: Math.round((result.wallSeconds ?? result.seconds) * 1000) / 1000,
  };
}
