// Most important first.

import type { Finding, FindingKind } from '../schema.js';

const KIND_ORDER: Record<FindingKind, number> = { leak: 0, warmup: 1, noise: 2 };

/**
 * Leaks before warm-up before noise; the project's lines before lines reached
 * without any project frame (the harness's own event loop, or memory a free
 * list handed from one object to another); then by growth.
 */
export function rankFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      Number(b.inProject) - Number(a.inProject) ||
      (a.kind === 'leak' ? b.growthPerIteration - a.growthPerIteration : 0) ||
      Math.abs(b.netGrowth) - Math.abs(a.netGrowth) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
}
