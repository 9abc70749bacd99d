import { describe, expect, it } from 'vitest';
import { iterationsToConfirm } from '../../src/analyse/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import type { ProbeResult, ProbeSite } from '../../src/schema.js';
import { analysed, blocks, growing, probeResult, site, WINDOW } from './synthetic.js';

const SECOND = WINDOW.map((x) => x + 18);

/** A run whose first window saw `first` and whose second window saw `second`, per line. */
function confirmedRun(first: ProbeSite[], second: ProbeSite[], extra: Partial<ProbeResult> = {}): ProbeResult {
  const r = probeResult(first, extra);
  return { ...r, confirmation: { snapshotIterations: SECOND, sites: second, tracedMemory: { iterations: [], values: [] } } };
}

describe('confirmation in a second traced window', () => {
  it('asks for a second window as long as the first only when the first suspects a leak', () => {
    expect(iterationsToConfirm(probeResult([site(3, growing(200))]))).toBe(18);
    expect(iterationsToConfirm(probeResult([site(3, [0, 900, 100, 800, 0, 700, 200])]))).toBe(0);
    expect(iterationsToConfirm(probeResult([site(3, growing(200))], { mode: 'whole' }))).toBe(0);
  });

  it('keeps a leak that grows again at a like rate, and says so', () => {
    const r = analysed(confirmedRun([site(3, growing(200))], [site(3, growing(180, SECOND))]));
    expect(r.verdict).toBe('leak');
    expect(r.findings[0]).toMatchObject({ kind: 'leak', growthPerIteration: 200, confirmation: { growthPerIteration: 180 } });
    expect(r.findings[0]!.why).toMatch(/confirmed: 180 B per iteration again in iterations 201-218/);
    expect(r.confirmation?.snapshotIterations).toEqual(SECOND);
  });

  it('dismisses growth that the second window does not see again, or sees at under half the rate', () => {
    const flat = analysed(confirmedRun([site(3, growing(200))], [site(3, [0, 40, 40, 40, 40, 40, 40])]));
    expect(flat.verdict).toBe('pass');
    expect(flat.findings[0]).toMatchObject({ kind: 'noise' });
    expect(flat.findings[0]!.why).toMatch(/not confirmed/);
    const gone = analysed(confirmedRun([site(3, growing(200))], []));
    expect(gone.findings[0]!.why).toMatch(/then nothing in iterations 201-218/);
    const slower = analysed(confirmedRun([site(3, growing(200))], [site(3, growing(90, SECOND))]));
    expect(slower.verdict).toBe('pass');
    expect(slower.findings[0]!.why).toMatch(/only 90 B per iteration/);
  });

  it('confirms a buffer grown in place from the one step its reallocation shows in the second window', () => {
    const one = (sizes: number[]) => site(9, sizes, { count: sizes.map((s) => (s ? 1 : 0)) });
    const r = analysed(
      confirmedRun([one([0, 18000, 20600, 20600, 23300, 23300, 26400])], [one([0, 0, 33400, 33400, 37700, 37700, 37700])]),
    );
    expect(r.verdict).toBe('leak');
    // One that shrinks again is not grown in place.
    const back = analysed(
      confirmedRun([one([0, 18000, 20600, 20600, 23300, 23300, 26400])], [one([0, 0, 33400, 37700, 33400, 33400, 33400])]),
    );
    expect(back.verdict).toBe('pass');
  });

  it("reads each window's live blocks from its own samples, also where one window ends and the next starts", () => {
    // An aiohttp handler keeping a queue per request; the server released 250 blocks at iteration 197.
    const runBlocks = {
      iterations: [182, 185, 188, 191, 194, 197, 200, 200, 203, 206, 209, 212, 215, 218],
      values: [134720, 134764, 134809, 134853, 134897, 134647, 134691, 134702, 134746, 134790, 134834, 134878, 134922, 134966],
    };
    const queues = (xs: number[]) => site(14, growing(3256, xs), { count: growing(12, xs) });
    const r = analysed(confirmedRun([queues(WINDOW)], [queues(SECOND)], { blocks: runBlocks }));
    expect(r.findings[0]).toMatchObject({ line: 14, kind: 'leak' });
  });

  it('tells in the terminal and in the comment how the leak was confirmed, or what it dismissed', () => {
    const leak = analysed(confirmedRun([site(3, growing(200))], [site(3, growing(180, SECOND))]));
    expect(renderText(leak)).toContain(
      'Confirmed: each leaking line grew again in a second traced window (iterations 201-218, run on past the 200 asked for) after the first (iterations 183-200).',
    );
    const md = renderMarkdown({ report: leak, notes: [], command: 'leak-gate run app.py', marker: '<!-- m -->', limit: 65536 });
    expect(md).toContain('Confirmed&#58; each leaking line grew again in a second traced window');
    const pass = analysed(confirmedRun([site(3, growing(200))], [site(3, [0, 40, 40, 40, 40, 40, 40])]));
    expect(renderText(pass)).toContain('1 line that grew in the first traced window (iterations 183-200) did not keep growing in a second');
  });
});

