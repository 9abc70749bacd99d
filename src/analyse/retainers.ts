// What keeps each leaking line's memory alive, from the probe's retainer
// search (retainers.py), attached to the findings it was searched for. Pure.

import { formatBytes } from '../format.js';
import type { Retainer } from '../retainer-schema.js';
import type { Finding, Measurement, ProbeResult } from '../schema.js';

type Search = NonNullable<ProbeResult['retainerSearch']>;
type SearchedLine = Extract<Search, { lines: unknown }>['lines'][number];

/** Immutable values: one attribute holding one of them is replaced, never grown in place. */
const IMMUTABLE = new Set(['int', 'float', 'complex', 'bool', 'str', 'bytes']);

/**
 * Why a retainer cannot accumulate a line's objects, or undefined when it can.
 * `grown`: the bytes the line grew by over the iterations searched.
 */
function cannotGrow(r: Retainer, grown: number, iterations: number): string | undefined {
  if (r.path === null) return undefined;
  // Looked at again after more iterations: a leak keeps what it made and its container grows by what the
  // line adds (its last third of those iterations two thirds of them above its first); a cache evicting
  // or a list purged now and then lets go of most of it, and does not grow by even a quarter of that.
  const later = r.stillHeld;
  // Entries the line adds per iteration: at most the objects it held per iteration, and at most its
  // growth in objects of their size (a dict whose values are replaced while new keys come holds more
  // objects of the window than it gains).
  const held = iterations > 0 ? r.objects / iterations : 0;
  const adds = r.bytes && r.objects ? Math.min(held, grown / iterations / (r.bytes / r.objects)) : held;
  // Only a collection's entries (`…[…]`): a module global rebound to a bigger frame each time is let go of
  // by its namespace, whose size says nothing of the leak.
  const entries = r.path.endsWith('[…]');
  if (later && entries && later.after > 0 && later.share < 0.5 && later.grew < 0.25 * adds * ((2 * later.after) / 3))
    return `${r.path}, which let go of ${Math.round((1 - later.share) * 100)}% of them within ${later.after} more iterations and did not grow (a cache evicting, a list purged now and then)`;
  // The probe gives a bound only when what it holds of the line are its entries, not what grows inside one.
  if (r.bound && r.bound.entries >= r.bound.max)
    return `${r.path}, an lru_cache full at its bound of ${r.bound.max} entries, which replaces old entries rather than growing`;
  // One attribute, reached through no collection's entries, holds one value at a time; one rebound to an
  // ever longer string (`_log += line`) holds the line's growth in that one value, so it must hold far less.
  const types = Object.keys(r.types);
  const oneValue = r.root !== 'lru_cache' && r.root !== 'thread frame' && !r.path.includes('[');
  if (oneValue && types.length && types.every((t) => IMMUTABLE.has(t)) && r.bytes !== undefined && r.bytes * 2 < grown)
    return `${r.path}, one attribute holding ${types.join(' and ')} values, replaced each time rather than added to`;
  return undefined;
}

/**
 * A leaking line whose objects found alive are all held where they cannot
 * pile up is not a leak: a full bounded cache replaces entries that were made
 * before tracing (their frees are not traced, so the line looks as if it
 * grew), a collection seen to let go of them over more iterations without
 * growing evicts or purges, and an attribute holding an immutable value holds
 * one at a time.
 * Only when those holders hold at least half of the line's objects found
 * alive (of those no other of them holds), so that a leak into an unbounded
 * container seen beside them still counts.
 */
function heldWhereItCannotGrow(f: Finding, iterations: number): string | undefined {
  const retainers = f.retainers ?? [];
  if (f.kind !== 'leak' || !f.kept?.objects || !retainers.length) return undefined;
  const reasons = retainers.map((r) => cannotGrow(r, f.growthPerIteration * iterations, iterations));
  if (reasons.some((r) => r === undefined)) return undefined;
  const held = retainers.reduce((a, r) => a + r.objects, 0);
  if (held * 2 < (f.kept.heads ?? f.kept.objects)) return undefined;
  return `grew ${formatBytes(f.growthPerIteration)} per iteration in the traced window, but what it made is held only by ${reasons.join('; and by ')}: not a leak`;
}

/**
 * Leaking findings get what the search found at their line: kept objects by
 * type, and their retainers; a line whose objects are held only where they
 * cannot pile up is no longer called leaking.
 */
export function withRetainers(findings: Finding[], search: Search | undefined): Finding[] {
  if (!search || !('lines' in search)) return findings;
  const byLine = new Map<string, SearchedLine>(search.lines.map((l) => [`${l.file}:${l.line}`, l]));
  return findings.map((f) => {
    const found = f.kind === 'leak' ? byLine.get(`${f.file}:${f.line}`) : undefined;
    if (!found) return f;
    const kept = { objects: found.objects, ...(found.heads !== undefined && { heads: found.heads }), types: found.types };
    const searched: Finding = { ...f, kept, retainers: found.retainers };
    const why = heldWhereItCannotGrow(searched, search.iterations);
    return why ? { ...searched, kind: 'noise', why } : searched;
  });
}

/** The search as the report keeps it: its cost, and what piles up over every line still leaking, by type. */
export function searchSummary(search: Search | undefined, findings: readonly Finding[]): Measurement['retainerSearch'] {
  if (!search) return undefined;
  if ('skipped' in search || 'error' in search) {
    const skipped = 'skipped' in search ? search.skipped : `the search failed (${search.error}): please report it`;
    return { seconds: 0, cutShort: false, iterations: 0, searchedLines: 0, types: {}, skipped };
  }
  const types: Record<string, number> = {};
  const leaking = new Set(findings.filter((f) => f.kind === 'leak').map((f) => `${f.file}:${f.line}`));
  for (const line of search.lines) {
    if (!leaking.has(`${line.file}:${line.line}`)) continue;
    for (const [name, n] of Object.entries(line.types)) types[name] = (types[name] ?? 0) + n;
  }
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
