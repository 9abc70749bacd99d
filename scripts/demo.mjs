// npm run demo: the gate on the bundled examples, next to the textbook
// two-snapshot check, so the difference shows on a fresh machine.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const python = process.env.LEAK_GATE_PYTHON ?? 'python3';
const examples = [
  ['examples/leaky_service.py', 'a request handler that remembers every response'],
  ['examples/clean_cache.py', 'a bounded cache and a lazily built table: grow once, then stop'],
];

for (const [script, what] of examples) {
  process.stdout.write(`\n=== ${script}: ${what}\n\n$ leak-gate run ${script}\n`);
  const gate = spawnSync(process.execPath, [path.join(root, 'dist/cli/index.js'), 'run', script], { cwd: root, stdio: 'inherit' });
  process.stdout.write(
    `(exit code ${gate.status}: ${gate.status === 0 ? 'pass' : gate.status === 1 ? 'leak, the check would fail' : 'could not measure'})\n`,
  );
  const naive = spawnSync(python, [path.join(root, 'bench/two_snapshot.py'), script, '200', '32'], { cwd: root, encoding: 'utf8' });
  if (naive.status !== 0) {
    process.stdout.write(`two-snapshot method could not run: ${naive.stderr.trim().split('\n').pop()}\n`);
    continue;
  }
  const r = JSON.parse(naive.stdout);
  process.stdout.write(
    r.alarm
      ? `\nThe textbook method (snapshot before, snapshot after, top line of compare_to) says: LEAK at ${r.file}:${r.line}, ${Math.round(r.growthPerIteration)} B per iteration.\n`
      : '\nThe textbook method (snapshot before, snapshot after, top line of compare_to) says: no leak.\n',
  );
}
