// The local command that measures what a run measured: shown in the PR comment,
// to be pasted into a shell at the repository's root.

import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { DEFAULTS, type Settings } from './settings.js';

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface Measured {
  /** The Python version the run measured ("3.12.1"), when it got that far. */
  python?: string;
  /** The working directory relative to the repository's root, when it is not the root. */
  workingDirectory?: string;
  /** How the script was run: a whole script takes no iteration count, and would warn that it ignores one. */
  mode?: 'iterations' | 'whole';
}

/**
 * The command, with the exact version (a later release may measure
 * differently), the script's arguments, and the interpreter: the one the run
 * was given, or, given the default `python3`, the minor version it measured
 * (`python3.12`), which the default on another machine may not be.
 */
export function localCommand(s: Settings, measured: Measured = {}): string {
  const parts = [`npx ${TOOL_NAME}@${TOOL_VERSION} run`, shellQuote(s.target)];
  if (measured.mode !== 'whole') parts.push('--iterations', String(s.iterations));
  if (s.entryExplicit) parts.push('--entry', s.entry);
  if (s.warmup !== undefined && measured.mode !== 'whole') parts.push('--warmup', String(s.warmup));
  if (s.minGrowth !== DEFAULTS.minGrowth) parts.push('--min-growth', String(s.minGrowth));
  // What decides the exit status and when the run is given up, so the command ends as the run did.
  if (s.failOn !== DEFAULTS.failOn) parts.push('--fail-on', s.failOn);
  if (s.tolerance !== DEFAULTS.tolerance) parts.push('--tolerance', String(s.tolerance));
  if (s.timeoutSeconds !== DEFAULTS.timeoutSeconds) parts.push('--timeout', String(s.timeoutSeconds));
  for (const pattern of s.ignore) parts.push('--ignore', shellQuote(pattern));
  const minor = /^(\d+\.\d+)\./.exec(measured.python ?? '')?.[1];
  if (s.python !== 'python3') parts.push('--python', shellQuote(s.python));
  else if (minor) parts.push('--python', `python${minor}`);
  if (s.args.length) parts.push('--', ...s.args.map(shellQuote));
  const wd = measured.workingDirectory;
  return wd && wd !== '.' ? `cd ${shellQuote(wd)} && ${parts.join(' ')}` : parts.join(' ');
}
