// Analysis: from the probe's raw series to findings, most important first. Pure.
//
// The rules, one module each (they are what the PR comment explains):
// - trend.ts: a line leaks when its traced size grows steadily across the
//   traced window; growth that happens and then stops is warm-up; anything
//   else is noise.
// - replacement.ts: new objects that replace older ones add no live blocks.
// - add-up.ts: a leak spread thinly over many lines of a function or file.
// - run-shape.ts: memory that returns to its floor across the run is released.
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
import { stopped, trend, type Trend } from './trend.js';

type Kind = [FindingKind, string];

function ownKind(site: ProbeSite, t: Trend, xs: readonly number[], th: Thresholds): Kind {
  if (t.steady) return ['leak', `grew ${formatBytes(t.slope)} per iteration, in ${Math.round(t.growingShare * 100)}% of the intervals`];
  if (stopped(xs, site.size, th.minGrowth)) return ['warmup', `grew by ${formatBytes(t.net)} early, then stopped`];
  return ['noise', 'no steady growth'];
}

const leakingOf = (kinds: readonly Kind[]): boolean[] => kinds.map(([k]) => k === 'leak');
const withKind = (kinds: readonly Kind[], changes: ReadonlyMap<number, string>, kind: FindingKind): Kind[] =>
  kinds.map((k, i) => (changes.has(i) ? [kind, changes.get(i)!] : k));

function analyseIterations(result: ProbeResult, th: Thresholds, shape: RunShape): Finding[] {
  const xs = result.snapshotIterations;
  const trends = result.sites.map((s) => trend(xs, s.size, th.minGrowth));
  const own = result.sites.map((s, i) => ownKind(s, trends[i]!, xs, th));
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
    if (kind === 'leak' && shape === 'returns-to-floor') {
      kind = 'noise';
      why = `grew ${formatBytes(trends[i]!.slope)} per iteration in the traced window, but memory returned to its floor across the run (released periodically)`;
    }
    return finding(site, kind, why, trends[i]!.slope, trends[i]!);
  });
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
  const findings = rankFindings(
    result.mode === 'iterations' ? analyseIterations(result, thresholds, shape) : analyseWhole(result, thresholds),
  );
  const growth = findings.filter((f) => f.kind === 'leak').reduce((a, f) => a + f.growthPerIteration, 0);
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
    durationSeconds: Math.round((result.wallSeconds ?? result.seconds) * 1000) / 1000,
  };
}
