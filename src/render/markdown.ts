// The report as GitHub shows it: PR comment and job summary. Pure: returns text.
//
// Everything that comes from the code under test (paths, function names, source
// text, messages) goes out with HTML and every bit of Markdown syntax encoded as
// entities (inline), or HTML-escaped inside <pre> (which Markdown leaves alone),
// so it cannot break the table, inject HTML, links or images, or mention anyone.

import { largestIncrease, type Comparison, type ComparisonStatus, type SiteComparison } from '../compare.js';
import { formatBytes, impact, lines } from '../format.js';
import { isLeak, type Finding, type Report } from '../schema.js';
import { chart } from './chart.js';
import { confirmationSentence, keptAlive, libraryOf, pilesUp, shownFile, splitByOwner, type KeptAlive } from './sections.js';

export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1024 * 1024 - 1024;

export interface Links {
  serverUrl: string;
  owner: string;
  repo: string;
  /** Commit the lines link to (the PR's head). */
  sha: string;
  /** Where the report's paths start inside the repository (the working directory). */
  pathPrefix?: string;
  /** The commit the baseline measured: a fixed line is linked there, at its line in the baseline. */
  baseSha?: string;
}

export interface MarkdownInput {
  report: Report;
  baseline?: Report;
  comparison?: Comparison;
  links?: Links;
  /** The run that produced the baseline. */
  baselineRun?: { id: number; url: string };
  /** Things the reader must know: baseline skipped, fallbacks, fork. */
  notes: string[];
  /** The local command that reproduces the measurement. */
  command: string;
  /** Hidden marker that finds the comment again. */
  marker: string;
  limit: number;
}

/** Hidden marker that finds the comment again: one comment per workload (script and entry). */
export function commentMarker(target: string, entry: string): string {
  const id = `${target}:${entry}`.replace(/[^A-Za-z0-9_.:/-]/g, '_');
  return `<!-- leak-gate:${id} -->`;
}

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Markdown and GFM syntax stays text: tables, links, images, emphasis, code, mentions, autolinks.
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '~': '&#126;',
  '\\': '&#92;',
  '@': '&#64;',
  ':': '&#58;',
  '#': '&#35;',
};

/** Untrusted text for an inline Markdown context: shown as typed, never as syntax. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"|[\]()!*_`~\\@:#]/g, (c) => TEXT_ENTITIES[c]!).replace(/[\r\n]+/g, ' ');
}

/** Text inside an HTML attribute or a <pre> block (which Markdown leaves alone). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Untrusted text as inline code. */
export function code(text: string): string {
  return text ? `<code>${escapeText(text)}</code>` : '';
}

/** A link to a file and line at a commit; the path is percent-encoded segment by segment. */
export function lineUrl(links: Links, file: string, line: number): string | undefined {
  if (file.startsWith('/') || file.startsWith('<') || /^[A-Za-z]:/.test(file) || file.split('/').includes('..')) return undefined;
  const full = links.pathPrefix ? `${links.pathPrefix.replace(/\/+$/, '')}/${file}` : file;
  const path = full.split('/').map(encodeURIComponent).join('/');
  const base = `${links.serverUrl}/${encodeURIComponent(links.owner)}/${encodeURIComponent(links.repo)}`;
  return `${base}/blob/${encodeURIComponent(links.sha)}/${path}#L${line}`;
}

function place(file: string, line: number, links?: Links): string {
  const url = links && lineUrl(links, file, line);
  const text = code(`${shownFile(file)}:${line}`);
  return url ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
}

const HEADLINE = {
  pass: '✅ No leak',
  leak: '🔴 Memory leak',
  regression: '🔴 Leak regression against the baseline',
  error: '⚠️ Could not measure',
} as const;

/** A table row: a leak without a baseline, or a site compared with the baseline. */
type RowStatus = 'leak' | ComparisonStatus;

interface Row {
  status: RowStatus;
  finding?: Finding;
  site?: SiteComparison;
}

