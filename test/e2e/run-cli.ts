// Runs the built command (dist/cli/index.js) as a user would: a real process.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli/index.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; python?: string; env?: NodeJS.ProcessEnv; node?: string } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.node ?? process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, PYENV_VERSION: options.python ?? '3.11.7', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The CPython versions the tests run the probe on (pyenv names). */
export const PYTHONS = ['3.9.18', '3.11.7', '3.13.0'];

/** Node 24 from the npm registry's node package, started directly so hyphenated INPUT_ names survive. */
export function node24(): string {
  return execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8' }).trim();
}
