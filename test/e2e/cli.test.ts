import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PYTHONS, ROOT, runCli } from './run-cli.js';

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'leak-gate-test-'));

/** Whether a process is gone (or a zombie, ended but not reaped yet) within 5 seconds. */
async function ended(pid: number): Promise<boolean> {
  const state = (): string => (existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : 'State: gone');
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (/State:\s+(gone|Z)/.test(state())) return true;
  }
  return false;
}
/** A regular file in a fresh temp directory. */
const aFile = (): string => {
  const file = path.join(tmp(), 'taken.txt');
  writeFileSync(file, 'not a directory');
  return file;
};

describe.each(PYTHONS)('leak-gate run on Python %s', (python) => {
  it('finds the leaking line of the example service and exits 1', async () => {
    const json = path.join(tmp(), 'report.json');
    const r = await runCli(['run', 'examples/leaky_service.py', '--json', json], { python });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^leak-gate: LEAK/);
    expect(r.stdout).toContain('examples/leaky_service.py:13');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.verdict).toBe('leak');
    expect(report.workload.python).toBe(python);
    expect(report.findings[0]).toMatchObject({
      file: 'examples/leaky_service.py',
      line: 13,
      function: 'remember',
      code: expect.stringContaining('_recent_responses[request_id] = body.encode()'),
      kind: 'leak',
    });
    expect(report.findings[0].growthPerIteration).toBeGreaterThan(64);
  });

  it('passes the clean example that a before/after diff would blame, and exits 0', async () => {
    const r = await runCli(['run', 'examples/clean_cache.py'], { python });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^leak-gate: PASS/);
  });

  it('charges a leak made inside logging to the user line that called it, on a path the first iteration did not take', async () => {
    const json = path.join(tmp(), 'report.json');
    const r = await runCli(['run', 'test/fixtures/deep_logging_leak.py', '--json', json], { python });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/first: test\/fixtures\/deep_logging_leak\.py:9\n/);
    // All of it: tracebacks cut short at the first iteration's depth would
    // leave part of the leak charged to lines inside logging.
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const leaks = report.findings.filter((f: { kind: string }) => f.kind === 'leak');
    expect(leaks.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['test/fixtures/deep_logging_leak.py:9']);
  });

  it('passes a bounded deque beside an lru_cache: a table that grows once does not lend its size to a few bytes of replacement', async () => {
    const r = await runCli(['run', 'test/fixtures/deque_beside_lru_cache.py'], { python });
    expect(r.stdout).toMatch(/^leak-gate: PASS/);
    expect(r.code).toBe(0);
  });

  it('charges a leaked dict to its own line, not to the line of a temporary whose freed block it reused', async () => {
    const r = await runCli(['run', 'test/fixtures/recycled_dict_leak.py'], { python });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking .*; first: test\/fixtures\/recycled_dict_leak\.py:8\n/);
  });

  it('runs async entries, calls teardown, and adds up a leak spread thin', async () => {
    const a = await runCli(['run', 'test/fixtures/async_leak.py', '--entry', 'handle', '--json', path.join(tmp(), 'a.json')], { python });
    expect(a.code).toBe(1);
    expect(a.stdout).toContain('test/fixtures/async_leak.py:9');
    // A dict made in the task's first step reuses a block asyncio freed when it
    // started the task: all of the leak is still charged to the handler's line.
    const d = await runCli(['run', 'test/fixtures/async_dict_leak.py'], { python });
    expect(d.code).toBe(1);
    expect(d.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking/);
    expect(d.stdout).toContain('first: test/fixtures/async_dict_leak.py:8');
    const s = await runCli(['run', 'test/fixtures/spread_leak.py'], { python });
    expect(s.code).toBe(1);
    expect(s.stdout).toMatch(/12 lines leaking/);
  });

  it('names the function that ran each leaking line as Python qualifies it, and keeps the line as written', async () => {
    const json = path.join(tmp(), 'names.json');
    const r = await runCli(['run', 'test/fixtures/names.py', '--json', json], { python });
    expect(r.code).toBe(1);
    const findings: { line: number; function: string; code: string }[] = JSON.parse(readFileSync(json, 'utf8')).findings;
    const byLine = new Map(findings.map((f) => [f.line, f]));
    expect(byLine.get(10)?.function).toBe('Store.put');
    expect(byLine.get(15)?.function).toBe('outer.<locals>.inner');
    expect(byLine.get(18)?.function).toBe('outer'); // a lambda counts as its enclosing function
    expect(byLine.get(32)?.function).toBe('decorated');
    const source = readFileSync(path.join(FIXTURES, 'names.py'), 'utf8').split('\n');
    expect(byLine.get(10)?.code).toBe(source[9]?.trim()); // quotes, a backslash, non-ASCII and a tab
    // The terminal's table keeps its columns: the tab is shown as a space.
    expect(r.stdout).not.toContain('\t');
    expect(r.stdout).toMatch(/names\.py:10 +Store\.put +_kept\.append\("méthode .*# café ☕ t/);
  });
});

