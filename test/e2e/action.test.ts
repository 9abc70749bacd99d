// The action bundle run as the runner runs it: INPUT_* variables (hyphens kept,
// as a spawn env allows), GITHUB_OUTPUT, on Node 20 and on Node 24.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';
import { NODES, ROOT } from './run-cli.js';
import { spawnCollect } from './spawn.js';

async function runAction(
  nodeBin: string,
  inputs: Record<string, string>,
): Promise<{ code: number | null; stdout: string; outputs: string; summary: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'leak-gate-action-'));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PYENV_VERSION: '3.12.1',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await spawnCollect(nodeBin, [path.join(ROOT, 'dist/index.js')], { cwd: ROOT, env });
  return { code: r.code, stdout: r.stdout + r.stderr, outputs: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') };
}

describe.each(NODES)('the action on %s', (_name, nodeBin) => {
  it('measures, reports the leak in the log and outputs, and fails the step', async () => {
    const bin = nodeBin();
    if (_name === 'Node 24') expect(execFileSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' })).toMatch(/^24\./);
    const r = await runAction(bin, { script: 'examples/leaky_service.py', 'fail-on': 'leak', 'min-growth': '32' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('examples/leaky_service.py:13');
    expect(r.stdout).toMatch(/::error::leak-gate: 1 line leaking/);
    expect(r.outputs).toMatch(/verdict<<.*\nleak\n/);
    const reportPath = /report-path<<.*\n(.*)\n/.exec(r.outputs)![1]!;
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).findings[0].line).toBe(13);
  });

  it('passes a clean workload, and reports only with fail-on never', async () => {
    const bin = nodeBin();
    expect((await runAction(bin, { script: 'examples/clean_cache.py' })).code).toBe(0);
    expect((await runAction(bin, { script: 'examples/leaky_service.py', 'fail-on': 'never' })).code).toBe(0);
  });

  it('takes ignore patterns one a line, and passes a leak they all match', async () => {
    const r = await runAction(nodeBin(), { script: 'test/fixtures/library_leak.py', ignore: 'vendor/**\nleaklib.remember' });
    expect(r.stdout).toContain('no leak outside the ignored lines (1 line ignored)');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatch(/verdict<<.*\npass\n/);
  });

  it('passes the args input to the script, and the repro line passes them after --', async () => {
    const r = await runAction(nodeBin(), { script: 'test/fixtures/args.py', args: '4000' });
    expect(r.code).toBe(1);
    const reportPath = /report-path<<.*\n(.*)\n/.exec(r.outputs)![1]!;
    const growth = JSON.parse(readFileSync(reportPath, 'utf8')).findings[0].growthPerIteration;
    expect(growth).toBeGreaterThan(4000);
    expect(growth).toBeLessThan(4200);
    expect(r.summary).toContain(`npx leak-gate@${TOOL_VERSION} run test/fixtures/args.py --iterations 200 --python python3.12 -- 4000`);
  });

  it('names a bad input and its accepted values in one line', async () => {
    const r = await runAction(nodeBin(), { script: 'examples/leaky_service.py', 'fail-on': 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe('::error::input fail-on must be one of leak, regression, never, got "sometimes"');
    const missing = await runAction(nodeBin(), {});
    expect(missing.stdout.trim()).toMatch(/^::error::input script is required/);
  });
});
