import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/compare.js';
import { judge } from '../../src/gate/verdict.js';
import { parseReport, REPORT_SCHEMA_VERSION } from '../../src/schema.js';
import { analysed, DEFAULT_JUDGING, growing, probeResult, site } from './synthetic.js';

const flat = [0, 0, 0, 0, 0, 0, 0];

describe('compareReports', () => {
  it('recognises a site that moved to another line by its function and source text', () => {
    const base = analysed(probeResult([site(10, growing(100), { code: 'cache[k] = v' })]));
    const head = analysed(probeResult([site(14, growing(100), { code: 'cache[k]  =  v' })]));
    const c = compareReports(base, head);
    expect(c.sites).toEqual([expect.objectContaining({ status: 'unchanged', line: 14, baseLine: 10 })]);
    expect(c.regressed).toBe(false);
  });

  it('recognises a leaking line edited in place as the same site, when it is the one of its function', () => {
    const base = analysed(
      probeResult([site(10, growing(100), { code: 'cache[k] = v' }), site(30, growing(100), { code: 'log.append(e)', function: 'other' })]),
    );
    const edited = analysed(
      probeResult([
        site(11, growing(300), { code: 'cache[k] = (v, time.time())' }),
        site(30, growing(100), { code: 'log.append(e)', function: 'other' }),
      ]),
    );
    const c = compareReports(base, edited);
    expect(c.sites).toEqual([
      expect.objectContaining({ status: 'grown', line: 11, baseLine: 10, headGrowth: 300, baseGrowth: 100 }),
      expect.objectContaining({ status: 'unchanged', line: 30 }),
    ]);
    // Far from where the old one was, a leak is a new one, and the old one fixed.
    const moved = analysed(
      probeResult([site(40, growing(300), { code: 'seen.add(k)' }), site(30, growing(100), { code: 'log.append(e)', function: 'other' })]),
    );
    expect(compareReports(base, moved).sites.map((x) => x.status)).toEqual(['new', 'unchanged', 'fixed']);
  });

  it('names as the largest the line that got worse by the most, new or grown', () => {
    const base = analysed(probeResult([site(1, growing(100), { code: 'a()' })]));
    const head = analysed(probeResult([site(1, growing(900), { code: 'a()' }), site(2, growing(90), { code: 'b()' })]));
    const judged = judge(head, base, { ...DEFAULT_JUDGING, failOn: 'regression' });
    expect(judged.comparison!.sites.map((x) => x.status)).toEqual(['new', 'grown']);
    expect(judged.report.summary).toBe('2 lines new or grown since the baseline; the largest: app.py:1');
  });

  it('tells new, grown, unchanged and fixed apart', () => {
    const base = analysed(
      probeResult([
        site(1, growing(100), { code: 'a()' }),
        site(2, growing(100), { code: 'b()' }),
        site(3, growing(100), { code: 'c()' }),
        site(4, flat, { code: 'd()' }),
      ]),
    );
    const head = analysed(
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
    const base = analysed(probeResult([site(1, growing(100))]));
    const head = analysed(probeResult([site(9, flat, { code: 'other()' })]));
    expect(compareReports(base, head).sites).toEqual([expect.objectContaining({ status: 'fixed', baseGrowth: 100 })]);
  });
});

describe('judge', () => {
  const leaky = analysed(probeResult([site(1, growing(100))]));
  const clean = analysed(probeResult([site(1, flat)]));
  const on = (failOn: 'leak' | 'regression' | 'never') => ({ ...DEFAULT_JUDGING, failOn });
  it('follows fail-on', () => {
    expect(judge(leaky, undefined, on('leak')).decision).toEqual({ verdict: 'leak', fail: true, exitCode: 1 });
    expect(judge(leaky, undefined, on('never')).decision).toEqual({ verdict: 'leak', fail: false, exitCode: 0 });
    expect(judge(clean, undefined, on('leak')).decision).toEqual({ verdict: 'pass', fail: false, exitCode: 0 });
  });
  it('says why a leak does not fail the check', () => {
    expect(judge(leaky, undefined, on('never')).notes).toEqual(['fail-on never: this leak does not fail the check']);
    expect(judge(leaky, leaky, on('regression')).notes).toEqual([
      'fail-on regression: these leaks were in the baseline too, no worse, so they do not fail the check',
    ]);
    expect(judge(leaky, undefined, on('leak')).notes).toEqual([]);
  });
  it('falls back from regression to leak without a baseline, and says so', () => {
    const j = judge(leaky, undefined, on('regression'));
    expect(j.decision).toMatchObject({ fail: true });
    expect(j.notes).toEqual([expect.stringContaining('falls back')]);
  });
  it('fails on regression only when something is new or grew', () => {
    expect(judge(leaky, leaky, on('regression')).decision).toEqual({ verdict: 'leak', fail: false, exitCode: 0 });
    const worse = judge(leaky, clean, on('regression'));
    expect(worse.decision).toEqual({ verdict: 'regression', fail: true, exitCode: 1 });
    expect(worse.report.summary).toBe('1 line new or grown since the baseline; the largest: app.py:1');
  });
  it('stores the settings it judged with in the report, and judges again the same way with them', () => {
    const base = analysed(probeResult([site(1, growing(100))]));
    const head = analysed(probeResult([site(1, growing(160))]));
    const lenient = { failOn: 'regression' as const, tolerance: 1, minGrowth: 32, ignore: [] };
    const first = judge(head, base, lenient);
    expect(first.report.judging).toEqual(lenient);
    expect(first.comparison!.sites[0]!.status).toBe('unchanged'); // 60 % more is within a tolerance of 100 %
    const again = judge(parseReport(JSON.stringify(first.report), 'r.json'), base, first.report.judging);
    expect(again.comparison!.sites[0]!.status).toBe('unchanged');
    expect(judge(head, base, DEFAULT_JUDGING).comparison!.sites[0]!.status).toBe('grown');
  });
  it('does not fail the push that stores the baseline on fail-on regression, and says why', () => {
    const j = judge(leaky, undefined, on('regression'), { storesBaselineOf: 'main' });
    expect(j.decision).toEqual({ verdict: 'leak', fail: false, exitCode: 0 });
    expect(j.notes).toEqual([
      'this push stores the baseline of main: fail-on regression gates the pull requests compared with it, not this run',
    ]);
  });
  it('does not compare a baseline of another workload, and says why', () => {
    const other = { ...leaky, workload: { ...leaky.workload, target: 'other.py' } };
    const j = judge(clean, other, on('regression'));
    expect(j.comparison).toBeUndefined();
    expect(j.notes[0]).toMatch(/^baseline not compared: the baseline measured other\.py/);
  });
});

describe('parseReport', () => {
  const report = analysed(probeResult([site(1, growing(100))]));
  it('reads what it wrote', () => {
    expect(parseReport(JSON.stringify(report), 'r.json').findings[0]!.line).toBe(1);
  });
  it('refuses other versions with a message that says what to do', () => {
    expect(() => parseReport(JSON.stringify({ ...report, schemaVersion: REPORT_SCHEMA_VERSION + 1 }), 'new.json')).toThrow(
      /upgrade leak-gate/,
    );
    expect(() => parseReport(JSON.stringify({ ...report, schemaVersion: 0 }), 'old.json')).toThrow(/measure the baseline again/);
    expect(() => parseReport('{"verdict":"pass"}', 'x.json')).toThrow(/not a leak-gate report/);
    expect(() => parseReport('not json', 'x.json')).toThrow(/not valid JSON/);
  });
  it('reads a version 1 report with the settings of its time', () => {
    const v1: Partial<typeof report> = { ...report, schemaVersion: 1 };
    delete v1.judging;
    expect(parseReport(JSON.stringify(v1), 'v1.json').judging).toEqual({ failOn: 'leak', tolerance: 0.25, minGrowth: 32, ignore: [] });
  });
  it('refuses a forged report in one line naming the file and the field', () => {
    const forged = (change: (r: Record<string, unknown>) => void): string => {
      const r = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
      change(r);
      return JSON.stringify(r);
    };
    const finding = (r: Record<string, unknown>) => (r.findings as Record<string, unknown>[])[0]!;
    expect(() =>
      parseReport(
        forged((r) => (finding(r).function = 42)),
        'forged.json',
      ),
    ).toThrow(/^forged\.json is not a valid leak-gate report: field findings\[0\]\.function: expected string, got 42$/);
    expect(() =>
      parseReport(
        forged((r) => (finding(r).code = null)),
        'forged.json',
      ),
    ).toThrow(/field findings\[0\]\.code: expected string, got null$/);
    expect(() =>
      parseReport(
        forged((r) => (finding(r).kind = 'mild')),
        'f.json',
      ),
    ).toThrow(/field findings\[0\]\.kind: expected \(leak \| warmup \| noise\), got "mild"$/);
    expect(() =>
      parseReport(
        forged((r) => delete r.workload),
        'f.json',
      ),
    ).toThrow(/^f\.json is not a valid leak-gate report: field workload is missing$/);
    expect(() =>
      parseReport(
        forged((r) => ((r.judging as Record<string, unknown>).failOn = 'always')),
        'f.json',
      ),
    ).toThrow(/field judging\.failOn/);
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
