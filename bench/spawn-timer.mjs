// Runs a command as the first child of a fresh Node process, the way `leak-gate run`
// starts its measuring Python process, and prints the seconds from spawn to close.
// The report's durationSeconds is timed like this; timing the untraced run the same
// way keeps Node's first-spawn cost (~3 ms) out of the ratio between them.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const [command, ...args] = process.argv.slice(2);
const started = performance.now();
const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
child.stdout.resume();
child.stderr.resume();
child.on('close', (code) => {
  process.stdout.write(`${(performance.now() - started) / 1000}\n`);
  process.exitCode = code ?? 1;
});
