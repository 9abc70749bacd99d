// What a measurement that worked still needs to tell the user, as notes: what
// went wrong after it (teardown), what it could not do as asked, and what the
// workload printed that nobody saw. Pure.

import path from 'node:path';
import type { Measurement, ProbeResult } from '../schema.js';
import { belowImportRoot } from './ignore.js';
import { DEFAULTS, type Settings } from './settings.js';

/** The notes of a measurement, in the order they matter. */
export function measurementNotes(probe: ProbeResult, measured: Measurement, settings: Settings): string[] {
  return [
    ...(probe.warnings ?? []),
    outsideRootNote(measured, path.resolve(settings.cwd), path.resolve(settings.cwd, settings.target)),
    ranOnceNote(probe, settings),
    warningsNote(probe.workloadWarnings ?? []),
    ...searchNotes(measured),
  ].filter((n): n is string => n !== undefined);
}

/** A script without its entry function runs once: iterations asked for are not run. */
function ranOnceNote(probe: ProbeResult, s: Settings): string | undefined {
  if (probe.mode !== 'whole' || s.iterations === DEFAULTS.iterations) return undefined;
  return `${s.iterations} iterations were asked for, but ${s.target} has no ${s.entry}() and ran once, whole: define ${s.entry}() (one iteration of the work) to measure iterations`;
}

/** The workload's Python warnings, which its captured output would hide. */
function warningsNote(warned: readonly string[]): string | undefined {
  if (!warned.length) return undefined;
  const more = warned.length > 1 ? ` (and ${warned.length - 1} more in its output)` : '';
  return `the workload printed ${warned.length === 1 ? 'a warning' : `${warned.length} different warnings`}: ${warned[0]!.slice(0, 300)}${more}`;
}

/**
 * Code of the user's that lies outside the working directory, but for the
 * script itself, is not counted as theirs: run from a subdirectory, every
 * allocation the project's modules make is charged to the workload's calling
 * line. A note when leaking lines were reached through source files outside
 * the working directory that are not installed libraries.
 */
function outsideRootNote(m: Measurement, cwd: string, script: string): string | undefined {
  const folders = new Set<string>();
  for (const f of m.findings) {
    if (f.kind !== 'leak') continue;
    for (const frame of f.traceback) {
      const file = path.posix.normalize(frame.file); // sys.path entries like tests/../app
      // The script is the user's wherever it lies: the probe counts its lines.
      if (!file.startsWith('/') || file.startsWith(cwd + '/') || file === script || belowImportRoot(file) || file.startsWith('<')) continue;
      folders.add(file.slice(0, file.lastIndexOf('/')));
    }
  }
  if (!folders.size) return undefined;
  const [first] = [...folders].sort();
  return `lines in ${first}${folders.size > 1 ? ` and ${folders.size - 1} more folders` : ''} are outside the working directory (${cwd}), so they count as library code and their memory is charged to your calling line: run from the project's root (the action's input working-directory) to see them`;
}

/** The search's own notes: cut short by its time bound, skipped, or failed. */
function searchNotes(report: Measurement): string[] {
  const search = report.retainerSearch;
  if (!search) return [];
  if (search.skipped) return [`what keeps the leaks alive is not shown: ${search.skipped}`];
  const notes: string[] = [];
  if (search.cutShort)
    notes.push(
      `the search for what keeps the leaks alive stopped at its time bound (${search.seconds.toFixed(1)} s: a second, or a tenth of the run); lines without a path were not reached`,
    );
  const searchable = report.findings.filter((f) => f.kind === 'leak').length;
  if (searchable > search.searchedLines)
    notes.push(`what keeps the leaks alive was searched for the first ${search.searchedLines} of ${searchable} leaking lines`);
  return notes;
}
