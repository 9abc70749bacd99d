// Resolved once for the whole run: Node 24 from the npm registry's node
// package (GitHub runs the action on it). Its binary is started directly:
// `npx node@24 file.js` goes through a shell, which drops the hyphenated
// INPUT_ names the runner sets.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    node24: string;
  }
}

export default function setup(project: TestProject): void {
  const node24 = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8', timeout: 300_000 }).trim();
  const version = execFileSync(node24, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('24.')) throw new Error(`npx node@24 gave Node ${version}`);
  project.provide('node24', node24);
}
