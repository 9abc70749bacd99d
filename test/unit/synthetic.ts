// Synthetic probe results for the pure analysis tests: no Python involved.
import { analyse } from '../../src/analyse/index.js';
import { judge } from '../../src/gate/verdict.js';
import type { Judging, ProbeResult, ProbeSite, Report, Thresholds } from '../../src/schema.js';

export const DEFAULT_JUDGING: Judging = { failOn: 'leak', tolerance: 0.25, minGrowth: 32, ignore: [] };

/** A probe result analysed and judged alone, as a report: what --json writes. */
export function analysed(result: ProbeResult, thresholds?: Thresholds): Report {
  return judge(analyse(result, thresholds), undefined, DEFAULT_JUDGING).report;
}

export const WINDOW = [182, 185, 188, 191, 194, 197, 200];

export function site(line: number, size: number[], extra: Partial<ProbeSite> = {}): ProbeSite {
  return {
    file: 'app.py',
    line,
    function: 'workload',
    code: `line_${line}()`,
    inProject: true,
    size,
    count: size.map((s) => Math.round(s / 100)),
    traceback: [{ file: 'app.py', line, code: `line_${line}()` }],
    ...extra,
  };
}

/** A series growing `perIteration` bytes per iteration over the window. */
export function growing(perIteration: number, xs = WINDOW): number[] {
  return xs.map((x) => Math.round((x - xs[0]!) * perIteration));
}

/** The interpreter's blocks across a whole run: f(iteration) sampled every 7 iterations. */
export function blocks(f: (x: number) => number): { iterations: number[]; values: number[] } {
  const iterations: number[] = [];
  for (let x = 20; x < 182; x += 7) iterations.push(x);
  iterations.push(...WINDOW);
  return { iterations, values: iterations.map((x) => Math.round(f(x))) };
}

export function probeResult(sites: ProbeSite[], extra: Partial<ProbeResult> = {}): ProbeResult {
  return {
    protocol: 1,
    python: { version: '3.12.1', implementation: 'cpython', executable: '/usr/bin/python3' },
    target: 'app.py',
    entry: 'workload',
    mode: 'iterations',
    iterations: 200,
    warmup: 20,
    firstTracedIteration: 182,
    snapshotIterations: WINDOW,
    sites,
    // By default live blocks grow with the sites' own new blocks.
    blocks: blocks((x) => 50_000 + x * sites.reduce((a, s) => a + (s.count.at(-1)! - s.count[0]!) / 18, 0)),
    rss: { iterations: [], values: [] },
    tracedMemory: { iterations: [], values: [] },
    phases: {},
    seconds: 0.5,
    ...extra,
  };
}