describe("the interpreter's own caches", () => {
  it.each(['3.9.18', '3.10.13'])('pass attribute names kept by the type attribute cache (Python %s)', async (python) => {
    const r = await runCli(['run', 'test/fixtures/type_cache_names.py'], { python, env: { LEAK_GATE_TRACED_WINDOW: '80' } });
    expect(r.stdout).toMatch(/^leak-gate: PASS/);
    expect(r.code).toBe(0);
  });

  it.each(['3.10.13', '3.11.7', '3.12.1', '3.13.0'])(
    'pass an asyncio.gather, whose woken task leaves fresh copies of a name in that cache, and still find tasks kept in a set (Python %s)',
    async (python) => {
      const clean = await runCli(['run', 'test/fixtures/async_gather.py'], { python });
      expect(clean.stdout).toMatch(/^leak-gate: PASS/);
      expect(clean.code).toBe(0);
      const leaky = await runCli(['run', 'test/fixtures/async_task_set_leak.py'], { python });
      expect(leaky.code).toBe(1);
      expect(leaky.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking .*; first: test\/fixtures\/async_task_set_leak\.py:12\n/);
    },
  );
});

describe('confirmation in a second traced window', () => {
  it.each(PYTHONS)('confirms a purge that keeps entries as a leak at the rate its floor rises (Python %s)', async (python) => {
    const json = path.join(tmp(), 'r.json');
    const r = await runCli(['run', 'test/fixtures/purge_keeps_entries.py', '--json', json], {
      python,
      env: { LEAK_GATE_TRACED_WINDOW: '80' },
    });
    expect(r.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking .*; first: test\/fixtures\/purge_keeps_entries\.py:12\n/);
    expect(r.stdout).toContain(
      'Confirmed: each leaking line grew again in a second traced window (iterations 201-280, run on past the 200 asked for) after the first (iterations 121-200).',
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.confirmation.snapshotIterations).toEqual([200, 210, 220, 230, 240, 250, 260, 270, 280]);
    expect(report.confirmation.tracedMemory.iterations).toHaveLength(80);
    const leak = report.findings[0];
    expect(leak.why).toMatch(/floor rises/);
    expect(leak.confirmation.series).toHaveLength(9);
    expect(leak.confirmation.growthPerIteration).toBeGreaterThanOrEqual(leak.growthPerIteration / 2);
  });

  it.each(PYTHONS)('passes a sawtooth longer than the traced window beside a cache that fills once (Python %s)', async (python) => {
    const r = await runCli(['run', 'test/fixtures/long_period_sawtooth.py'], { python, env: { LEAK_GATE_TRACED_WINDOW: '80' } });
    expect(r.stdout).toMatch(/^leak-gate: PASS — no leak: 1 line grew in the traced window, but not in a second one\n/);
    expect(r.stdout).toContain('test/fixtures/long_period_sawtooth.py:16 workload: grew');
    expect(r.code).toBe(0);
  });

  it('counts and compares 1,000 leaking lines, the same each run', async () => {
    const dir = tmp();
    const source = ['_kept = {}'];
    for (let i = 0; i < 1000; i++) source.push(`def f${i}():`, `    _kept.setdefault(${i}, []).append(bytes(80))`);
    source.push(
      `_all = [${Array.from({ length: 1000 }, (_, i) => `f${i}`).join(', ')}]`,
      'def workload():',
      '    for f in _all:',
      '        f()',
    );
    writeFileSync(path.join(dir, 'many_lines.py'), source.join('\n') + '\n');
    const reports = [path.join(dir, 'a.json'), path.join(dir, 'b.json')];
    for (const json of reports) {
      const r = await runCli(['run', 'many_lines.py', '--json', json], { cwd: dir, python: '3.12.1' });
      expect(r.stdout).toMatch(/^leak-gate: LEAK — 1000 lines leaking 1\d\d\.\d KiB per iteration/);
    }
    const [a, b] = reports.map((f) => JSON.parse(readFileSync(f, 'utf8')));
    const leaking = (r: { findings: { kind: string; line: number }[] }) => r.findings.filter((f) => f.kind === 'leak').map((f) => f.line);
    expect(leaking(a)).toHaveLength(1000);
    expect(leaking(b)).toEqual(leaking(a));
    const same = await runCli(['compare', ...reports], { cwd: dir });
    expect(same.stdout).toMatch(/^ {2}unchanged/m);
    expect(same.stdout).not.toMatch(/^ {2}(new|grown|fixed)/m);
    expect(same.code).toBe(0);
  });
});

describe('ignore patterns', () => {
  it('keep a library line from failing the check, show it as ignored, and store the patterns in the report', async () => {
    const leaking = await runCli(['run', 'test/fixtures/library_leak.py'], { python: '3.12.1' });
    expect(leaking.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking .*; first: test\/fixtures\/site-packages\/leaklib\.py:7\n/);
    expect(leaking.code).toBe(1);
    for (const pattern of ['leaklib.remember', '**/site-packages/*.py', 'test/fixtures/site-packages/leaklib.py:7']) {
      const json = path.join(tmp(), 'r.json');
      const r = await runCli(['run', 'test/fixtures/library_leak.py', '--ignore', pattern, '--json', json], { python: '3.12.1' });
      expect(r.stdout).toMatch(/^leak-gate: PASS — no leak outside the ignored lines \(1 line ignored\)\n/);
      expect(r.stdout).toMatch(/ignored \(never fail the check\):\n +\+\d+ B test\/fixtures\/site-packages\/leaklib\.py:7 remember\n/);
      expect(r.code).toBe(0);
      const report = JSON.parse(readFileSync(json, 'utf8'));
      expect(report.judging.ignore).toEqual([pattern]);
      expect(report.findings[0]).toMatchObject({ file: 'test/fixtures/site-packages/leaklib.py', line: 7, kind: 'leak', ignored: true });
    }
  });

  it('name a pattern that is none of the three forms, before the run', async () => {
    const r = await runCli(['run', 'test/fixtures/library_leak.py', '--ignore', 'leaklib']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'leak-gate: --ignore "leaklib" is not a pattern: use path:line (app/cache.py:42), a path glob (vendor/**) or module.function (app.cache.Store.put)\n',
    );
  });
});