/** The table's rows: the user's lines; lines outside the user's code have a section of their own (outsideSection). */
function rows(report: Report, comparison?: Comparison): Row[] {
  if (!comparison) return splitByOwner(report.findings).own.map((f) => ({ status: 'leak', finding: f }));
  const byPlace = new Map(report.findings.map((f) => [`${f.file}:${f.line}`, f]));
  return comparison.sites
    .map((s): Row => ({ status: s.status, site: s, finding: byPlace.get(`${s.file}:${s.line}`) }))
    .filter((r) => r.finding?.inProject !== false || !isLeak(r.finding));
}

function outsideSection(report: Report, comparison: Comparison | undefined, links?: Links): string[] {
  const { outside } = splitByOwner(report.findings);
  if (!outside.length) return [];
  const status = new Map(comparison?.sites.map((s) => [`${s.file}:${s.line}`, STATUS[s.status]]));
  const items = outside.slice(0, 10).map((f) => {
    const compared = status.get(`${f.file}:${f.line}`);
    return `- ${code(libraryOf(f.file))}: ${place(f.file, f.line, links)} ${code(f.function)} ${formatBytes(f.growthPerIteration, true)} per iteration${compared ? ` (${compared})` : ''}`;
  });
  if (outside.length > 10) items.push(`- and ${outside.length - 10} more: see the JSON report`);
  return [
    '',
    "**Outside your code**: leaking lines with no frame of your code on their traceback (a library's own thread, event-loop internals).",
    '',
    ...items,
  ];
}

const STATUS: Record<RowStatus, string> = { leak: 'leak', new: '🆕 new', grown: '📈 grown', unchanged: 'unchanged', fixed: '✅ fixed' };

function tableRow(row: Row, links?: Links, compared = false): string {
  const f = row.finding;
  const s = row.site;
  const file = s?.file ?? f!.file;
  const line = s?.line ?? f!.line;
  const fn = s?.function ?? f!.function;
  const src = f?.statement ?? s?.code ?? f!.code;
  const growth = s ? s.headGrowth : f!.growthPerIteration;
  const change = s ? formatBytes(s.headGrowth - s.baseGrowth, true) : '';
  // A fixed line is gone from the head commit, or moved: it is linked where the baseline had it, or not at all.
  const fixed = row.status === 'fixed';
  const cells = [
    ...(compared ? [STATUS[row.status]] : []),
    fixed ? place(file, s?.baseLine ?? line, links?.baseSha ? { ...links, sha: links.baseSha } : undefined) : place(file, line, links),
    code(fn),
    code(src),
    formatBytes(growth, true),
    ...(compared ? [change] : []),
  ];
  return `| ${cells.join(' | ')} |`;
}

function tracebacks(findings: Finding[], of: number): string[] {
  if (!findings.length) return [];
  const which = of > findings.length ? `the first ${findings.length} of ${of} leaking lines` : 'the leaking lines';
  const out = [`<details><summary>Tracebacks of ${which}</summary>`, ''];
  for (const f of findings) {
    const frames = f.traceback.map((t) => `  ${shownFile(t.file)}:${t.line}${t.code ? `\n      ${t.code}` : ''}`).join('\n');
    out.push(`<pre>${escapeHtml(`${shownFile(f.file)}:${f.line}\n${frames}`)}</pre>`);
  }
  out.push('</details>');
  return out;
}

/** "kept alive by `service._recent[…]` (dict, +1 entry per iteration)" */
function keptAliveBy(k: KeptAlive): string {
  const also = k.also.length ? `; also by ${k.also.map(code).join(', ')}` : '';
  return `kept alive by ${code(k.path!)} (${escapeText(k.holds!)})${also}`;
}

/**
 * What keeps each leaking line alive (with a baseline, each new or grown
 * one), and what piles up over all of them: the leak's container, which the
 * line where memory was made does not show.
 */
