// Analysis: from the probe's raw series to findings, most important first. Pure.
//
// The rules, one module each (they are what the PR comment explains):
// - trend.ts: a line leaks when its traced size grows steadily across the
//   traced window; growth that happens and then stops is warm-up; anything
//   else is noise.
// - replacement.ts: new objects that replace older ones add no live blocks.
// - add-up.ts: a leak spread thinly over many lines of a function or file.
// - run-shape.ts: memory that returns to its floor across the run is released.
// - confirm.ts: a leak suspected in the traced window must grow again in a
//   second, independent window traced after it.
// - retainers.ts: what keeps a leaking line's objects alive, as the probe
//   found it after the last snapshot.
// Each rule returns its classification; this module combines them in order.
// The verdict is not decided here but by the gate (gate/verdict.ts).

import { formatBytes } from '../format.js';
import {
  REPORT_SCHEMA,
  type Finding,
  type FindingKind,
  type Measurement,
  type ProbeResult,
  type ProbeSite,
  type RunShape,
  type Thresholds,
} from '../schema.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { linesThatAddUp } from './add-up.js';
import { rankFindings } from './rank.js';
import { liveBlockSlope, replacingLines } from './replacement.js';
import { DEFAULT_THRESHOLDS } from './rules.js';
import { runShape } from './run-shape.js';
import { confirmed } from './confirm.js';
import { leakingLines, searchSummary, withRetainers } from './retainers.js';
import { risingFloor, stopped, trend, type Trend } from './trend.js';
import { confirmingWindow, firstWindow, type TracedWindow } from './window.js';

type Kind = [FindingKind, string];

/** Findings kept in a report besides the leaking lines: the probe's own export limit before it exported every changed line. */
const KEPT_FINDINGS = 300;

function ownKind(site: ProbeSite, t: Trend, floor: number | undefined, xs: readonly number[], th: Thresholds): Kind {
  if (t.steady) return ['leak', `grew ${formatBytes(t.slope)} per iteration, in ${Math.round(t.growingShare * 100)}% of the intervals`];
  if (floor !== undefined) return ['leak', `its memory is released periodically, but its floor rises ${formatBytes(floor)} per iteration`];
  // What it grew by over the window: the trend's own net starts where the line first held memory.
  if (stopped(xs, site.size, th.minGrowth))
    return ['warmup', `grew by ${formatBytes(site.size[site.size.length - 1]! - site.size[0]!)} early, then stopped`];
  return ['noise', 'no steady growth'];
}

const leakingOf = (kinds: readonly Kind[]): boolean[] => kinds.map(([k]) => k === 'leak');
const withKind = (kinds: readonly Kind[], changes: ReadonlyMap<number, string>, kind: FindingKind): Kind[] =>
  kinds.map((k, i) => (changes.has(i) ? [kind, changes.get(i)!] : k));

function analyseWindow(result: TracedWindow, th: Thresholds, shape: RunShape): Finding[] {
  const xs = result.snapshotIterations;
  const trends = result.sites.map((s) => trend(xs, s.size, th.minGrowth));
  const floors = result.sites.map((s, i) => (trends[i]!.steady ? undefined : risingFloor(xs, s.size, th.minGrowth)));
  const own = result.sites.map((s, i) => ownKind(s, trends[i]!, floors[i], xs, th));
  // Replacement is judged on the lines that grow on their own, then again on
  // those that leak only together, which are summed without the replacing lines.
  const live = liveBlockSlope(result);
  const replacedAlone = replacingLines(result, leakingOf(own), live);
  const afterReplacement = withKind(own, replacedAlone, 'noise');
  const together = linesThatAddUp(result, leakingOf(afterReplacement), new Set(replacedAlone.keys()), th);
  const added = withKind(afterReplacement, together, 'leak');
  const kinds = withKind(added, replacingLines(result, leakingOf(added), live), 'noise');

  return result.sites.map((site, i) => {
    let [kind, why] = kinds[i]!;
    // The run's floor is coarse (the whole interpreter's blocks); a line whose own floor rises is a leak all the same.
    if (kind === 'leak' && shape === 'returns-to-floor' && floors[i] === undefined) {
      kind = 'noise';
      why = `grew ${formatBytes(trends[i]!.slope)} per iteration in the traced window, but memory returned to its floor across the run (released periodically)`;
    }
    return finding(site, kind, why, floors[i] ?? trends[i]!.slope, trends[i]!);
  });
}