describe('a sawtooth read per line', () => {
  // A store purged every 7 iterations, keeping 700 B at each purge: sampled every 3 iterations.
  const purged = (kept: number) => WINDOW.map((x) => Math.floor(x / 7) * kept + (x % 7) * 500 + 1000);

  it('calls a line whose memory falls at every purge but whose floor rises a leak, at the floor rate', () => {
    const xs = [120, 130, 140, 150, 160, 170, 180, 190, 200];
    const sizes = [0, 1839, 7969, 7511, 6285, 5811, 4585, 10715, 9489];
    const r = analysed(probeResult([site(11, sizes)], { snapshotIterations: xs, firstTracedIteration: 120 }));
    expect(r.verdict).toBe('leak');
    expect(r.findings[0]!.why).toMatch(/released periodically, but its floor rises/);
    expect(analysed(probeResult([site(11, purged(700))])).verdict).toBe('leak');
  });

  it('passes a line whose floor stays level, also when the window ends on a rising edge', () => {
    expect(analysed(probeResult([site(11, purged(0))])).verdict).toBe('pass');
    const xs = [120, 130, 140, 150, 160, 170, 180, 190, 200];
    // A store cleared every 50 iterations: 20, 30, 40, 50 entries, cleared, then rising to 50 again.
    const sizes = [2000, 3000, 4000, 5000, 1000, 2000, 3000, 4000, 5000];
    expect(analysed(probeResult([site(11, sizes)], { snapshotIterations: xs, firstTracedIteration: 120 })).verdict).toBe('pass');
  });

  it("trusts a line's rising floor over the run's coarse return to its floor", () => {
    const sawtooth = blocks((x) => 50_000 + ((x - 20) % 40) * 30);
    const xs = [120, 130, 140, 150, 160, 170, 180, 190, 200];
    const sizes = [0, 1839, 7969, 7511, 6285, 5811, 4585, 10715, 9489];
    // The line's blocks are counted flat here, so only the run's shape is at stake, not replacement.
    const line = site(11, sizes, { count: sizes.map((s) => (s ? 5 : 0)) });
    const r = analysed(probeResult([line], { snapshotIterations: xs, firstTracedIteration: 120, blocks: sawtooth }));
    expect(r.runShape).toBe('returns-to-floor');
    expect(r.verdict).toBe('leak');
  });
});

describe('many leaking lines', () => {
  it('keeps and counts every leaking line, and cuts only the others', () => {
    const leaking = Array.from({ length: 1000 }, (_, i) => site(1000 + i, growing(113)));
    const churn = Array.from({ length: 400 }, (_, i) => site(5000 + i, [0, 900, 100, 800, 0, 700, 200]));
    const r = analysed(probeResult([...churn, ...leaking]));
    expect(r.findings.filter((f) => f.kind === 'leak')).toHaveLength(1000);
    expect(r.findings).toHaveLength(1000);
    expect(r.growthPerIteration).toBe(113_000);
    expect(r.summary).toMatch(/^1000 lines leaking 110\.4 KiB per iteration/);
    expect(analysed(probeResult(churn)).findings).toHaveLength(300);
  });
});

describe("a container's reallocation", () => {
  it("counts as the leak's steady rate, not as a one-off jump, so a second window without one confirms it", () => {
    const xs = [140, 149, 157, 166, 174, 183, 191, 200];
    // A dict that keeps 150 B per iteration resizes its table (10 KB) between iterations 166 and 174.
    const first = site(13, [0, 1275, 2515, 3910, 14390, 15785, 17025, 18180]);
    const second = site(13, [0, 1215, 2295, 3510, 4590, 5805, 7045, 8440]);
    const secondXs = [200, 209, 217, 226, 234, 243, 251, 260];
    const r = analysed({
      ...probeResult([first], { snapshotIterations: xs, firstTracedIteration: 140 }),
      confirmation: { snapshotIterations: secondXs, sites: [second], tracedMemory: { iterations: [], values: [] } },
    });
    expect(r.verdict).toBe('leak');
    expect(r.findings[0]!.growthPerIteration).toBeGreaterThan(130);
    expect(r.findings[0]!.growthPerIteration).toBeLessThan(170);
  });
});

describe('lines outside your code', () => {
  it('are listed apart, with the library they belong to', () => {
    const lib = site(80, growing(60), { file: '/usr/lib/python3.12/asyncio/events.py', function: 'Handle._run', inProject: false });
    const jinja = site(5, growing(50), {
      file: '/venv/lib/python3.12/site-packages/jinja2/runtime.py',
      function: 'new_context',
      inProject: false,
    });
    const r = analysed(probeResult([site(3, growing(200)), lib, jinja]));
    const text = renderText(r);
    expect(text).toMatch(
      /outside your code[^\n]*\n[^\n]*library[^\n]*\n\s+asyncio\s+\+60 B\s+\/usr\/lib\/python3.12\/asyncio\/events.py:80/,
    );
    expect(text).toMatch(/\n\s+jinja2\s+\+50 B/);
    const md = renderMarkdown({ report: r, notes: [], command: 'x', marker: '<!-- m -->', limit: 65536 });
    expect(md).toContain('**Outside your code**');
    expect(md).toContain('<code>asyncio</code>');
    // The table holds the user's own lines only.
    const rows = md.split('\n').filter((l) => /^\| <code>/.test(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('app.py&#58;3');
    // A library's file starts at its import root's directory, not the machine's path.
    expect(md).toContain('<code>site-packages/jinja2/runtime.py&#58;5</code>');
  });
});
