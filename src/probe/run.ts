// Runs the Python probe as a child process: the I/O half of measuring.

import { spawn } from 'node:child_process';
import type { Duplex } from 'node:stream';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { MeasureError } from '../errors.js';
import { parseProbeResult, type ProbeResult } from '../schema.js';
import { WorkloadOutput } from './output.js';

export const MIN_PYTHON = '3.9';
const PROGRESS_PREFIX = '@@leak-gate:progress ';
const TOO_OLD_PREFIX = '@@leak-gate:too-old ';
const STARTED_LINE = '@@leak-gate:started';
const SEARCHED_LINE = '@@leak-gate:searched';

/**
 * How long the retainer search may take before the probe is stopped and the
 * measurement kept without it: its own bound (a second, or a tenth of the
 * run) three times over, and 5 s. The search's heap walks run in C, where the
 * probe's clock cannot stop them; a collector corrupted by an interpreter's
 * bug (3.12.1's _asyncio) makes one of them never return.
 */
export function searchLimitSeconds(runSeconds: number): number {
  return 3 * Math.max(1, 0.1 * runSeconds) + 5;
}
// Windows does not hand an extra pipe to Python as a file descriptor.
const RESULT_PIPE = process.platform !== 'win32';

// The probe's package directory (its modules and the bootstrap that loads
// them), next to this module in the sources and copied next to each bundle by
// scripts/build.mjs: the modules are loaded by their file names, which ncc's
// asset relocation would replace with names made from their content.
export const PROBE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'leak_gate_probe');

/**
 * What `python -c` runs: the bootstrap file, run in `-c`'s own namespace, so
 * sys.path[0] stays the working directory as for the user's own scripts, and
 * `ps` shows this line, not the bootstrap's 5 KB. Compiled as "<string>", the
 * name the probe leaves out of tracebacks. Parses on Python 2.7, so that the
 * bootstrap can name an interpreter too old.
 */
const LAUNCHER = [
  '# leak-gate probe: runs the bootstrap.py of the directory given as argument 1',
  'import sys',
  'with open(sys.argv[1] + "/bootstrap.py", "rb") as launcher_file: exec(compile(launcher_file.read(), "<string>", "exec"))',
].join('\n');

export interface MeasureOptions {
  /** A .py file, or package.module:function. */
  target: string;
  entry: string;
  /** True when the user named the entry: then a missing one is an error, not whole-script mode. */
  entryExplicit: boolean;
  iterations: number;
  warmup: number;
  /** Exactly this many last iterations traced: a baseline's window, so that both runs are measured alike. The probe plans it otherwise. */
  window?: number;
  python: string;
  timeoutSeconds: number;
  /** The project root: lines under it are the user's. */
  cwd: string;
  args: string[];
  snapshotsDir?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * Asked with the first traced window's result: how many more iterations to
   * trace to confirm a suspected leak (0: none). Without it no second window runs.
   */
  confirm?: (window: ProbeResult) => number;
  /** Asked with the whole result before the probe searches for retainers: the leaking lines, most important first. */
  leaks?: (result: ProbeResult) => Array<[file: string, line: number]>;
  /** Extra environment for the Python process (tests, benchmark). */
  env?: NodeJS.ProcessEnv;
}

function tail(text: string, lines = 15): string {
  return text.split('\n').filter(Boolean).slice(-lines).join('\n');
}

export async function measure(options: MeasureOptions): Promise<ProbeResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'leak-gate-'));
  const out = path.join(work, 'probe.json');
  const config = {
    target: options.target,
    entry: options.entry,
    entryExplicit: options.entryExplicit,
    iterations: options.iterations,
    warmup: options.warmup,
    window: options.window,
    root: options.cwd,
    out,
    resultFd: RESULT_PIPE ? 3 : undefined,
    // Without the pipe to ask over, the probe confirms with a second window of the first one's length.
    confirm: options.confirm !== undefined,
    snapshotsDir: options.snapshotsDir ? path.resolve(options.cwd, options.snapshotsDir) : undefined,
  };
  try {
    const started = performance.now();
    const exit = await runPython(options, LAUNCHER, [PROBE_DIR, tmpdir(), JSON.stringify(config), ...options.args]);
    const result = await interpret(exit, out, options);
    result.wallSeconds = (performance.now() - started) / 1000;
    result.workloadWarnings = exit.warnings;
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** Python's warnings the workload printed, each once, in order. */
  warnings: string[];
  lastDone: number;
  timedOut: boolean;
  /** The retainer search ran past its limit (seconds) and the probe was stopped: the result is `beforeSearch`. */
  searchStopped?: number;
  /** The whole result as the probe sent it before its retainer search. */
  beforeSearch?: string;
  tooOld?: string;
  /** The bootstrap ran: the program is a Python 3.9+. */
  started: boolean;
  /** The result as the probe wrote it to fd 3; empty when it wrote the file instead. */
  result: string;
  /** What went wrong answering the probe's question about its first window. */
  confirmError?: unknown;
}