function keptAliveSection(report: Report, comparison: Comparison | undefined, links?: Links): string[] {
  const changed = comparison && new Set(comparison.sites.filter((s) => s.retainers).map((s) => `${s.file}:${s.line}`));
  const leaks = report.findings.filter((f) => isLeak(f) && (!changed || changed.has(`${f.file}:${f.line}`)));
  const items: string[] = [];
  // One leak, no baseline: the sentence at the top said it already.
  const saidAtTop = !comparison && leaks.length === 1 && keptAlive(leaks[0]!, report)?.path !== undefined;
  for (const f of saidAtTop ? [] : leaks.slice(0, 10)) {
    const k = keptAlive(f, report);
    if (!k) continue;
    const piles = k.piles ? `; piling up: ${escapeText(k.piles)}` : '';
    items.push(
      `- ${place(f.file, f.line, links)} ${k.path ? keptAliveBy(k) + piles : escapeText(k.missing!) + (k.piles ? ` (${escapeText(k.piles)})` : '')}`,
    );
  }
  if (!items.length) return [];
  const search = report.retainerSearch;
  const all = search && leaks.length > 1 ? pilesUp(search.types, search.iterations, 5) : undefined;
  return ['', '**What keeps it alive**', '', ...items, ...(all ? ['', `Over every leaking line: ${escapeText(all)}.`] : [])];
}

/**
 * A pass whose chart rises says why: the lines that grew in the traced
 * window and what made each no leak, as the terminal lists them.
 */
function dismissedSection(report: Report, links?: Links): string[] {
  if (report.findings.some(isLeak)) return [];
  const dismissed = report.findings
    .filter((f) => f.kind === 'noise' && f.inProject && f.growthPerIteration >= report.thresholds.minGrowth)
    .slice(0, 5);
  if (!dismissed.length) return [];
  return [
    '',
    '**Grew in the traced window, but not leaks**',
    '',
    ...dismissed.map((f) => `- ${place(f.file, f.line, links)} ${code(f.function)}: ${escapeText(f.why)}`),
  ];
}

/** Rows shown before the rest is folded. */
const TOP_ROWS = 10;

/** Rows grouped by file, files in the order of their most important row, each file's rows in their order. */
function byFile(rows: Row[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const file = r.site?.file ?? r.finding!.file;
    groups.set(file, [...(groups.get(file) ?? []), r]);
  }
  return [...groups.values()].flat();
}

