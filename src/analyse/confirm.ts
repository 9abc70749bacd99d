// Rule: a leak is confirmed before it counts. The first traced window only
// suspects: a structure that fills up to a bound, a cache that replaces its
// entries, a sawtooth longer than the window, all look like growth there. A
// second window, traced afresh after the first, must show the same line
// growing again, as a leak by the same rules, at no less than CONFIRM_SHARE of
// the first window's rate; bounded growth does not keep that up.

import { formatBytes } from '../format.js';
import type { Finding } from '../schema.js';
import { CONFIRM_SHARE, GIVE_BACK_SHARE, MIN_GIVEN_BACK } from './rules.js';
import { siteKey } from './window.js';

/**
 * Leaked memory is never given back: a line that, in the second window, fell
 * to under GIVE_BACK_SHARE of what it held before is a sawtooth (a list pruned
 * every few hundred calls) that the first window saw only rising; its falls
 * may be few beside its rises, so the trend rules alone would let it through.
 */
function gaveBack(later: Finding): boolean {
  let held = 0;
  for (const y of later.series) {
    if (held >= MIN_GIVEN_BACK && y < GIVE_BACK_SHARE * held) return true;
    held = Math.max(held, y);
  }
  return false;
}

/**
 * A buffer grown in place (a bytearray appended to, a list's array) enters a
 * freshly traced window at its full size on its first reallocation, then grows
 * in steps as long as its last step: a window sees one or two steps, too few
 * for a rate. That it grew again, with the same blocks and never less, is the
 * confirmation; a bounded buffer stops reallocating.
 */
function grewInPlace(later: Finding): boolean {
  const first = later.series.findIndex((y) => y !== 0);
  if (first < 0) return false;
  const sizes = later.series.slice(first);
  const counts = later.counts.slice(first);
  const never = sizes.every((y, i) => i === 0 || y >= sizes[i - 1]!);
  return never && sizes[sizes.length - 1]! > sizes[0]! && Math.max(...counts) === Math.min(...counts);
}

/** The first window's findings, each suspected leak confirmed by the second window's findings or not. */
export function confirmed(first: readonly Finding[], second: readonly Finding[], secondXs: readonly number[]): Finding[] {
  const bySite = new Map(second.map((f) => [siteKey(f), f]));
  const span = `iterations ${secondXs[0]! + 1}-${secondXs[secondXs.length - 1]!}`;
  return first.map((f) => {
    if (f.kind !== 'leak') return f;
    const later = bySite.get(siteKey(f));
    const confirmation = later
      ? { growthPerIteration: later.growthPerIteration, series: later.series, counts: later.counts }
      : { growthPerIteration: 0, series: secondXs.map(() => 0), counts: secondXs.map(() => 0) };
    const again =
      later &&
      !gaveBack(later) &&
      ((later.kind === 'leak' && later.growthPerIteration >= CONFIRM_SHARE * f.growthPerIteration) || grewInPlace(later));
    if (again) {
      return { ...f, why: `${f.why}; confirmed: ${formatBytes(later.growthPerIteration)} per iteration again in ${span}`, confirmation };
    }
    const after = !later
      ? 'nothing'
      : gaveBack(later)
        ? 'gave back most of what it held'
        : `${later.kind === 'leak' ? 'only ' : ''}${formatBytes(later.growthPerIteration)} per iteration`;
    return {
      ...f,
      kind: 'noise',
      why: `grew ${formatBytes(f.growthPerIteration)} per iteration in the traced window, then ${after} in ${span}: not confirmed, bounded`,
      confirmation,
    };
  });
}
