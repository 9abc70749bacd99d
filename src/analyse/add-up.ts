// Rule: lines add up. When a function's or a file's lines together grow like a
// leak, each of its steadily growing lines is a leaking line, however small.

import { formatBytes } from '../format.js';
import type { ProbeSite, Thresholds } from '../schema.js';
import { addSeries } from '../stats.js';
import { trend, type Trend } from './trend.js';
import type { TracedWindow } from './window.js';

function groupKey(site: ProbeSite, by: 'function' | 'file'): string {
  return by === 'function' ? `${site.file}\0${site.function}` : site.file;
}

/**
 * Lines (by index) that leak together with the other growing lines of their
 * function or file, with why. Lines already leaking are not listed; lines that
 * replace older objects are left out of the sums, so a cache's churn does not
 * make a small steady line next to it a leak.
 */
export function linesThatAddUp(
  result: TracedWindow,
  leaking: readonly boolean[],
  replacing: ReadonlySet<number>,
  th: Thresholds,
): Map<number, string> {
  const xs = result.snapshotIterations;
  // Each line on its own, at any rate: only lines that grow steadily add up.
  // A line that jumped once (a table resized) would lend its size to a sum made
  // steady by another line's few bytes, and neither is a leak.
  const own: Trend[] = result.sites.map((s) => trend(xs, s.size, 1));
  const added = new Map<number, string>();
  for (const by of ['function', 'file'] as const) {
    const groups = new Map<string, number[]>();
    result.sites.forEach((s, i) => {
      if (replacing.has(i) || !own[i]!.steady) return;
      const k = groupKey(s, by);
      groups.set(k, [...(groups.get(k) ?? []), i]);
    });
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const sum = members.map((i) => result.sites[i]!.size).reduce((a, b) => addSeries(a, b));
      const group = trend(xs, sum, th.minGrowth);
      if (!group.steady) continue;
      for (const i of members) {
        if (leaking[i] || added.has(i)) continue;
        const where = by === 'function' ? `${result.sites[i]!.function}()` : result.sites[i]!.file;
        added.set(
          i,
          `grew ${formatBytes(own[i]!.slope)} per iteration; with the other growing lines of ${where} ${formatBytes(group.slope)} per iteration`,
        );
      }
    }
  }
  return added;
}
