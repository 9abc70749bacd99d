import { describe, expect, it } from 'vitest';
import { runShape } from '../../src/analyse/run-shape.js';
import { analysed, blocks, growing, probeResult, site, WINDOW } from './synthetic.js';

describe('analyse', () => {
  it('calls steady growth a leak and names the line', () => {
    const r = analysed(probeResult([site(12, growing(200)), site(30, [0, 500, 500, 500, 500, 500, 500])]));
    expect(r.verdict).toBe('leak');
    expect(r.findings[0]).toMatchObject({ line: 12, kind: 'leak', growthPerIteration: 200 });
    expect(r.findings[1]).toMatchObject({ line: 30, kind: 'warmup' });
    expect(r.growthPerIteration).toBe(200);
  });

  it('passes growth that plateaus, and churn that goes up and down', () => {
    const r = analysed(
      probeResult([
        site(1, [0, 3000, 3100, 3100, 3100, 3100, 3100]),
        site(2, [0, 900, 100, 800, 0, 700, 200]),
        site(3, [0, 10, 0, 10, 0, 10, 0]),
      ]),
    );
    expect(r.verdict).toBe('pass');
    expect(r.findings.map((f) => f.kind).sort()).toEqual(['noise', 'noise', 'warmup']);
  });

  it('keeps a leak with a random rate: growth in most intervals, never shrinking', () => {
    const r = analysed(probeResult([site(5, [0, 900, 900, 1700, 2500, 2500, 3600])]));
    expect(r.findings[0]!.kind).toBe('leak');
  });

  it('adds up a leak spread over a dozen lines of 20 B each', () => {
    const sites = Array.from({ length: 12 }, (_, i) => site(10 + i, growing(20), { count: growing(0.2) }));
    const r = analysed(probeResult(sites));
    expect(r.verdict).toBe('leak');
    expect(r.findings.filter((f) => f.kind === 'leak')).toHaveLength(12);
    expect(r.growthPerIteration).toBe(240);
    // One such line alone is below the threshold.
    expect(analysed(probeResult([site(10, growing(20))])).verdict).toBe('pass');
  });

  it('calls window growth released periodically across the run noise', () => {
    // Blocks climb and fall back to the same floor every 40 iterations.
    const sawtooth = blocks((x) => 50_000 + ((x - 20) % 40) * 30);
    const r = analysed(probeResult([site(7, growing(300))], { blocks: sawtooth }));
    expect(runShape(sawtooth)).toBe('returns-to-floor');
    // Sampled every 7 iterations, the cycle of 40 makes the sampled floor creep up: still no leak.
    expect(runShape(blocks((x) => 50_000 + ((x - 20) % 40) * 30 + x * 0.5))).toBe('returns-to-floor');
    expect(r.verdict).toBe('pass');
    expect(r.findings[0]!.why).toMatch(/returned to its floor/);
  });

  it('calls a sawtooth whose floor rises a leak', () => {
    const rising = blocks((x) => 50_000 + ((x - 20) % 40) * 30 + x * 5);
    expect(runShape(rising)).toBe('rising');
    expect(analysed(probeResult([site(7, growing(300))], { blocks: rising })).verdict).toBe('leak');
  });

  it('calls objects that replace older ones noise: new blocks, no more live blocks', () => {
    const flat = blocks(() => 80_000);
    const r = analysed(probeResult([site(24, growing(150), { count: growing(2.5) })], { blocks: flat }));
    expect(r.verdict).toBe('pass');
    expect(r.findings[0]!.why).toMatch(/replaced older ones/);
  });

  it("keeps a leak beside a cache that replaces its entries: the live blocks that grew are the leak's", () => {
    // The cache's line made 3 new blocks per iteration, filling up then replacing; the leak's 1 per iteration
    // is all the interpreter's live blocks grew by.
    const cache = site(10, [0, 3880, 8245, 9700, 9700, 9700, 23036], {
      count: [0, 80, 170, 200, 200, 200, 202].map((c) => Math.round((c * 54) / 202)),
    });
    const leak = site(19, growing(140), { count: growing(1) });
    const r = analysed(probeResult([cache, leak], { blocks: blocks((x) => 16_000 + x * 0.9) }));
    expect(r.verdict).toBe('leak');
    expect(r.findings[0]).toMatchObject({ line: 19, kind: 'leak' });
    expect(r.findings.find((f) => f.line === 10)?.why).toMatch(/replaced older ones/);
    // A line of the cache's keys that the live growth could also account for stays a leak, but ranks below the leak.
    const keys = site(15, growing(37), { count: growing(0.67) });
    const churn = site(18, growing(525), { count: growing(10) });
    const both = analysed(probeResult([keys, churn, leak], { blocks: blocks((x) => 16_000 + x * 0.7) }));
    expect(both.findings[0]).toMatchObject({ line: 19, kind: 'leak' });
    expect(both.findings.find((f) => f.line === 18)?.kind).toBe('noise');
    // Without that growth both replaced older objects.
    const flat = analysed(probeResult([cache, leak], { blocks: blocks(() => 16_000) }));
    expect(flat.verdict).toBe('pass');
  });

  it('does not count as new the blocks of an object made before the window that entered it whole (a DataFrame rebuilt by every call)', () => {
    const frame = site(18, [0, 37416, 38088, 38760, 39336, 39912, 40488], { count: [0, 33, 36, 39, 39, 39, 39] });
    const r = analysed(probeResult([frame], { blocks: blocks(() => 80_000) }));
    expect(r.findings[0]).toMatchObject({ line: 18, kind: 'leak' });
  });

  it('does not add a small steady line to a cache that replaces its entries', () => {
    // The tuple free list: 13 B per iteration at the line that builds the cache's keys, too little alone.
    const cache = site(18, growing(300), { count: growing(3) });
    const keys = site(15, growing(13), { count: growing(0.2) });
    const r = analysed(probeResult([cache, keys], { blocks: blocks(() => 16_000) }));
    expect(r.verdict).toBe('pass');
    expect(r.findings.find((f) => f.line === 15)?.kind).not.toBe('leak');
  });

  it('does not add a small steady line to a table that grew once', () => {
    // A bounded deque's entries leaking past a free list (18 B per iteration),
    // and the lru_cache table beside it resized once in the window.
    const deque = site(10, growing(18), { count: growing(0.2) });
    const resized = site(11, [0, 448, 448, 448, 448, 9688, 9688], { count: [0, 8, 8, 8, 8, 9, 9] });
    const r = analysed(probeResult([deque, resized], { blocks: blocks(() => 17_000) }));
    expect(r.verdict).toBe('pass');
    expect(r.findings.filter((f) => f.kind === 'leak')).toEqual([]);
  });

  it('calls a staircase that never falls a leak (an over-allocating buffer, seen from its first traced resize)', () => {
    const stairs = [0, 18246, 18246, 20658, 20658, 23372, 23372, 26387, 26387, 26387, 29703];
    const xs = [120, 128, 136, 144, 152, 160, 168, 176, 184, 192, 200];
    const r = analysed(
      probeResult([site(14, stairs, { count: stairs.map((v) => (v ? 1 : 0)) })], { snapshotIterations: xs, blocks: blocks(() => 74_457) }),
    );
    expect(r.verdict).toBe('leak');
    // The trend starts at the first traced resize, which carries the buffer's older bytes.
    expect(r.findings[0]!.growthPerIteration).toBeGreaterThan(100);
    expect(r.findings[0]!.growthPerIteration).toBeLessThan(200);
  });

  it('calls a buffer that keeps its last N entries noise, even when the window sees it replace them only once', () => {
    // 9 snapshots over 80 iterations; the 50 entries alive at the window's start are replaced by iteration 170.
    const xs = [120, 130, 140, 150, 160, 170, 180, 190, 200];
    const size = xs.map((x) => Math.min(x - 120, 50) * 120);
    const count = xs.map((x) => Math.min(x - 120, 50));
    const r = analysed(probeResult([site(13, size, { count })], { snapshotIterations: xs, blocks: blocks(() => 90_000) }));
    expect(r.verdict).toBe('pass');
  });

  it('keeps a buffer grown in place a leak: no new blocks, size grows', () => {
    const flat = blocks(() => 80_000);
    const r = analysed(probeResult([site(9, growing(128), { count: [0, 1, 1, 1, 1, 1, 1] })], { blocks: flat }));
    expect(r.verdict).toBe('leak');
  });

  it('ranks the project before lines reached without a project frame', () => {
    const r = analysed(
      probeResult([site(3, growing(500), { inProject: false, file: '/usr/lib/python3.12/asyncio/x.py' }), site(8, growing(100))]),
    );
    expect(r.findings[0]!.line).toBe(8);
    expect(r.summary).toContain('app.py:8');
  });

  it('ranks a leaking line before the leaking line that called it, whatever their sizes', () => {
    // A test client's call (line 14) is charged with blocks the view's kept payload (line 6) reused.
    const view = site(6, growing(200), {
      function: 'ingest',
      traceback: [
        { file: 'app.py', line: 14, code: 'client.post(...)' },
        { file: '/usr/lib/python3/dist-packages/flask/app.py', line: 1796, code: 'return view(**args)' },
        { file: 'app.py', line: 6, code: 'payload = request.get_json()' },
        { file: '/usr/lib/python3.11/json/decoder.py', line: 353, code: 'obj, end = self.scan_once(s, idx)' },
      ],
    });
    const caller = site(14, growing(500));
    const r = analysed(probeResult([caller, view]));
    expect(r.findings.map((f) => f.line)).toEqual([6, 14]);
    expect(r.summary).toContain('first: app.py:6');
  });

  it('judges a whole-script run by what it left behind', () => {
    const whole = (bytes: number) =>
      probeResult([site(4, [0, bytes])], {
        mode: 'whole',
        iterations: 1,
        snapshotIterations: [0, 1],
        blocks: { iterations: [], values: [] },
      });
    expect(analysed(whole(2 * 1024 * 1024)).verdict).toBe('leak');
    expect(analysed(whole(20_000)).findings[0]!.kind).toBe('warmup');
  });

  it('respects the threshold it is given', () => {
    const result = probeResult([site(12, growing(50))]);
    expect(analysed(result, { minGrowth: 32, minRetained: 1 }).verdict).toBe('leak');
    expect(analysed(result, { minGrowth: 64, minRetained: 1 }).verdict).toBe('pass');
  });

  it('says what a line that grew early grew by over the window, from where it started', () => {
    const r = analysed(probeResult([site(7, [0, 160, 160, 160, 160, 160, 160])]));
    expect(r.findings[0]).toMatchObject({ kind: 'warmup', why: 'grew by 160 B early, then stopped' });
  });

  it('reports the window it measured', () => {
    const r = analysed(probeResult([site(1, growing(100))]));
    expect(r.snapshotIterations).toEqual(WINDOW);
    expect(r.workload).toMatchObject({ iterations: 200, warmup: 20, firstTracedIteration: 182, python: '3.12.1' });
  });
});