function runPython(options: MeasureOptions, source: string, args: string[]): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.python, ['-c', source, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      // fd 3: the result, written by the probe as it ends (a file in a new
      // directory costs it up to a millisecond more; the file stays the fallback).
      stdio: RESULT_PIPE ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout also ends the workload's children.
      detached: process.platform !== 'win32',
    });
    const output = new WorkloadOutput();
    let pending = '';
    let lastDone = 0;
    let tooOld: string | undefined;
    let started = false;
    let timedOut = false;
    const startedAt = performance.now();
    let searchTimer: NodeJS.Timeout | undefined;
    let searchStopped: number | undefined;
    let beforeSearch: string | undefined;
    // fd 3 carries, one line each, the first window's result, which the probe
    // waits to have answered (confirm), then the whole result as it ends.
    const channel = child.stdio[3] as Duplex | null | undefined;
    let received = '';
    let confirmError: unknown;
    channel?.setEncoding('utf8').on('data', (chunk: string) => {
      received += chunk;
      let newline: number;
      while ((newline = received.indexOf('\n')) >= 0) {
        const line = received.slice(0, newline);
        received = received.slice(newline + 1);
        const reply = answer(line, options, (err) => (confirmError ??= err));
        if (line.startsWith('leaks ') && reply !== '[]') {
          beforeSearch = line.slice('leaks '.length);
          const limit = searchLimitSeconds((performance.now() - startedAt) / 1000);
          searchTimer = setTimeout(() => {
            searchStopped = limit;
            killGroup(child.pid);
          }, limit * 1000);
        }
        channel.write(`${reply}\n`);
      }
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => output.keep(chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(PROGRESS_PREFIX)) {
          const [done, total] = line.slice(PROGRESS_PREFIX.length).split(' ').map(Number);
          lastDone = done ?? lastDone;
          options.onProgress?.(done ?? 0, total ?? 0);
        } else if (line.startsWith(TOO_OLD_PREFIX)) {
          tooOld = line.slice(TOO_OLD_PREFIX.length).trim();
        } else if (line.startsWith(STARTED_LINE)) {
          started = true;
        } else if (line.startsWith(SEARCHED_LINE)) {
          clearTimeout(searchTimer);
        } else output.line(line);
      }
    });
    if (child.pid !== undefined) running.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutSeconds * 1000);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // A name with a separator is a path, not looked up on PATH. A path that
      // exists gives ENOENT too, when its #! line names a missing program.
      const isPath = options.python.includes('/') || (process.platform === 'win32' && options.python.includes('\\'));
      const file = path.resolve(options.cwd, options.python);
      if (err.code === 'ENOENT' && isPath && !existsSync(file)) {
        reject(
          new MeasureError(
            'python-not-found',
            `Python not found: "${options.python}" does not exist${file === options.python ? '' : ` (${file})`}; pass --python the path of a Python ${MIN_PYTHON} or newer`,
          ),
        );
      } else if (err.code === 'ENOENT' && !isPath) {
        reject(
          new MeasureError(
            'python-not-found',
            `Python not found: "${options.python}" is not on PATH; install Python ${MIN_PYTHON} or newer, or pass --python PATH`,
          ),
        );
      } else reject(new MeasureError('python-failed', `cannot start Python "${options.python}": ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(searchTimer);
      if (child.pid !== undefined) running.delete(child.pid);
      if (pending) output.line(pending);
      resolve({
        code,
        signal,
        output: output.tail,
        warnings: output.warnings,
        lastDone,
        timedOut,
        searchStopped,
        beforeSearch,
        tooOld,
        started,
        result: received,
        confirmError,
      });
    });
  });
}

/**
 * The runner's answer to a question the probe asks over its pipe, one line
 * each: "confirm {result}" (the first traced window's: how many iterations to
 * trace again) or "leaks {result}" (the whole result: which lines leak, as
 * [[file, line], ...]). An error is kept to report, and answered with nothing.
 */
function answer(line: string, options: MeasureOptions, failed: (err: unknown) => void): string {
  const space = line.indexOf(' ');
  const question = line.slice(0, space);
  try {
    const result = parseProbeResult(line.slice(space + 1)) as ProbeResult;
    if (question === 'confirm') return String(Math.max(0, Math.floor(options.confirm?.(result) ?? 0)));
    if (question === 'leaks') return JSON.stringify(options.leaks?.(result) ?? []);
    failed(new MeasureError('probe-output', `the probe asked "${question}", which this leak-gate does not know: please report it`));
  } catch (err) {
    failed(err);
  }
  return question === 'leaks' ? '[]' : '0';
}

/** Process groups of the probes running now: a signal that stops leak-gate ends them (endRuns). */
const running = new Set<number>();

/** Ends every probe running, and every process its workload started (each probe leads a process group of its own). */
export function endRuns(): void {
  for (const pid of running) killGroup(pid);
  running.clear();
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') process.kill(pid, 'SIGKILL');
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** What to try when the workload could not import a module: the wrong Python, or the wrong directory. */
function missingModuleHint(message: string, options: MeasureOptions): string {
  const missing = /ModuleNotFoundError: No module named '([^']+)'/.exec(message)?.[1];
  if (!missing) return '';
  return `; is ${missing.split('.')[0]} installed for "${options.python}"? Give the Python that has it (--python, or the action's input python; a virtualenv's is .venv/bin/python), or run from the directory the workload imports it from (${options.cwd} now)`;
}

async function interpret(exit: Exit, out: string, options: MeasureOptions): Promise<ProbeResult> {
  const total = options.iterations;
  if (exit.timedOut) {
    throw new MeasureError(
      'timeout',
      `the workload did not finish within ${options.timeoutSeconds} s (last progress: iteration ${exit.lastDone} of ${total}): raise --timeout or run fewer --iterations`,
      tail(exit.output),
    );
  }
  if (exit.tooOld) {
    throw new MeasureError(
      'python-too-old',
      `Python ${exit.tooOld} at "${options.python}" is too old: leak-gate needs CPython ${MIN_PYTHON} or newer (pass --python PATH)`,
    );
  }
  if (exit.searchStopped !== undefined && exit.beforeSearch) {
    const kept = parseProbeResult(exit.beforeSearch);
    if ('error' in kept)
      throw new MeasureError('probe-output', 'the probe sent an error as its result: please report it with the workload');
    kept.retainerSearch = {
      skipped: `the search did not finish within ${exit.searchStopped.toFixed(0)} s and was stopped, with the workload (its teardown did not run); the measurement is kept`,
    };
    return kept;
  }
  if (exit.signal) {
    const hint =
      exit.signal === 'SIGKILL' ? ': it ran out of memory, or the system stopped it; run fewer --iterations or give it more memory' : '';
    throw new MeasureError(
      'killed',
      `Python was killed by ${exit.signal} (last progress: iteration ${exit.lastDone} of ${total})${hint}`,
      tail(exit.output),
    );
  }
  if (exit.confirmError) throw exit.confirmError;
  // The pipe's text when it is whole; a write cut short leaves the file.
  let text = exit.result.endsWith('}') ? exit.result : '';
  try {
    if (!text) text = await readFile(out, 'utf8');
  } catch {
    // Its output is not Python's, so it is not shown.
    if (!exit.started) {
      // 127: a wrapper (a pyenv shim) found no such command; what it said is the help.
      if (exit.code === 127) {
        const said = tail(exit.output);
        throw new MeasureError(
          'python-not-found',
          `Python not found: "${options.python}" exited with code 127, command not found${said ? ' (what it said is below)' : ''}: install that Python, or pass --python the path of a Python ${MIN_PYTHON} or newer`,
          said || undefined,
        );
      }
      throw new MeasureError(
        'not-python',
        `"${options.python}" is not a Python ${MIN_PYTHON}+ interpreter (it exited with code ${String(exit.code)} without running leak-gate's probe): pass --python the path of a Python ${MIN_PYTHON} or newer`,
      );
    }
    const last = tail(exit.output);
    throw new MeasureError(
      'python-failed',
      `Python exited with code ${String(exit.code)} before the measurement finished (last progress: iteration ${exit.lastDone} of ${total}); ` +
        (last ? 'its last output is below' : 'it printed nothing: does the workload end the process itself (os._exit, os.kill)?'),
      last || undefined,
    );
  }
  let result: ReturnType<typeof parseProbeResult>;
  try {
    result = parseProbeResult(text);
  } catch (err) {
    throw new MeasureError('probe-output', `${(err as Error).message}: please report it with the workload`);
  }
  if ('error' in result) {
    const detail = [result.error.detail, tail(exit.output)].filter(Boolean).join('\n');
    throw new MeasureError(result.error.kind, result.error.message + missingModuleHint(result.error.message, options), detail || undefined);
  }
  return result;
}
