// What both renderings say in the same words: how leaks were confirmed, and
// which leaking lines lie outside the user's code. Pure.

import { belowImportRoot } from '../gate/ignore.js';
import { isLeak, type Finding, type Report } from '../schema.js';

const span = (xs: readonly number[]): string => `iterations ${xs[0]! + 1}-${xs[xs.length - 1]!}`;

/** How the leaking lines were confirmed, or what the confirming window dismissed; undefined when no second window ran. */
export function confirmationSentence(report: Report): string | undefined {
  const second = report.confirmation?.snapshotIterations;
  if (!second?.length || report.workload.mode !== 'iterations') return undefined;
  const first = span(report.snapshotIterations);
  const leaks = report.findings.filter((f) => f.kind === 'leak').length;
  const dismissed = report.findings.filter((f) => f.kind !== 'leak' && f.confirmation).length;
  const parts: string[] = [];
  if (leaks)
    parts.push(
      `each leaking line grew again in a second traced window (${span(second)}, run on past the ${report.workload.iterations} asked for) after the first (${first})`,
    );
  if (dismissed)
    parts.push(
      `${dismissed} line${dismissed > 1 ? 's' : ''} that grew in the first traced window (${first}) did not keep growing in a second (${span(second)}): bounded, not ${dismissed > 1 ? 'leaks' : 'a leak'}`,
    );
  const text = parts.join('; ');
  return text && `${leaks ? 'Confirmed: ' : ''}${text}.`;
}

/**
 * The library a line outside the project belongs to, by its import root:
 * `asyncio` for .../lib/python3.12/asyncio/events.py, `jinja2` for
 * .../site-packages/jinja2/runtime.py; the file name otherwise.
 */
export function libraryOf(file: string): string {
  const below = belowImportRoot(file);
  return below ? below.split('/')[0]!.replace(/\.pyw?$/, '') : (file.split('/').pop() ?? file);
}

/** Leaking lines in the user's code, and those with no frame of it on their traceback (event-loop internals, a library's own thread). */
export function splitByOwner(findings: readonly Finding[]): { own: Finding[]; outside: Finding[] } {
  const leaking = findings.filter(isLeak);
  return { own: leaking.filter((f) => f.inProject), outside: leaking.filter((f) => !f.inProject) };
}