describe('the traced window', () => {
  // How wide the window is follows the machine's timing (the probe's window
  // module, unit-tested in test/probe); here it is fixed, so that what is
  // tested does not depend on how busy the machine is.
  const fixed = (window: number): NodeJS.ProcessEnv => ({ LEAK_GATE_TRACED_WINDOW: String(window) });

  it.each(PYTHONS)('sees a buffer grown in place leak when the window is wide (Python %s)', async (python) => {
    const r = await runCli(['run', 'test/fixtures/slow_journal.py'], { python, env: fixed(80) });
    expect(r.stdout).toContain('200 iterations (20 warm-up, the last 80 traced)');
    expect(r.stdout).toContain('first: test/fixtures/slow_journal.py:12');
    expect(r.code).toBe(1);
  });

  it('passes a slow allocating workload traced over the narrowest window', async () => {
    const r = await runCli(['run', 'test/fixtures/slow_allocating.py'], { python: '3.12.1', env: fixed(18) });
    expect(r.stdout).toContain('200 iterations (20 warm-up, the last 18 traced)');
    expect(r.code).toBe(0);
  });

  it("traces a pull request over its baseline's window, whatever this machine would choose", async () => {
    const base = path.join(tmp(), 'base.json');
    expect((await runCli(['run', 'examples/leaky_service.py', '--json', base], { env: fixed(33) })).code).toBe(1);
    const head = await runCli(['run', 'examples/leaky_service.py', '--baseline', base, '--fail-on', 'regression']);
    expect(head.stdout).toContain('the last 33 traced');
    expect(head.code).toBe(0); // the same leak as the baseline: not a regression
    expect(head.stdout).toContain('unchanged');
  });

  it('names the test hook when it is not a number', async () => {
    const r = await runCli(['run', 'examples/leaky_service.py'], { env: { LEAK_GATE_TRACED_WINDOW: 'wide' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('leak-gate: LEAK_GATE_TRACED_WINDOW must be a whole number from 1 to 1000000, got "wide"\n');
  });
});

describe('workload forms', () => {
  it('takes package.module:function and reports the helper module line', async () => {
    const r = await runCli(['run', 'pkg.registry:leaky_job', '--json', path.join(tmp(), 'r.json')], { cwd: FIXTURES, python: '3.12.1' });
    // The output first: when this fails, the message shows what leak-gate said.
    expect(r.stdout + r.stderr).toContain('pkg/registry.py:15');
    expect(r.code).toBe(1);
  });

  it('takes an entry bound by an assignment rather than a def', async () => {
    const r = await runCli(['run', 'test/fixtures/assigned_entry.py'], { python: '3.12.1' });
    expect(r.stdout).toContain('assigned_entry.py → workload(): 200 iterations');
    expect(r.stdout).toContain('first: test/fixtures/assigned_entry.py:8');
    expect(r.code).toBe(1);
  });

  it('finds the same lines when the snapshots are grouped while tracing, as for workloads with many live objects', async () => {
    const dir = tmp();
    const held = path.join(dir, 'held.json');
    const now = path.join(dir, 'now.json');
    await runCli(['run', 'test/fixtures/names.py', '--json', held], { python: '3.12.1' });
    await runCli(['run', 'test/fixtures/names.py', '--json', now], { python: '3.12.1', env: { LEAK_GATE_MAX_HELD_TRACES: '0' } });
    const findings = (file: string): { line: number; growthPerIteration: number }[] => JSON.parse(readFileSync(file, 'utf8')).findings;
    expect(findings(now).map((f) => f.line)).toEqual(findings(held).map((f) => f.line));
    const before = findings(held);
    findings(now).forEach((f, i) => expect(f.growthPerIteration).toBeCloseTo(before[i]?.growthPerIteration ?? NaN, -1));
  });

  it('does not write its result into a file the workload opened where its result pipe was', async () => {
    const log = path.join(tmp(), 'workload.log');
    const json = path.join(tmp(), 'r.json');
    const r = await runCli(['run', 'test/fixtures/takes_fd3.py', '--json', json, '--', log], { python: '3.12.1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('first: test/fixtures/takes_fd3.py:15');
    expect(readFileSync(log, 'utf8')).toMatch(/^(call\n)+$/);
    // With no pipe to ask over, the probe confirms with a second window of the first one's length.
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const xs = report.snapshotIterations;
    expect(report.confirmation.snapshotIterations.at(-1) - 200).toBe(xs.at(-1) - xs[0]);
  });

  it("shows what a wrapper said when it found no such Python (a pyenv shim's exit 127)", async () => {
    const shim = path.join(tmp(), 'python3.99');
    writeFileSync(
      shim,
      '#!/bin/sh\necho "pyenv: python3.99: command not found" >&2\necho "The \'python3.99\' command exists in these Python versions: none" >&2\nexit 127\n',
    );
    chmodSync(shim, 0o755);
    const r = await runCli(['run', 'examples/leaky_service.py', '--python', shim]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `leak-gate: error: Python not found: "${shim}" exited with code 127, command not found (what it said is below): install that Python, or pass --python the path of a Python 3.9 or newer\n` +
        "  pyenv: python3.99: command not found\n  The 'python3.99' command exists in these Python versions: none\n",
    );
  });

  it('shows a syntax error with its line, column and a caret', async () => {
    const r = await runCli(['run', 'test/fixtures/syntax_error.py'], { python: '3.13.0' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `leak-gate: error: syntax error in ${ROOT}/test/fixtures/syntax_error.py:1:14: invalid syntax\n  def workload(:\n               ^\n`,
    );
  });

  it('says what to try when the workload cannot import a module', async () => {
    const r = await runCli(['run', 'test/fixtures/missing_module.py']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      `leak-gate: error: the workload raised ModuleNotFoundError: No module named 'shop' during setup (module-level code) at test/fixtures/missing_module.py:1; ` +
        `is shop installed for "python3"? Give the Python that has it (--python, or the action's input python; a virtualenv's is .venv/bin/python), or run from the directory the workload imports it from (${ROOT} now)`,
    );
  });

  it("says when the project's code lies outside the working directory, run from a subdirectory", async () => {
    const project = tmp();
    mkdirSync(path.join(project, 'app'));
    mkdirSync(path.join(project, 'tests'));
    writeFileSync(path.join(project, 'app/store.py'), '_store = []\n\n\ndef remember(x):\n    _store.append({"x": x, "pad": "p" * 50})\n');
    writeFileSync(
      path.join(project, 'tests/workload.py'),
      'import os, sys\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))\nfrom app.store import remember\n\n\ndef workload():\n    remember(object())\n',
    );
    const below = await runCli(['run', 'workload.py'], { cwd: path.join(project, 'tests') });
    expect(below.stdout).toContain('first: workload.py:7');
    expect(below.stdout).toContain(
      `note: lines in ${project}/app are outside the working directory (${project}/tests), so they count as library code and their memory is charged to your calling line: run from the project's root`,
    );
    const root = await runCli(['run', 'tests/workload.py'], { cwd: project });
    expect(root.stdout).toContain('first: app/store.py:5');
    expect(root.stdout).not.toContain('note:');
  });

  it('counts the script as your code wherever it lies, outside the working directory too', async () => {
    const elsewhere = tmp();
    writeFileSync(
      path.join(elsewhere, 'jobs.py'),
      '_done = []\n\n\ndef workload():\n    _done.append({"job": len(_done), "pad": "p" * 50})\n',
    );
    const r = await runCli(['run', path.join(elsewhere, 'jobs.py')], { cwd: tmp() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`first: ${elsewhere}/jobs.py:5\n`);
    expect(r.stdout).toContain('kept alive by jobs._done[…] (list');
    expect(r.stdout).not.toContain('note:');
  });

  it('shows a leaking statement that spans lines whole, up to three of them', async () => {
    const json = path.join(tmp(), 'r.json');
    const r = await runCli(['run', 'test/fixtures/multiline_leak.py', '--json', json]);
    expect(r.stdout).toContain('multiline_leak.py:9   workload  _rows[_n] = { "id": _n, "total": _n * 3, …');
    const f = JSON.parse(readFileSync(json, 'utf8')).findings[0];
    // The first line still identifies the site (a baseline of an older leak-gate matches it).
    expect(f).toMatchObject({ line: 9, code: '_rows[_n] = {', statement: '_rows[_n] = { "id": _n, "total": _n * 3, …' });
  });

  it("summarises the workload's Python warnings in a note, each once", async () => {
    const r = await runCli(['run', 'test/fixtures/warns.py']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `note: the workload printed a warning: ${ROOT}/test/fixtures/warns.py:11: DeprecationWarning: old_api() is deprecated; use new_api()\n`,
    );
  });

  it('keeps the measurement when teardown raises, and says so', async () => {
    const json = path.join(tmp(), 'r.json');
    const r = await runCli(['run', 'test/fixtures/teardown_raises.py', '--json', json]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking .*; first: test\/fixtures\/teardown_raises\.py:7\n/);
    expect(r.stdout).toMatch(
      /note: teardown raised RuntimeError: the connection was already closed at test\/fixtures\/teardown_raises\.py:11; the measurement is kept\n/,
    );
    expect(JSON.parse(readFileSync(json, 'utf8')).verdict).toBe('leak');
  });

  it('passes arguments after -- to the script', async () => {
    const json = path.join(tmp(), 's.json');
    const r = await runCli(['run', 'test/fixtures/args.py', '--json', json, '--', '4000'], { python: '3.10.13' });
    expect(r.code).toBe(1);
    const growth = JSON.parse(readFileSync(json, 'utf8')).findings[0].growthPerIteration;
    expect(growth).toBeGreaterThan(4000);
    expect(growth).toBeLessThan(4200);
  });

  it('runs a script without an entry function whole, once', async () => {
    const r = await runCli(['run', 'test/fixtures/whole_script.py']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('run once as a whole script');
    // runpy is frozen from 3.11 on, a file before: on both its frames stay out of the traceback.
    for (const python of ['3.9.18', '3.12.1']) {
      const json = path.join(tmp(), 'whole.json');
      const md = path.join(tmp(), 'whole.md');
      await runCli(['run', 'test/fixtures/whole_script.py', '--json', json, '--markdown', md], { python });
      const leak = JSON.parse(readFileSync(json, 'utf8')).findings[0];
      expect(leak.traceback.map((t: { file: string }) => t.file)).toEqual(['test/fixtures/whole_script.py']);
      const comment = readFileSync(md, 'utf8');
      expect(comment).toContain('| line | function | code | left behind |');
      expect(comment).toContain(`Python ${python} · run once as a whole script · leak-gate`);
      expect(comment).not.toContain('iterations');
      expect(comment).toMatch(/<pre>npx leak-gate@[^ ]+ run test\/fixtures\/whole_script.py --python python3\.\d+<\/pre>/);
    }
    const few = await runCli(['run', 'test/fixtures/whole_script.py', '--', '10']);
    expect(few.code).toBe(0);
    expect(few.stdout).not.toContain('note:');
    const asked = await runCli(['run', 'test/fixtures/whole_script.py', '--iterations', '500', '--', '10']);
    expect(asked.stdout).toContain(
      'note: 500 iterations were asked for, but test/fixtures/whole_script.py has no workload() and ran once, whole: define workload() (one iteration of the work) to measure iterations',
    );
  });

  it("counts what a whole script's own globals keep as left behind, and names a pass's leftovers as under the threshold", async () => {
    for (const python of ['3.9.18', '3.13.0']) {
      const r = await runCli(['run', 'test/fixtures/whole_globals.py'], { python });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking [4-7]\.\d MiB left behind; first: test\/fixtures\/whole_globals\.py:7\n/);
    }
    const few = await runCli(['run', 'test/fixtures/whole_globals.py', '--', '100']);
    expect(few.code).toBe(0);
    expect(few.stdout).toContain('leak-gate: PASS — no leak: no line left 1.0 MiB or more behind\n');
    expect(few.stdout).toMatch(/left behind, under the 1\.0 MiB a leak must leave \(not leaks\):\n +left +line/);
    expect(few.stdout).not.toContain('grew, then stopped');
  });

  it('dumps the first and last snapshots when asked', async () => {
    const dir = path.join(tmp(), 'snaps');
    const r = await runCli(['run', 'examples/leaky_service.py', '--snapshots-dir', dir]);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, 'first.tracemalloc'))).toBe(true);
    expect(existsSync(path.join(dir, 'last.tracemalloc'))).toBe(true);
  });
});

describe('compare and baselines', () => {
  it('compares two reports site by site and gates on regression', async () => {
    const dir = tmp();
    const base = path.join(dir, 'base.json');
    const head = path.join(dir, 'head.json');
    await runCli(['run', 'examples/clean_cache.py', '--entry', 'workload', '--json', base]);
    await runCli(['run', 'examples/leaky_service.py', '--json', head], { env: { LEAK_GATE_TRACED_WINDOW: '60' } });
    // Different workloads are refused as a baseline, with the reason.
    const mismatch = await runCli(['run', 'examples/leaky_service.py', '--baseline', base]);
    expect(mismatch.stdout).toContain('baseline not compared');
    const same = await runCli(['compare', head, head]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('unchanged');
    const regressed = await runCli(['run', 'examples/leaky_service.py', '--baseline', head, '--fail-on', 'regression']);
    expect(regressed.stdout).toContain('the last 60 traced');
    expect(regressed.code).toBe(0); // the same leak as the baseline: not a regression
    expect(regressed.stdout).toContain('unchanged');
  });

  it('judges again with the settings stored in HEAD, unless flags say otherwise', async () => {
    const dir = tmp();
    const [small, large] = [path.join(dir, 'small.json'), path.join(dir, 'large.json')];
    const env = { LEAK_GATE_TRACED_WINDOW: '60' };
    await runCli(['run', 'test/fixtures/args.py', '--json', small, '--', '1000'], { env, python: '3.12.1' });
    // Twice the leak, judged by a run that allows three times the baseline's growth.
    await runCli(['run', 'test/fixtures/args.py', '--tolerance', '2', '--json', large, '--', '2000'], { env, python: '3.12.1' });
    const stored = await runCli(['compare', small, large]);
    expect(stored.stdout).toMatch(/unchanged/);
    expect(stored.code).toBe(0);
    const flagged = await runCli(['compare', small, large, '--tolerance', '0.25']);
    expect(flagged.stdout).toMatch(
      /^leak-gate: REGRESSION — 1 line new or grown since the baseline; the largest: test\/fixtures\/args\.py:\d+\n/,
    );
    expect(flagged.code).toBe(1);
  });

  it('refuses a forged report in one line naming the file and the field, never an internal error', async () => {
    const dir = tmp();
    const base = path.join(dir, 'base.json');
    const forged = path.join(dir, 'forged.json');
    await runCli(['run', 'examples/leaky_service.py', '--json', base]);
    const report = JSON.parse(readFileSync(base, 'utf8'));
    report.findings[0].function = 42;
    report.findings[0].code = null;
    writeFileSync(forged, JSON.stringify(report));
    for (const args of [
      ['compare', base, forged],
      ['run', 'examples/leaky_service.py', '--baseline', forged],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        /^leak-gate: (HEAD|--baseline) \S+forged\.json is not a valid leak-gate report: field findings\[0\]\.function: expected string, got 42\n$/,
      );
    }
  });

  it('refuses to compare reports of different workloads or of a failed run, and says when windows differ', async () => {
    const dir = tmp();
    const [clean, head, short, failed] = ['clean', 'head', 'short', 'failed'].map((n) => path.join(dir, `${n}.json`)) as [
      string,
      string,
      string,
      string,
    ];
    await runCli(['run', 'examples/clean_cache.py', '--json', clean]);
    await runCli(['run', 'examples/leaky_service.py', '--json', head]);
    await runCli(['run', 'examples/leaky_service.py', '--iterations', '100', '--json', short]);
    expect((await runCli(['run', 'test/fixtures/raises.py', '--json', failed])).code).toBe(2);

    const other = await runCli(['compare', clean, head]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(
      /^leak-gate: cannot compare: BASE \S+clean\.json measured examples\/clean_cache\.py \(workload\), HEAD \S+head\.json examples\/leaky_service\.py \(workload\); measure both the same way\n$/,
    );
    for (const args of [
      [failed, head],
      [head, failed],
    ]) {
      const r = await runCli(['compare', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/failed\.json is the report of a run that could not measure: measure again, then compare\n$/);
    }
    const failedBaseline = await runCli(['run', 'examples/leaky_service.py', '--baseline', failed, '--fail-on', 'regression']);
    expect(failedBaseline.stdout).toContain('baseline not compared: the baseline is the report of a run that could not measure');
    expect(failedBaseline.code).toBe(1); // no baseline: fail-on regression falls back to fail-on leak

    const windows = await runCli(['compare', short, head]);
    expect(windows.stdout).toMatch(
      /BASE \S+short\.json traced its last \d+ of 100 iterations, HEAD \S+head\.json its last \d+ of 200: growth per iteration can differ by up to a third between windows; `leak-gate run SCRIPT --iterations 100 --baseline \S+short\.json` traces the same window/,
    );
    const longer = await runCli(['run', 'examples/leaky_service.py', '--baseline', short]);
    expect(longer.stdout).toMatch(
      /the baseline traced its last \d+ of 100 iterations, this run its last \d+ of 200: .*; the baseline's iterations and warm-up give the same window/,
    );
    const same = await runCli(['run', 'examples/leaky_service.py', '--iterations', '100', '--baseline', short]);
    expect(same.stdout).not.toContain('traced its last');
  });
});

describe('bad input: one line, exit 2, never a verdict', () => {
  const cases: [string, string[], RegExp, string?][] = [
    ['missing script', ['run', 'nope.py'], /script nope\.py does not exist \(relative to .*\): check the path/],
    ['not a Python file', ['run', 'test/fixtures/not_python.txt'], /is not a Python file/],
    [
      'unknown entry',
      ['run', 'examples/leaky_service.py', '--entry', 'nothere'],
      /defines no function nothere \(top-level functions: remember, handle, workload\)/,
    ],
    ['Python not found', ['run', 'examples/leaky_service.py', '--python', '/no/such/python3'], /Python not found/],
    [
      'Python path does not exist',
      ['run', 'examples/leaky_service.py', '--python', path.join(tmp(), 'python3')],
      /Python not found: ".*python3" does not exist; pass --python the path of a Python 3\.9 or newer$/,
    ],
    [
      'relative Python path does not exist',
      ['run', 'examples/leaky_service.py', '--python', 'venv/bin/python3'],
      /Python not found: "venv\/bin\/python3" does not exist \(.*\/venv\/bin\/python3\)/,
    ],
    [
      'not a Python: ls',
      ['run', 'examples/leaky_service.py', '--python', '/bin/ls'],
      /^leak-gate: error: "\/bin\/ls" is not a Python 3\.9\+ interpreter .*: pass --python the path of a Python 3\.9 or newer$/,
    ],
    ['not a Python: node', ['run', 'examples/leaky_service.py', '--python', process.execPath], /is not a Python 3\.9\+ interpreter/],
    [
      'Python too old',
      ['run', 'examples/leaky_service.py'],
      /Python 3\.8\.18 .* is too old: leak-gate needs CPython 3\.9 or newer/,
      '3.8.18',
    ],
    [
      'iterations not a number',
      ['run', 'examples/leaky_service.py', '--iterations', 'lots'],
      /--iterations must be a whole number from 10 to 1000000, got "lots"/,
    ],
    ['too few iterations', ['run', 'examples/leaky_service.py', '--iterations', '3'], /--iterations must be from 10/],
    [
      'warm-up too long',
      ['run', 'examples/leaky_service.py', '--iterations', '20', '--warmup', '18'],
      /--warmup \(18\) must leave at least 5/,
    ],
    ['bad fail-on', ['run', 'examples/leaky_service.py', '--fail-on', 'sometimes'], /--fail-on must be one of leak, regression, never/],
    [
      'negative iterations',
      ['run', 'examples/leaky_service.py', '--iterations', '-3'],
      /^leak-gate: --iterations must be a whole number from 10 to 1000000, got "-3"$/,
    ],
    [
      'negative warm-up',
      ['run', 'examples/leaky_service.py', '--warmup', '-1'],
      /^leak-gate: --warmup must be a whole number from 0 to 1000000, got "-1"$/,
    ],
    [
      'negative min-growth',
      ['run', 'examples/leaky_service.py', '--min-growth', '-5'],
      /^leak-gate: --min-growth must be from 1 to 1000000000, got -5$/,
    ],
    [
      'unknown flag',
      ['run', 'examples/leaky_service.py', '--iteratons', '5'],
      /^leak-gate: unknown option --iteratons: see leak-gate run --help \(did you mean --iterations\?\)$/,
    ],
    [
      "unknown flag, nothing close: maybe the script's",
      ['run', 'test/fixtures/args.py', '--size', '1'],
      /^leak-gate: unknown option --size: see leak-gate run --help; if it is the script's, pass it after --: leak-gate run SCRIPT \[options\] -- --size 1$/,
    ],
    [
      'unknown flag of compare',
      ['compare', 'base.json', 'head.json', '--tolerence', '1'],
      /^leak-gate: unknown option --tolerence: see leak-gate compare --help \(did you mean --tolerance\?\)$/,
    ],
    ['unknown command', ['measure', 'x.py'], /unknown command "measure"/],
    [
      'workload ends the process',
      ['run', 'test/fixtures/exits_process.py'],
      /Python exited with code 0 before the measurement finished \(last progress: iteration 0 of 200\); it printed nothing: does the workload end the process itself \(os\._exit, os\.kill\)\?$/,
    ],
    [
      'misspelt entry',
      ['run', 'test/fixtures/misspelt_entry.py'],
      /misspelt_entry\.py defines no function workload, but workloads: rename it, or pass --entry workloads/,
    ],
    ['empty script', ['run', 'test/fixtures/empty_script.py'], /script test\/fixtures\/empty_script\.py runs no code: nothing to measure/],
    [
      'snapshots dir is a file',
      ['run', 'examples/leaky_service.py', '--snapshots-dir', aFile()],
      /^leak-gate: --snapshots-dir .*taken\.txt is a file, not a directory: choose another path$/,
    ],
    [
      'json in a missing directory',
      ['run', 'examples/leaky_service.py', '--json', path.join(tmp(), 'missing', 'r.json')],
      /^leak-gate: --json .*r\.json: the directory .*missing does not exist: create it or choose another path$/,
    ],
    [
      'markdown in a missing directory',
      ['run', 'examples/leaky_service.py', '--markdown', path.join(tmp(), 'missing', 'r.md')],
      /^leak-gate: --markdown .*r\.md: the directory .*missing does not exist: create it or choose another path$/,
    ],
    ['baseline not a report', ['run', 'examples/leaky_service.py', '--baseline', 'package.json'], /not a leak-gate report/],
  ];
  it.each(cases)('%s', async (_name, args, message, python) => {
    const r = await runCli(args, { python });
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(/PASS|LEAK/);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no Node stack trace
  });

  it('prints the usage for run --help and compare --help, and exits 0', async () => {
    for (const args of [
      ['run', '--help'],
      ['compare', '--help'],
      ['run', 'examples/leaky_service.py', '-h'],
    ]) {
      const r = await runCli(args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage:\n {2}leak-gate run SCRIPT/);
    }
  });

  it('points a module without its function, or a file path with one, to the module:function form', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'svc'));
    writeFileSync(path.join(dir, 'svc', '__init__.py'), '');
    writeFileSync(path.join(dir, 'svc', 'jobs.py'), 'def run_job():\n    pass\n');
    const expectations: [string, RegExp][] = [
      [
        'svc.jobs',
        /^leak-gate: error: script svc\.jobs does not exist \(relative to .*\): check the path; for a function in a module, use svc\.jobs:FUNCTION$/,
      ],
      [
        'svc/jobs.py:run_job',
        /^leak-gate: error: svc\/jobs\.py:run_job: a file path with ':' is not supported; use the dotted module form svc\.jobs:run_job$/,
      ],
    ];
    for (const [target, message] of expectations) {
      const r = await runCli(['run', target], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    }
  });

  it('shows the workload traceback when it raises', async () => {
    const r = await runCli(['run', 'test/fixtures/raises.py']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^leak-gate: error: the workload raised ValueError: bad record 7 during iteration 7 at test\/fixtures\/raises\.py:3\n/,
    );
    expect(r.stderr).toContain('in parse');
    expect(r.stderr).not.toContain('leak_gate_probe');
  });

  it('ends a hanging workload and its children at --timeout', async () => {
    const pidFile = path.join(tmp(), 'child.pid');
    const r = await runCli(['run', 'test/fixtures/hangs.py', '--timeout', '2', '--', pidFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did not finish within 2 s \(last progress: iteration 0 of 200\): raise --timeout/);
    // SIGKILL to the process group is sent before the run ends; the kernel may take a moment to reap the child.
    expect(await ended(Number(readFileSync(pidFile, 'utf8')))).toBe(true);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('stops at %s within seconds, ends the workload and its children, says so and writes no report', async (signal, code) => {
    const dir = tmp();
    const pidFile = path.join(dir, 'child.pid');
    const json = path.join(dir, 'r.json');
    const started = Date.now();
    const r = await runCli(['run', 'test/fixtures/hangs.py', '--json', json, '--', pidFile], {
      // The workload's setup has started its child: the run is under way.
      interrupt: { signal, when: () => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '' },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(`leak-gate: stopped by ${signal}; the workload and every process it started were ended\n`);
    expect(existsSync(json)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['child.pid']);
    expect(await ended(Number(readFileSync(pidFile, 'utf8')))).toBe(true);
  });

  it("shows the probe in ps as one short line, not the bootstrap's source", async () => {
    const dir = tmp();
    const seen = path.join(dir, 'cmdline');
    writeFileSync(
      path.join(dir, 'whoami.py'),
      `with open("/proc/self/cmdline", "rb") as f, open(${JSON.stringify(seen)}, "wb") as out:\n    out.write(f.read())\n\n\ndef workload():\n    pass\n`,
    );
    const r = await runCli(['run', 'whoami.py', '--iterations', '30'], { cwd: dir });
    expect(r.code).toBe(0);
    const argv = readFileSync(seen, 'utf8').split('\0');
    expect(argv[1]).toBe('-c');
    expect(argv[2]!.startsWith('# leak-gate probe')).toBe(true);
    expect(argv[2]!.length).toBeLessThan(300);
  });

  it('says when Python was killed', async () => {
    const r = await runCli(['run', 'test/fixtures/killed.py']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Python was killed by SIGKILL \(last progress: iteration \d+ of 200\): it ran out of memory/);
  });

  it('checks where results go before running the workload', async () => {
    const dir = tmp();
    const ran = path.join(dir, 'ran');
    const script = path.join(dir, 'setup_ran.py');
    writeFileSync(script, `open(${JSON.stringify(ran)}, "w").close()\n\ndef workload():\n    pass\n`);
    for (const flags of [
      ['--json', path.join(dir, 'missing', 'r.json')],
      ['--markdown', path.join(dir, 'missing', 'r.md')],
      ['--snapshots-dir', aFile()],
    ]) {
      const r = await runCli(['run', script, ...flags]);
      expect(r.code).toBe(2);
      expect(existsSync(ran)).toBe(false);
    }
  });

  it('does not overwrite a file that is not a report', async () => {
    const file = path.join(tmp(), 'notes.txt');
    writeFileSync(file, 'my notes');
    const r = await runCli(['run', 'examples/leaky_service.py', '--json', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--json .*notes\.txt exists and is not a leak-gate report/);
    expect(readFileSync(file, 'utf8')).toBe('my notes');
  });
});

describe("the probe's code cache", () => {
  it("is used when it is the user's own file, and ignored when others could have written it, for every module", async () => {
    const dir = tmp();
    const env = { TMPDIR: dir };
    expect((await runCli(['run', 'examples/leaky_service.py'], { python: '3.12.1', env })).code).toBe(1);
    // One cache file per module of the probe's package (the bootstrap is not cached: it goes to python -c).
    const modules = readdirSync(path.join(ROOT, 'dist/cli/leak_gate_probe'))
      .filter((f) => f.endsWith('.py') && f !== 'bootstrap.py')
      .map((f) => f.slice(0, -3));
    const caches = readdirSync(dir).filter((f) => f.startsWith('leak-gate-probe-cpython-312-'));
    expect(caches.map((f) => /^leak-gate-probe-cpython-312-(\w+)-[0-9a-f]{16}\.bin$/.exec(f)?.[1]).sort()).toEqual([...modules].sort());
    // The first module the bootstrap loads, and one loaded after others.
    for (const module of ['channel', 'window']) {
      const file = path.join(
        dir,
        caches.find((f) => f.startsWith(`leak-gate-probe-cpython-312-${module}-`))!,
      );
      // Replace it with code that only says where it came from.
      const plant = (mode: number): void => {
        execFileSync(
          'python3',
          [
            '-c',
            `import marshal,sys; marshal.dump(compile("print('from the cache: ${module}')", "x", "exec"), open(sys.argv[1], "wb"))`,
            file,
          ],
          {
            env: { ...process.env, PYENV_VERSION: '3.12.1' },
          },
        );
        chmodSync(file, mode);
      };
      plant(0o600);
      const mine = await runCli(['run', 'examples/leaky_service.py'], { python: '3.12.1', env });
      expect(mine.stdout + mine.stderr).toContain(`from the cache: ${module}`);
      for (const writable of [0o620, 0o602, 0o666]) {
        plant(writable);
        const shared = await runCli(['run', 'examples/leaky_service.py'], { python: '3.12.1', env });
        expect(shared.stdout + shared.stderr, `mode ${writable.toString(8)}`).not.toContain('from the cache');
        expect(shared.code).toBe(1);
      }
    }
  });
});
