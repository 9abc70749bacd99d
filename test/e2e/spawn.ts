// The one way tests start a process and collect what it printed.
import { spawn } from 'node:child_process';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Sends `signal` to the process once `when()` holds (checked every 50 ms), as Ctrl-C or a cancelled job would. */
  interrupt?: { signal: NodeJS.Signals; when: () => boolean };
}

export function spawnCollect(command: string, args: string[], options: SpawnOptions): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const interrupt = options.interrupt;
    const poll = interrupt
      ? setInterval(() => {
          if (!interrupt.when()) return;
          clearInterval(poll);
          child.kill(interrupt.signal);
        }, 50)
      : undefined;
    child.on('exit', () => clearInterval(poll));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
