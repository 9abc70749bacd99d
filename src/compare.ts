// Comparison of two reports site by site. Pure.
//
// A site is recognised on another commit by its file, enclosing function and
// source text, so a line that moved because code above it changed is the same
// site; only when that finds nothing does the line number decide, or, for a
// leaking line edited in place, being the one leaking line of its function.

import { isLeak, type Finding, type Measurement, type Retainer } from './schema.js';

/** What a comparison reads of a report. */
type Compared = Pick<Measurement, 'findings' | 'growthPerIteration'>;

export const COMPARISON_STATUSES = ['new', 'grown', 'unchanged', 'fixed'] as const;
export type ComparisonStatus = (typeof COMPARISON_STATUSES)[number];

export interface SiteComparison {
  status: ComparisonStatus;
  file: string;
  line: number;
  function: string;
  code: string;
  /** Bytes per iteration in the head report (0 when the site no longer leaks). */
  headGrowth: number;
  /** Bytes per iteration in the baseline (0 when the site did not leak there). */
  baseGrowth: number;
  /** Line in the baseline, when the site is found there. */
  baseLine?: number;
  /** What keeps a new or grown line's memory alive, when the head run searched it. */
  retainers?: Retainer[];
}

export interface Comparison {
  sites: SiteComparison[];
  headGrowth: number;
  baseGrowth: number;
  /** True when a site is new or grew beyond the tolerance. */
  regressed: boolean;
}

export interface CompareOptions {
  /** A leaking site counts as grown above (1 + tolerance) x its baseline growth. */
  tolerance: number;
  /** ...and by at least this many bytes per iteration (a small absolute floor). */
  minGrowth: number;
}

/** The new or grown line that got worse by the most bytes per iteration: the one a summary names. */
export function largestIncrease(comparison: Comparison): SiteComparison | undefined {
  const worse = comparison.sites.filter((s) => s.status === 'new' || s.status === 'grown');
  return worse.reduce<SiteComparison | undefined>(
    (best, s) => (!best || s.headGrowth - s.baseGrowth > best.headGrowth - best.baseGrowth ? s : best),
    undefined,
  );
}

/** Lines an edited leaking line may have moved and still be the same site (code added above it in its function). */
const EDITED_LINE_DRIFT = 10;

export const DEFAULT_COMPARE: CompareOptions = { tolerance: 0.25, minGrowth: 32 };

/** Source text without white-space differences or a trailing comment: editing a comment does not make a new site. */
export function normalise(code: string): string {
  let quote = '';
  let cut = code.length;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      cut = i;
      break;
    }
  }
  return code.slice(0, cut).replace(/\s+/g, ' ').trim();
}

function contentKey(f: Finding): string {
  return `${f.file}\0${f.function}\0${normalise(f.code)}`;
}

function lineKey(f: Finding): string {
  return `${f.file}\0${f.line}`;
}

/** Pairs each head finding with its baseline finding, if any. */
export function matchSites(base: Finding[], head: Finding[]): Map<Finding, Finding | undefined> {
  const byContent = new Map<string, Finding[]>();
  const byLine = new Map<string, Finding>();
  for (const f of base) {
    const list = byContent.get(contentKey(f)) ?? [];
    list.push(f);
    byContent.set(contentKey(f), list);
    byLine.set(lineKey(f), f);
  }
  const used = new Set<Finding>();
  const pairs = new Map<Finding, Finding | undefined>();
  for (const f of head) {
    // Identical lines in one function: take the nearest unused one.
    const candidates = (byContent.get(contentKey(f)) ?? []).filter((c) => !used.has(c));
    candidates.sort((a, b) => Math.abs(a.line - f.line) - Math.abs(b.line - f.line));
    let match = candidates[0];
    if (!match && normalise(f.code) === '') {
      const byNumber = byLine.get(lineKey(f));
      if (byNumber && !used.has(byNumber)) match = byNumber;
    }
    if (match) used.add(match);
    pairs.set(f, match);
  }
  // A leaking line edited in place (`cache[k] = v` became `cache[k] = (v, now)`)
  // matches no text: it is the same site when it is the one leaking line of its
  // function left unmatched on each side, and near where it was.
  const unmatched = (fs: Finding[]): Map<string, Finding[]> => {
    const by = new Map<string, Finding[]>();
    for (const f of fs) by.set(`${f.file}\0${f.function}`, [...(by.get(`${f.file}\0${f.function}`) ?? []), f]);
    return by;
  };
  const baseLeft = unmatched(base.filter((f) => isLeak(f) && !used.has(f)));
  for (const [key, heads] of unmatched(head.filter((f) => isLeak(f) && !pairs.get(f)))) {
    const bases = baseLeft.get(key);
    if (heads.length === 1 && bases?.length === 1 && Math.abs(heads[0]!.line - bases[0]!.line) <= EDITED_LINE_DRIFT) {
      pairs.set(heads[0]!, bases[0]!);
      used.add(bases[0]!);
    }
  }
  return pairs;
}

export function compareReports(base: Compared, head: Compared, options: CompareOptions = DEFAULT_COMPARE): Comparison {
  const pairs = matchSites(base.findings, head.findings);
  const matchedBase = new Set<Finding>();
  const sites: SiteComparison[] = [];
  for (const [h, b] of pairs) {
    if (b) matchedBase.add(b);
    const baseGrowth = b && isLeak(b) ? b.growthPerIteration : 0;
    if (h.ignored) continue;
    if (!isLeak(h)) {
      if (b && isLeak(b)) sites.push(row('fixed', h, 0, baseGrowth, b.line));
      continue;
    }
    let status: ComparisonStatus;
    if (baseGrowth === 0) status = 'new';
    else if (h.growthPerIteration > baseGrowth * (1 + options.tolerance) && h.growthPerIteration - baseGrowth >= options.minGrowth)
      status = 'grown';
    else status = 'unchanged';
    sites.push(row(status, h, h.growthPerIteration, baseGrowth, b?.line));
  }
  // Baseline leaks that the head run did not see at all are fixed as well.
  for (const b of base.findings) {
    if (isLeak(b) && !matchedBase.has(b)) sites.push(row('fixed', b, 0, b.growthPerIteration, b.line));
  }
  const order: Record<ComparisonStatus, number> = { new: 0, grown: 1, unchanged: 2, fixed: 3 };
  sites.sort((a, b) => order[a.status] - order[b.status] || b.headGrowth - a.headGrowth || b.baseGrowth - a.baseGrowth);
  return {
    sites,
    headGrowth: head.growthPerIteration,
    baseGrowth: base.growthPerIteration,
    regressed: sites.some((s) => s.status === 'new' || s.status === 'grown'),
  };
}

function row(status: ComparisonStatus, f: Finding, headGrowth: number, baseGrowth: number, baseLine?: number): SiteComparison {
  const r: SiteComparison = { status, file: f.file, line: f.line, function: f.function, code: f.code, headGrowth, baseGrowth };
  if (baseLine !== undefined) r.baseLine = baseLine;
  if ((status === 'new' || status === 'grown') && f.retainers) r.retainers = f.retainers;
  return r;
}