describe('retainers in the analysis', () => {
  const searched = (lines: object[]) =>
    ({ seconds: 0.1, budgetSeconds: 1, cutShort: false, iterations: 80, searchedLines: lines.length, lines }) as never;
  const kept = { path: 'app._seen[…]', root: 'module global', container: 'list', objects: 80, types: { 'app.Item': 80 } };

  it('ranks a leaking line whose objects were found alive before one where none were, whatever their sizes', () => {
    const sites = [site(12, growing(400)), site(30, growing(150))];
    const without = analysed(probeResult(sites));
    expect(without.findings.map((f) => f.line)).toEqual([12, 30]);
    const r = analysed(
      probeResult(sites, {
        retainerSearch: searched([
          { file: 'app.py', line: 12, objects: 0, types: {}, retainers: [] },
          { file: 'app.py', line: 30, objects: 80, types: { 'app.Item': 80 }, retainers: [kept] },
        ]),
      }),
    );
    expect(r.findings.map((f) => f.line)).toEqual([30, 12]);
    expect(r.findings[0]).toMatchObject({ kept: { objects: 80, types: { 'app.Item': 80 } }, retainers: [kept] });
    expect(r.findings[1]).toMatchObject({ kept: { objects: 0 }, retainers: [] });
    expect(r.retainerSearch).toEqual({ seconds: 0.1, cutShort: false, iterations: 80, searchedLines: 2, types: { 'app.Item': 80 } });
  });

  it('gives retainers only to leaking lines, and keeps why a search was skipped', () => {
    const r = analysed(
      probeResult([site(12, growing(400)), site(30, [0, 500, 500, 500, 500, 500, 500])], {
        retainerSearch: searched([{ file: 'app.py', line: 30, objects: 5, types: { dict: 5 }, retainers: [kept] }]),
      }),
    );
    expect(r.findings.find((f) => f.line === 30)!.retainers).toBeUndefined();
    const skipped = analysed(probeResult([site(12, growing(400))], { retainerSearch: { skipped: 'no runner' } }));
    expect(skipped.retainerSearch).toMatchObject({ skipped: 'no runner' });
    expect(skipped.findings[0]!.retainers).toBeUndefined();
  });

  describe('a line held only where its objects cannot pile up', () => {
    const cache = (entries: number, extra: object = {}) => ({
      path: 'app.price_label',
      root: 'lru_cache',
      container: 'lru_cache',
      objects: 80,
      types: { str: 80 },
      bound: { entries, max: 64 },
      ...extra,
    });
    const slot = (types: Record<string, number>, bytes = 28) => ({
      path: 'app.client.jar._now',
      root: 'module global',
      container: 'app.Jar',
      objects: 40,
      bytes,
      types,
    });
    const judged = (retainers: object[], heads = 80) => {
      const r = analysed(
        probeResult([site(12, growing(400)), site(30, growing(150))], {
          retainerSearch: searched([
            { file: 'app.py', line: 12, objects: 160, heads, types: { str: 160 }, retainers },
            { file: 'app.py', line: 30, objects: 80, types: { 'app.Item': 80 }, retainers: [kept] },
          ]),
        }),
      );
      return { report: r, line12: r.findings.find((f) => f.line === 12)! };
    };

    it('is no leak when a full bounded cache or a replaced immutable value holds what it made', () => {
      const { report, line12 } = judged([cache(64)]);
      expect(line12.kind).toBe('noise');
      expect(line12.why).toBe(
        'grew 400 B per iteration in the traced window, but what it made is held only by app.price_label, an lru_cache full at its bound of 64 entries, which replaces old entries rather than growing: not a leak',
      );
      // The verdict and the totals count the other line alone, and what piles up is its objects only.
      expect(report.verdict).toBe('leak');
      expect(report.growthPerIteration).toBe(150);
      expect(report.retainerSearch).toMatchObject({ types: { 'app.Item': 80 } });
      const both = judged([slot({ int: 40 }), cache(64)]).line12;
      expect(both.kind).toBe('noise');
      expect(both.why).toContain('app.client.jar._now, one attribute holding int values, replaced each time rather than added to');
    });

    it('is still a leak when a holder can grow, the cache is not full, or the holders hold under half of it', () => {
      expect(judged([cache(63)]).line12.kind).toBe('leak');
      expect(judged([cache(64), kept]).line12.kind).toBe('leak');
      expect(judged([slot({ dict: 40 })]).line12.kind).toBe('leak');
      // A string rebound to a longer one each time (`_log += line`) holds the growth in one value.
      expect(judged([slot({ str: 1 }, 7 * 400 * 80)]).line12.kind).toBe('leak');
      expect(judged([{ ...slot({ int: 40 }), bytes: undefined }]).line12.kind).toBe('leak');
      expect(judged([{ ...slot({ int: 40 }), path: 'app._ids[…]' }]).line12.kind).toBe('leak');
      expect(judged([cache(64)], 200).line12.kind).toBe('leak');
      expect(judged([{ path: null, root: 'unreached', container: null, objects: 80, types: { str: 80 } }]).line12.kind).toBe('leak');
    });

    it('is no leak when its holder, looked at again later, let go of most of it and did not grow', () => {
      const dict = (stillHeld: object, extra: object = {}) => ({
        path: 'app._pages[…]',
        root: 'module global',
        container: 'dict',
        objects: 80,
        bytes: 80 * 400,
        types: { dict: 80 },
        stillHeld,
        ...extra,
      });
      const evicted = judged([dict({ share: 0, after: 100, grew: 0 })]).line12;
      expect(evicted.kind).toBe('noise');
      expect(evicted.why).toContain('app._pages[…], which let go of 100% of them within 100 more iterations and did not grow');
      // Kept most of it, or grew by a quarter of what the line adds (1 a call: 67 over the last two thirds).
      expect(judged([dict({ share: 0.6, after: 100, grew: 0 })]).line12.kind).toBe('leak');
      expect(judged([dict({ share: 0, after: 100, grew: 17 })]).line12.kind).toBe('leak');
      expect(judged([dict({ share: 0, after: 100, grew: 16 })]).line12.kind).toBe('noise');
      // Values replaced while new keys come: it holds more of the window's objects (3 a call) than it gains
      // (its growth is one object of their size a call), so a quarter of one a call is the bar.
      expect(judged([dict({ share: 0.1, after: 100, grew: 30 }, { objects: 240, bytes: 240 * 400 })]).line12.kind).toBe('leak');
      expect(judged([dict({ share: 0, after: 0, grew: 0 })]).line12.kind).toBe('leak');
      // A module global rebound to a bigger frame each time: its namespace lets go of the old one and keeps its size.
      const rebound = dict({ share: 0, after: 100, grew: 0 }, { path: 'app._log', container: 'module global', objects: 2 });
      expect(judged([rebound]).line12.kind).toBe('leak');
    });

    it('passes a run whose every growing line is held so, and says why', () => {
      const r = analysed(
        probeResult([site(12, growing(400))], {
          retainerSearch: searched([{ file: 'app.py', line: 12, objects: 80, heads: 80, types: { str: 80 }, retainers: [cache(64)] }]),
        }),
      );
      expect(r.verdict).toBe('pass');
      expect(r.summary).toBe('no leak: 1 line grew only into a full bounded cache or a replaced value');
    });
  });
});
