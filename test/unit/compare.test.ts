import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { compareReports } from '../../src/compare.js';
import { parseReport, REPORT_SCHEMA_VERSION } from '../../src/report.js';
import { decide } from '../../src/verdict.js';
import { growing, probeResult, site } from './synthetic.js';

const flat = [0, 0, 0, 0, 0, 0, 0];

describe('compareReports', () => {
  it('recognises a site that moved to another line by its function and source text', () => {
    const base = analyse(probeResult([site(10, growing(100), { code: 'cache[k] = v' })]));
    const head = analyse(probeResult([site(14, growing(100), { code: 'cache[k]  =  v' })]));
    const c = compareReports(base, head);
    expect(c.sites).toEqual([expect.objectContaining({ status: 'unchanged', line: 14, baseLine: 10 })]);
    expect(c.regressed).toBe(false);
  });

  it('tells new, grown, unchanged and fixed apart', () => {
    const base = analyse(
      probeResult([
        site(1, growing(100), { code: 'a()' }),
        site(2, growing(100), { code: 'b()' }),
        site(3, growing(100), { code: 'c()' }),
        site(4, flat, { code: 'd()' }),
      ]),
    );
    const head = analyse(
      probeResult([
        site(1, growing(110), { code: 'a()' }), // within the 25 % tolerance
        site(2, growing(400), { code: 'b()' }),
        site(3, flat, { code: 'c()' }),
        site(4, growing(80), { code: 'd()' }),
      ]),
    );
    const c = compareReports(base, head);
    const status = Object.fromEntries(c.sites.map((s) => [s.code, s.status]));
    expect(status).toEqual({ 'a()': 'unchanged', 'b()': 'grown', 'c()': 'fixed', 'd()': 'new' });
    expect(c.sites.map((s) => s.status)).toEqual(['new', 'grown', 'unchanged', 'fixed']);
    expect(c.regressed).toBe(true);
  });

  it('counts a baseline leak the head run does not see at all as fixed', () => {
    const base = analyse(probeResult([site(1, growing(100))]));
    const head = analyse(probeResult([site(9, flat, { code: 'other()' })]));
    expect(compareReports(base, head).sites).toEqual([expect.objectContaining({ status: 'fixed', baseGrowth: 100 })]);
  });
});

describe('decide', () => {
  const leaky = analyse(probeResult([site(1, growing(100))]));
  const clean = analyse(probeResult([site(1, flat)]));
  it('follows fail-on', () => {
    expect(decide(leaky, undefined, 'leak')).toEqual({ verdict: 'leak', fail: true });
    expect(decide(leaky, undefined, 'never')).toEqual({ verdict: 'leak', fail: false });
    expect(decide(clean, undefined, 'leak')).toEqual({ verdict: 'pass', fail: false });
  });
  it('falls back from regression to leak without a baseline, and says so', () => {
    expect(decide(leaky, undefined, 'regression')).toMatchObject({ fail: true, note: expect.stringContaining('falls back') });
  });
  it('fails on regression only when something is new or grew', () => {
    const same = compareReports(leaky, leaky);
    expect(decide(leaky, same, 'regression')).toEqual({ verdict: 'leak', fail: false });
    expect(decide(leaky, compareReports(clean, leaky), 'regression')).toEqual({ verdict: 'regression', fail: true });
  });
});

describe('parseReport', () => {
  const report = analyse(probeResult([site(1, growing(100))]));
  it('reads what it wrote', () => {
    expect(parseReport(JSON.stringify(report), 'r.json').findings[0]!.line).toBe(1);
  });
  it('refuses other versions with a message that says what to do', () => {
    expect(() => parseReport(JSON.stringify({ ...report, schemaVersion: REPORT_SCHEMA_VERSION + 1 }), 'new.json')).toThrow(/upgrade leak-gate/);
    expect(() => parseReport(JSON.stringify({ ...report, schemaVersion: 0 }), 'old.json')).toThrow(/measure the baseline again/);
    expect(() => parseReport('{"verdict":"pass"}', 'x.json')).toThrow(/not a leak-gate report/);
    expect(() => parseReport('not json', 'x.json')).toThrow(/not valid JSON/);
  });
});

describe('normalise', () => {
  it('ignores white space and a trailing comment, not a # inside a string', async () => {
    const { normalise } = await import('../../src/compare.js');
    expect(normalise('cache[k]  = v   # keep it')).toBe('cache[k] = v');
    expect(normalise("tag = '#main'  # default")).toBe("tag = '#main'");
    expect(normalise('s = "a\\"#b"')).toBe('s = "a\\"#b"');
  });
});