export function renderMarkdown(input: MarkdownInput): string {
  const { report, baseline, comparison, links } = input;
  const w = report.workload;
  const perIteration = w.mode === 'whole' ? 'left behind' : 'per iteration';
  // The heading names where to look: the first leaking line's file, else the workload.
  const leaks = report.findings.filter(isLeak);
  const where = report.verdict === 'leak' || report.verdict === 'regression' ? (leaks[0]?.file ?? w.target) : w.target;
  const head: string[] = [input.marker, `### ${HEADLINE[report.verdict]} — ${code(where)}`, ''];
  if (report.verdict === 'error') {
    head.push(code(report.error?.message ?? report.summary));
    if (report.error?.detail) head.push('', `<pre>${escapeHtml(report.error.detail.slice(-4000))}</pre>`);
  } else {
    const against = comparison ? `, against ${formatBytes(comparison.baseGrowth, true)} on the baseline` : '';
    const felt = w.mode === 'iterations' ? impact(report.growthPerIteration) : undefined;
    // The growth is in bold already: the sentence after it says the rest, once.
    const first = leaks[0] && keptAlive(leaks[0], report);
    // With a baseline, the line that got worse the most: the one the summary names.
    const changed = comparison && largestIncrease(comparison);
    const changedFinding = changed && leaks.find((f) => f.file === changed.file && f.line === changed.line);
    const changedKept = changedFinding && keptAlive(changedFinding, report);
    const rest =
      report.verdict === 'leak' && leaks.length
        ? `${lines(leaks.length)} leaking; fix ${place(leaks[0]!.file, leaks[0]!.line, links)} first${first?.path ? `: ${keptAliveBy(first)}` : ''}.`
        : escapeText(report.summary.charAt(0).toUpperCase() + report.summary.slice(1)) +
          // The summary ends naming that line: what keeps it follows.
          (report.verdict === 'regression' && changed && changedKept?.path ? `, ${keptAliveBy(changedKept)}.` : '');
    const sentence = rest.endsWith('.') ? rest : `${rest}.`;
    // A whole script that passed left something behind, under the threshold: "0 B left behind" would be untrue.
    if (w.mode === 'whole' && report.verdict === 'pass') head.push(sentence);
    else head.push(`**${formatBytes(report.growthPerIteration, true)} ${perIteration}**${felt ? ` (${felt})` : ''}${against}. ${sentence}`);
    const confirmation = confirmationSentence(report);
    if (confirmation) head.push('', escapeText(confirmation));
  }
  for (const n of input.notes) head.push('', `> ${escapeText(n)}`);
  head.push('', ...chart(report, baseline));

  const all = rows(report, comparison);
  // A whole script runs once: what a line holds at its end, not a rate.
  const growthColumn = w.mode === 'whole' ? 'left behind' : 'growth/iter';
  // Without a baseline every row is a leak: no status column to say so on each.
  const tableHead = comparison
    ? ['', `| | line | function | code | ${growthColumn} | vs baseline |`, '|---|---|---|---|---|---|']
    : ['', `| line | function | code | ${growthColumn} |`, '|---|---|---|---|'];
  const ignored = report.findings.filter((f) => f.ignored);
  // What was run: a run that failed says nothing it did not measure.
  const ran = [
    code(w.target),
    ...(w.python ? [`Python ${escapeText(w.python)}`] : []),
    ...(report.verdict === 'error'
      ? []
      : [
          w.mode === 'whole'
            ? 'run once as a whole script'
            : `${w.iterations} iterations (${w.warmup} warm-up, last ${w.iterations - w.firstTracedIteration} traced)`,
        ]),
  ].join(' · ');
  const footer = [
    ...dismissedSection(report, links),
    ...keptAliveSection(report, comparison, links),
    ...outsideSection(report, comparison, links),
    ...(ignored.length
      ? [
          '',
          `Ignored, never failing the check: ${ignored
            .slice(0, 10)
            .map((f) => `${place(f.file, f.line, links)} ${formatBytes(f.growthPerIteration, true)}`)
            .join(', ')}${ignored.length > 10 ? ` and ${ignored.length - 10} more` : ''}.`,
        ]
      : []),
    '',
    `<sub>Workload ${ran} · leak-gate ${escapeText(report.tool.version)}` +
      (input.baselineRun
        ? ` · <a href="${escapeHtml(input.baselineRun.url)}">baseline run</a>`
        : baseline
          ? ` · baseline measured on Python ${escapeText(baseline.workload.python)}`
          : ' · no baseline') +
      '</sub>',
    '',
    'Reproduce locally:',
    '',
    `<pre>${escapeHtml(input.command)}</pre>`,
  ];

  // Cut the least important first: the tracebacks, then table rows from the end.
  const leaking = leaks.slice(0, 10);
  const rowsOf = (rs: Row[]): string[] => rs.map((r) => tableRow(r, links, comparison !== undefined));
  const compose = (shown: number, withTracebacks: boolean): string => {
    const parts = [...head];
    if (all.length) {
      // The first TOP_ROWS in order of importance; the rest folded, grouped by file.
      parts.push(...tableHead, ...rowsOf(all.slice(0, Math.min(shown, TOP_ROWS))));
      const folded = byFile(all.slice(TOP_ROWS, shown));
      if (folded.length) {
        const files = new Set(folded.map((r) => r.site?.file ?? r.finding!.file)).size;
        parts.push('', `<details><summary>${lines(folded.length)} more, in ${files} file${files === 1 ? '' : 's'}</summary>`);
        parts.push(...tableHead, ...rowsOf(folded), '', '</details>');
      }
      if (shown < all.length)
        parts.push('', `*${all.length - shown} more lines not shown: see the JSON report (output report-path) or the job log.*`);
    }
    if (withTracebacks) parts.push('', ...tracebacks(leaking, leaks.length));
    parts.push(...footer);
    return parts.join('\n') + '\n';
  };
  const full = compose(all.length, true);
  if (full.length <= input.limit) return full;
  for (let shown = all.length; shown >= 0; shown = shown > 20 ? Math.floor(shown * 0.8) : shown - 1) {
    const body = compose(shown, false);
    if (body.length <= input.limit) return body;
  }
  return (head.join('\n') + '\n\n*The report is too long to show here: see the job log.*\n').slice(0, input.limit);
}
