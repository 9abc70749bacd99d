// The package as npm ships it: packed, installed into a project of its own in
// a temporary directory (with no network: it has no dependencies, the command
// is bundled), and run there with npx, as the README says, and as the PR
// comment's repro line says, verbatim.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';
import { ROOT } from './run-cli.js';
import { spawnCollect } from './spawn.js';

const npmBin = (name: string): string => path.join(path.dirname(process.execPath), name);

describe('the npm package', () => {
  it('installs from its tarball into a fresh project and runs there with npx, and its repro line runs verbatim', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'leak-gate-package-'));
    const packed = JSON.parse(execFileSync(npmBin('npm'), ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }));
    const files = (packed[0].files as { path: string }[]).map((f) => f.path);
    expect(files).toContain('dist/cli/index.js');
    expect(files.filter((f) => !/^(dist\/cli\/|README\.md$|LICENSE$|package\.json$)/.test(f))).toEqual([]);
    expect(files).not.toContain('dist/index.js');

    const project = path.join(work, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'service', private: true }));
    writeFileSync(path.join(project, 'workload.py'), '_seen = []\n\n\ndef workload():\n    _seen.append("request %d" % len(_seen) * 4)\n');
    const env = {
      // Node's own folder after the rest: on Debian it is /usr/bin, whose python3 would come before pyenv's.
      PATH: `${process.env.PATH}:${path.dirname(process.execPath)}`,
      HOME: process.env.HOME,
      PYENV_VERSION: '3.12.1',
      npm_config_cache: path.join(work, 'cache'),
    };
    execFileSync(npmBin('npm'), ['install', '--offline', '--no-audit', '--no-fund', path.join(work, packed[0].filename)], {
      cwd: project,
      env,
      encoding: 'utf8',
    });

    const md = path.join(work, 'comment.md');
    const r = await spawnCollect(npmBin('npx'), ['--offline', 'leak-gate', 'run', 'workload.py', '--markdown', md], { cwd: project, env });
    expect(r.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking .*; first: workload\.py:5\n/);
    expect(r.code).toBe(1);

    const repro = /Reproduce locally:\n\n<pre>(.*)<\/pre>/.exec(readFileSync(md, 'utf8'))![1]!;
    expect(repro).toBe(`npx leak-gate@${TOOL_VERSION} run workload.py --iterations 200 --python python3.12`);
    const again = await spawnCollect('sh', ['-c', `${repro.replace(/^npx /, 'npx --offline ')}`], { cwd: project, env });
    expect(again.stdout).toMatch(/^leak-gate: LEAK — 1 line leaking .*; first: workload\.py:5\n/);
    expect(again.code).toBe(1);
  });
});