function analyseIterations(result: ProbeResult, th: Thresholds, shape: RunShape): Finding[] {
  const first = analyseWindow(firstWindow(result), th, shape);
  if (!result.confirmation) return first;
  return confirmed(first, analyseWindow(confirmingWindow(result, result.confirmation), th, shape), result.confirmation.snapshotIterations);
}

function analyseWhole(result: ProbeResult, th: Thresholds): Finding[] {
  return result.sites.map((site) => {
    const net = site.size[site.size.length - 1]! - site.size[0]!;
    const t: Trend = { slope: net, growingShare: net > 0 ? 1 : 0, net, steady: false };
    const [kind, why]: Kind =
      net >= th.minRetained
        ? ['leak', `left ${formatBytes(net)} behind after the script ended`]
        : net > 0
          ? ['warmup', `left ${formatBytes(net)} behind after the script ended (under ${formatBytes(th.minRetained)})`]
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
    ...(site.statement !== undefined && { statement: site.statement }),
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

export function analyse(result: ProbeResult, thresholds: Thresholds = DEFAULT_THRESHOLDS): Measurement {
  const shape = result.mode === 'iterations' ? runShape(result.blocks) : 'unknown';
  const ranked = rankFindings(
    withRetainers(
      result.mode === 'iterations' ? analyseIterations(result, thresholds, shape) : analyseWhole(result, thresholds),
      result.retainerSearch,
    ),
  );
  const growth = ranked.filter((f) => f.kind === 'leak').reduce((a, f) => a + f.growthPerIteration, 0);
  // Every leaking line stays in the report (its totals, and a comparison with
  // a baseline, need all of them); of the rest, as many as make it up to KEPT_FINDINGS.
  const leaking = ranked.filter((f) => f.kind === 'leak').length;
  const findings = ranked.slice(0, Math.max(leaking, KEPT_FINDINGS));
  return {
    schema: REPORT_SCHEMA,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
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
    growthPerIteration: Math.round(growth * 10) / 10,
    findings,
    snapshotIterations: result.snapshotIterations,
    tracedMemory: result.tracedMemory,
    blocks: result.blocks,
    rss: result.rss,
    runShape: shape,
    ...(result.confirmation && {
      confirmation: { snapshotIterations: result.confirmation.snapshotIterations, tracedMemory: result.confirmation.tracedMemory },
    }),
    ...(result.retainerSearch && { retainerSearch: searchSummary(result.retainerSearch, ranked) }),
    durationSeconds: Math.round((result.wallSeconds ?? result.seconds) * 1000) / 1000,
  };
}

/** The lines the report will call leaking, most important first: the probe searches what keeps them alive. */
export function linesToSearch(result: ProbeResult, thresholds: Thresholds = DEFAULT_THRESHOLDS): Array<[string, number]> {
  return leakingLines(analyse(result, thresholds).findings);
}

/**
 * Iterations to trace again, after the first traced window, to confirm the
 * leaks it suspects: as many as it traced (a run with a suspected leak at
 * most doubles); 0 when it suspects none, so a clean run pays nothing. Every
 * suspect is confirmed, ignored ones too: a later judging may not ignore them.
 */
export function iterationsToConfirm(window: ProbeResult, thresholds: Thresholds = DEFAULT_THRESHOLDS): number {
  if (window.mode !== 'iterations' || window.confirmation) return 0;
  const xs = window.snapshotIterations;
  return analyse(window, thresholds).findings.some((f) => f.kind === 'leak') ? xs[xs.length - 1]! - xs[0]! : 0;
}
