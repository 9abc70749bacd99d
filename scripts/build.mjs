// Builds the two bundles GitHub and npx run: dist/index.js (the action) and
// dist/cli/index.js (the command), and puts the Python probe's package (its
// modules and their bootstrap) next to each, where src/probe/run.ts looks for
// it: dist/leak_gate_probe/ and dist/cli/leak_gate_probe/. Copied as they are,
// under their own names: the modules are loaded by file name.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const PROBE = 'src/probe/leak_gate_probe';

rmSync('dist', { recursive: true, force: true });
const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--license', 'licenses.txt'];
execFileSync(process.execPath, [...ncc, 'src/action/index.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync(process.execPath, [...ncc, 'src/cli/index.ts', '-o', 'dist/cli'], { stdio: 'inherit' });
chmodSync('dist/cli/index.js', 0o755);

const modules = readdirSync(PROBE)
  .filter((name) => name.endsWith('.py'))
  .sort();
for (const bundle of ['dist', 'dist/cli']) {
  const target = path.join(bundle, path.basename(PROBE));
  mkdirSync(target, { recursive: true });
  for (const name of modules) copyFileSync(path.join(PROBE, name), path.join(target, name));
}
