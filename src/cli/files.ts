// The command's files: reports read and written, checked before a long run.

import { existsSync, rmSync, statSync, type Stats } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { BaselineSource } from '../gate/baseline-source.js';
import type { GateOutcome } from '../gate/gate.js';
import { localCommand } from '../gate/repro.js';
import type { Settings } from '../gate/settings.js';
import { COMMENT_LIMIT, commentMarker, renderMarkdown } from '../render/markdown.js';
import { parseReport, REPORT_SCHEMA, type Report } from '../schema.js';

export async function readReportFile(file: string, what: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`${what} ${file} cannot be read: check the path`);
  }
  try {
    return parseReport(text, `${what} ${file}`);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Never replace a file that is not one of our reports: a mistyped --json must not eat a source file. */
export async function writeReport(file: string, report: Report): Promise<void> {
  if (existsSync(file)) {
    let ours = false;
    try {
      ours = (JSON.parse(await readFile(file, 'utf8')) as { schema?: unknown }).schema === REPORT_SCHEMA;
    } catch {
      // Not JSON, or unreadable: not ours.
    }
    if (!ours) throw new UsageError(`--json ${file} exists and is not a leak-gate report: choose another path or remove it`);
  }
  await writeWhole(file, JSON.stringify(report, null, 2) + '\n');
}

/** The report as the PR comment shows it, for other CI systems and for the README's picture. */
export async function writeMarkdown(file: string, settings: Settings, outcome: GateOutcome): Promise<void> {
  if (existsSync(file) && !(await readFile(file, 'utf8')).startsWith('<!-- leak-gate:')) {
    throw new UsageError(`--markdown ${file} exists and is not a leak-gate report: choose another path or remove it`);
  }
  const body = renderMarkdown({
    ...outcome,
    command: localCommand(settings, { python: outcome.report.workload.python, mode: outcome.report.workload.mode }),
    marker: commentMarker(settings.target, settings.entry),
    limit: COMMENT_LIMIT,
  });
  await writeWhole(file, body);
}

/** Files being written now, under their temporary names. */
const partial = new Set<string>();

/** Writes a file whole or not at all: a temporary file beside it, renamed over it once written. */
async function writeWhole(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  partial.add(temporary);
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } finally {
    partial.delete(temporary);
  }
}

/** Removes what a write cut short left (a signal stops the command): the report is whole or absent. */
export function removePartialFiles(): void {
  for (const file of partial) rmSync(file, { force: true });
  partial.clear();
}

/** The path itself or its nearest ancestor that exists, with its stat; undefined when one cannot be read. */
function nearestExisting(file: string): [string, Stats] | undefined {
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    try {
      return [at, statSync(at)];
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(at) === at) return undefined;
    }
  }
}

/** Checked before the run, so that a mistyped path does not lose a measurement the user waited for. */
export function checkOutputPaths(json: string | undefined, markdown: string | undefined, snapshotsDir: string | undefined): void {
  for (const [flag, file] of [
    ['--json', json],
    ['--markdown', markdown],
  ] as const) {
    if (file === undefined) continue;
    const dir = path.dirname(path.resolve(file));
    const found = nearestExisting(dir);
    if (found && found[0] !== dir)
      throw new UsageError(`${flag} ${file}: the directory ${dir} does not exist: create it or choose another path`);
    if (found && !found[1].isDirectory()) throw new UsageError(`${flag} ${file}: ${dir} is not a directory: choose another path`);
  }
  if (snapshotsDir !== undefined) {
    // The probe creates the directory and its parents; a file in the way stops it.
    const found = nearestExisting(snapshotsDir);
    if (found && !found[1].isDirectory()) {
      const where = found[0] === path.resolve(snapshotsDir) ? 'is a file' : `is inside ${found[0]}, which is a file`;
      throw new UsageError(`--snapshots-dir ${snapshotsDir} ${where}, not a directory: choose another path`);
    }
  }
}

/** A baseline from a file: read before the run, so a wrong path fails at once. */
export function fileBaselineSource(baseline: Report): BaselineSource {
  return {
    beforeRun: async () => baseline,
    forRun: async () => ({ report: baseline, notes: [] }),
  };
}
