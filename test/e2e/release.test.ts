// The release workflow, as far as it runs without GitHub and npm: its steps'
// own shell scripts, run here as the runner would run them (bash -e, with
// GITHUB_REF_NAME and RUNNER_TEMP), and what the README tells users to pin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TOOL_VERSION } from '../../src/version.js';
import { ROOT } from './run-cli.js';
import { spawnCollect } from './spawn.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: { release: { steps: Step[] } };
};
const steps = workflow.jobs.release.steps;
const stepNamed = (name: string): Step => steps.find((s) => s.name === name)!;
const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
const major = version.split('.')[0]!;
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'leak-gate-release-'));

/** A step's script as the runner runs it: bash, stopping at the first failing command. */
function runStep(step: Step, cwd: string, env: NodeJS.ProcessEnv) {
  return spawnCollect('bash', ['-eo', 'pipefail', '-c', step.run!], {
    cwd,
    // Node's own folder after the rest: on Debian it is /usr/bin, whose python3 would come before pyenv's.
    env: { PATH: `${process.env.PATH}:${path.dirname(process.execPath)}`, HOME: process.env.HOME, PYENV_VERSION: '3.12.1', ...env },
  });
}

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();

describe('the release workflow', () => {
  it('runs on a version tag only, and publishes only after every check, with provenance', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(workflow.permissions['id-token']).toBe('write');
    const at = (pred: (s: Step) => boolean): number => steps.findIndex(pred);
    const publish = at((s) => s.run?.startsWith('npm publish') === true);
    expect(steps[publish]!.run).toContain('--provenance');
    expect(steps[publish]!.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
    for (const check of [
      'the tag is the version in package.json and src/version.ts',
      'dist/ is the bundle of src/',
      'lint and format',
      'the packed command runs in a project of its own',
    ]) {
      const index = at((s) => s.name === check);
      expect(index, check).toBeGreaterThan(-1);
      expect(index, check).toBeLessThan(publish);
    }
    expect(at((s) => s.name === 'move the major tag')).toBeGreaterThan(publish);
  });

  it('refuses a tag that is not the version, naming what to do', async () => {
    const step = stepNamed('the tag is the version in package.json and src/version.ts');
    expect(TOOL_VERSION).toBe(version);
    expect((await runStep(step, ROOT, { GITHUB_REF_NAME: `v${version}` })).code).toBe(0);
    const wrong = await runStep(step, ROOT, { GITHUB_REF_NAME: 'v9.9.9' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toBe(`::error::tag v9.9.9 is not package.json's version: bump it (npm version) and tag again\n`);
  });

  it('checks that the packed command runs and finds the example leak, in a project of its own', async () => {
    const temp = tmp();
    const r = await runStep(stepNamed('the packed command runs in a project of its own'), ROOT, {
      RUNNER_TEMP: temp,
      npm_config_offline: 'true',
      npm_config_cache: path.join(temp, 'cache'),
    });
    expect(r.stdout).toContain('leak-gate: PASS');
    expect(r.stdout).toContain('leak-gate: LEAK — 1 line leaking');
    expect(r.code).toBe(0);
  });

  it('moves the major tag to the release, on the remote, release after release', async () => {
    const dir = tmp();
    const remote = path.join(dir, 'remote.git');
    const clone = path.join(dir, 'clone');
    git(dir, 'init', '-q', '--bare', remote);
    git(dir, 'clone', '-q', remote, clone);
    const release = async (tag: string): Promise<string> => {
      writeFileSync(path.join(clone, 'CHANGES'), tag);
      git(clone, 'add', 'CHANGES');
      git(clone, 'commit', '-qm', tag);
      git(clone, 'tag', tag);
      git(clone, 'push', '-q', 'origin', 'HEAD', tag);
      const r = await runStep(stepNamed('move the major tag'), clone, { GITHUB_REF_NAME: tag });
      expect(r.code).toBe(0);
      return git(clone, 'rev-parse', 'HEAD');
    };
    const first = await release('v1.0.0');
    expect(git(dir, '--git-dir', remote, 'rev-parse', 'v1^{commit}')).toBe(first);
    const second = await release('v1.0.1');
    expect(git(dir, '--git-dir', remote, 'rev-parse', 'v1^{commit}')).toBe(second);
  });

  it("is what the README's pins follow: the package's major version", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const npmPins = [...readme.matchAll(/leak-gate@(\d+)\b(?![.\d])/g)].map((m) => m[1]);
    const actionPins = [...readme.matchAll(/uses: OWNER\/leak-gate@v(\d+)\b(?![.\d])/g)].map((m) => m[1]);
    expect(npmPins.length).toBeGreaterThan(0);
    expect(actionPins.length).toBeGreaterThan(0);
    expect(new Set([...npmPins, ...actionPins])).toEqual(new Set([major]));
  });
});
