// Runs the built command (dist/cli/index.js) as a user would: a real process.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { spawnCollect, type Ran, type SpawnOptions } from './spawn.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli/index.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

export type { Ran };

export function runCli(
  args: string[],
  options: { cwd?: string; python?: string; env?: NodeJS.ProcessEnv; node?: string; interrupt?: SpawnOptions['interrupt'] } = {},
): Promise<Ran> {
  return spawnCollect(options.node ?? process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, PYENV_VERSION: options.python ?? '3.11.7', ...options.env },
    interrupt: options.interrupt,
  });
}

/** The CPython versions the tests run the probe on (pyenv names). */
export const PYTHONS = ['3.9.18', '3.11.7', '3.13.0'];

/** The Node binaries the action's tests run the bundle on: the development machine's 20 and GitHub's 24 (test/global-setup.ts). */
export const NODES: [string, () => string][] = [
  ['Node 20', () => process.execPath],
  ['Node 24', () => inject('node24')],
];
