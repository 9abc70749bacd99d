// Most important first.

import type { Finding, FindingKind } from '../schema.js';
import { keptNothing } from './retainers.js';

const KIND_ORDER: Record<FindingKind, number> = { leak: 0, warmup: 1, noise: 2 };

/**
 * Leaking lines that called into another leaking line: a leak made inside a
 * library is charged to the caller's line when no deeper line is the user's,
 * and a block freed there and reused by the leak's objects (free lists) counts
 * where it was first allocated. The deeper line made what is kept; the caller
 * ranks after it, whatever their sizes.
 */
function callersOfLeaks(findings: readonly Finding[]): Set<Finding> {
  const leaks = findings.filter((f) => f.kind === 'leak');
  const callers = new Set<string>();
  // Only lines that make new objects: a list's array grown in place by an
  // append (one block) holds pointers to what its caller made.
  for (const f of leaks.filter(makesObjects)) {
    // The traceback runs oldest first: the frames before the line's own called it.
    const own = f.traceback.findIndex((t) => t.file === f.file && t.line === f.line);
    for (const frame of f.traceback.slice(0, Math.max(own, 0))) callers.add(`${frame.file}:${frame.line}`);
  }
  return new Set(leaks.filter((f) => callers.has(`${f.file}:${f.line}`)));
}

function makesObjects(f: Finding): boolean {
  const first = f.series.findIndex((y) => y !== 0);
  return first >= 0 && f.counts[f.counts.length - 1]! - f.counts[first]! > 1;
}

/**
 * Leaks before warm-up before noise; the project's lines before lines reached
 * without any project frame (the harness's own event loop, or memory a free
 * list handed from one object to another); a leaking line whose objects were
 * found alive before one where the retainer search found none (its memory was
 * a reused block, or a buffer: what it can name outweighs where it sits); a
 * leaking line before the leaking lines that called it; then by growth.
 */
export function rankFindings(findings: Finding[]): Finding[] {
  const callers = callersOfLeaks(findings);
  return [...findings].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      Number(b.inProject) - Number(a.inProject) ||
      Number(keptNothing(a)) - Number(keptNothing(b)) ||
      Number(callers.has(a)) - Number(callers.has(b)) ||
      (a.kind === 'leak' ? b.growthPerIteration - a.growthPerIteration : 0) ||
      Math.abs(b.netGrowth) - Math.abs(a.netGrowth) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
}
