import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/compare.js';
import { isIgnored, moduleOf, parseIgnore } from '../../src/gate/ignore.js';
import { judge } from '../../src/gate/verdict.js';
import { parseReport } from '../../src/schema.js';
import { analysed, DEFAULT_JUDGING, growing, probeResult, site } from './synthetic.js';

const at = (file: string, line: number, fn = 'f') => ({ file, line, function: fn });

describe('ignore patterns', () => {
  it('tell path:line, a path glob and module.function apart', () => {
    const rules = (p: string) => parseIgnore([p], '--ignore');
    expect(isIgnored(at('app/cache.py', 42), rules('app/cache.py:42'))).toBe(true);
    expect(isIgnored(at('app/cache.py', 43), rules('app/cache.py:42'))).toBe(false);
    expect(isIgnored(at('vendor/a/b.py', 1), rules('vendor/**'))).toBe(true);
    expect(isIgnored(at('app/vendor.py', 1), rules('vendor/**'))).toBe(false);
    expect(isIgnored(at('app/x.py', 1), rules('*.py'))).toBe(false); // * stays within a folder
    expect(isIgnored(at('app/x.py', 1), rules('**/*.py'))).toBe(true);
    expect(isIgnored(at('x.py', 1), rules('**/*.py'))).toBe(true);
    const lib = at('/usr/lib/python3.11/asyncio/events.py', 80, 'Handle._run');
    expect(isIgnored(lib, rules('asyncio.events.Handle._run'))).toBe(true);
    expect(isIgnored(lib, rules('**/asyncio/*.py'))).toBe(true);
    expect(isIgnored(at('app/cache.py', 9, 'Store.put'), rules('app.cache.Store.put'))).toBe(true);
    expect(isIgnored(at('app/cache.py', 9, 'Store.get'), rules('app.cache.Store.put'))).toBe(false);
  });

  it('read a library module from its import root', () => {
    expect(moduleOf('/venv/lib/python3.12/site-packages/flask/app.py')).toBe('flask.app');
    expect(moduleOf('/usr/lib/python3/dist-packages/jinja2/__init__.py')).toBe('jinja2');
    expect(moduleOf('/usr/lib/python3.11/http/server.py')).toBe('http.server');
    expect(moduleOf('svc/jobs.py')).toBe('svc.jobs');
  });

  it('refuse what is none of the three, naming the setting', () => {
    expect(() => parseIgnore(['leaklib'], 'input ignore')).toThrow(
      /^input ignore "leaklib" is not a pattern: use path:line \(app\/cache\.py:42\), a path glob \(vendor\/\*\*\) or module\.function/,
    );
  });
});

describe('judging with ignore patterns', () => {
  const leaky = analysed(probeResult([site(1, growing(100)), site(2, growing(300), { file: 'vendor/lib.py' })]));
  const ignoring = { ...DEFAULT_JUDGING, ignore: ['vendor/**'] };

  it('shows an ignored line, never fails on it, and counts only the lines that count', () => {
    const j = judge(leaky, undefined, ignoring);
    expect(j.report.findings.find((f) => f.file === 'vendor/lib.py')).toMatchObject({ kind: 'leak', ignored: true });
    expect(j.report.growthPerIteration).toBe(100);
    expect(j.decision).toEqual({ verdict: 'leak', fail: true, exitCode: 1 });
    expect(j.report.summary).toBe('1 line leaking 100 B per iteration; first: app.py:1');
    const alone = judge(analysed(probeResult([site(2, growing(300), { file: 'vendor/lib.py' })])), undefined, ignoring);
    expect(alone.decision).toEqual({ verdict: 'pass', fail: false, exitCode: 0 });
    expect(alone.report.summary).toBe('no leak outside the ignored lines (1 line ignored)');
  });

  it('never calls an ignored line new, grown or fixed', () => {
    const base = analysed(probeResult([site(1, growing(100))]));
    const j = judge(leaky, base, { ...ignoring, failOn: 'regression' });
    expect(j.comparison!.sites.map((s) => `${s.file}:${s.status}`)).toEqual(['app.py:unchanged']);
    expect(j.decision.fail).toBe(false);
    const fixedOnlyByIgnoring = judge(base, leaky, ignoring);
    expect(fixedOnlyByIgnoring.comparison!.sites.map((s) => s.status)).toEqual(['unchanged']);
    // Without the pattern, the library's line is new.
    expect(compareReports(base, leaky).sites.map((s) => s.status)).toContain('new');
  });

  it('stores the patterns with the report, so judging it again ignores the same lines', () => {
    const j = judge(leaky, undefined, ignoring);
    const read = parseReport(JSON.stringify(j.report), 'r.json');
    expect(read.judging.ignore).toEqual(['vendor/**']);
    expect(judge(read, undefined, read.judging).report.growthPerIteration).toBe(100);
    // A judging without them counts the line again.
    expect(judge(read, undefined, DEFAULT_JUDGING).report.growthPerIteration).toBe(400);
  });
});
