// What keeps each leaking line's memory alive, from the probe's retainer
// search (retainers.py), attached to the findings it was searched for. Pure.

import type { Finding, Measurement, ProbeResult } from '../schema.js';

type Search = NonNullable<ProbeResult['retainerSearch']>;
type SearchedLine = Extract<Search, { lines: unknown }>['lines'][number];

/** Leaking findings get what the search found at their line: kept objects by type, and their retainers. */
export function withRetainers(findings: Finding[], search: Search | undefined): Finding[] {
  if (!search || !('lines' in search)) return findings;
  const byLine = new Map<string, SearchedLine>(search.lines.map((l) => [`${l.file}:${l.line}`, l]));
  return findings.map((f) => {
    const found = f.kind === 'leak' ? byLine.get(`${f.file}:${f.line}`) : undefined;
    return found ? { ...f, kept: { objects: found.objects, types: found.types }, retainers: found.retainers } : f;
  });
}

/** The search as the report keeps it: its cost, and what piles up over every leaking line, by type. */
export function searchSummary(search: Search | undefined): Measurement['retainerSearch'] {
  if (!search) return undefined;
  if ('skipped' in search || 'error' in search) {
    const skipped = 'skipped' in search ? search.skipped : `the search failed (${search.error}): please report it`;
    return { seconds: 0, cutShort: false, iterations: 0, searchedLines: 0, types: {}, skipped };
  }
  const types: Record<string, number> = {};
  for (const line of search.lines) for (const [name, n] of Object.entries(line.types)) types[name] = (types[name] ?? 0) + n;
  const sorted = Object.entries(types).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return {
    seconds: Math.round(search.seconds * 1000) / 1000,
    cutShort: search.cutShort,
    iterations: search.iterations,
    searchedLines: search.searchedLines,
    types: Object.fromEntries(sorted),
  };
}

/** Whether the search ran for a leaking line and found none of its objects alive. */
export function keptNothing(f: Finding): boolean {
  return f.kind === 'leak' && f.kept !== undefined && f.kept.objects === 0;
}

/** The lines that leak, most important first, as the probe asks before its search. */
export function leakingLines(findings: readonly Finding[]): Array<[string, number]> {
  return findings.filter((f) => f.kind === 'leak').map((f) => [f.file, f.line]);
}
