#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 430:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ MIN_GIVEN_BACK),
/* harmony export */   CY: () => (/* binding */ MIN_FLOOR_POINTS),
/* harmony export */   EG: () => (/* binding */ ACCOUNTABLE_FACTOR),
/* harmony export */   GL: () => (/* binding */ STAIRCASE_STEPS),
/* harmony export */   Gn: () => (/* binding */ STOPPED_SHARE),
/* harmony export */   HD: () => (/* binding */ MIN_NEW_BLOCKS),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   Sb: () => (/* binding */ STAIRCASE_SHARE),
/* harmony export */   Sq: () => (/* binding */ NEW_BLOCKS_PER_ITERATION),
/* harmony export */   T2: () => (/* binding */ CONFIRM_SHARE),
/* harmony export */   V_: () => (/* binding */ JUMP_FACTOR),
/* harmony export */   a7: () => (/* binding */ MIN_FLOOR_RISE),
/* harmony export */   i$: () => (/* binding */ RISING_FALLS_SHARE),
/* harmony export */   jO: () => (/* binding */ BLOCK_NOISE),
/* harmony export */   kI: () => (/* binding */ GIVE_BACK_SHARE),
/* harmony export */   kL: () => (/* binding */ NET_SHARE),
/* harmony export */   ni: () => (/* binding */ STEADY_SHARE),
/* harmony export */   pt: () => (/* binding */ LIVE_SHARE),
/* harmony export */   q_: () => (/* binding */ MAX_FALLS_SHARE)
/* harmony export */ });
// Every number the analysis decides with, named, with the reason it has its value.
const DEFAULT_THRESHOLDS = {
    /** Bytes per iteration: below it a line's growth is too small to act on in a PR. */
    minGrowth: 32,
    /** Whole-script mode has two snapshots only, so only a large amount left behind is a finding. */
    minRetained: 1024 * 1024,
};
/** An interval that grew this many times a line's median growing interval is a container's reallocation, not its rate (trend.ts withoutJumps). */
const JUMP_FACTOR = 4;
/** Steady growth: a line grew in at least this share of the intervals between snapshots. */
const STEADY_SHARE = 0.5;
/** A container that over-allocates grows in steps: this many steps that never fall is steady too... */
const STAIRCASE_STEPS = 2;
/** ...when they are at least this share of the intervals. */
const STAIRCASE_SHARE = 0.2;
/** Falls of at most this share of the rises: churn that gives back what it took is not steady. */
const MAX_FALLS_SHARE = 0.25;
/** The net gain over the window must be at least this share of the threshold's, so one early jump is not a slope. */
const NET_SHARE = 0.5;
/** Growth that stopped: the second half of the window grew by at most this share of the threshold's rate. */
const STOPPED_SHARE = 0.25;
/** Live blocks that come and go with any bounded structure (an LRU cache wobbles by about ±8). */
const BLOCK_NOISE = 16;
/** The run rises when its falls are under this share of its rises. */
const RISING_FALLS_SHARE = 0.5;
/** A line makes new blocks when it adds at least this many per iteration over the window. */
const NEW_BLOCKS_PER_ITERATION = 0.25;
/** Replacement is judged only when the leaking lines add at least this many blocks per iteration in all. */
const MIN_NEW_BLOCKS = 0.5;
/** Live blocks growing by less than this share of the lines' new blocks: the new objects replaced older ones. */
const LIVE_SHARE = 0.25;
/** A line whose new blocks are within this factor of the live growth is what that growth is made of: the count is sampled and the window may be short. */
const ACCOUNTABLE_FACTOR = 2;
/** A sawing line whose floor rises is read over at least this many snapshots up to its last fall... */
const MIN_FLOOR_POINTS = 4;
/** ...and its floor must rise by this many bytes, at least: a floor that creeps by a few bytes is an allocator's rounding. */
const MIN_FLOOR_RISE = 1024;
/** A leak suspected in the first traced window is confirmed when the second window shows it growing at least at this share of the first window's rate. */
const CONFIRM_SHARE = 0.5;
/** A suspect that falls to under this share of what it held in the second window gave its memory back: not a leak... */
const GIVE_BACK_SHARE = 0.5;
/** ...once it held at least this much (a few bytes going and coming are an allocator's rounding). */
const MIN_GIVEN_BACK = 1024;


/***/ }),

/***/ 38:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s0: () => (/* binding */ checkOutputPaths),
  BS: () => (/* binding */ fileBaselineSource),
  $h: () => (/* binding */ readReportFile),
  lE: () => (/* binding */ removePartialFiles),
  pW: () => (/* binding */ writeMarkdown),
  u5: () => (/* binding */ writeReport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/gate/settings.ts
var settings = __nccwpck_require__(306);
;// CONCATENATED MODULE: ./src/gate/repro.ts
// The local command that measures what a run measured: shown in the PR comment,
// to be pasted into a shell at the repository's root.


function shellQuote(s) {
    return /^[A-Za-z0-9_./:@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
/**
 * The command, with the exact version (a later release may measure
 * differently), the script's arguments, and the interpreter: the one the run
 * was given, or, given the default `python3`, the minor version it measured
 * (`python3.12`), which the default on another machine may not be.
 */
function localCommand(s, measured = {}) {
    const parts = [`npx ${version/* TOOL_NAME */.l}@${version/* TOOL_VERSION */.w} run`, shellQuote(s.target)];
    if (measured.mode !== 'whole')
        parts.push('--iterations', String(s.iterations));
    if (s.entryExplicit)
        parts.push('--entry', s.entry);
    if (s.warmup !== undefined && measured.mode !== 'whole')
        parts.push('--warmup', String(s.warmup));
    if (s.minGrowth !== settings/* DEFAULTS */.zY.minGrowth)
        parts.push('--min-growth', String(s.minGrowth));
    // What decides the exit status and when the run is given up, so the command ends as the run did.
    if (s.failOn !== settings/* DEFAULTS */.zY.failOn)
        parts.push('--fail-on', s.failOn);
    if (s.tolerance !== settings/* DEFAULTS */.zY.tolerance)
        parts.push('--tolerance', String(s.tolerance));
    if (s.timeoutSeconds !== settings/* DEFAULTS */.zY.timeoutSeconds)
        parts.push('--timeout', String(s.timeoutSeconds));
    for (const pattern of s.ignore)
        parts.push('--ignore', shellQuote(pattern));
    const minor = /^(\d+\.\d+)\./.exec(measured.python ?? '')?.[1];
    if (s.python !== 'python3')
        parts.push('--python', shellQuote(s.python));
    else if (minor)
        parts.push('--python', `python${minor}`);
    if (s.args.length)
        parts.push('--', ...s.args.map(shellQuote));
    const wd = measured.workingDirectory;
    return wd && wd !== '.' ? `cd ${shellQuote(wd)} && ${parts.join(' ')}` : parts.join(' ');
}

// EXTERNAL MODULE: ./src/compare.ts
var compare = __nccwpck_require__(344);
// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(264);
// EXTERNAL MODULE: ./src/schema.ts + 2 modules
var schema = __nccwpck_require__(146);
;// CONCATENATED MODULE: ./src/render/chart.ts
// The comment's picture of traced memory over the traced iterations: a mermaid
// chart GitHub draws, and text sparklines for where it is not drawn. Pure.
/** Traced bytes gained since the window started, resampled to `points` values, in KiB. */
function windowGrowth(report, points = 20) {
    const v = report.tracedMemory.values;
    if (v.length < 2)
        return [];
    const out = [];
    for (let i = 0; i < points; i++) {
        const at = Math.round((i * (v.length - 1)) / (points - 1));
        out.push(Math.round(((v[at] - v[0]) / 1024) * 10) / 10);
    }
    return out;
}
const BARS = '▁▂▃▄▅▆▇█';
/** The least height of the chart and the sparklines, in KiB. */
const CHART_KIB = 8;
/** Bars for `values`, on the scale from `lo` to `hi` (by default their own): two series drawn side by side share one. */
function sparkline(values, lo = Math.min(...values), hi = Math.max(...values)) {
    if (!values.length)
        return '';
    return values.map((v) => BARS[hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))]).join('');
}
/** The traced iterations a chart spans: "183-218". */
function span(report) {
    const xs = report.tracedMemory.iterations;
    return `${xs[0]}-${xs[xs.length - 1]}`;
}
/** The traced memory of this run (and the baseline's) as a mermaid chart and text sparklines on one scale. */
function chart(report, baseline) {
    const head = windowGrowth(report);
    if (!head.length)
        return [];
    const base = baseline ? windowGrowth(baseline) : [];
    const all = [...head, ...base];
    const chartLines = [
        '```mermaid',
        'xychart-beta',
        `  title "Memory gained over iterations ${span(report)}${baseline && base.length ? ` (the baseline's: ${span(baseline)})` : ''}, KiB"`,
        '  x-axis "% of those iterations" 0 --> 100',
        // At least CHART_KIB high: a clean run's few hundred bytes of churn would otherwise fill the chart like a leak.
        `  y-axis "KiB" ${Math.min(0, ...all)} --> ${Math.max(CHART_KIB, ...all)}`,
        `  line [${head.join(', ')}]`,
    ];
    if (base.length)
        chartLines.push(`  line [${base.join(', ')}]`);
    chartLines.push('```');
    chartLines.push('');
    const lo = Math.min(0, ...all);
    const hi = Math.max(lo + CHART_KIB, ...all);
    chartLines.push(base.length
        ? `This PR ${sparkline(head, lo, hi)} · baseline ${sparkline(base, lo, hi)} (one scale; first line: this PR, second: the baseline)`
        : `This PR ${sparkline(head, lo, hi)}`);
    return chartLines;
}

// EXTERNAL MODULE: ./src/render/sections.ts
var sections = __nccwpck_require__(102);
;// CONCATENATED MODULE: ./src/render/markdown.ts
// The report as GitHub shows it: PR comment and job summary. Pure: returns text.
//
// Everything that comes from the code under test (paths, function names, source
// text, messages) goes out with HTML and every bit of Markdown syntax encoded as
// entities (inline), or HTML-escaped inside <pre> (which Markdown leaves alone),
// so it cannot break the table, inject HTML, links or images, or mention anyone.





const COMMENT_LIMIT = 65_536;
const SUMMARY_LIMIT = (/* unused pure expression or super */ null && (1024 * 1024 - 1024));
/** Hidden marker that finds the comment again: one comment per workload (script and entry). */
function commentMarker(target, entry) {
    const id = `${target}:${entry}`.replace(/[^A-Za-z0-9_.:/-]/g, '_');
    return `<!-- leak-gate:${id} -->`;
}
const TEXT_ENTITIES = {
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
function escapeText(text) {
    return text.replace(/[&<>"|[\]()!*_`~\\@:#]/g, (c) => TEXT_ENTITIES[c]).replace(/[\r\n]+/g, ' ');
}
/** Text inside an HTML attribute or a <pre> block (which Markdown leaves alone). */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Untrusted text as inline code. */
function code(text) {
    return text ? `<code>${escapeText(text)}</code>` : '';
}
/** A link to a file and line at a commit; the path is percent-encoded segment by segment. */
function lineUrl(links, file, line) {
    if (file.startsWith('/') || file.startsWith('<') || /^[A-Za-z]:/.test(file) || file.split('/').includes('..'))
        return undefined;
    const full = links.pathPrefix ? `${links.pathPrefix.replace(/\/+$/, '')}/${file}` : file;
    const path = full.split('/').map(encodeURIComponent).join('/');
    const base = `${links.serverUrl}/${encodeURIComponent(links.owner)}/${encodeURIComponent(links.repo)}`;
    return `${base}/blob/${encodeURIComponent(links.sha)}/${path}#L${line}`;
}
function place(file, line, links) {
    const url = links && lineUrl(links, file, line);
    const text = code(`${(0,sections/* shownFile */.G)(file)}:${line}`);
    return url ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
}
const HEADLINE = {
    pass: '✅ No leak',
    leak: '🔴 Memory leak',
    regression: '🔴 Leak regression against the baseline',
    error: '⚠️ Could not measure',
};
/** The table's rows: the user's lines; lines outside the user's code have a section of their own (outsideSection). */
function rows(report, comparison) {
    if (!comparison)
        return (0,sections/* splitByOwner */.L9)(report.findings).own.map((f) => ({ status: 'leak', finding: f }));
    const byPlace = new Map(report.findings.map((f) => [`${f.file}:${f.line}`, f]));
    return comparison.sites
        .map((s) => ({ status: s.status, site: s, finding: byPlace.get(`${s.file}:${s.line}`) }))
        .filter((r) => r.finding?.inProject !== false || !(0,schema/* isLeak */.cm)(r.finding));
}
function outsideSection(report, comparison, links) {
    const { outside } = (0,sections/* splitByOwner */.L9)(report.findings);
    if (!outside.length)
        return [];
    const status = new Map(comparison?.sites.map((s) => [`${s.file}:${s.line}`, STATUS[s.status]]));
    const items = outside.slice(0, 10).map((f) => {
        const compared = status.get(`${f.file}:${f.line}`);
        return `- ${code((0,sections/* libraryOf */.vT)(f.file))}: ${place(f.file, f.line, links)} ${code(f.function)} ${(0,format/* formatBytes */.z3)(f.growthPerIteration, true)} per iteration${compared ? ` (${compared})` : ''}`;
    });
    if (outside.length > 10)
        items.push(`- and ${outside.length - 10} more: see the JSON report`);
    return [
        '',
        "**Outside your code**: leaking lines with no frame of your code on their traceback (a library's own thread, event-loop internals).",
        '',
        ...items,
    ];
}
const STATUS = { leak: 'leak', new: '🆕 new', grown: '📈 grown', unchanged: 'unchanged', fixed: '✅ fixed' };
function tableRow(row, links, compared = false) {
    const f = row.finding;
    const s = row.site;
    const file = s?.file ?? f.file;
    const line = s?.line ?? f.line;
    const fn = s?.function ?? f.function;
    const src = f?.statement ?? s?.code ?? f.code;
    const growth = s ? s.headGrowth : f.growthPerIteration;
    const change = s ? (0,format/* formatBytes */.z3)(s.headGrowth - s.baseGrowth, true) : '';
    // A fixed line is gone from the head commit, or moved: it is linked where the baseline had it, or not at all.
    const fixed = row.status === 'fixed';
    const cells = [
        ...(compared ? [STATUS[row.status]] : []),
        fixed ? place(file, s?.baseLine ?? line, links?.baseSha ? { ...links, sha: links.baseSha } : undefined) : place(file, line, links),
        code(fn),
        code(src),
        (0,format/* formatBytes */.z3)(growth, true),
        ...(compared ? [change] : []),
    ];
    return `| ${cells.join(' | ')} |`;
}
function tracebacks(findings, of) {
    if (!findings.length)
        return [];
    const which = of > findings.length ? `the first ${findings.length} of ${of} leaking lines` : 'the leaking lines';
    const out = [`<details><summary>Tracebacks of ${which}</summary>`, ''];
    for (const f of findings) {
        const frames = f.traceback.map((t) => `  ${(0,sections/* shownFile */.G)(t.file)}:${t.line}${t.code ? `\n      ${t.code}` : ''}`).join('\n');
        out.push(`<pre>${escapeHtml(`${(0,sections/* shownFile */.G)(f.file)}:${f.line}\n${frames}`)}</pre>`);
    }
    out.push('</details>');
    return out;
}
/** "kept alive by `service._recent[…]` (dict, +1 entry per iteration)" */
function keptAliveBy(k) {
    const also = k.also.length ? `; also by ${k.also.map(code).join(', ')}` : '';
    return `kept alive by ${code(k.path)} (${escapeText(k.holds)})${also}`;
}
/**
 * What keeps each leaking line alive (with a baseline, each new or grown
 * one), and what piles up over all of them: the leak's container, which the
 * line where memory was made does not show.
 */
function keptAliveSection(report, comparison, links) {
    const changed = comparison && new Set(comparison.sites.filter((s) => s.retainers).map((s) => `${s.file}:${s.line}`));
    const leaks = report.findings.filter((f) => (0,schema/* isLeak */.cm)(f) && (!changed || changed.has(`${f.file}:${f.line}`)));
    const items = [];
    // One leak, no baseline: the sentence at the top said it already.
    const saidAtTop = !comparison && leaks.length === 1 && (0,sections/* keptAlive */.kw)(leaks[0], report)?.path !== undefined;
    for (const f of saidAtTop ? [] : leaks.slice(0, 10)) {
        const k = (0,sections/* keptAlive */.kw)(f, report);
        if (!k)
            continue;
        const piles = k.piles ? `; piling up: ${escapeText(k.piles)}` : '';
        items.push(`- ${place(f.file, f.line, links)} ${k.path ? keptAliveBy(k) + piles : escapeText(k.missing) + (k.piles ? ` (${escapeText(k.piles)})` : '')}`);
    }
    if (!items.length)
        return [];
    const search = report.retainerSearch;
    const all = search && leaks.length > 1 ? (0,sections/* pilesUp */.tl)(search.types, search.iterations, 5) : undefined;
    return ['', '**What keeps it alive**', '', ...items, ...(all ? ['', `Over every leaking line: ${escapeText(all)}.`] : [])];
}
/**
 * A pass whose chart rises says why: the lines that grew in the traced
 * window and what made each no leak, as the terminal lists them.
 */
function dismissedSection(report, links) {
    if (report.findings.some(schema/* isLeak */.cm))
        return [];
    const dismissed = report.findings
        .filter((f) => f.kind === 'noise' && f.inProject && f.growthPerIteration >= report.thresholds.minGrowth)
        .slice(0, 5);
    if (!dismissed.length)
        return [];
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
function byFile(rows) {
    const groups = new Map();
    for (const r of rows) {
        const file = r.site?.file ?? r.finding.file;
        groups.set(file, [...(groups.get(file) ?? []), r]);
    }
    return [...groups.values()].flat();
}
function renderMarkdown(input) {
    const { report, baseline, comparison, links } = input;
    const w = report.workload;
    const perIteration = w.mode === 'whole' ? 'left behind' : 'per iteration';
    // The heading names where to look: the first leaking line's file, else the workload.
    const leaks = report.findings.filter(schema/* isLeak */.cm);
    const where = report.verdict === 'leak' || report.verdict === 'regression' ? (leaks[0]?.file ?? w.target) : w.target;
    const head = [input.marker, `### ${HEADLINE[report.verdict]} — ${code(where)}`, ''];
    if (report.verdict === 'error') {
        head.push(code(report.error?.message ?? report.summary));
        if (report.error?.detail)
            head.push('', `<pre>${escapeHtml(report.error.detail.slice(-4000))}</pre>`);
    }
    else {
        const against = comparison ? `, against ${(0,format/* formatBytes */.z3)(comparison.baseGrowth, true)} on the baseline` : '';
        const felt = w.mode === 'iterations' ? (0,format/* impact */.Vb)(report.growthPerIteration) : undefined;
        // The growth is in bold already: the sentence after it says the rest, once.
        const first = leaks[0] && (0,sections/* keptAlive */.kw)(leaks[0], report);
        // With a baseline, the line that got worse the most: the one the summary names.
        const changed = comparison && (0,compare/* largestIncrease */.D2)(comparison);
        const changedFinding = changed && leaks.find((f) => f.file === changed.file && f.line === changed.line);
        const changedKept = changedFinding && (0,sections/* keptAlive */.kw)(changedFinding, report);
        const rest = report.verdict === 'leak' && leaks.length
            ? `${(0,format/* lines */.Mn)(leaks.length)} leaking; fix ${place(leaks[0].file, leaks[0].line, links)} first${first?.path ? `: ${keptAliveBy(first)}` : ''}.`
            : escapeText(report.summary.charAt(0).toUpperCase() + report.summary.slice(1)) +
                // The summary ends naming that line: what keeps it follows.
                (report.verdict === 'regression' && changed && changedKept?.path ? `, ${keptAliveBy(changedKept)}.` : '');
        const sentence = rest.endsWith('.') ? rest : `${rest}.`;
        // A whole script that passed left something behind, under the threshold: "0 B left behind" would be untrue.
        if (w.mode === 'whole' && report.verdict === 'pass')
            head.push(sentence);
        else
            head.push(`**${(0,format/* formatBytes */.z3)(report.growthPerIteration, true)} ${perIteration}**${felt ? ` (${felt})` : ''}${against}. ${sentence}`);
        const confirmation = (0,sections/* confirmationSentence */.FE)(report);
        if (confirmation)
            head.push('', escapeText(confirmation));
    }
    for (const n of input.notes)
        head.push('', `> ${escapeText(n)}`);
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
                    .map((f) => `${place(f.file, f.line, links)} ${(0,format/* formatBytes */.z3)(f.growthPerIteration, true)}`)
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
    const rowsOf = (rs) => rs.map((r) => tableRow(r, links, comparison !== undefined));
    const compose = (shown, withTracebacks) => {
        const parts = [...head];
        if (all.length) {
            // The first TOP_ROWS in order of importance; the rest folded, grouped by file.
            parts.push(...tableHead, ...rowsOf(all.slice(0, Math.min(shown, TOP_ROWS))));
            const folded = byFile(all.slice(TOP_ROWS, shown));
            if (folded.length) {
                const files = new Set(folded.map((r) => r.site?.file ?? r.finding.file)).size;
                parts.push('', `<details><summary>${(0,format/* lines */.Mn)(folded.length)} more, in ${files} file${files === 1 ? '' : 's'}</summary>`);
                parts.push(...tableHead, ...rowsOf(folded), '', '</details>');
            }
            if (shown < all.length)
                parts.push('', `*${all.length - shown} more lines not shown: see the JSON report (output report-path) or the job log.*`);
        }
        if (withTracebacks)
            parts.push('', ...tracebacks(leaking, leaks.length));
        parts.push(...footer);
        return parts.join('\n') + '\n';
    };
    const full = compose(all.length, true);
    if (full.length <= input.limit)
        return full;
    for (let shown = all.length; shown >= 0; shown = shown > 20 ? Math.floor(shown * 0.8) : shown - 1) {
        const body = compose(shown, false);
        if (body.length <= input.limit)
            return body;
    }
    return (head.join('\n') + '\n\n*The report is too long to show here: see the job log.*\n').slice(0, input.limit);
}

;// CONCATENATED MODULE: ./src/cli/files.ts
// The command's files: reports read and written, checked before a long run.







async function readReportFile(file, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* UsageError */.eb(`${what} ${file} cannot be read: check the path`);
    }
    try {
        return (0,schema/* parseReport */.MM)(text, `${what} ${file}`);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(err.message);
    }
}
/** Never replace a file that is not one of our reports: a mistyped --json must not eat a source file. */
async function writeReport(file, report) {
    if ((0,external_node_fs_.existsSync)(file)) {
        let ours = false;
        try {
            ours = JSON.parse(await (0,promises_.readFile)(file, 'utf8')).schema === schema/* REPORT_SCHEMA */.DC;
        }
        catch {
            // Not JSON, or unreadable: not ours.
        }
        if (!ours)
            throw new errors/* UsageError */.eb(`--json ${file} exists and is not a leak-gate report: choose another path or remove it`);
    }
    await writeWhole(file, JSON.stringify(report, null, 2) + '\n');
}
/** The report as the PR comment shows it, for other CI systems and for the README's picture. */
async function writeMarkdown(file, settings, outcome) {
    if ((0,external_node_fs_.existsSync)(file) && !(await (0,promises_.readFile)(file, 'utf8')).startsWith('<!-- leak-gate:')) {
        throw new errors/* UsageError */.eb(`--markdown ${file} exists and is not a leak-gate report: choose another path or remove it`);
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
const partial = new Set();
/** Writes a file whole or not at all: a temporary file beside it, renamed over it once written. */
async function writeWhole(file, text) {
    const temporary = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.partial`);
    partial.add(temporary);
    try {
        await (0,promises_.writeFile)(temporary, text);
        await (0,promises_.rename)(temporary, file);
    }
    finally {
        partial.delete(temporary);
    }
}
/** Removes what a write cut short left (a signal stops the command): the report is whole or absent. */
function removePartialFiles() {
    for (const file of partial)
        (0,external_node_fs_.rmSync)(file, { force: true });
    partial.clear();
}
/** The path itself or its nearest ancestor that exists, with its stat; undefined when one cannot be read. */
function nearestExisting(file) {
    for (let at = external_node_path_default().resolve(file);; at = external_node_path_default().dirname(at)) {
        try {
            return [at, (0,external_node_fs_.statSync)(at)];
        }
        catch (err) {
            const code = err.code;
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || external_node_path_default().dirname(at) === at)
                return undefined;
        }
    }
}
/** Checked before the run, so that a mistyped path does not lose a measurement the user waited for. */
function checkOutputPaths(json, markdown, snapshotsDir) {
    for (const [flag, file] of [
        ['--json', json],
        ['--markdown', markdown],
    ]) {
        if (file === undefined)
            continue;
        const dir = external_node_path_default().dirname(external_node_path_default().resolve(file));
        const found = nearestExisting(dir);
        if (found && found[0] !== dir)
            throw new errors/* UsageError */.eb(`${flag} ${file}: the directory ${dir} does not exist: create it or choose another path`);
        if (found && !found[1].isDirectory())
            throw new errors/* UsageError */.eb(`${flag} ${file}: ${dir} is not a directory: choose another path`);
    }
    if (snapshotsDir !== undefined) {
        // The probe creates the directory and its parents; a file in the way stops it.
        const found = nearestExisting(snapshotsDir);
        if (found && !found[1].isDirectory()) {
            const where = found[0] === external_node_path_default().resolve(snapshotsDir) ? 'is a file' : `is inside ${found[0]}, which is a file`;
            throw new errors/* UsageError */.eb(`--snapshots-dir ${snapshotsDir} ${where}, not a directory: choose another path`);
        }
    }
}
/** A baseline from a file: read before the run, so a wrong path fails at once. */
function fileBaselineSource(baseline) {
    return {
        beforeRun: async () => baseline,
        forRun: async () => ({ report: baseline, notes: [] }),
    };
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _signals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(970);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(454);
// The command's entry (dist/cli/index.js).



// A report file cut short by the stop is removed: it is whole or absent.
(0,_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .stopOnSignals */ .Z)((line) => process.stderr.write(line + '\n'), _files_js__WEBPACK_IMPORTED_MODULE_1__/* .removePartialFiles */ .lE);
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(264);
// EXTERNAL MODULE: ./src/schema.ts + 2 modules
var src_schema = __nccwpck_require__(146);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/stats.ts
// Small robust statistics over measured series. Pure functions.
/** Median of a non-empty list (NaN for an empty one). */
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * Theil–Sen slope: the median of the slopes between every pair of points. One
 * outlier (a cache resize, a GC hiccup) moves it far less than a least-squares
 * fit or a last-minus-first difference.
 */
function theilSen(xs, ys) {
    const slopes = [];
    for (let i = 0; i < xs.length; i++) {
        for (let j = i + 1; j < xs.length; j++) {
            const dx = xs[j] - xs[i];
            if (dx !== 0)
                slopes.push((ys[j] - ys[i]) / dx);
        }
    }
    return slopes.length ? median(slopes) : 0;
}
/** Step changes between consecutive points. */
function steps(ys) {
    const out = [];
    for (let i = 1; i < ys.length; i++)
        out.push(ys[i] - ys[i - 1]);
    return out;
}
function movement(ys) {
    const d = steps(ys);
    let rises = 0;
    let falls = 0;
    let growing = 0;
    for (const s of d) {
        if (s > 0) {
            rises += s;
            growing++;
        }
        else
            falls -= s;
    }
    return { rises, falls, growingShare: d.length ? growing / d.length : 0 };
}
/** Element-wise sum of equally long series. */
function addSeries(a, b) {
    return a.map((v, i) => v + (b[i] ?? 0));
}

// EXTERNAL MODULE: ./src/analyse/rules.ts
var rules = __nccwpck_require__(430);
;// CONCATENATED MODULE: ./src/analyse/trend.ts
// Rule: a line leaks when its traced size grows steadily across the traced window.


/**
 * The series without the jumps of a container's reallocation: a dict or list
 * that a leak fills reallocates its table now and then, and the new table,
 * its whole size, is charged to the line at one snapshot (the old one was
 * allocated before tracing, or charged elsewhere). That is not the line's
 * rate, and a window that happens to hold one would read a rate several times
 * the leak's, which a second window without one would not confirm. An
 * interval that grew more than JUMP_FACTOR times the line's median growing
 * interval is such a jump when no more than a quarter of the intervals are.
 */
function withoutJumps(xs, ys) {
    const rates = ys.slice(1).map((y, i) => (y - ys[i]) / Math.max(1, xs[i + 1] - xs[i]));
    const growing = rates.filter((r) => r > 0);
    if (growing.length < 3)
        return [...ys];
    const typical = median(growing);
    const jumps = rates.map((r) => r > rules/* JUMP_FACTOR */.V_ * typical);
    if (jumps.filter(Boolean).length > rates.length / 4)
        return [...ys];
    const out = [ys[0]];
    rates.forEach((r, i) => out.push(out[i] + (jumps[i] ? typical : r) * Math.max(1, xs[i + 1] - xs[i])));
    return out;
}
/**
 * A robust slope of at least `minGrowth` bytes per iteration, growth in most
 * intervals (or a staircase that never falls), falls small next to the rises,
 * and a net gain that agrees with the slope.
 */
function trend(allXs, allYs, minGrowth) {
    // Before a line's first traced allocation its series reads 0; the first
    // nonzero value may also carry memory from before the window (a buffer that
    // existed untraced and was then resized), so the trend starts there.
    const first = allYs.findIndex((y) => y !== 0);
    if (first < 0 || allYs.length - first < 3) {
        return { slope: 0, growingShare: 0, net: allYs[allYs.length - 1] - allYs[0], steady: false };
    }
    const xs = allXs.slice(first);
    const ys = allYs.slice(first);
    const slope = theilSen(xs, withoutJumps(xs, ys));
    const mv = movement(ys);
    const net = ys[ys.length - 1] - ys[0];
    const span = xs[xs.length - 1] - xs[0];
    const rising = Math.round(mv.growingShare * (ys.length - 1));
    const staircase = mv.falls === 0 && rising >= rules/* STAIRCASE_STEPS */.GL && mv.growingShare >= rules/* STAIRCASE_SHARE */.Sb;
    const steady = slope >= minGrowth &&
        (mv.growingShare >= rules/* STEADY_SHARE */.ni || staircase) &&
        mv.falls <= rules/* MAX_FALLS_SHARE */.q_ * mv.rises &&
        net >= rules/* NET_SHARE */.kL * minGrowth * span;
    return { slope, growingShare: mv.growingShare, net, steady };
}
/** Growth that happened in the first half of the window and then stopped: warm-up. */
function stopped(xs, ys, minGrowth) {
    const mid = ys.length >> 1;
    const lateSpan = xs[xs.length - 1] - xs[mid];
    const net = ys[ys.length - 1] - ys[0];
    const late = Math.abs(ys[ys.length - 1] - ys[mid]);
    return net > 0 && late <= minGrowth * Math.max(lateSpan, 1) * rules/* STOPPED_SHARE */.Gn;
}
/**
 * A line whose memory saws (a store purged every few iterations) but whose
 * floor rises: what each purge keeps. Read up to the last fall (a purge), as
 * what follows it is the rising edge of a tooth, not a floor. The floor at
 * each snapshot is the least the line held from then on to that point, so a
 * snapshot taken between purges does not count as a floor; its robust slope
 * is the leak's rate, and it must rise by MIN_FLOOR_RISE in all.
 * Undefined when the line does not saw, or its floor does not rise so.
 */
function risingFloor(allXs, allYs, minGrowth) {
    const first = allYs.findIndex((y) => y !== 0);
    if (first < 0)
        return undefined;
    let trough = allYs.length - 1;
    while (trough > first && allYs[trough] >= allYs[trough - 1])
        trough--;
    if (trough - first + 1 < rules/* MIN_FLOOR_POINTS */.CY)
        return undefined;
    const xs = allXs.slice(first, trough + 1);
    const floors = allYs.slice(first, trough + 1);
    for (let i = floors.length - 2; i >= 0; i--)
        floors[i] = Math.min(floors[i], floors[i + 1]);
    const rate = theilSen(xs, floors);
    return rate >= minGrowth && floors[floors.length - 1] - floors[0] >= rules/* MIN_FLOOR_RISE */.a7 ? rate : undefined;
}

;// CONCATENATED MODULE: ./src/analyse/add-up.ts
// Rule: lines add up. When a function's or a file's lines together grow like a
// leak, each of its steadily growing lines is a leaking line, however small.



function groupKey(site, by) {
    return by === 'function' ? `${site.file}\0${site.function}` : site.file;
}
/**
 * Lines (by index) that leak together with the other growing lines of their
 * function or file, with why. Lines already leaking are not listed; lines that
 * replace older objects are left out of the sums, so a cache's churn does not
 * make a small steady line next to it a leak.
 */
function linesThatAddUp(result, leaking, replacing, th) {
    const xs = result.snapshotIterations;
    // Each line on its own, at any rate: only lines that grow steadily add up.
    // A line that jumped once (a table resized) would lend its size to a sum made
    // steady by another line's few bytes, and neither is a leak.
    const own = result.sites.map((s) => trend(xs, s.size, 1));
    const added = new Map();
    for (const by of ['function', 'file']) {
        const groups = new Map();
        result.sites.forEach((s, i) => {
            if (replacing.has(i) || !own[i].steady)
                return;
            const k = groupKey(s, by);
            groups.set(k, [...(groups.get(k) ?? []), i]);
        });
        for (const members of groups.values()) {
            if (members.length < 2)
                continue;
            const sum = members.map((i) => result.sites[i].size).reduce((a, b) => addSeries(a, b));
            const group = trend(xs, sum, th.minGrowth);
            if (!group.steady)
                continue;
            for (const i of members) {
                if (leaking[i] || added.has(i))
                    continue;
                const where = by === 'function' ? `${result.sites[i].function}()` : result.sites[i].file;
                added.set(i, `grew ${(0,format/* formatBytes */.z3)(own[i].slope)} per iteration; with the other growing lines of ${where} ${(0,format/* formatBytes */.z3)(group.slope)} per iteration`);
            }
        }
    }
    return added;
}

;// CONCATENATED MODULE: ./src/analyse/retainers.ts
// What keeps each leaking line's memory alive, from the probe's retainer
// search (retainers.py), attached to the findings it was searched for. Pure.

/** Immutable values: one attribute holding one of them is replaced, never grown in place. */
const IMMUTABLE = new Set(['int', 'float', 'complex', 'bool', 'str', 'bytes']);
/**
 * Why a retainer cannot accumulate a line's objects, or undefined when it can.
 * `grown`: the bytes the line grew by over the iterations searched.
 */
function cannotGrow(r, grown, iterations) {
    if (r.path === null)
        return undefined;
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
function heldWhereItCannotGrow(f, iterations) {
    const retainers = f.retainers ?? [];
    if (f.kind !== 'leak' || !f.kept?.objects || !retainers.length)
        return undefined;
    const reasons = retainers.map((r) => cannotGrow(r, f.growthPerIteration * iterations, iterations));
    if (reasons.some((r) => r === undefined))
        return undefined;
    const held = retainers.reduce((a, r) => a + r.objects, 0);
    if (held * 2 < (f.kept.heads ?? f.kept.objects))
        return undefined;
    return `grew ${(0,format/* formatBytes */.z3)(f.growthPerIteration)} per iteration in the traced window, but what it made is held only by ${reasons.join('; and by ')}: not a leak`;
}
/**
 * Leaking findings get what the search found at their line: kept objects by
 * type, and their retainers; a line whose objects are held only where they
 * cannot pile up is no longer called leaking.
 */
function withRetainers(findings, search) {
    if (!search || !('lines' in search))
        return findings;
    const byLine = new Map(search.lines.map((l) => [`${l.file}:${l.line}`, l]));
    return findings.map((f) => {
        const found = f.kind === 'leak' ? byLine.get(`${f.file}:${f.line}`) : undefined;
        if (!found)
            return f;
        const kept = { objects: found.objects, ...(found.heads !== undefined && { heads: found.heads }), types: found.types };
        const searched = { ...f, kept, retainers: found.retainers };
        const why = heldWhereItCannotGrow(searched, search.iterations);
        return why ? { ...searched, kind: 'noise', why } : searched;
    });
}
/** The search as the report keeps it: its cost, and what piles up over every line still leaking, by type. */
function searchSummary(search, findings) {
    if (!search)
        return undefined;
    if ('skipped' in search || 'error' in search) {
        const skipped = 'skipped' in search ? search.skipped : `the search failed (${search.error}): please report it`;
        return { seconds: 0, cutShort: false, iterations: 0, searchedLines: 0, types: {}, skipped };
    }
    const types = {};
    const leaking = new Set(findings.filter((f) => f.kind === 'leak').map((f) => `${f.file}:${f.line}`));
    for (const line of search.lines) {
        if (!leaking.has(`${line.file}:${line.line}`))
            continue;
        for (const [name, n] of Object.entries(line.types))
            types[name] = (types[name] ?? 0) + n;
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
function keptNothing(f) {
    return f.kind === 'leak' && f.kept !== undefined && f.kept.objects === 0;
}
/** The lines that leak, most important first, as the probe asks before its search. */
function leakingLines(findings) {
    return findings.filter((f) => f.kind === 'leak').map((f) => [f.file, f.line]);
}

;// CONCATENATED MODULE: ./src/analyse/rank.ts
// Most important first.

const KIND_ORDER = { leak: 0, warmup: 1, noise: 2 };
/**
 * Leaking lines that called into another leaking line: a leak made inside a
 * library is charged to the caller's line when no deeper line is the user's,
 * and a block freed there and reused by the leak's objects (free lists) counts
 * where it was first allocated. The deeper line made what is kept; the caller
 * ranks after it, whatever their sizes.
 */
function callersOfLeaks(findings) {
    const leaks = findings.filter((f) => f.kind === 'leak');
    const callers = new Set();
    // Only lines that make new objects: a list's array grown in place by an
    // append (one block) holds pointers to what its caller made.
    for (const f of leaks.filter(makesObjects)) {
        // The traceback runs oldest first: the frames before the line's own called it.
        const own = f.traceback.findIndex((t) => t.file === f.file && t.line === f.line);
        for (const frame of f.traceback.slice(0, Math.max(own, 0)))
            callers.add(`${frame.file}:${frame.line}`);
    }
    return new Set(leaks.filter((f) => callers.has(`${f.file}:${f.line}`)));
}
function makesObjects(f) {
    const first = f.series.findIndex((y) => y !== 0);
    return first >= 0 && f.counts[f.counts.length - 1] - f.counts[first] > 1;
}
/**
 * Leaks before warm-up before noise; the project's lines before lines reached
 * without any project frame (the harness's own event loop, or memory a free
 * list handed from one object to another); a leaking line whose objects were
 * found alive before one where the retainer search found none (its memory was
 * a reused block, or a buffer: what it can name outweighs where it sits); a
 * leaking line before the leaking lines that called it; then by growth.
 */
function rankFindings(findings) {
    const callers = callersOfLeaks(findings);
    return [...findings].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        Number(b.inProject) - Number(a.inProject) ||
        Number(keptNothing(a)) - Number(keptNothing(b)) ||
        Number(callers.has(a)) - Number(callers.has(b)) ||
        (a.kind === 'leak' ? b.growthPerIteration - a.growthPerIteration : 0) ||
        Math.abs(b.netGrowth) - Math.abs(a.netGrowth) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line);
}

;// CONCATENATED MODULE: ./src/analyse/replacement.ts
// Rule: the whole run decides about replacement. Only the window is traced, so
// an object that replaces an older one (a full cache evicting, a pool
// rotating) looks like growth there, because the older object was never
// traced. When the lines' new blocks are not matched by a growing number of
// live blocks in the interpreter, the objects replaced others: not a leak.
// When live blocks did grow, though less, a line whose new blocks that growth
// can account for stays a leak (a leak next to a cache that evicts). A line
// whose size grows with no new blocks (a buffer grown in place) is not subject
// to this rule.


/** The interpreter's live blocks per iteration over the traced window, or undefined with too few samples. */
function liveBlockSlope(result) {
    const xs = result.snapshotIterations;
    const inWindow = result.blocks.iterations
        .map((x, i) => [x, result.blocks.values[i]])
        .filter(([x]) => x >= xs[0] && x <= xs[xs.length - 1]);
    if (inWindow.length < 3)
        return undefined;
    return theilSen(inWindow.map(([x]) => x), inWindow.map(([, y]) => y));
}
/**
 * Where a line's new blocks are counted from: the window's start, unless the
 * line entered the trace with a jump of many blocks at once, JUMP_FACTOR times
 * its usual step or more. That is an object made before the window (a
 * DataFrame rebuilt by every call) whose blocks entered when it was first
 * rebuilt: they are not new, and from there on the line is counted.
 */
function countedFrom(size, count) {
    const first = size.findIndex((y) => y !== 0);
    if (first <= 0)
        return 0;
    const later = count
        .slice(first)
        .map((c, i, all) => (i ? c - all[i - 1] : 0))
        .filter((d) => d > 0);
    const usual = later.length ? median(later) : 0;
    return count[first] - count[0] > rules/* JUMP_FACTOR */.V_ * Math.max(usual, 1) ? first : 0;
}
/** The leaking lines (by index) that replaced older objects, with why. */
function replacingLines(result, leaking, liveSlope) {
    const replacing = new Map();
    if (liveSlope === undefined)
        return replacing;
    // New blocks per iteration at each leaking line, over the whole window: a
    // buffer that keeps its last N entries adds blocks until the window has
    // replaced them all, then none, and a robust slope would miss half of it.
    const xs = result.snapshotIterations;
    const counted = result.sites.map((s, i) => {
        const from = countedFrom(s.size, s.count);
        const span = xs[xs.length - 1] - xs[from];
        return leaking[i] && span > 0 ? (s.count[s.count.length - 1] - s.count[from]) / span : 0;
    });
    const newBlocks = counted.filter((c) => c >= rules/* NEW_BLOCKS_PER_ITERATION */.Sq).reduce((a, b) => a + b, 0);
    if (newBlocks < rules/* MIN_NEW_BLOCKS */.HD || liveSlope >= rules/* LIVE_SHARE */.pt * newBlocks)
        return replacing;
    const accountable = liveSlope >= rules/* NEW_BLOCKS_PER_ITERATION */.Sq ? rules/* ACCOUNTABLE_FACTOR */.EG * liveSlope : 0;
    counted.forEach((c, i) => {
        if (c < rules/* NEW_BLOCKS_PER_ITERATION */.Sq || c <= accountable)
            return;
        replacing.set(i, `made ${c.toFixed(1)} new blocks per iteration, but the process's live blocks ${liveSlope < rules/* NEW_BLOCKS_PER_ITERATION */.Sq ? 'did not grow' : `grew only ${liveSlope.toFixed(1)} per iteration`}: they replaced older ones (a cache evicting, a pool rotating)`);
    });
    return replacing;
}

;// CONCATENATED MODULE: ./src/analyse/run-shape.ts
// Rule: the whole run decides about sawtooths. When the interpreter's block
// count, sampled across every measured iteration, keeps returning to its
// floor, growth seen in the window is a cycle that gets released, not a leak.
// A floor that rises from one cycle to the next is a leak.


/** The shape of the whole run; samples are taken after a full collection, so temporaries do not show. */
function runShape(blocks) {
    const ys = blocks.values;
    if (ys.length < 4)
        return 'unknown';
    const mv = movement(ys);
    if (mv.rises <= rules/* BLOCK_NOISE */.jO * 2)
        return 'flat';
    if (mv.falls < rules/* RISING_FALLS_SHARE */.i$ * mv.rises)
        return 'rising';
    // Sawtooth: compare the floor of the first third of the run with the last
    // third's. Where the samples fall in each cycle moves the apparent floor by
    // up to the largest single step between two samples, so only a rise beyond
    // that step is a floor that really rises.
    const third = Math.max(1, Math.floor(ys.length / 3));
    const early = Math.min(...ys.slice(0, third));
    const late = Math.min(...ys.slice(-third));
    const largestStep = Math.max(0, ...steps(ys));
    return late - early > largestStep + rules/* BLOCK_NOISE */.jO ? 'rising' : 'returns-to-floor';
}

;// CONCATENATED MODULE: ./src/analyse/window.ts
// A traced window as the rules read it: the first one, or the second that confirms it.
/**
 * The run's block count up to the first window's end, and the second window's
 * samples: the probe samples at every snapshot, the second window's last, so
 * the two windows' samples at the iteration where one ends and the other
 * starts stay apart.
 */
function splitBlocks(result) {
    const second = result.confirmation ? result.confirmation.snapshotIterations.length : 0;
    const cut = result.blocks.iterations.length - second;
    const part = (from, to) => ({
        iterations: result.blocks.iterations.slice(from, to),
        values: result.blocks.values.slice(from, to),
    });
    return [part(0, cut), part(cut, result.blocks.iterations.length)];
}
/** The first traced window, with the run's block count up to its end. */
function firstWindow(result) {
    return { snapshotIterations: result.snapshotIterations, sites: result.sites, blocks: splitBlocks(result)[0] };
}
/** The second traced window, with the block count sampled at its snapshots. */
function confirmingWindow(result, confirmation) {
    return { snapshotIterations: confirmation.snapshotIterations, sites: confirmation.sites, blocks: splitBlocks(result)[1] };
}
/** A site's identity across windows. */
const siteKey = (s) => `${s.inProject ? 1 : 0}:${s.file}:${s.line}`;

;// CONCATENATED MODULE: ./src/analyse/confirm.ts
// Rule: a leak is confirmed before it counts. The first traced window only
// suspects: a structure that fills up to a bound, a cache that replaces its
// entries, a sawtooth longer than the window, all look like growth there. A
// second window, traced afresh after the first, must show the same line
// growing again, as a leak by the same rules, at no less than CONFIRM_SHARE of
// the first window's rate; bounded growth does not keep that up.



/**
 * Leaked memory is never given back: a line that, in the second window, fell
 * to under GIVE_BACK_SHARE of what it held before is a sawtooth (a list pruned
 * every few hundred calls) that the first window saw only rising; its falls
 * may be few beside its rises, so the trend rules alone would let it through.
 */
function gaveBack(later) {
    let held = 0;
    for (const y of later.series) {
        if (held >= rules/* MIN_GIVEN_BACK */.$N && y < rules/* GIVE_BACK_SHARE */.kI * held)
            return true;
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
function grewInPlace(later) {
    const first = later.series.findIndex((y) => y !== 0);
    if (first < 0)
        return false;
    const sizes = later.series.slice(first);
    const counts = later.counts.slice(first);
    const never = sizes.every((y, i) => i === 0 || y >= sizes[i - 1]);
    return never && sizes[sizes.length - 1] > sizes[0] && Math.max(...counts) === Math.min(...counts);
}
/** The first window's findings, each suspected leak confirmed by the second window's findings or not. */
function confirmed(first, second, secondXs) {
    const bySite = new Map(second.map((f) => [siteKey(f), f]));
    const span = `iterations ${secondXs[0] + 1}-${secondXs[secondXs.length - 1]}`;
    return first.map((f) => {
        if (f.kind !== 'leak')
            return f;
        const later = bySite.get(siteKey(f));
        const confirmation = later
            ? { growthPerIteration: later.growthPerIteration, series: later.series, counts: later.counts }
            : { growthPerIteration: 0, series: secondXs.map(() => 0), counts: secondXs.map(() => 0) };
        const again = later &&
            !gaveBack(later) &&
            ((later.kind === 'leak' && later.growthPerIteration >= rules/* CONFIRM_SHARE */.T2 * f.growthPerIteration) || grewInPlace(later));
        if (again) {
            return { ...f, why: `${f.why}; confirmed: ${(0,format/* formatBytes */.z3)(later.growthPerIteration)} per iteration again in ${span}`, confirmation };
        }
        const after = !later
            ? 'nothing'
            : gaveBack(later)
                ? 'gave back most of what it held'
                : `${later.kind === 'leak' ? 'only ' : ''}${(0,format/* formatBytes */.z3)(later.growthPerIteration)} per iteration`;
        return {
            ...f,
            kind: 'noise',
            why: `grew ${(0,format/* formatBytes */.z3)(f.growthPerIteration)} per iteration in the traced window, then ${after} in ${span}: not confirmed, bounded`,
            confirmation,
        };
    });
}

;// CONCATENATED MODULE: ./src/analyse/index.ts
// Analysis: from the probe's raw series to findings, most important first. Pure.
//
// The rules, one module each (they are what the PR comment explains):
// - trend.ts: a line leaks when its traced size grows steadily across the
//   traced window; growth that happens and then stops is warm-up; anything
//   else is noise.
// - replacement.ts: new objects that replace older ones add no live blocks.
// - add-up.ts: a leak spread thinly over many lines of a function or file.
// - run-shape.ts: memory that returns to its floor across the run is released.
// - confirm.ts: a leak suspected in the traced window must grow again in a
//   second, independent window traced after it.
// - retainers.ts: what keeps a leaking line's objects alive, as the probe
//   found it after the last snapshot.
// Each rule returns its classification; this module combines them in order.
// The verdict is not decided here but by the gate (gate/verdict.ts).












/** Findings kept in a report besides the leaking lines: the probe's own export limit before it exported every changed line. */
const KEPT_FINDINGS = 300;
function ownKind(site, t, floor, xs, th) {
    if (t.steady)
        return ['leak', `grew ${(0,format/* formatBytes */.z3)(t.slope)} per iteration, in ${Math.round(t.growingShare * 100)}% of the intervals`];
    if (floor !== undefined)
        return ['leak', `its memory is released periodically, but its floor rises ${(0,format/* formatBytes */.z3)(floor)} per iteration`];
    // What it grew by over the window: the trend's own net starts where the line first held memory.
    if (stopped(xs, site.size, th.minGrowth))
        return ['warmup', `grew by ${(0,format/* formatBytes */.z3)(site.size[site.size.length - 1] - site.size[0])} early, then stopped`];
    return ['noise', 'no steady growth'];
}
const leakingOf = (kinds) => kinds.map(([k]) => k === 'leak');
const withKind = (kinds, changes, kind) => kinds.map((k, i) => (changes.has(i) ? [kind, changes.get(i)] : k));
function analyseWindow(result, th, shape) {
    const xs = result.snapshotIterations;
    const trends = result.sites.map((s) => trend(xs, s.size, th.minGrowth));
    const floors = result.sites.map((s, i) => (trends[i].steady ? undefined : risingFloor(xs, s.size, th.minGrowth)));
    const own = result.sites.map((s, i) => ownKind(s, trends[i], floors[i], xs, th));
    // Replacement is judged on the lines that grow on their own, then again on
    // those that leak only together, which are summed without the replacing lines.
    const live = liveBlockSlope(result);
    const replacedAlone = replacingLines(result, leakingOf(own), live);
    const afterReplacement = withKind(own, replacedAlone, 'noise');
    const together = linesThatAddUp(result, leakingOf(afterReplacement), new Set(replacedAlone.keys()), th);
    const added = withKind(afterReplacement, together, 'leak');
    const kinds = withKind(added, replacingLines(result, leakingOf(added), live), 'noise');
    return result.sites.map((site, i) => {
        let [kind, why] = kinds[i];
        // The run's floor is coarse (the whole interpreter's blocks); a line whose own floor rises is a leak all the same.
        if (kind === 'leak' && shape === 'returns-to-floor' && floors[i] === undefined) {
            kind = 'noise';
            why = `grew ${(0,format/* formatBytes */.z3)(trends[i].slope)} per iteration in the traced window, but memory returned to its floor across the run (released periodically)`;
        }
        return finding(site, kind, why, floors[i] ?? trends[i].slope, trends[i]);
    });
}
function analyseIterations(result, th, shape) {
    const first = analyseWindow(firstWindow(result), th, shape);
    if (!result.confirmation)
        return first;
    return confirmed(first, analyseWindow(confirmingWindow(result, result.confirmation), th, shape), result.confirmation.snapshotIterations);
}
function analyseWhole(result, th) {
    return result.sites.map((site) => {
        const net = site.size[site.size.length - 1] - site.size[0];
        const t = { slope: net, growingShare: net > 0 ? 1 : 0, net, steady: false };
        const [kind, why] = net >= th.minRetained
            ? ['leak', `left ${(0,format/* formatBytes */.z3)(net)} behind after the script ended`]
            : net > 0
                ? ['warmup', `left ${(0,format/* formatBytes */.z3)(net)} behind after the script ended (under ${(0,format/* formatBytes */.z3)(th.minRetained)})`]
                : ['noise', 'left nothing behind'];
        return finding(site, kind, why, net, t);
    });
}
function finding(site, kind, why, growth, t) {
    return {
        file: site.file,
        line: site.line,
        function: site.function,
        code: site.code,
        ...(site.statement !== undefined && { statement: site.statement }),
        growthPerIteration: Math.round(growth * 10) / 10,
        kind,
        inProject: site.inProject,
        growingShare: Math.round(t.growingShare * 100) / 100,
        netGrowth: t.net,
        why,
        series: site.size,
        counts: site.count,
        traceback: site.traceback,
    };
}
function analyse(result, thresholds = rules/* DEFAULT_THRESHOLDS */.JJ) {
    const shape = result.mode === 'iterations' ? runShape(result.blocks) : 'unknown';
    const ranked = rankFindings(withRetainers(result.mode === 'iterations' ? analyseIterations(result, thresholds, shape) : analyseWhole(result, thresholds), result.retainerSearch));
    const growth = ranked.filter((f) => f.kind === 'leak').reduce((a, f) => a + f.growthPerIteration, 0);
    // Every leaking line stays in the report (its totals, and a comparison with
    // a baseline, need all of them); of the rest, as many as make it up to KEPT_FINDINGS.
    const leaking = ranked.filter((f) => f.kind === 'leak').length;
    const findings = ranked.slice(0, Math.max(leaking, KEPT_FINDINGS));
    return {
        schema: src_schema/* REPORT_SCHEMA */.DC,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        workload: {
            target: result.target,
            entry: result.entry,
            mode: result.mode,
            iterations: result.iterations,
            warmup: result.warmup,
            firstTracedIteration: result.firstTracedIteration,
            python: result.python.version,
        },
        thresholds,
        growthPerIteration: Math.round(growth * 10) / 10,
        findings,
        snapshotIterations: result.snapshotIterations,
        tracedMemory: result.tracedMemory,
        blocks: result.blocks,
        rss: result.rss,
        runShape: shape,
        ...(result.confirmation && {
            confirmation: { snapshotIterations: result.confirmation.snapshotIterations, tracedMemory: result.confirmation.tracedMemory },
        }),
        ...(result.retainerSearch && { retainerSearch: searchSummary(result.retainerSearch, ranked) }),
        durationSeconds: Math.round((result.wallSeconds ?? result.seconds) * 1000) / 1000,
    };
}
/** The lines the report will call leaking, most important first: the probe searches what keeps them alive. */
function linesToSearch(result, thresholds = rules/* DEFAULT_THRESHOLDS */.JJ) {
    return leakingLines(analyse(result, thresholds).findings);
}
/**
 * Iterations to trace again, after the first traced window, to confirm the
 * leaks it suspects: as many as it traced (a run with a suspected leak at
 * most doubles); 0 when it suspects none, so a clean run pays nothing. Every
 * suspect is confirmed, ignored ones too: a later judging may not ignore them.
 */
function iterationsToConfirm(window, thresholds = rules/* DEFAULT_THRESHOLDS */.JJ) {
    if (window.mode !== 'iterations' || window.confirmation)
        return 0;
    const xs = window.snapshotIterations;
    return analyse(window, thresholds).findings.some((f) => f.kind === 'leak') ? xs[xs.length - 1] - xs[0] : 0;
}

// EXTERNAL MODULE: ./src/probe/limits.ts
var limits = __nccwpck_require__(776);
// EXTERNAL MODULE: ./src/probe/run.ts + 5 modules
var run = __nccwpck_require__(123);
;// CONCATENATED MODULE: ./src/gate/baseline-source.ts
// Where a baseline comes from: an artifact of the base branch (the action) or
// a file (the command). The gate asks twice: before measuring, for the window
// to trace, and after, for the baseline to compare with.
/** No baseline at all. */
const NO_BASELINE = {
    beforeRun: async () => undefined,
    forRun: async () => ({ notes: [] }),
};

;// CONCATENATED MODULE: ./src/gate/comparable.ts
// Whether two reports can be compared, and what the reader must know when they
// traced different windows. Pure.
const BASELINE_AND_RUN = { base: 'the baseline', head: 'this run' };
/** Why a baseline cannot be compared with this run, or undefined when it can. */
function baselineMismatch(base, head, names = BASELINE_AND_RUN) {
    if (base.verdict === 'error')
        return `${names.base} is the report of a run that could not measure`;
    if (base.workload.target !== head.workload.target || base.workload.entry !== head.workload.entry) {
        return `${names.base} measured ${base.workload.target} (${base.workload.entry}), ${names.head} ${head.workload.target} (${head.workload.entry})`;
    }
    if (base.workload.mode !== head.workload.mode) {
        return `${names.base} ran in ${base.workload.mode} mode, ${names.head} in ${head.workload.mode} mode`;
    }
    const minor = (version) => version.split('.').slice(0, 2).join('.');
    if (minor(base.workload.python) !== minor(head.workload.python)) {
        return `${names.base} was measured on Python ${base.workload.python}, ${names.head} on ${head.workload.python}: memory per object differs between minor versions`;
    }
    return undefined;
}
/** Traced iterations at the end of a run, or undefined for a whole-script run. */
function tracedWindow(report) {
    return report.workload.mode === 'iterations' ? report.workload.iterations - report.workload.firstTracedIteration : undefined;
}
/**
 * How many last iterations the baseline traced, when a run of these
 * iterations and warm-up can trace as many: traced over the same window, a
 * leak that did not change measures the same.
 */
function baselineWindow(baseline, iterations, warmup) {
    if (!baseline || baseline.verdict === 'error' || baseline.workload.iterations !== iterations)
        return undefined;
    const window = tracedWindow(baseline);
    return window !== undefined && window >= 1 && window <= iterations - warmup ? window : undefined;
}
/**
 * Said when two comparable reports traced different windows: a container's
 * resize weighs more in a shorter window, so an unchanged leak can measure
 * about a third more or less.
 */
function windowDifference(base, head, names = BASELINE_AND_RUN) {
    const b = tracedWindow(base);
    const h = tracedWindow(head);
    if (b === undefined || h === undefined)
        return undefined;
    if (b === h && base.workload.iterations === head.workload.iterations)
        return undefined;
    return (`${names.base} traced its last ${b} of ${base.workload.iterations} iterations, ${names.head} its last ${h} of ${head.workload.iterations}: ` +
        'growth per iteration can differ by up to a third between windows');
}

// EXTERNAL MODULE: ./src/gate/ignore.ts
var ignore = __nccwpck_require__(889);
// EXTERNAL MODULE: ./src/gate/settings.ts
var gate_settings = __nccwpck_require__(306);
;// CONCATENATED MODULE: ./src/gate/run-notes.ts
// What a measurement that worked still needs to tell the user, as notes: what
// went wrong after it (teardown), what it could not do as asked, and what the
// workload printed that nobody saw. Pure.



/** The notes of a measurement, in the order they matter. */
function measurementNotes(probe, measured, settings) {
    return [
        ...(probe.warnings ?? []),
        outsideRootNote(measured, external_node_path_default().resolve(settings.cwd), external_node_path_default().resolve(settings.cwd, settings.target)),
        ranOnceNote(probe, settings),
        warningsNote(probe.workloadWarnings ?? []),
        ...searchNotes(measured),
    ].filter((n) => n !== undefined);
}
/** A script without its entry function runs once: iterations asked for are not run. */
function ranOnceNote(probe, s) {
    if (probe.mode !== 'whole' || s.iterations === gate_settings/* DEFAULTS */.zY.iterations)
        return undefined;
    return `${s.iterations} iterations were asked for, but ${s.target} has no ${s.entry}() and ran once, whole: define ${s.entry}() (one iteration of the work) to measure iterations`;
}
/** The workload's Python warnings, which its captured output would hide. */
function warningsNote(warned) {
    if (!warned.length)
        return undefined;
    const more = warned.length > 1 ? ` (and ${warned.length - 1} more in its output)` : '';
    return `the workload printed ${warned.length === 1 ? 'a warning' : `${warned.length} different warnings`}: ${warned[0].slice(0, 300)}${more}`;
}
/**
 * Code of the user's that lies outside the working directory, but for the
 * script itself, is not counted as theirs: run from a subdirectory, every
 * allocation the project's modules make is charged to the workload's calling
 * line. A note when leaking lines were reached through source files outside
 * the working directory that are not installed libraries.
 */
function outsideRootNote(m, cwd, script) {
    const folders = new Set();
    for (const f of m.findings) {
        if (f.kind !== 'leak')
            continue;
        for (const frame of f.traceback) {
            const file = external_node_path_default().posix.normalize(frame.file); // sys.path entries like tests/../app
            // The script is the user's wherever it lies: the probe counts its lines.
            if (!file.startsWith('/') || file.startsWith(cwd + '/') || file === script || (0,ignore/* belowImportRoot */.Pi)(file) || file.startsWith('<'))
                continue;
            folders.add(file.slice(0, file.lastIndexOf('/')));
        }
    }
    if (!folders.size)
        return undefined;
    const [first] = [...folders].sort();
    return `lines in ${first}${folders.size > 1 ? ` and ${folders.size - 1} more folders` : ''} are outside the working directory (${cwd}), so they count as library code and their memory is charged to your calling line: run from the project's root (the action's input working-directory) to see them`;
}
/** The search's own notes: cut short by its time bound, skipped, or failed. */
function searchNotes(report) {
    const search = report.retainerSearch;
    if (!search)
        return [];
    if (search.skipped)
        return [`what keeps the leaks alive is not shown: ${search.skipped}`];
    const notes = [];
    if (search.cutShort)
        notes.push(`the search for what keeps the leaks alive stopped at its time bound (${search.seconds.toFixed(1)} s: a second, or a tenth of the run); lines without a path were not reached`);
    const searchable = report.findings.filter((f) => f.kind === 'leak').length;
    if (searchable > search.searchedLines)
        notes.push(`what keeps the leaks alive was searched for the first ${search.searchedLines} of ${searchable} leaking lines`);
    return notes;
}

// EXTERNAL MODULE: ./src/compare.ts
var compare = __nccwpck_require__(344);
;// CONCATENATED MODULE: ./src/gate/verdict.ts
// Judging: the one place where a measurement gets its verdict, its summary and
// whether the check fails. The gate, `leak-gate compare` and the fork relay all
// judge through here, with the settings stored in the report. Pure.





function summarise(m, verdict, comparison) {
    if (m.error)
        return `could not measure: ${m.error.message}`;
    if (verdict === 'regression' && comparison) {
        const worse = comparison.sites.filter((s) => s.status === 'new' || s.status === 'grown');
        const largest = (0,compare/* largestIncrease */.D2)(comparison);
        return `${(0,format/* lines */.Mn)(worse.length)} new or grown since the baseline; the largest: ${largest.file}:${largest.line}`;
    }
    const leaks = m.findings.filter(src_schema/* isLeak */.cm);
    if (leaks.length) {
        const unit = m.workload.mode === 'whole' ? 'left behind' : 'per iteration';
        return `${(0,format/* lines */.Mn)(leaks.length)} leaking ${(0,format/* formatBytes */.z3)(m.growthPerIteration)} ${unit}; first: ${leaks[0].file}:${leaks[0].line}`;
    }
    const ignored = m.findings.filter((f) => f.ignored).length;
    if (ignored)
        return `no leak outside the ignored lines (${(0,format/* lines */.Mn)(ignored)} ignored)`;
    if (m.runShape === 'returns-to-floor')
        return 'no leak: memory grew in cycles and returned to its floor';
    // A line with retainers but no longer leaking was found held only where it cannot pile up.
    const held = m.findings.filter((f) => f.kind !== 'leak' && f.retainers).length;
    const unconfirmed = m.findings.filter((f) => f.kind !== 'leak' && f.confirmation && !f.retainers).length;
    const parts = [
        ...(unconfirmed ? [`${(0,format/* lines */.Mn)(unconfirmed)} grew in the traced window, but not in a second one`] : []),
        ...(held ? [`${(0,format/* lines */.Mn)(held)} grew only into a full bounded cache or a replaced value`] : []),
    ];
    if (parts.length)
        return `no leak: ${parts.join('; ')}`;
    if (m.workload.mode === 'whole')
        return `no leak: no line left ${(0,format/* formatBytes */.z3)(m.thresholds.minRetained)} or more behind`;
    return 'no leak: no line grew steadily';
}
function decide(m, comparison, failOn) {
    if (m.error)
        return { verdict: 'error', fail: true, exitCode: 2 };
    const leaks = m.findings.some(src_schema/* isLeak */.cm);
    const verdict = comparison?.regressed ? 'regression' : leaks ? 'leak' : 'pass';
    const fail = failOn === 'never' ? false : failOn === 'leak' || !comparison ? verdict !== 'pass' : comparison.regressed;
    return { verdict, fail, exitCode: fail ? 1 : 0 };
}
/**
 * The findings with the ignore rules applied: leaking lines they match are
 * marked ignored, and the total growth is that of the lines that count.
 */
function withIgnored(m, rules) {
    const findings = m.findings.map((f) => {
        const finding = { ...f };
        delete finding.ignored; // what an earlier judging ignored does not bind this one
        if (f.kind === 'leak' && (0,ignore/* isIgnored */.pi)(f, rules))
            finding.ignored = true;
        return finding;
    });
    if (!findings.some((f) => f.ignored) && !m.findings.some((f) => f.ignored))
        return m;
    const growth = findings.filter(src_schema/* isLeak */.cm).reduce((a, f) => a + f.growthPerIteration, 0);
    return { ...m, findings, growthPerIteration: Math.round(growth * 10) / 10 };
}
/** Judges a measurement, against a baseline when there is one that can be compared. */
function judge(measuredAsIs, baselineAsIs, judging, options = {}) {
    // The same lines are ignored on both sides, so an ignored line is neither new nor fixed.
    const rules = (0,ignore/* parseIgnore */.wo)(judging.ignore, 'ignore pattern');
    const measured = withIgnored(measuredAsIs, rules);
    const baseline = baselineAsIs && withIgnored(baselineAsIs, rules);
    const names = options.names ?? BASELINE_AND_RUN;
    const notes = [];
    let failOn = judging.failOn;
    if (options.storesBaselineOf !== undefined && failOn === 'regression') {
        // Failing would also make this run's baseline unusable: only successful runs' baselines are compared with.
        failOn = 'never';
        notes.push(`this push stores the baseline of ${options.storesBaselineOf}: fail-on regression gates the pull requests compared with it, not this run`);
    }
    let compared;
    let comparison;
    if (baseline && !measured.error) {
        const mismatch = baselineMismatch(baseline, measured, names);
        if (mismatch)
            notes.push(`baseline not compared: ${mismatch}`);
        else {
            compared = baseline;
            comparison = (0,compare/* compareReports */.ll)(baseline, measured, judging);
            const windows = windowDifference(baseline, measured, names);
            if (windows)
                notes.push(`${windows}; ${options.sameWindowHint ?? "the baseline's iterations and warm-up give the same window"}`);
        }
    }
    if (failOn === 'regression' && !comparison && !measured.error) {
        notes.push('no baseline to compare with, so fail-on regression falls back to fail-on leak');
    }
    const decision = decide(measured, comparison, failOn);
    // A leak that does not fail the check says why, or a LEAK that exits 0 reads as a bug.
    if (decision.verdict === 'leak' && !decision.fail && judging.failOn === 'never')
        notes.push('fail-on never: this leak does not fail the check');
    if (decision.verdict === 'leak' && !decision.fail && failOn === 'regression' && comparison)
        notes.push('fail-on regression: these leaks were in the baseline too, no worse, so they do not fail the check');
    const summary = summarise(measured, decision.verdict, comparison);
    const { schema, tool, ...rest } = measured;
    // Verdict first, as a reader of the JSON looks for it; a report judged again keeps that order.
    const report = { schema, schemaVersion: src_schema/* REPORT_SCHEMA_VERSION */.WI, tool, verdict: decision.verdict, summary, ...rest, judging };
    Object.assign(report, { schemaVersion: src_schema/* REPORT_SCHEMA_VERSION */.WI, verdict: decision.verdict, summary });
    return { report, baseline: compared, comparison, decision, notes };
}

;// CONCATENATED MODULE: ./src/gate/gate.ts
// The one gate every face runs: measure, analyse, compare, decide. The faces
// differ only in where settings come from, where the baseline comes from (a
// BaselineSource) and where the outcome goes.












async function runGate(settings, io = {}) {
    const source = io.baseline ?? NO_BASELINE;
    const warmup = settings.warmup ?? (0,limits/* defaultWarmup */.S)(settings.iterations);
    const known = await source.beforeRun();
    let measured;
    let snapshotFiles = [];
    let probeNotes = [];
    const thresholds = (0,gate_settings/* thresholdsOf */.W6)(settings);
    try {
        const probe = await (0,run/* measure */.xP)({
            target: settings.target,
            entry: settings.entry,
            entryExplicit: settings.entryExplicit,
            iterations: settings.iterations,
            warmup,
            window: settings.fixedWindow ?? baselineWindow(known, settings.iterations, warmup),
            python: settings.python,
            timeoutSeconds: settings.timeoutSeconds,
            cwd: external_node_path_default().resolve(settings.cwd),
            args: settings.args,
            snapshotsDir: settings.snapshotsDir,
            onProgress: io.onProgress,
            env: io.env,
            confirm: (window) => iterationsToConfirm(window, thresholds),
            leaks: (result) => linesToSearch(result, thresholds),
        });
        measured = analyse(probe, thresholds);
        snapshotFiles = probe.snapshotFiles ?? [];
        probeNotes = measurementNotes(probe, measured, settings);
    }
    catch (err) {
        if (!(err instanceof errors/* MeasureError */.TG))
            throw err;
        measured = failedMeasurement(settings, warmup, err);
    }
    const found = await source.forRun(measured.error ? undefined : measured);
    const judged = judge(measured, found.report, (0,gate_settings/* judgingOf */.cY)(settings), { storesBaselineOf: source.storesBaselineOf });
    return {
        ...judged,
        notes: [...probeNotes, ...found.notes, ...judged.notes],
        baselineRunId: judged.baseline ? found.runId : undefined,
        baselineCommit: judged.baseline ? found.commit : undefined,
        snapshotFiles,
    };
}
function failedMeasurement(settings, warmup, err) {
    const empty = { iterations: [], values: [] };
    return {
        schema: src_schema/* REPORT_SCHEMA */.DC,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        workload: {
            target: settings.target,
            entry: settings.entry,
            mode: 'iterations',
            iterations: settings.iterations,
            warmup,
            firstTracedIteration: 0,
            python: '',
        },
        thresholds: (0,gate_settings/* thresholdsOf */.W6)(settings),
        growthPerIteration: 0,
        findings: [],
        snapshotIterations: [],
        tracedMemory: empty,
        blocks: empty,
        rss: empty,
        runShape: 'unknown',
        durationSeconds: 0,
        error: { kind: err.kind, message: err.message, detail: err.detail ?? null },
    };
}

// EXTERNAL MODULE: ./src/render/sections.ts
var sections = __nccwpck_require__(102);
;// CONCATENATED MODULE: ./src/render/text.ts
// The report as the terminal shows it. Pure: returns text.



function pad(text, width, right = false) {
    if (text.length > width)
        text = text.slice(0, width - 1) + '…';
    return right ? text.padStart(width) : text.padEnd(width);
}
/** A cell as one terminal line: a tab or a control character in a source line would break the columns or drive the terminal. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}
function table(header, cells, rightAligned) {
    const rows = cells.map((r) => r.map(printable));
    const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
    const line = (cells) => '  ' +
        cells
            .map((c, i) => pad(c, widths[i], rightAligned.includes(i)))
            .join('  ')
            .trimEnd();
    return [line(header), ...rows.map(line)];
}
const VERDICT_WORD = { pass: 'PASS', leak: 'LEAK', regression: 'REGRESSION', error: 'ERROR' };
function renderText(report, comparison, notes = [], top = 10) {
    const out = [];
    const w = report.workload;
    out.push(`leak-gate: ${VERDICT_WORD[report.verdict]} — ${report.summary}`);
    if (w.mode === 'whole') {
        out.push(`  ${w.target} run once as a whole script, Python ${w.python}, ${report.durationSeconds.toFixed(2)} s`);
    }
    else {
        out.push(`  ${w.target} → ${w.entry}(): ${w.iterations} iterations (${w.warmup} warm-up, the last ${w.iterations - w.firstTracedIteration} traced), Python ${w.python}, ${report.durationSeconds.toFixed(2)} s`);
    }
    const leaking = report.findings.filter(src_schema/* isLeak */.cm);
    const { own, outside } = (0,sections/* splitByOwner */.L9)(report.findings);
    const unit = w.mode === 'whole' ? 'retained' : 'growth/iter';
    if (own.length) {
        out.push('');
        out.push(...table([unit, 'line', 'function', 'code'], own.slice(0, top).map((f) => [(0,format/* formatBytes */.z3)(f.growthPerIteration, true), `${f.file}:${f.line}`, f.function, f.statement ?? f.code]), [0]));
        if (own.length > top)
            out.push(`  … and ${own.length - top} more leaking lines (see --json)`);
    }
    if (outside.length) {
        out.push('');
        out.push('  outside your code (no frame of yours on the traceback):');
        out.push(...table(['library', unit, 'line', 'function'], outside.slice(0, top).map((f) => [(0,sections/* libraryOf */.vT)(f.file), (0,format/* formatBytes */.z3)(f.growthPerIteration, true), `${f.file}:${f.line}`, f.function]), [1]).map((l) => `  ${l}`));
        if (outside.length > top)
            out.push(`    … and ${outside.length - top} more (see --json)`);
    }
    out.push(...keptAliveLines(report, [...own.slice(0, top), ...outside.slice(0, top)]));
    if (!leaking.length) {
        // What looked like growth and why it is not a leak, so a pass can be checked at a glance.
        const dismissed = report.findings
            .filter((f) => f.kind === 'noise' && f.inProject && f.growthPerIteration >= report.thresholds.minGrowth)
            .slice(0, 5);
        if (dismissed.length) {
            out.push('');
            out.push('  grew in the traced window, but not leaks:');
            for (const f of dismissed)
                out.push(`    ${f.file}:${f.line} ${f.function}: ${f.why}`);
        }
        // Only growth is listed as growth.
        const settled = report.findings.filter((f) => f.kind === 'warmup' && f.inProject && f.netGrowth > 0).slice(0, 5);
        if (settled.length) {
            out.push('');
            // A whole script has no iterations to stop in: what it left is under the threshold.
            out.push(w.mode === 'whole'
                ? `  left behind, under the ${(0,format/* formatBytes */.z3)(report.thresholds.minRetained)} a leak must leave (not leaks):`
                : '  grew, then stopped (not leaks):');
            out.push(...table([w.mode === 'whole' ? 'left' : 'grew by', 'line', 'function', 'code'], settled.map((f) => [(0,format/* formatBytes */.z3)(f.netGrowth, true), `${f.file}:${f.line}`, f.function, f.code]), [0]));
        }
    }
    const ignored = report.findings.filter((f) => f.ignored);
    if (ignored.length) {
        out.push('');
        out.push('  ignored (never fail the check):');
        for (const f of ignored.slice(0, top))
            out.push(`    ${printable(`${(0,format/* formatBytes */.z3)(f.growthPerIteration, true)} ${f.file}:${f.line} ${f.function}`)}`);
        if (ignored.length > top)
            out.push(`    … and ${ignored.length - top} more (see --json)`);
    }
    const confirmation = (0,sections/* confirmationSentence */.FE)(report);
    if (confirmation)
        out.push('', `  ${confirmation}`);
    const leaks = leaking;
    if (leaks.length) {
        out.push('');
        out.push(`  total: ${(0,format/* formatBytes */.z3)(report.growthPerIteration, true)} ${w.mode === 'whole' ? 'left behind' : 'per iteration'} over ${leaks.length} leaking line${leaks.length > 1 ? 's' : ''}`);
        const tb = callers(leaks[0]);
        if (tb)
            out.push(`  called from: ${tb}`);
    }
    if (comparison) {
        out.push('');
        out.push(`  against the baseline: ${(0,format/* formatBytes */.z3)(comparison.headGrowth, true)} per iteration now, ${(0,format/* formatBytes */.z3)(comparison.baseGrowth, true)} in the baseline`);
        if (comparison.sites.length) {
            out.push(...table(['status', 'now', 'baseline', 'line', 'code'], comparison.sites
                .slice(0, top)
                .map((s) => [s.status, (0,format/* formatBytes */.z3)(s.headGrowth, true), (0,format/* formatBytes */.z3)(s.baseGrowth, true), `${s.file}:${s.line}`, s.code]), [1, 2]));
        }
    }
    for (const n of notes)
        out.push(`  note: ${n}`);
    return out.join('\n') + '\n';
}
/** What keeps each leaking line alive, and what piles up over all of them. */
function keptAliveLines(report, leaks) {
    const said = leaks
        .map((f) => [f, (0,sections/* keptAlive */.kw)(f, report)])
        .filter((pair) => pair[1] !== undefined);
    if (!said.length)
        return [];
    const out = ['', '  what keeps it alive:'];
    const width = Math.max(...said.map(([f]) => `${f.file}:${f.line}`.length));
    for (const [f, k] of said) {
        const text = k.path
            ? `kept alive by ${k.path} (${k.holds})${k.also.length ? `; also by ${k.also.join(', ')}` : ''}${k.piles ? `; piling up: ${k.piles}` : ''}`
            : `${k.missing}${k.piles ? ` (${k.piles})` : ''}`;
        out.push(`    ${printable(`${f.file}:${f.line}`.padEnd(width))}  ${printable(text)}`);
    }
    const search = report.retainerSearch;
    const all = search ? (0,sections/* pilesUp */.tl)(search.types, search.iterations, 5) : undefined;
    if (all && said.length > 1)
        out.push(`    over every leaking line: ${printable(all)}`);
    return out;
}
/** The user's frames that led to the largest leak, outermost first, as "file:line ← ..." */
function callers(f) {
    // One place once: a whole script's module line is both its frame and the line.
    const frames = f.traceback
        .filter((t) => !t.file.startsWith('/') && !t.file.startsWith('<'))
        .filter((t, i, all) => i === 0 || t.file !== all[i - 1].file || t.line !== all[i - 1].line);
    if (frames.length < 2)
        return undefined;
    return frames
        .slice(-4)
        .map((t) => `${t.file}:${t.line}`)
        .join(' → ');
}
function renderError(report) {
    const e = report.error;
    const lines = [`leak-gate: error: ${e?.message ?? report.summary}`];
    if (e?.detail)
        lines.push(...e.detail
            .trimEnd()
            .split('\n')
            .map((l) => `  ${l}`));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts
// The command's words: its usage, its options, and how a command line becomes
// settings. Options are named here and nowhere else.



const USAGE = `Usage:
  leak-gate run SCRIPT [options] [-- script arguments]
  leak-gate compare BASE.json HEAD.json [--tolerance R] [--min-growth BYTES]

SCRIPT is a Python file whose module-level code is setup and whose workload()
is called once per iteration, or package.module:function. A file without that
function runs once, whole, between two snapshots.

Options of run:
  --entry NAME          function called per iteration (default: workload)
  --iterations N        iterations to run (default: ${gate_settings/* DEFAULTS */.zY.iterations}; at least ${gate_settings/* ITERATIONS_RANGE */.Pq[0]})
  --warmup N            untraced iterations first (default: a tenth, 2 to 50)
  --python PATH         Python 3.9+ to run it with (default: python3)
  --timeout SECONDS     stop the whole run after this long (default: ${gate_settings/* DEFAULTS */.zY.timeoutSeconds})
  --json FILE           write the JSON report to FILE
  --markdown FILE       write the report as the PR comment shows it
  --snapshots-dir DIR   also dump the first and last tracemalloc snapshots there
  --baseline FILE       compare with a report written earlier by --json
  --fail-on WHEN        leak | regression | never (default: leak)
  --min-growth BYTES    growth per iteration that counts as a leak (default: ${gate_settings/* DEFAULTS */.zY.minGrowth})
  --tolerance R         growth over the baseline that counts as grown (default: ${gate_settings/* DEFAULTS */.zY.tolerance})
  --ignore PATTERN      never fail on lines matching PATTERN (path:line, a path
                        glob such as vendor/**, or module.function); repeatable

Exit codes: 0 pass, 1 leak or regression, 2 could not measure or bad usage,
130 stopped by Ctrl-C (SIGINT), 143 stopped by SIGTERM.
`;
const withValue = { type: 'string' };
const RUN_OPTIONS = {
    entry: withValue,
    iterations: withValue,
    warmup: withValue,
    python: withValue,
    timeout: withValue,
    json: withValue,
    'snapshots-dir': withValue,
    markdown: withValue,
    baseline: withValue,
    'fail-on': withValue,
    'min-growth': withValue,
    tolerance: withValue,
    ignore: { type: 'string', multiple: true },
};
const COMPARE_OPTIONS = { tolerance: withValue, 'min-growth': withValue };
/** Levenshtein distance, for suggesting the option the user meant. */
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        }
        row = next;
    }
    return row[b.length];
}
/**
 * The command's own arguments made ready for parseArgs, or undefined for
 * --help. Done here because parseArgs would call a negative number
 * "ambiguous" and answer an unknown option with advice about positionals.
 */
function ownArgs(command, args, options) {
    const names = Object.keys(options);
    const ready = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--help' || arg === '-h')
            return undefined;
        if (arg === '--') {
            ready.push(...args.slice(i));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            ready.push(arg);
            continue;
        }
        const option = arg.split('=')[0];
        const name = option.replace(/^--?/, '');
        if (!option.startsWith('--') || !names.includes(name)) {
            const [closest] = [...names, 'help']
                .map((known) => [known, editDistance(name, known)])
                .filter(([, d]) => d <= 2)
                .sort((a, b) => a[1] - b[1]);
            // Without a near name, the likeliest slip is a script's own option before `--`.
            const hint = closest
                ? ` (did you mean --${closest[0]}?)`
                : command === 'run'
                    ? `; if it is the script's, pass it after --: leak-gate run SCRIPT [options] -- ${scriptsOwn(arg, args[i + 1])}`
                    : '';
            throw new errors/* UsageError */.eb(`unknown option ${option}: see leak-gate ${command} --help${hint}`);
        }
        // A value that starts with one '-' (a negative number) belongs to its
        // option, so that it is checked like any other value.
        const next = args[i + 1];
        if (!arg.includes('=') && next !== undefined && /^-[^-]/.test(next)) {
            ready.push(`${arg}=${next}`);
            i++;
        }
        else
            ready.push(arg);
    }
    return ready;
}
/** An unknown option and the value after it, if one follows (not another option). */
function scriptsOwn(option, next) {
    return next !== undefined && !next.startsWith('-') && !option.includes('=') ? `${option} ${next}` : option;
}
function splitScriptArgs(argv) {
    const i = argv.indexOf('--');
    return i < 0 ? [argv, []] : [argv.slice(0, i), argv.slice(i + 1)];
}
/** `leak-gate run` arguments as settings; undefined for --help. */
function parseRunArgs(argv, env = process.env) {
    const [own, scriptArgs] = splitScriptArgs(argv);
    const args = ownArgs('run', own, RUN_OPTIONS);
    if (!args)
        return undefined;
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args, allowPositionals: true, options: RUN_OPTIONS });
    if (positionals.length !== 1) {
        throw new errors/* UsageError */.eb(positionals.length
            ? `run takes one SCRIPT, got ${positionals.length}: put script arguments after --`
            : 'run needs a SCRIPT: leak-gate run path/to/workload.py');
    }
    const settings = (0,gate_settings/* parseSettings */.P$)({ ...values, python: values.python ?? env.LEAK_GATE_PYTHON, ignore: values.ignore?.join('\n') }, {
        target: positionals[0],
        cwd: process.cwd(),
        args: scriptArgs,
        jsonPath: values.json,
        snapshotsDir: values['snapshots-dir'],
        baselinePath: values.baseline,
    }, (name) => `--${name}`, env);
    return { settings, markdownPath: values.markdown };
}
/** `leak-gate compare` arguments; undefined for --help. */
function parseCompareArgs(argv) {
    const args = ownArgs('compare', argv, COMPARE_OPTIONS);
    if (!args)
        return undefined;
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args, allowPositionals: true, options: COMPARE_OPTIONS });
    if (positionals.length !== 2)
        throw new errors/* UsageError */.eb('compare needs two reports: leak-gate compare BASE.json HEAD.json');
    return { base: positionals[0], head: positionals[1], tolerance: values.tolerance, minGrowth: values['min-growth'] };
}

// EXTERNAL MODULE: ./src/cli/files.ts + 3 modules
var files = __nccwpck_require__(38);
;// CONCATENATED MODULE: ./src/cli/terminal.ts
// Progress on the terminal, for runs long enough to want it.
class Terminal {
    shown = false;
    lastLine = 0;
    started = Date.now();
    tty = Boolean(process.stderr.isTTY);
    /** Progress only for runs longer than a couple of seconds. */
    progress = (done, total) => {
        const now = Date.now();
        if (now - this.started < 2000)
            return;
        if (this.tty) {
            process.stderr.write(`\r  measuring: iteration ${done} of ${total}`);
            this.shown = true;
        }
        else if (now - this.lastLine >= 5000 || done === total) {
            this.lastLine = now;
            process.stderr.write(`  measuring: iteration ${done} of ${total}\n`);
        }
    };
    done() {
        if (this.shown)
            process.stderr.write('\r\x1b[K');
        this.shown = false;
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The command face: `leak-gate run` and `leak-gate compare`. Settings from
// flags, the baseline from a file, results to the terminal and to files.










function help() {
    process.stdout.write(USAGE);
    return 0;
}
async function main_run(argv) {
    const command = parseRunArgs(argv);
    if (!command)
        return help();
    const { settings, markdownPath } = command;
    (0,files/* checkOutputPaths */.s0)(settings.jsonPath, markdownPath, settings.snapshotsDir);
    // Read the baseline before a long run, so a wrong path fails at once.
    const baseline = settings.baselinePath ? await (0,files/* readReportFile */.$h)(settings.baselinePath, '--baseline') : undefined;
    const terminal = new Terminal();
    const outcome = await runGate(settings, { baseline: baseline && (0,files/* fileBaselineSource */.BS)(baseline), onProgress: terminal.progress });
    terminal.done();
    if (settings.jsonPath)
        await (0,files/* writeReport */.u5)(settings.jsonPath, outcome.report);
    if (markdownPath)
        await (0,files/* writeMarkdown */.pW)(markdownPath, settings, outcome);
    if (outcome.decision.exitCode === 2)
        process.stderr.write(renderError(outcome.report));
    else
        process.stdout.write(renderText(outcome.report, outcome.comparison, outcome.notes));
    return outcome.decision.exitCode;
}
/** Two reports judged again, site by site, with the settings HEAD was judged with unless flags say otherwise. */
async function main_compare(argv) {
    const command = parseCompareArgs(argv);
    if (!command)
        return help();
    const base = await (0,files/* readReportFile */.$h)(command.base, 'BASE');
    const head = await (0,files/* readReportFile */.$h)(command.head, 'HEAD');
    const names = { base: `BASE ${command.base}`, head: `HEAD ${command.head}` };
    for (const [report, name] of [
        [base, names.base],
        [head, names.head],
    ]) {
        if (report.verdict === 'error')
            throw new errors/* UsageError */.eb(`${name} is the report of a run that could not measure: measure again, then compare`);
    }
    const mismatch = baselineMismatch(base, head, names);
    if (mismatch)
        throw new errors/* UsageError */.eb(`cannot compare: ${mismatch}; measure both the same way`);
    const judging = {
        ...head.judging,
        // compare answers one question: did anything get worse than BASE?
        failOn: 'regression',
        tolerance: command.tolerance === undefined ? head.judging.tolerance : (0,gate_settings/* parseNumber */.$J)('--tolerance', command.tolerance, 0, 1000),
        minGrowth: command.minGrowth === undefined ? head.judging.minGrowth : (0,gate_settings/* parseNumber */.$J)('--min-growth', command.minGrowth, 1, 1e9),
    };
    const judged = judge(head, base, judging, {
        names,
        sameWindowHint: `\`leak-gate run SCRIPT --iterations ${base.workload.iterations} --baseline ${command.base}\` traces the same window`,
    });
    process.stdout.write(renderText(judged.report, judged.comparison, judged.notes));
    return judged.decision.exitCode;
}
async function main(argv) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'run':
                return await main_run(rest);
            case 'compare':
                return await main_compare(rest);
            case '--version':
            case '-V':
                process.stdout.write(`leak-gate ${version/* TOOL_VERSION */.w}\n`);
                return 0;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                process.stdout.write(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new errors/* UsageError */.eb(`unknown command "${command}": use run or compare (leak-gate --help)`);
        }
    }
    catch (err) {
        const e = err;
        if (err instanceof errors/* UsageError */.eb || err instanceof errors/* RefusedError */.fk || e.code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`leak-gate: ${e.message.split('\n')[0]}\n`);
            return 2;
        }
        process.stderr.write(`leak-gate: internal error: ${e.message}; please report it with the command you ran\n`);
        return 2;
    }
}


/***/ }),

/***/ 344:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ largestIncrease),
/* harmony export */   Ue: () => (/* binding */ DEFAULT_COMPARE),
/* harmony export */   ll: () => (/* binding */ compareReports)
/* harmony export */ });
/* unused harmony exports COMPARISON_STATUSES, normalise, matchSites */
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(146);
// Comparison of two reports site by site. Pure.
//
// A site is recognised on another commit by its file, enclosing function and
// source text, so a line that moved because code above it changed is the same
// site; only when that finds nothing does the line number decide, or, for a
// leaking line edited in place, being the one leaking line of its function.

const COMPARISON_STATUSES = (/* unused pure expression or super */ null && (['new', 'grown', 'unchanged', 'fixed']));
/** The new or grown line that got worse by the most bytes per iteration: the one a summary names. */
function largestIncrease(comparison) {
    const worse = comparison.sites.filter((s) => s.status === 'new' || s.status === 'grown');
    return worse.reduce((best, s) => (!best || s.headGrowth - s.baseGrowth > best.headGrowth - best.baseGrowth ? s : best), undefined);
}
/** Lines an edited leaking line may have moved and still be the same site (code added above it in its function). */
const EDITED_LINE_DRIFT = 10;
const DEFAULT_COMPARE = { tolerance: 0.25, minGrowth: 32 };
/** Source text without white-space differences or a trailing comment: editing a comment does not make a new site. */
function normalise(code) {
    let quote = '';
    let cut = code.length;
    for (let i = 0; i < code.length; i++) {
        const c = code[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#') {
            cut = i;
            break;
        }
    }
    return code.slice(0, cut).replace(/\s+/g, ' ').trim();
}
function contentKey(f) {
    return `${f.file}\0${f.function}\0${normalise(f.code)}`;
}
function lineKey(f) {
    return `${f.file}\0${f.line}`;
}
/** Pairs each head finding with its baseline finding, if any. */
function matchSites(base, head) {
    const byContent = new Map();
    const byLine = new Map();
    for (const f of base) {
        const list = byContent.get(contentKey(f)) ?? [];
        list.push(f);
        byContent.set(contentKey(f), list);
        byLine.set(lineKey(f), f);
    }
    const used = new Set();
    const pairs = new Map();
    for (const f of head) {
        // Identical lines in one function: take the nearest unused one.
        const candidates = (byContent.get(contentKey(f)) ?? []).filter((c) => !used.has(c));
        candidates.sort((a, b) => Math.abs(a.line - f.line) - Math.abs(b.line - f.line));
        let match = candidates[0];
        if (!match && normalise(f.code) === '') {
            const byNumber = byLine.get(lineKey(f));
            if (byNumber && !used.has(byNumber))
                match = byNumber;
        }
        if (match)
            used.add(match);
        pairs.set(f, match);
    }
    // A leaking line edited in place (`cache[k] = v` became `cache[k] = (v, now)`)
    // matches no text: it is the same site when it is the one leaking line of its
    // function left unmatched on each side, and near where it was.
    const unmatched = (fs) => {
        const by = new Map();
        for (const f of fs)
            by.set(`${f.file}\0${f.function}`, [...(by.get(`${f.file}\0${f.function}`) ?? []), f]);
        return by;
    };
    const baseLeft = unmatched(base.filter((f) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isLeak */ .cm)(f) && !used.has(f)));
    for (const [key, heads] of unmatched(head.filter((f) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isLeak */ .cm)(f) && !pairs.get(f)))) {
        const bases = baseLeft.get(key);
        if (heads.length === 1 && bases?.length === 1 && Math.abs(heads[0].line - bases[0].line) <= EDITED_LINE_DRIFT) {
            pairs.set(heads[0], bases[0]);
            used.add(bases[0]);
        }
    }
    return pairs;
}
function compareReports(base, head, options = DEFAULT_COMPARE) {
    const pairs = matchSites(base.findings, head.findings);
    const matchedBase = new Set();
    const sites = [];
    for (const [h, b] of pairs) {
        if (b)
            matchedBase.add(b);
        const baseGrowth = b && (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isLeak */ .cm)(b) ? b.growthPerIteration : 0;
        if (h.ignored)
            continue;
        if (!(0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isLeak */ .cm)(h)) {
            if (b && (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isLeak */ .cm)(b))
                sites.push(row('fixed', h, 0, baseGrowth, b.line));
            continue;
        }
        let status;
        if (baseGrowth === 0)
            status = 'new';
        else if (h.growthPerIteration > baseGrowth * (1 + options.tolerance) && h.growthPerIteration - baseGrowth >= options.minGrowth)
            status = 'grown';
        else
            status = 'unchanged';
        sites.push(row(status, h, h.growthPerIteration, baseGrowth, b?.line));
    }
    // Baseline leaks that the head run did not see at all are fixed as well.
    for (const b of base.findings) {
        if ((0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isLeak */ .cm)(b) && !matchedBase.has(b))
            sites.push(row('fixed', b, 0, b.growthPerIteration, b.line));
    }
    const order = { new: 0, grown: 1, unchanged: 2, fixed: 3 };
    sites.sort((a, b) => order[a.status] - order[b.status] || b.headGrowth - a.headGrowth || b.baseGrowth - a.baseGrowth);
    return {
        sites,
        headGrowth: head.growthPerIteration,
        baseGrowth: base.growthPerIteration,
        regressed: sites.some((s) => s.status === 'new' || s.status === 'grown'),
    };
}
function row(status, f, headGrowth, baseGrowth, baseLine) {
    const r = { status, file: f.file, line: f.line, function: f.function, code: f.code, headGrowth, baseGrowth };
    if (baseLine !== undefined)
        r.baseLine = baseLine;
    if ((status === 'new' || status === 'grown') && f.retainers)
        r.retainers = f.retainers;
    return r;
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TG: () => (/* binding */ MeasureError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fk: () => (/* binding */ RefusedError),
/* harmony export */   z1: () => (/* binding */ ERROR_KINDS)
/* harmony export */ });
// Errors the user can act on. Each carries a one-line message that names the
// problem and what to do; the faces print it without a stack trace.
/** Why a measurement could not be made: the probe's kinds, then the runner's. */
const ERROR_KINDS = [
    'script-not-found',
    'not-python',
    'syntax',
    'unknown-entry',
    'module-not-found',
    'bad-target',
    'empty-script',
    'workload-raised',
    'unsupported-python',
    'snapshots-dir',
    'python-not-found',
    'python-failed',
    'python-too-old',
    'timeout',
    'killed',
    'probe-output',
];
class UsageError extends Error {
    name = 'UsageError';
}
/** The measurement could not be made (exit code 2, verdict "error"). */
class MeasureError extends Error {
    kind;
    detail;
    name = 'MeasureError';
    constructor(kind, message, 
    /** More lines for the curious: the workload's traceback, the end of its output. */
    detail) {
        super(message);
        this.kind = kind;
        this.detail = detail;
    }
}
/**
 * Data refused: JSON from outside (a baseline, a report, a relay bundle) that
 * does not match its schema, or a relay bundle for another commit. One line
 * naming the source and what is wrong.
 */
class RefusedError extends Error {
    name = 'RefusedError';
}


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   Vb: () => (/* binding */ impact),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// Amounts as people read them: bytes, rates, counts.
function formatBytes(n, sign = false) {
    const s = sign && n > 0 ? '+' : n < 0 ? '-' : '';
    const a = Math.abs(n);
    if (a < 1024)
        return `${s}${Math.round(a)} B`;
    if (a < 1024 * 1024)
        return `${s}${(a / 1024).toFixed(1)} KiB`;
    if (a < 1024 * 1024 * 1024)
        return `${s}${(a / 1024 / 1024).toFixed(1)} MiB`;
    return `${s}${(a / 1024 / 1024 / 1024).toFixed(1)} GiB`;
}
/**
 * A rate per iteration as a service feels it: what 100,000 iterations keep,
 * or a million when that is under 10 MiB. Undefined for no growth.
 */
function impact(perIteration) {
    if (perIteration <= 0)
        return undefined;
    const calls = perIteration * 100_000 >= 10 * 1024 * 1024 ? 100_000 : 1_000_000;
    return `≈ ${formatBytes(perIteration * calls)} per ${calls.toLocaleString('en-US')} iterations`;
}
/** "1 line", "3 lines": one wording for counts. */
function lines(n) {
    return `${n} line${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 889:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ belowImportRoot),
/* harmony export */   cD: () => (/* binding */ moduleOf),
/* harmony export */   pi: () => (/* binding */ isIgnored),
/* harmony export */   wo: () => (/* binding */ parseIgnore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
// Ignore patterns: lines the user has decided not to gate on (a library's
// line nobody here can fix). They are still shown, as ignored, and never fail
// the check. Three forms, told apart by their shape:
//   path:line         one line:              app/cache.py:42
//   a path glob       files (* within a folder, ** across folders): vendor/**, */asyncio/*.py
//   module.function   a function by its module and qualified name: app.cache.Store.put
// Pure.

function globRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            // `**/` matches any number of folders, none included.
            out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
/** The rules of the patterns as the user wrote them; `label` names the setting in messages (--ignore, input ignore). */
function parseIgnore(patterns, label) {
    return patterns.map((raw) => {
        const pattern = raw.trim();
        const line = /^(.+):(\d+)$/.exec(pattern);
        if (line)
            return { kind: 'line', file: line[1], line: Number(line[2]) };
        if (/[/*?]/.test(pattern) || pattern.endsWith('.py'))
            return { kind: 'glob', re: globRegExp(pattern) };
        if (/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_<>][A-Za-z0-9_<>]*)+$/.test(pattern))
            return { kind: 'function', name: pattern };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label} "${raw}" is not a pattern: use path:line (app/cache.py:42), a path glob (vendor/**) or module.function (app.cache.Store.put)`);
    });
}
/** A library file's path below its import root (the last on the path: a virtualenv's site-packages sits below lib/pythonX.Y). */
function belowImportRoot(file) {
    return /^(?:.*\/)?(?:site-packages|dist-packages|lib\/python\d+\.\d+)\/(.*)$/.exec(file)?.[1];
}
/** The dotted module of a finding's file: relative paths as they are, library paths from their import root. */
function moduleOf(file) {
    const path = (belowImportRoot(file) ?? file).replace(/\.pyw?$/, '').replace(/\/__init__$/, '');
    return path.split('/').join('.');
}
function isIgnored(f, rules) {
    return rules.some((r) => r.kind === 'line'
        ? r.file === f.file && r.line === f.line
        : r.kind === 'glob'
            ? r.re.test(f.file)
            : r.name === `${moduleOf(f.file)}.${f.function}`);
}


/***/ }),

/***/ 306:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   Pq: () => (/* binding */ ITERATIONS_RANGE),
/* harmony export */   W6: () => (/* binding */ thresholdsOf),
/* harmony export */   cY: () => (/* binding */ judgingOf),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports FIXED_WINDOW_ENV, parseInteger, parseChoice */
/* harmony import */ var _analyse_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(430);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(344);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(916);
/* harmony import */ var _ignore_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(889);
/* harmony import */ var _probe_limits_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(776);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(146);
// Settings of one run, whichever face (command flags or action inputs) they came from.






/**
 * Test hook: trace exactly this many last iterations, whatever the machine's
 * timing, so a test's figures do not depend on how busy the machine is.
 */
const FIXED_WINDOW_ENV = 'LEAK_GATE_TRACED_WINDOW';
const judgingOf = (s) => ({ failOn: s.failOn, tolerance: s.tolerance, minGrowth: s.minGrowth, ignore: s.ignore });
const thresholdsOf = (s) => ({ ..._analyse_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLDS */ .JJ, minGrowth: s.minGrowth });
const DEFAULTS = {
    entry: 'workload',
    iterations: 200,
    timeoutSeconds: 600,
    failOn: 'leak',
    minGrowth: _analyse_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLDS */ .JJ.minGrowth,
    tolerance: _compare_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_COMPARE */ .Ue.tolerance,
};
/** `name` is what the user typed (--iterations, or the input `iterations`). */
function parseInteger(name, raw, min, max) {
    const text = raw.trim();
    if (!/^[0-9]+$/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    const value = Number(text);
    if (value < min || value > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} must be from ${min} to ${max}, got ${value}`);
    return value;
}
function parseNumber(name, raw, min, max) {
    const text = raw.trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
    if (value < min || value > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} must be from ${min} to ${max}, got ${value}`);
    return value;
}
function parseChoice(name, raw, choices) {
    const value = raw.trim();
    if (!choices.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
    return value;
}
const ITERATIONS_RANGE = [_probe_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MIN_ITERATIONS */ .k, 1_000_000];
/**
 * Parses and checks the text settings of either face. `label` turns a setting's
 * name into what the user typed (`--fail-on`, or `input fail-on`), so every
 * message names it the user's way.
 */
function parseSettings(text, fixed, label, env = process.env) {
    const given = (name) => {
        const v = text[name];
        return v === undefined || v.trim() === '' ? undefined : v;
    };
    const entry = given('entry')?.trim();
    if (entry !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label('entry')} must be a Python function name, got "${entry}"`);
    }
    const number = (name, fallback, min, max, whole = false) => {
        const raw = given(name);
        if (raw === undefined)
            return fallback;
        return whole ? parseInteger(label(name), raw, min, max) : parseNumber(label(name), raw, min, max);
    };
    const warmup = given('warmup');
    const failOn = given('fail-on');
    const settings = {
        ...fixed,
        entry: entry ?? DEFAULTS.entry,
        entryExplicit: entry !== undefined,
        iterations: number('iterations', DEFAULTS.iterations, ...ITERATIONS_RANGE, true),
        warmup: warmup === undefined ? undefined : parseInteger(label('warmup'), warmup, 0, ITERATIONS_RANGE[1]),
        python: given('python')?.trim() ?? 'python3',
        timeoutSeconds: number('timeout', DEFAULTS.timeoutSeconds, 1, 86400),
        failOn: failOn === undefined ? DEFAULTS.failOn : parseChoice(label('fail-on'), failOn, _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON */ .d$),
        minGrowth: number('min-growth', DEFAULTS.minGrowth, 1, 1e9),
        tolerance: number('tolerance', DEFAULTS.tolerance, 0, 1000),
        ignore: (text.ignore ?? '')
            .split(/[\n,]/)
            .map((p) => p.trim())
            .filter(Boolean),
    };
    (0,_ignore_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIgnore */ .wo)(settings.ignore, label('ignore')); // a bad pattern is named before the run
    const window = env[FIXED_WINDOW_ENV];
    if (window)
        settings.fixedWindow = parseInteger(FIXED_WINDOW_ENV, window, 1, ITERATIONS_RANGE[1]);
    if (settings.warmup !== undefined && settings.iterations - settings.warmup < 5) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label('warmup')} (${settings.warmup}) must leave at least 5 measured iterations of ${label('iterations')} (${settings.iterations})`);
    }
    return settings;
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ defaultWarmup),
/* harmony export */   k: () => (/* binding */ MIN_ITERATIONS)
/* harmony export */ });
// The ranges and defaults of a run's iterations, as the user sets them. The
// rest of the plan (how many iterations are traced, snapshots, samples) is the
// probe's own: it depends on timings only the probe can take.
const MIN_ITERATIONS = 10;
/** Untraced iterations first: a tenth of the run, 2 to 50. */
function defaultWarmup(iterations) {
    return Math.min(50, Math.max(2, Math.ceil(iterations / 10)));
}


/***/ }),

/***/ 123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uE: () => (/* binding */ endRuns),
  xP: () => (/* binding */ measure)
});

// UNUSED EXPORTS: MIN_PYTHON, PROBE_DIR, searchLimitSeconds

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/schema.ts + 2 modules
var schema = __nccwpck_require__(146);
;// CONCATENATED MODULE: ./src/probe/output.ts
/**
 * The workload's output as leak-gate keeps it: the last characters, shown
 * when it fails, and Python's warnings, read whole as each line arrives.
 * Reading warnings from the kept tail would miss the early ones and could
 * take a line the cut began inside for a different warning.
 */
/** Characters of output kept for an error's detail. */
const KEPT_CHARACTERS = 20000;
/** Different warnings kept at most: the note names the first and counts the rest. */
const MAX_WARNINGS = 100;
/** A line Python's warnings module writes: "path:12: DeprecationWarning: ...". */
const WARNING_LINE = /^\S.*:\d+: [A-Za-z]*Warning: /;
class WorkloadOutput {
    kept = '';
    warned = new Set();
    /** Text from stdout, kept but not read for warnings (Python writes them to stderr). */
    keep(text) {
        this.kept = (this.kept + text).slice(-KEPT_CHARACTERS);
    }
    /** One whole line of stderr, without its newline. */
    line(text) {
        if (this.warned.size < MAX_WARNINGS && WARNING_LINE.test(text))
            this.warned.add(text.trim());
        this.keep(`${text}\n`);
    }
    /** The last characters, from the first whole line in them. */
    get tail() {
        if (this.kept.length < KEPT_CHARACTERS)
            return this.kept;
        const newline = this.kept.indexOf('\n');
        return newline < 0 ? this.kept : this.kept.slice(newline + 1);
    }
    /** Each different warning once, in the order first printed. */
    get warnings() {
        return [...this.warned];
    }
}

;// CONCATENATED MODULE: ./src/probe/run.ts
// Runs the Python probe as a child process: the I/O half of measuring.










const MIN_PYTHON = '3.9';
const PROGRESS_PREFIX = '@@leak-gate:progress ';
const TOO_OLD_PREFIX = '@@leak-gate:too-old ';
const STARTED_LINE = '@@leak-gate:started';
const SEARCHED_LINE = '@@leak-gate:searched';
/**
 * How long the retainer search may take before the probe is stopped and the
 * measurement kept without it: its own bound (a second, or a tenth of the
 * run) three times over, and 5 s. The search's heap walks run in C, where the
 * probe's clock cannot stop them; a collector corrupted by an interpreter's
 * bug (3.12.1's _asyncio) makes one of them never return.
 */
function searchLimitSeconds(runSeconds) {
    return 3 * Math.max(1, 0.1 * runSeconds) + 5;
}
// Windows does not hand an extra pipe to Python as a file descriptor.
const RESULT_PIPE = process.platform !== 'win32';
// The probe's package directory (its modules and the bootstrap that loads
// them), next to this module in the sources and copied next to each bundle by
// scripts/build.mjs: the modules are loaded by their file names, which ncc's
// asset relocation would replace with names made from their content.
const PROBE_DIR = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), 'leak_gate_probe');
/**
 * What `python -c` runs: the bootstrap file, run in `-c`'s own namespace, so
 * sys.path[0] stays the working directory as for the user's own scripts, and
 * `ps` shows this line, not the bootstrap's 5 KB. Compiled as "<string>", the
 * name the probe leaves out of tracebacks. Parses on Python 2.7, so that the
 * bootstrap can name an interpreter too old.
 */
const LAUNCHER = [
    '# leak-gate probe: runs the bootstrap.py of the directory given as argument 1',
    'import sys',
    'with open(sys.argv[1] + "/bootstrap.py", "rb") as launcher_file: exec(compile(launcher_file.read(), "<string>", "exec"))',
].join('\n');
function tail(text, lines = 15) {
    return text.split('\n').filter(Boolean).slice(-lines).join('\n');
}
async function measure(options) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'leak-gate-'));
    const out = external_node_path_default().join(work, 'probe.json');
    const config = {
        target: options.target,
        entry: options.entry,
        entryExplicit: options.entryExplicit,
        iterations: options.iterations,
        warmup: options.warmup,
        window: options.window,
        root: options.cwd,
        out,
        resultFd: RESULT_PIPE ? 3 : undefined,
        // Without the pipe to ask over, the probe confirms with a second window of the first one's length.
        confirm: options.confirm !== undefined,
        snapshotsDir: options.snapshotsDir ? external_node_path_default().resolve(options.cwd, options.snapshotsDir) : undefined,
    };
    try {
        const started = external_node_perf_hooks_namespaceObject.performance.now();
        const exit = await runPython(options, LAUNCHER, [PROBE_DIR, (0,external_node_os_namespaceObject.tmpdir)(), JSON.stringify(config), ...options.args]);
        const result = await interpret(exit, out, options);
        result.wallSeconds = (external_node_perf_hooks_namespaceObject.performance.now() - started) / 1000;
        result.workloadWarnings = exit.warnings;
        return result;
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
function runPython(options, source, args) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(options.python, ['-c', source, ...args], {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            // fd 3: the result, written by the probe as it ends (a file in a new
            // directory costs it up to a millisecond more; the file stays the fallback).
            stdio: RESULT_PIPE ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
            // Its own process group, so a timeout also ends the workload's children.
            detached: process.platform !== 'win32',
        });
        const output = new WorkloadOutput();
        let pending = '';
        let lastDone = 0;
        let tooOld;
        let started = false;
        let timedOut = false;
        const startedAt = external_node_perf_hooks_namespaceObject.performance.now();
        let searchTimer;
        let searchStopped;
        let beforeSearch;
        // fd 3 carries, one line each, the first window's result, which the probe
        // waits to have answered (confirm), then the whole result as it ends.
        const channel = child.stdio[3];
        let received = '';
        let confirmError;
        channel?.setEncoding('utf8').on('data', (chunk) => {
            received += chunk;
            let newline;
            while ((newline = received.indexOf('\n')) >= 0) {
                const line = received.slice(0, newline);
                received = received.slice(newline + 1);
                const reply = answer(line, options, (err) => (confirmError ??= err));
                if (line.startsWith('leaks ') && reply !== '[]') {
                    beforeSearch = line.slice('leaks '.length);
                    const limit = searchLimitSeconds((external_node_perf_hooks_namespaceObject.performance.now() - startedAt) / 1000);
                    searchTimer = setTimeout(() => {
                        searchStopped = limit;
                        killGroup(child.pid);
                    }, limit * 1000);
                }
                channel.write(`${reply}\n`);
            }
        });
        child.stdout?.setEncoding('utf8').on('data', (chunk) => output.keep(chunk));
        child.stderr?.setEncoding('utf8').on('data', (chunk) => {
            pending += chunk;
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines) {
                if (line.startsWith(PROGRESS_PREFIX)) {
                    const [done, total] = line.slice(PROGRESS_PREFIX.length).split(' ').map(Number);
                    lastDone = done ?? lastDone;
                    options.onProgress?.(done ?? 0, total ?? 0);
                }
                else if (line.startsWith(TOO_OLD_PREFIX)) {
                    tooOld = line.slice(TOO_OLD_PREFIX.length).trim();
                }
                else if (line.startsWith(STARTED_LINE)) {
                    started = true;
                }
                else if (line.startsWith(SEARCHED_LINE)) {
                    clearTimeout(searchTimer);
                }
                else
                    output.line(line);
            }
        });
        if (child.pid !== undefined)
            running.add(child.pid);
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, options.timeoutSeconds * 1000);
        child.on('error', (err) => {
            clearTimeout(timer);
            // A name with a separator is a path, not looked up on PATH. A path that
            // exists gives ENOENT too, when its #! line names a missing program.
            const isPath = options.python.includes('/') || (process.platform === 'win32' && options.python.includes('\\'));
            const file = external_node_path_default().resolve(options.cwd, options.python);
            if (err.code === 'ENOENT' && isPath && !(0,external_node_fs_.existsSync)(file)) {
                reject(new errors/* MeasureError */.TG('python-not-found', `Python not found: "${options.python}" does not exist${file === options.python ? '' : ` (${file})`}; pass --python the path of a Python ${MIN_PYTHON} or newer`));
            }
            else if (err.code === 'ENOENT' && !isPath) {
                reject(new errors/* MeasureError */.TG('python-not-found', `Python not found: "${options.python}" is not on PATH; install Python ${MIN_PYTHON} or newer, or pass --python PATH`));
            }
            else
                reject(new errors/* MeasureError */.TG('python-failed', `cannot start Python "${options.python}": ${err.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(searchTimer);
            if (child.pid !== undefined)
                running.delete(child.pid);
            if (pending)
                output.line(pending);
            resolve({
                code,
                signal,
                output: output.tail,
                warnings: output.warnings,
                lastDone,
                timedOut,
                searchStopped,
                beforeSearch,
                tooOld,
                started,
                result: received,
                confirmError,
            });
        });
    });
}
/**
 * The runner's answer to a question the probe asks over its pipe, one line
 * each: "confirm {result}" (the first traced window's: how many iterations to
 * trace again) or "leaks {result}" (the whole result: which lines leak, as
 * [[file, line], ...]). An error is kept to report, and answered with nothing.
 */
function answer(line, options, failed) {
    const space = line.indexOf(' ');
    const question = line.slice(0, space);
    try {
        const result = (0,schema/* parseProbeResult */.b_)(line.slice(space + 1));
        if (question === 'confirm')
            return String(Math.max(0, Math.floor(options.confirm?.(result) ?? 0)));
        if (question === 'leaks')
            return JSON.stringify(options.leaks?.(result) ?? []);
        failed(new errors/* MeasureError */.TG('probe-output', `the probe asked "${question}", which this leak-gate does not know: please report it`));
    }
    catch (err) {
        failed(err);
    }
    return question === 'leaks' ? '[]' : '0';
}
/** Process groups of the probes running now: a signal that stops leak-gate ends them (endRuns). */
const running = new Set();
/** Ends every probe running, and every process its workload started (each probe leads a process group of its own). */
function endRuns() {
    for (const pid of running)
        killGroup(pid);
    running.clear();
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        if (process.platform === 'win32')
            process.kill(pid, 'SIGKILL');
        else
            process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}
/** What to try when the workload could not import a module: the wrong Python, or the wrong directory. */
function missingModuleHint(message, options) {
    const missing = /ModuleNotFoundError: No module named '([^']+)'/.exec(message)?.[1];
    if (!missing)
        return '';
    return `; is ${missing.split('.')[0]} installed for "${options.python}"? Give the Python that has it (--python, or the action's input python; a virtualenv's is .venv/bin/python), or run from the directory the workload imports it from (${options.cwd} now)`;
}
async function interpret(exit, out, options) {
    const total = options.iterations;
    if (exit.timedOut) {
        throw new errors/* MeasureError */.TG('timeout', `the workload did not finish within ${options.timeoutSeconds} s (last progress: iteration ${exit.lastDone} of ${total}): raise --timeout or run fewer --iterations`, tail(exit.output));
    }
    if (exit.tooOld) {
        throw new errors/* MeasureError */.TG('python-too-old', `Python ${exit.tooOld} at "${options.python}" is too old: leak-gate needs CPython ${MIN_PYTHON} or newer (pass --python PATH)`);
    }
    if (exit.searchStopped !== undefined && exit.beforeSearch) {
        const kept = (0,schema/* parseProbeResult */.b_)(exit.beforeSearch);
        if ('error' in kept)
            throw new errors/* MeasureError */.TG('probe-output', 'the probe sent an error as its result: please report it with the workload');
        kept.retainerSearch = {
            skipped: `the search did not finish within ${exit.searchStopped.toFixed(0)} s and was stopped, with the workload (its teardown did not run); the measurement is kept`,
        };
        return kept;
    }
    if (exit.signal) {
        const hint = exit.signal === 'SIGKILL' ? ': it ran out of memory, or the system stopped it; run fewer --iterations or give it more memory' : '';
        throw new errors/* MeasureError */.TG('killed', `Python was killed by ${exit.signal} (last progress: iteration ${exit.lastDone} of ${total})${hint}`, tail(exit.output));
    }
    if (exit.confirmError)
        throw exit.confirmError;
    // The pipe's text when it is whole; a write cut short leaves the file.
    let text = exit.result.endsWith('}') ? exit.result : '';
    try {
        if (!text)
            text = await (0,promises_.readFile)(out, 'utf8');
    }
    catch {
        // Its output is not Python's, so it is not shown.
        if (!exit.started) {
            // 127: a wrapper (a pyenv shim) found no such command; what it said is the help.
            if (exit.code === 127) {
                const said = tail(exit.output);
                throw new errors/* MeasureError */.TG('python-not-found', `Python not found: "${options.python}" exited with code 127, command not found${said ? ' (what it said is below)' : ''}: install that Python, or pass --python the path of a Python ${MIN_PYTHON} or newer`, said || undefined);
            }
            throw new errors/* MeasureError */.TG('not-python', `"${options.python}" is not a Python ${MIN_PYTHON}+ interpreter (it exited with code ${String(exit.code)} without running leak-gate's probe): pass --python the path of a Python ${MIN_PYTHON} or newer`);
        }
        const last = tail(exit.output);
        throw new errors/* MeasureError */.TG('python-failed', `Python exited with code ${String(exit.code)} before the measurement finished (last progress: iteration ${exit.lastDone} of ${total}); ` +
            (last ? 'its last output is below' : 'it printed nothing: does the workload end the process itself (os._exit, os.kill)?'), last || undefined);
    }
    let result;
    try {
        result = (0,schema/* parseProbeResult */.b_)(text);
    }
    catch (err) {
        throw new errors/* MeasureError */.TG('probe-output', `${err.message}: please report it with the workload`);
    }
    if ('error' in result) {
        const detail = [result.error.detail, tail(exit.output)].filter(Boolean).join('\n');
        throw new errors/* MeasureError */.TG(result.error.kind, result.error.message + missingModuleHint(result.error.message, options), detail || undefined);
    }
    return result;
}


/***/ }),

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ confirmationSentence),
/* harmony export */   G: () => (/* binding */ shownFile),
/* harmony export */   L9: () => (/* binding */ splitByOwner),
/* harmony export */   kw: () => (/* binding */ keptAlive),
/* harmony export */   tl: () => (/* binding */ pilesUp),
/* harmony export */   vT: () => (/* binding */ libraryOf)
/* harmony export */ });
/* unused harmony export perIteration */
/* harmony import */ var _gate_ignore_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(889);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(146);
// What both renderings say in the same words: how leaks were confirmed, and
// which leaking lines lie outside the user's code. Pure.


const span = (xs) => `iterations ${xs[0] + 1}-${xs[xs.length - 1]}`;
/** How the leaking lines were confirmed, or what the confirming window dismissed; undefined when no second window ran. */
function confirmationSentence(report) {
    const second = report.confirmation?.snapshotIterations;
    if (!second?.length || report.workload.mode !== 'iterations')
        return undefined;
    const first = span(report.snapshotIterations);
    const leaks = report.findings.filter((f) => f.kind === 'leak').length;
    // Not those the retainer search dismissed: they grew again, into a holder that cannot pile them up.
    const dismissed = report.findings.filter((f) => f.kind !== 'leak' && f.confirmation && !f.retainers).length;
    const parts = [];
    if (leaks)
        parts.push(`each leaking line grew again in a second traced window (${span(second)}, run on past the ${report.workload.iterations} asked for) after the first (${first})`);
    if (dismissed)
        parts.push(`${dismissed} line${dismissed > 1 ? 's' : ''} that grew in the first traced window (${first}) did not keep growing in a second (${span(second)}): bounded, not ${dismissed > 1 ? 'leaks' : 'a leak'}`);
    const text = parts.join('; ');
    return text && `${leaks ? 'Confirmed: ' : ''}${text}.`;
}
/**
 * The library a line outside the project belongs to, by its import root:
 * `asyncio` for .../lib/python3.12/asyncio/events.py, `jinja2` for
 * .../site-packages/jinja2/runtime.py; the file name otherwise.
 */
function libraryOf(file) {
    const below = (0,_gate_ignore_js__WEBPACK_IMPORTED_MODULE_0__/* .belowImportRoot */ .Pi)(file);
    return below ? below.split('/')[0].replace(/\.pyw?$/, '') : (file.split('/').pop() ?? file);
}
/**
 * A file as the comment shows it: a library's path from its import root's
 * directory on (`site-packages/flask/app.py`, `python3.12/asyncio/events.py`),
 * not the runner's or a home directory's absolute path; others as they are.
 */
function shownFile(file) {
    const m = /^(?:.*\/)?((?:site-packages|dist-packages|python\d+\.\d+)\/.*)$/.exec(file);
    return m && (0,_gate_ignore_js__WEBPACK_IMPORTED_MODULE_0__/* .belowImportRoot */ .Pi)(file) ? m[1] : file;
}
/** Leaking lines in the user's code, and those with no frame of it on their traceback (event-loop internals, a library's own thread). */
function splitByOwner(findings) {
    const leaking = findings.filter(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isLeak */ .cm);
    return { own: leaking.filter((f) => f.inProject), outside: leaking.filter((f) => !f.inProject) };
}
/** What a container's element is called: "+1 entry per iteration" for a dict. */
function elementOf(container) {
    if (container === 'dict' || container === 'lru_cache' || container?.endsWith('Dict') || container?.endsWith('dict'))
        return 'entry';
    if (container && ['list', 'set', 'frozenset', 'tuple', 'collections.deque'].includes(container))
        return 'item';
    return 'object';
}
/** "+2 entries per iteration", "+1 entry every 4 iterations". */
function perIteration(count, iterations, noun) {
    const rate = iterations > 0 ? count / iterations : count;
    const plural = (n) => (n === 1 ? noun : noun === 'entry' ? 'entries' : `${noun}s`);
    if (rate >= 0.95 || iterations <= 0) {
        const shown = rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10;
        return `+${shown} ${plural(shown)} per iteration`;
    }
    return `+1 ${noun} every ${Math.round(1 / rate)} iterations`;
}
/** What piles up, by type: "+1 app.Response, +2 str per iteration". */
function pilesUp(types, iterations, most = 3) {
    if (iterations <= 0)
        return undefined;
    const rate = (n) => {
        const r = n / iterations;
        return r >= 10 ? String(Math.round(r)) : String(Math.round(r * 10) / 10);
    };
    // A type that does not reach 0.1 per iteration is not what piles up ("+0 int").
    const piling = Object.entries(types).filter(([, n]) => rate(n) !== '0');
    const named = piling.slice(0, most);
    if (!named.length)
        return undefined;
    const more = piling.length > most ? ', …' : '';
    // "+1 bytes" would read as one byte: the type is named as objects of it.
    const count = (t, n) => t === 'bytes' ? `+${rate(n)} bytes object${rate(n) === '1' ? '' : 's'}` : `+${rate(n)} ${t}`;
    return `${named.map(([t, n]) => count(t, n)).join(', ')}${more} per iteration`;
}
/** Ways a line grows a container's own storage: `NAME.append(`, `NAME[k] =`, `NAME +=`. */
const GROWS_STORAGE = String.raw `\s*(?:\.(?:append|appendleft|extend|extendleft|insert|add|update|setdefault)\(|\[[^\]]*\]\s*=[^=]|\+=)`;
/**
 * The container whose own storage a line with no object of its own grows:
 * `_history.append(body)` grows `wl._history`, the list another leaking line's
 * objects were found in. Named only when the line's code writes to that
 * container's last name, in its module.
 */
function storageGrownBy(f, report) {
    const code = f.statement ?? f.code;
    for (const other of report.findings) {
        const r = other !== f && (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isLeak */ .cm)(other) ? other.retainers?.[0] : undefined;
        if (!r?.path?.endsWith('[…]') || !r.container || (r.root !== 'module global' && r.root !== 'class attribute'))
            continue;
        const path = r.path.slice(0, -'[…]'.length);
        if (other.file !== f.file && !path.startsWith(`${(0,_gate_ignore_js__WEBPACK_IMPORTED_MODULE_0__/* .moduleOf */ .cD)(f.file)}.`))
            continue;
        const name = /[A-Za-z_]\w*$/.exec(path)?.[0];
        if (name && new RegExp(String.raw `(?<![\w])${name}${GROWS_STORAGE}`).test(code))
            return { path, container: r.container };
    }
    return undefined;
}
/** What keeps a leaking finding's memory alive; undefined when its line was not searched. */
function keptAlive(f, report) {
    const iterations = report.retainerSearch?.iterations ?? 0;
    if (!f.kept || !f.retainers)
        return undefined;
    const storage = f.kept.objects === 0 ? storageGrownBy(f, report) : undefined;
    if (storage)
        return { path: storage.path, holds: `the ${storage.container}'s own storage, growing as it fills`, also: [] };
    if (f.kept.objects === 0)
        return {
            missing: "no object made at this line was found alive: its memory has no Python object of its own (a list's or bytearray's storage grown in place, a C extension's buffer), or is blocks it freed that a leak's objects made elsewhere reused (then the line that made them is the one to fix), so no path can name what keeps it",
            also: [],
        };
    const piles = pilesUp(f.kept.types, iterations);
    const first = f.retainers[0];
    if (!first || first.path === null)
        return {
            missing: "its objects are alive, but no walk back through their referrers reached a module, class, function, cache, logger or thread within the search's bounds: a registry kept in C (atexit, signal handlers, an extension's own state) holds objects where the collector cannot see",
            piles,
            also: [],
        };
    // Held in an object's attribute (`…[…].scratch`): the container named is that object's type, not the leaked object's.
    const inAttribute = first.container &&
        first.container !== 'module global' &&
        first.container !== 'class attribute' &&
        elementOf(first.container) === 'object' &&
        /\.[A-Za-z_]\w*$/.test(first.path);
    const kind = first.root === 'lru_cache' || first.root === 'thread frame'
        ? first.root
        : inAttribute
            ? first.container === 'cell'
                ? "a closure's cell"
                : `an attribute of ${first.container} objects`
            : first.container;
    return {
        path: first.path,
        // One object held (a module global rebound to a bigger frame each time) grows in place: no rate of entries.
        holds: first.objects > 1 ? `${kind}, ${perIteration(first.objects, iterations, elementOf(first.container))}` : `${kind}`,
        piles,
        also: f.retainers
            .slice(1, 3)
            .map((r) => r.path)
            .filter((p) => p !== null),
    };
}


/***/ }),

/***/ 146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d$: () => (/* binding */ FAIL_ON),
  DC: () => (/* binding */ REPORT_SCHEMA),
  WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
  cm: () => (/* binding */ isLeak),
  b_: () => (/* binding */ parseProbeResult),
  MM: () => (/* binding */ parseReport)
});

// UNUSED EXPORTS: FINDING_KINDS, MODES, PROBE_PROTOCOL, RELAY_SCHEMA, RELAY_VERSION, RUN_SHAPES, VERDICTS, parseRelayBundle, readReport, relayBundleJson

;// CONCATENATED MODULE: ./node_modules/valibot/dist/index.mjs
//#region src/storages/globalConfig/globalConfig.ts
let store$4;
const DEFAULT_CONFIG = {
	lang: void 0,
	message: void 0,
	abortEarly: void 0,
	abortPipeEarly: void 0
};
/**
* Sets the global configuration.
*
* @param config The configuration.
*/
function setGlobalConfig(config$1) {
	store$4 = {
		...store$4,
		...config$1
	};
}
/**
* Returns the global configuration.
*
* @param config The config to merge.
*
* @returns The configuration.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalConfig(config$1) {
	if (!config$1 && !store$4) return DEFAULT_CONFIG;
	return {
		lang: config$1?.lang ?? store$4?.lang,
		message: config$1?.message,
		abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
		abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
	};
}
/**
* Deletes the global configuration.
*/
function deleteGlobalConfig() {
	store$4 = void 0;
}

//#endregion
//#region src/storages/globalMessage/globalMessage.ts
let store$3;
/**
* Sets a global error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setGlobalMessage(message$1, lang) {
	if (!store$3) store$3 = /* @__PURE__ */ new Map();
	store$3.set(lang, message$1);
}
/**
* Returns a global error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalMessage(lang) {
	return store$3?.get(lang);
}
/**
* Deletes a global error message.
*
* @param lang The language of the message.
*/
function deleteGlobalMessage(lang) {
	store$3?.delete(lang);
}

//#endregion
//#region src/storages/schemaMessage/schemaMessage.ts
let store$2;
/**
* Sets a schema error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setSchemaMessage(message$1, lang) {
	if (!store$2) store$2 = /* @__PURE__ */ new Map();
	store$2.set(lang, message$1);
}
/**
* Returns a schema error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSchemaMessage(lang) {
	return store$2?.get(lang);
}
/**
* Deletes a schema error message.
*
* @param lang The language of the message.
*/
function deleteSchemaMessage(lang) {
	store$2?.delete(lang);
}

//#endregion
//#region src/storages/specificMessage/specificMessage.ts
let store$1;
/**
* Sets a specific error message.
*
* @param reference The identifier reference.
* @param message The error message.
* @param lang The language of the message.
*/
function setSpecificMessage(reference, message$1, lang) {
	if (!store$1) store$1 = /* @__PURE__ */ new Map();
	if (!store$1.get(reference)) store$1.set(reference, /* @__PURE__ */ new Map());
	store$1.get(reference).set(lang, message$1);
}
/**
* Returns a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSpecificMessage(reference, lang) {
	return store$1?.get(reference)?.get(lang);
}
/**
* Deletes a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*/
function deleteSpecificMessage(reference, lang) {
	store$1?.get(reference)?.delete(lang);
}

//#endregion
//#region src/utils/_stringify/_stringify.ts
/**
* Stringifies an unknown input to a literal or type string.
*
* @param input The unknown input.
*
* @returns A literal or type string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _stringify(input) {
	const type = typeof input;
	if (type === "string") return `"${input}"`;
	if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
	if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
	return type;
}

//#endregion
//#region src/utils/_addIssue/_addIssue.ts
/**
* Adds an issue to the dataset.
*
* @param context The issue context.
* @param label The issue label.
* @param dataset The input dataset.
* @param config The configuration.
* @param other The optional props.
*
* @internal
*/
function _addIssue(context, label, dataset, config$1, other) {
	const input = other && "input" in other ? other.input : dataset.value;
	const expected = other?.expected ?? context.expects ?? null;
	const received = other?.received ?? /* @__PURE__ */ _stringify(input);
	const issue = {
		kind: context.kind,
		type: context.type,
		input,
		expected,
		received,
		message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
		requirement: context.requirement,
		path: other?.path,
		issues: other?.issues,
		lang: config$1.lang,
		abortEarly: config$1.abortEarly,
		abortPipeEarly: config$1.abortPipeEarly
	};
	const isSchema = context.kind === "schema";
	const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
	if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
	if (isSchema) dataset.typed = false;
	if (dataset.issues) dataset.issues.push(issue);
	else dataset.issues = [issue];
}

//#endregion
//#region src/utils/_cloneDataset/_cloneDataset.ts
/**
* Creates a shallow copy of a dataset.
*
* Hint: The `value` is copied by reference, but the `issues` array, its issues
* and their `path` arrays are cloned to avoid reusing mutable dataset state
* across multiple runs. Mutating a returned object or array value can
* therefore affect later cache hits that reuse the same cached output.
*
* @param dataset The output dataset.
*
* @returns The copied output dataset.
*/
/* @__NO_SIDE_EFFECTS__ */
function _cloneDataset(dataset) {
	return {
		typed: dataset.typed,
		value: dataset.value,
		issues: dataset.issues?.map((issue) => ({
			...issue,
			path: issue.path && [...issue.path]
		}))
	};
}

//#endregion
//#region src/utils/_formatCase/_formatCase.ts
/**
* Splits a string into lowercase words and rejoins them with the given
* separator and capitalization rules.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries. Whether the first or subsequent words are
* capitalized is controlled by `capFirst` and `capRest`.
*
* Hint: Implemented in a single pass that emits directly to the result
* string to avoid an intermediate `string[]` allocation. ASCII chars are
* classified via char codes to skip `.toLowerCase()` and `.toUpperCase()`
* method calls in the common case.
*
* Hint: Digits are treated as a separate character class, so `item2Name`
* yields `item2` and `name` rather than `item`, `2` and `name`.
*
* @param input The input string.
* @param separator The string inserted between words.
* @param capFirst Whether to capitalize the first word.
* @param capRest Whether to capitalize subsequent words.
*
* @returns The formatted string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _formatCase(input, separator, capFirst, capRest) {
	let result = "";
	let firstWord = true;
	let start = 0;
	let prev = 0;
	let prevPrev = 0;
	const flush = (end) => {
		if (end > start) {
			let word = input.slice(start, end).toLowerCase();
			if (firstWord ? capFirst : capRest) {
				const firstCode = word.charCodeAt(0);
				if (firstCode >= 97 && firstCode <= 122) word = String.fromCharCode(firstCode - 32) + word.slice(1);
				else {
					const charLen = firstCode >= 55296 && firstCode <= 56319 ? 2 : 1;
					word = word.slice(0, charLen).toUpperCase() + word.slice(charLen);
				}
			}
			result += firstWord ? word : separator + word;
			firstWord = false;
		}
	};
	for (let index = 0; index < input.length; index++) {
		const code = input.charCodeAt(index);
		let type;
		if (code === 32 || code === 9 || code === 10 || code === 11 || code === 12 || code === 13 || code === 45 || code === 95) {
			flush(index);
			start = index + 1;
			type = 0;
		} else if (code < 128) type = code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? 2 : 3;
		else {
			const char = input[index];
			const charLower = char.toLowerCase();
			type = charLower === char.toUpperCase() ? 3 : char === charLower ? 2 : 1;
		}
		if (type === 1 && (prev === 2 || prev === 3) && index > start) {
			flush(index);
			start = index;
		} else if (type === 2 && prev === 1 && prevPrev === 1 && index - 1 > start) {
			flush(index - 1);
			start = index - 1;
		}
		prevPrev = prev;
		prev = type;
	}
	flush(input.length);
	return result;
}

//#endregion
//#region src/utils/_getByteCount/_getByteCount.ts
let textEncoder;
/**
* Returns the byte count of the input.
*
* @param input The input to be measured.
*
* @returns The byte count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getByteCount(input) {
	if (!textEncoder) textEncoder = new TextEncoder();
	return textEncoder.encode(input).length;
}

//#endregion
//#region src/utils/_getCodePointCount/_getCodePointCount.ts
/**
* Returns the code point count of the input.
*
* @param input The input to be measured.
*
* @returns The code point count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getCodePointCount(input) {
	let count = input.length;
	const lengthMinus1 = input.length - 1;
	for (let i = 0; i < lengthMinus1;) if (input.codePointAt(i) <= 65535) i++;
	else {
		i += 2;
		count--;
	}
	return count;
}

//#endregion
//#region src/utils/_getGraphemeCount/_getGraphemeCount.ts
let segmenter;
/**
* Returns the grapheme count of the input.
*
* @param input The input to be measured.
*
* @returns The grapheme count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getGraphemeCount(input) {
	if (!segmenter) segmenter = new Intl.Segmenter();
	const segments = segmenter.segment(input);
	let count = 0;
	for (const _ of segments) count++;
	return count;
}

//#endregion
//#region src/utils/_getLastMetadata/_getLastMetadata.ts
/**
* Returns the last top-level value of a given metadata type from a schema
* using a breadth-first search that starts with the last item in the pipeline.
*
* @param schema The schema to search.
* @param type The metadata type.
*
* @returns The value, if any.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getLastMetadata(schema, type) {
	if ("pipe" in schema) {
		const nestedSchemas = [];
		for (let index = schema.pipe.length - 1; index >= 0; index--) {
			const item = schema.pipe[index];
			if (item.kind === "schema" && "pipe" in item) nestedSchemas.push(item);
			else if (item.kind === "metadata" && item.type === type) return item[type];
		}
		for (const nestedSchema of nestedSchemas) {
			const result = /* @__PURE__ */ _getLastMetadata(nestedSchema, type);
			if (result !== void 0) return result;
		}
	}
}

//#endregion
//#region src/utils/_getWordCount/_getWordCount.ts
let store;
/**
* Returns the word count of the input.
*
* @param locales The locales to be used.
* @param input The input to be measured.
*
* @returns The word count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getWordCount(locales, input) {
	if (!store) store = /* @__PURE__ */ new Map();
	const key = String(locales);
	let segmenter$1 = store.get(key);
	if (!segmenter$1) {
		segmenter$1 = new Intl.Segmenter(locales, { granularity: "word" });
		store.set(key, segmenter$1);
	}
	const segments = segmenter$1.segment(input);
	let count = 0;
	for (const segment of segments) if (segment.isWordLike) count++;
	return count;
}

//#endregion
//#region src/utils/_isLuhnAlgo/_isLuhnAlgo.ts
/**
* Non-digit regex.
*/
const NON_DIGIT_REGEX = /\D/gu;
/**
* Checks whether a string with numbers corresponds to the luhn algorithm.
*
* @param input The input to be checked.
*
* @returns Whether input is valid.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isLuhnAlgo(input) {
	const number$1 = input.replace(NON_DIGIT_REGEX, "");
	let length$1 = number$1.length;
	let bit = 1;
	let sum = 0;
	while (length$1) {
		const value$1 = +number$1[--length$1];
		bit ^= 1;
		sum += bit ? [
			0,
			2,
			4,
			6,
			8,
			1,
			3,
			5,
			7,
			9
		][value$1] : value$1;
	}
	return sum % 10 === 0;
}

//#endregion
//#region src/utils/_isSameValueZero/_isSameValueZero.ts
/**
* Compares two values using the SameValueZero algorithm, which treats `NaN`
* as equal to itself unlike `===`.
*
* @param value1 The first value.
* @param value2 The second value.
*
* @returns Whether the values are equal.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isSameValueZero(value1, value2) {
	return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}

//#endregion
//#region src/utils/_isValidObjectKey/_isValidObjectKey.ts
/**
* Disallows inherited object properties and prevents object prototype
* pollution by disallowing certain keys.
*
* @param object The object to check.
* @param key The key to check.
*
* @returns Whether the key is allowed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValidObjectKey(object$1, key) {
	return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}

//#endregion
//#region src/utils/_isValueMatch/_isValueMatch.ts
/**
* Checks whether a value matches a value action requirement.
*
* @param requirement The value action requirement.
* @param value The value to check.
*
* @returns Whether the value matches the requirement.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValueMatch(requirement, value$1) {
	return Number.isNaN(requirement) && Number.isNaN(value$1) || requirement <= value$1 && requirement >= value$1;
}

//#endregion
//#region src/utils/_joinExpects/_joinExpects.ts
/**
* Joins multiple `expects` values with the given separator.
*
* @param values The `expects` values.
* @param separator The separator.
*
* @returns The joined `expects` property.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _joinExpects(values$1, separator) {
	const list = [...new Set(values$1)];
	if (list.length > 1) return `(${list.join(` ${separator} `)})`;
	return list[0] ?? "never";
}

//#endregion
//#region src/utils/_standardSchema/_standardSchema.ts
/**
* Eagerly creates and attaches the Standard Schema properties of a schema.
*
* Hint: The contextual `this` type includes the standard properties that are
* attached before the schema is returned.
*
* @param schema The schema to attach standard properties to.
*
* @returns The schema with standard properties attached.
*
* @internal
*/
function _standardSchema(schema) {
	schema["~standard"] = {
		version: 1,
		vendor: "valibot",
		validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
	};
	return schema;
}

//#endregion
//#region src/utils/entriesFromList/entriesFromList.ts
/**
* Creates an object entries definition from a list of keys and a schema.
*
* @param list A list of keys.
* @param schema The schema of the keys.
*
* @returns The object entries.
*/
/* @__NO_SIDE_EFFECTS__ */
function entriesFromList(list, schema) {
	const entries$1 = {};
	for (const key of list) entries$1[key] = schema;
	return entries$1;
}

//#endregion
//#region src/utils/entriesFromObjects/entriesFromObjects.ts
/* @__NO_SIDE_EFFECTS__ */
function entriesFromObjects(schemas) {
	const entries$1 = {};
	for (const schema of schemas) Object.assign(entries$1, schema.entries);
	return entries$1;
}

//#endregion
//#region src/utils/getDotPath/getDotPath.ts
/* @__NO_SIDE_EFFECTS__ */
function getDotPath(issue) {
	if (issue.path) {
		let key = "";
		for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
		else key += item.key;
		else return null;
		return key;
	}
	return null;
}

//#endregion
//#region src/utils/isOfKind/isOfKind.ts
/**
* A generic type guard to check the kind of an object.
*
* @param kind The kind to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfKind(kind, object$1) {
	return object$1.kind === kind;
}

//#endregion
//#region src/utils/isOfType/isOfType.ts
/**
* A generic type guard to check the type of an object.
*
* @param type The type to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfType(type, object$1) {
	return object$1.type === type;
}

//#endregion
//#region src/utils/ValiError/ValiError.ts
/**
* A Valibot error with useful information.
*/
var ValiError = class extends Error {
	/**
	* Creates a Valibot error with useful information.
	*
	* @param issues The error issues.
	*/
	constructor(issues) {
		super(issues[0].message);
		this.name = "ValiError";
		this.issues = issues;
	}
};

//#endregion
//#region src/utils/isValiError/isValiError.ts
/**
* A type guard to check if an error is a ValiError.
*
* @param error The error to check.
*
* @returns Whether its a ValiError.
*/
/* @__NO_SIDE_EFFECTS__ */
function isValiError(error) {
	return error instanceof ValiError;
}

//#endregion
//#region src/actions/args/args.ts
/* @__NO_SIDE_EFFECTS__ */
function args(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: args,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const argsDataset = this.schema["~run"]({ value: args_ }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/args/argsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function argsAsync(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: argsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args$1) => {
				const argsDataset = await schema["~run"]({ value: args$1 }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/await/awaitAsync.ts
/**
* Creates an await transformation action.
*
* @returns An await action.
*/
/* @__NO_SIDE_EFFECTS__ */
function awaitAsync() {
	return {
		kind: "transformation",
		type: "await",
		reference: awaitAsync,
		async: true,
		async "~run"(dataset) {
			dataset.value = await dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/regex.ts
/**
* [Base64](https://en.wikipedia.org/wiki/Base64) regex.
*/
const BASE64_REGEX = /^(?:[\da-z+/]{4})*(?:[\da-z+/]{2}==|[\da-z+/]{3}=)?$/iu;
/**
* [BIC](https://en.wikipedia.org/wiki/ISO_9362) regex.
*/
const BIC_REGEX = /^[A-Z]{6}(?!00)[\dA-Z]{2}(?:[\dA-Z]{3})?$/u;
/**
* [Cuid2](https://github.com/paralleldrive/cuid2) regex.
*/
const CUID2_REGEX = /^[a-z][\da-z]*$/u;
/**
* [Decimal](https://en.wikipedia.org/wiki/Decimal) regex.
*/
const DECIMAL_REGEX = /^[+-]?(?:\d*\.)?\d+$/u;
/**
* [Digits](https://en.wikipedia.org/wiki/Numerical_digit) regex.
*/
const DIGITS_REGEX = /^\d+$/u;
/**
* [Domain name](https://en.wikipedia.org/wiki/Domain_name) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* ASCII-only validation. Internationalized domain names (IDNs) are not
* supported, including Punycode-encoded labels.
*/
const DOMAIN_REGEX = /^(?=.{1,253}$)(?:(?![Xx][Nn]--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/u;
/**
* [Email address](https://en.wikipedia.org/wiki/Email_address) regex.
*
* Hint: We decided against the `i` flag to avoid matching non-ASCII characters.
*/
const EMAIL_REGEX = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
/**
* Emoji regex from [emoji-regex-xs](https://github.com/slevithan/emoji-regex-xs) v1.0.0 (MIT license).
*
* Hint: We decided against the newer `/^\p{RGI_Emoji}+$/v` regex because it is
* not supported in older runtimes and does not match all emoji.
*/
const EMOJI_REGEX = /^(?:[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}|(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation})(?:\u200D(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation}))*)+$/u;
/**
* [Hexadecimal](https://en.wikipedia.org/wiki/Hexadecimal) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEXADECIMAL_REGEX = /^(?:0[hx])?[\da-fA-F]+$/u;
/**
* [Hex color](https://en.wikipedia.org/wiki/Web_colors#Hex_triplet) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEX_COLOR_REGEX = /^#(?:[\da-fA-F]{3,4}|[\da-fA-F]{6}|[\da-fA-F]{8})$/u;
/**
* [IMEI](https://en.wikipedia.org/wiki/International_Mobile_Equipment_Identity) regex.
*/
const IMEI_REGEX = /^\d{15}$|^\d{2}-\d{6}-\d{6}-\d$/u;
/**
* [IPv4](https://en.wikipedia.org/wiki/IPv4) regex.
*/
const IPV4_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$/u;
/**
* [IPv6](https://en.wikipedia.org/wiki/IPv6) regex.
*/
const IPV6_REGEX = /^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [IP](https://en.wikipedia.org/wiki/IP_address) regex.
*/
const IP_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$|^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date regex.
*/
const ISO_DATE_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time regex.
*/
const ISO_DATE_TIME_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time with seconds regex.
*/
const ISO_DATE_TIME_SECOND_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time regex.
*/
const ISO_TIME_REGEX = /^(?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time with seconds regex.
*/
const ISO_TIME_SECOND_REGEX = /^(?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp regex. Allows a
* space as a date/time separator and an optional space before the UTC offset.
*/
const ISO_TIMESTAMP_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) week regex.
*/
const ISO_WEEK_REGEX = /^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/u;
/**
* [JWS compact serialization](https://datatracker.ietf.org/doc/html/rfc7515#section-3.1)
* regex.
*
* Hint: Empty payload and signature segments are allowed because the
* Base64URL-encoded representation of an empty octet sequence is an empty
* string.
*/
const JWS_COMPACT_REGEX = /^(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?$/u;
/**
* [ISRC](https://en.wikipedia.org/wiki/International_Standard_Recording_Code) regex.
*/
const ISRC_REGEX = /^(?:[A-Z]{2}[A-Z\d]{3}\d{7}|[A-Z]{2}-[A-Z\d]{3}-\d{2}-\d{5})$/u;
/**
* [KSUID](https://github.com/segmentio/ksuid) regex.
*/
const KSUID_REGEX = /^[a-zA-Z0-9]{27}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 48 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC48_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 64 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC64_REGEX = /^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$|^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [Nano ID](https://github.com/ai/nanoid) regex.
*/
const NANO_ID_REGEX = /^[\w-]+$/u;
/**
* [Octal](https://en.wikipedia.org/wiki/Octal) regex.
*/
const OCTAL_REGEX = /^(?:0o)?[0-7]+$/u;
/**
* [RFC 5322 email address](https://datatracker.ietf.org/doc/html/rfc5322#section-3.4.1) regex.
*
* Hint: This regex was taken from the [HTML Living Standard Specification](https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address) and does not perfectly represent RFC 5322.
*/
const RFC_EMAIL_REGEX = /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/**
* [Slug](https://en.wikipedia.org/wiki/Clean_URL#Slug) regex.
*/
const SLUG_REGEX = /^[\da-z]+(?:[-_][\da-z]+)*$/u;
/**
* [ULID](https://github.com/ulid/spec) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* Hint: The first character is restricted to `[0-7]` because the 48-bit
* timestamp cannot exceed 2^48-1, making the maximum valid ULID
* `7ZZZZZZZZZZZZZZZZZZZZZZZZZ` in Crockford's Base32 encoding.
*/
const ULID_REGEX = /^[0-7][\da-hjkmnp-tv-zA-HJKMNP-TV-Z]{25}$/u;
/**
* [UUID](https://en.wikipedia.org/wiki/Universally_unique_identifier) regex.
*/
const UUID_REGEX = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;

//#endregion
//#region src/actions/base64/base64.ts
/* @__NO_SIDE_EFFECTS__ */
function base64(message$1) {
	return {
		kind: "validation",
		type: "base64",
		reference: base64,
		async: false,
		expects: null,
		requirement: BASE64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Base64", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bic/bic.ts
/* @__NO_SIDE_EFFECTS__ */
function bic(message$1) {
	return {
		kind: "validation",
		type: "bic",
		reference: bic,
		async: false,
		expects: null,
		requirement: BIC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "BIC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/brand/brand.ts
/**
* Creates a brand transformation action.
*
* @param name The brand name.
*
* @returns A brand action.
*/
/* @__NO_SIDE_EFFECTS__ */
function brand(name) {
	return {
		kind: "transformation",
		type: "brand",
		reference: brand,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bytes/bytes.ts
/* @__NO_SIDE_EFFECTS__ */
function bytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "bytes",
		reference: bytes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 !== this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/check.ts
/* @__NO_SIDE_EFFECTS__ */
function check(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: check,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/checkAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: checkAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItems.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItems(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItems,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) for (let index = 0; index < dataset.value.length; index++) {
				const item = dataset.value[index];
				if (!this.requirement(item, index, dataset.value)) _addIssue(this, "item", dataset, config$1, {
					input: item,
					path: [{
						type: "array",
						origin: "value",
						input: dataset.value,
						key: index,
						value: item
					}]
				});
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItemsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItemsAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItemsAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed) {
				const requirementResults = await Promise.all(dataset.value.map(this.requirement));
				for (let index = 0; index < dataset.value.length; index++) if (!requirementResults[index]) {
					const item = dataset.value[index];
					_addIssue(this, "item", dataset, config$1, {
						input: item,
						path: [{
							type: "array",
							origin: "value",
							input: dataset.value,
							key: index,
							value: item
						}]
					});
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/codePoints/codePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function codePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "code_points",
		reference: codePoints,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/creditCard/creditCard.ts
/**
* Credit card regex.
*/
const CREDIT_CARD_REGEX = /^(?:\d{13,19}|\d{4}(?: \d{3,6}){2,4}|\d{4}(?:-\d{3,6}){2,4})$/u;
/**
* Sanitize regex.
*/
const SANITIZE_REGEX = /[- ]/gu;
/**
* Provider regex list.
*/
const PROVIDER_REGEX_LIST = (/* unused pure expression or super */ null && ([
	/^3[47]\d{13}$/u,
	/^3(?:0[0-5]|[68]\d)\d{11,13}$/u,
	/^6(?:011|5\d{2})\d{12,15}$/u,
	/^(?:2131|1800|35\d{3})\d{11}$/u,
	/^(?:5[1-5]\d{2}|222\d|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}$/u,
	/^(?:6[27]\d{14,17}|81\d{14,17})$/u,
	/^4\d{12}(?:\d{3,6})?$/u
]));
/* @__NO_SIDE_EFFECTS__ */
function creditCard(message$1) {
	return {
		kind: "validation",
		type: "credit_card",
		reference: creditCard,
		async: false,
		expects: null,
		requirement(input) {
			let sanitized;
			return CREDIT_CARD_REGEX.test(input) && (sanitized = input.replace(SANITIZE_REGEX, "")) && PROVIDER_REGEX_LIST.some((regex$1) => regex$1.test(sanitized)) && /* @__PURE__ */ _isLuhnAlgo(sanitized);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "credit card", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/cuid2/cuid2.ts
/* @__NO_SIDE_EFFECTS__ */
function cuid2(message$1) {
	return {
		kind: "validation",
		type: "cuid2",
		reference: cuid2,
		async: false,
		expects: null,
		requirement: CUID2_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Cuid2", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/decimal/decimal.ts
/* @__NO_SIDE_EFFECTS__ */
function decimal(message$1) {
	return {
		kind: "validation",
		type: "decimal",
		reference: decimal,
		async: false,
		expects: null,
		requirement: DECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "decimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/description/description.ts
/**
* Creates a description metadata action.
*
* @param description_ The description text.
*
* @returns A description action.
*/
/* @__NO_SIDE_EFFECTS__ */
function description(description_) {
	return {
		kind: "metadata",
		type: "description",
		reference: description,
		description: description_
	};
}

//#endregion
//#region src/actions/digits/digits.ts
/* @__NO_SIDE_EFFECTS__ */
function digits(message$1) {
	return {
		kind: "validation",
		type: "digits",
		reference: digits,
		async: false,
		expects: null,
		requirement: DIGITS_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "digits", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/domain/domain.ts
/* @__NO_SIDE_EFFECTS__ */
function domain(message$1) {
	return {
		kind: "validation",
		type: "domain",
		reference: domain,
		expects: null,
		async: false,
		requirement: DOMAIN_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "domain", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/email/email.ts
/* @__NO_SIDE_EFFECTS__ */
function email(message$1) {
	return {
		kind: "validation",
		type: "email",
		reference: email,
		expects: null,
		async: false,
		requirement: EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/emoji/emoji.ts
/* @__NO_SIDE_EFFECTS__ */
function emoji(message$1) {
	return {
		kind: "validation",
		type: "emoji",
		reference: emoji,
		async: false,
		expects: null,
		requirement: EMOJI_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "emoji", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/empty/empty.ts
/* @__NO_SIDE_EFFECTS__ */
function empty(message$1) {
	return {
		kind: "validation",
		type: "empty",
		reference: empty,
		async: false,
		expects: "0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > 0) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/endsWith/endsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function endsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "ends_with",
		reference: endsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.endsWith(this.requirement)) _addIssue(this, "end", dataset, config$1, { received: `"${dataset.value.slice(-this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/entries/entries.ts
/* @__NO_SIDE_EFFECTS__ */
function entries(requirement, message$1) {
	return {
		kind: "validation",
		type: "entries",
		reference: entries,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count !== this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/everyItem/everyItem.ts
/* @__NO_SIDE_EFFECTS__ */
function everyItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "every_item",
		reference: everyItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.every(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/examples/examples.ts
/**
* Creates an examples metadata action.
*
* @param examples_ The examples.
*
* @returns An examples action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function examples(examples_) {
	return {
		kind: "metadata",
		type: "examples",
		reference: examples,
		examples: examples_
	};
}

//#endregion
//#region src/actions/excludes/excludes.ts
/* @__NO_SIDE_EFFECTS__ */
function excludes(requirement, message$1) {
	const received = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "excludes",
		reference: excludes,
		async: false,
		expects: `!${received}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/filterItems/filterItems.ts
/* @__NO_SIDE_EFFECTS__ */
function filterItems(operation) {
	return {
		kind: "transformation",
		type: "filter_items",
		reference: filterItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.filter(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/findItem/findItem.ts
/* @__NO_SIDE_EFFECTS__ */
function findItem(operation) {
	return {
		kind: "transformation",
		type: "find_item",
		reference: findItem,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.find(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/finite/finite.ts
/* @__NO_SIDE_EFFECTS__ */
function finite(message$1) {
	return {
		kind: "validation",
		type: "finite",
		reference: finite,
		async: false,
		expects: null,
		requirement: Number.isFinite,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "finite", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/flavor/flavor.ts
/**
* Creates a flavor transformation action.
*
* @param name The flavor name.
*
* @returns A flavor action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function flavor(name) {
	return {
		kind: "transformation",
		type: "flavor",
		reference: flavor,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/graphemes/graphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function graphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "graphemes",
		reference: graphemes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/gtValue/gtValue.ts
/* @__NO_SIDE_EFFECTS__ */
function gtValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "gt_value",
		reference: gtValue,
		async: false,
		expects: `>${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value > this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/guard/guard.ts
/* @__NO_SIDE_EFFECTS__ */
function guard(requirement, message$1) {
	return {
		kind: "transformation",
		type: "guard",
		reference: guard,
		async: false,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) {
				_addIssue(this, "input", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hash/hash.ts
/**
* Hash lengths object.
*/
const HASH_LENGTHS = {
	md4: 32,
	md5: 32,
	sha1: 40,
	sha256: 64,
	sha384: 96,
	sha512: 128,
	ripemd128: 32,
	ripemd160: 40,
	tiger128: 32,
	tiger160: 40,
	tiger192: 48,
	crc32: 8,
	crc32b: 8,
	adler32: 8
};
/* @__NO_SIDE_EFFECTS__ */
function hash(types, message$1) {
	return {
		kind: "validation",
		type: "hash",
		reference: hash,
		expects: null,
		async: false,
		requirement: RegExp(types.map((type) => `^[a-fA-F0-9]{${HASH_LENGTHS[type]}}$`).join("|"), "u"),
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hash", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexadecimal/hexadecimal.ts
/* @__NO_SIDE_EFFECTS__ */
function hexadecimal(message$1) {
	return {
		kind: "validation",
		type: "hexadecimal",
		reference: hexadecimal,
		async: false,
		expects: null,
		requirement: HEXADECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hexadecimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexColor/hexColor.ts
/* @__NO_SIDE_EFFECTS__ */
function hexColor(message$1) {
	return {
		kind: "validation",
		type: "hex_color",
		reference: hexColor,
		async: false,
		expects: null,
		requirement: HEX_COLOR_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hex color", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/imei/imei.ts
/* @__NO_SIDE_EFFECTS__ */
function imei(message$1) {
	return {
		kind: "validation",
		type: "imei",
		reference: imei,
		async: false,
		expects: null,
		requirement(input) {
			return IMEI_REGEX.test(input) && /* @__PURE__ */ _isLuhnAlgo(input);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "IMEI", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/includes/includes.ts
/* @__NO_SIDE_EFFECTS__ */
function includes(requirement, message$1) {
	const expects = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "includes",
		reference: includes,
		async: false,
		expects,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received: `!${expects}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/integer/integer.ts
/* @__NO_SIDE_EFFECTS__ */
function integer(message$1) {
	return {
		kind: "validation",
		type: "integer",
		reference: integer,
		async: false,
		expects: null,
		requirement: Number.isInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ip/ip.ts
/* @__NO_SIDE_EFFECTS__ */
function ip(message$1) {
	return {
		kind: "validation",
		type: "ip",
		reference: ip,
		async: false,
		expects: null,
		requirement: IP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IP", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv4/ipv4.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv4(message$1) {
	return {
		kind: "validation",
		type: "ipv4",
		reference: ipv4,
		async: false,
		expects: null,
		requirement: IPV4_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv4", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv6/ipv6.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv6(message$1) {
	return {
		kind: "validation",
		type: "ipv6",
		reference: ipv6,
		async: false,
		expects: null,
		requirement: IPV6_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv6", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn10.ts
/**
* [Validates an ISBN-10](https://en.wikipedia.org/wiki/ISBN#ISBN-10_check_digits).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-10, `false` otherwise.
*
* @internal
*/
function _isIsbn10(input) {
	const digits$1 = input.split("").map((c) => c === "X" ? 10 : parseInt(c));
	let sum = 0;
	for (let i = 0; i < 10; i++) sum += digits$1[i] * (10 - i);
	return sum % 11 === 0;
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn13.ts
/**
* [Validates an ISBN-13](https://en.wikipedia.org/wiki/ISBN#ISBN-13_check_digit_calculation).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-13, `false` otherwise.
*
* @internal
*/
function _isIsbn13(input) {
	const digits$1 = input.split("").map((c) => parseInt(c));
	let sum = 0;
	for (let i = 0; i < 13; i++) sum += digits$1[i] * (i % 2 === 0 ? 1 : 3);
	return sum % 10 === 0;
}

//#endregion
//#region src/actions/isbn/isbn.ts
/**
* ISBN separator regex.
*/
const ISBN_SEPARATOR_REGEX = /[- ]/gu;
/**
* ISBN-10 detection regex.
*/
const ISBN_10_DETECTION_REGEX = /^\d{9}[\dX]$/u;
/**
* ISBN-13 detection regex.
*/
const ISBN_13_DETECTION_REGEX = /^\d{13}$/u;
/* @__NO_SIDE_EFFECTS__ */
function isbn(message$1) {
	return {
		kind: "validation",
		type: "isbn",
		reference: isbn,
		async: false,
		expects: null,
		requirement(input) {
			const replacedInput = input.replace(ISBN_SEPARATOR_REGEX, "");
			if (ISBN_10_DETECTION_REGEX.test(replacedInput)) return _isIsbn10(replacedInput);
			else if (ISBN_13_DETECTION_REGEX.test(replacedInput)) return _isIsbn13(replacedInput);
			return false;
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "ISBN", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isrc/isrc.ts
/* @__NO_SIDE_EFFECTS__ */
function isrc(message$1) {
	return {
		kind: "validation",
		type: "isrc",
		reference: isrc,
		async: false,
		expects: null,
		requirement: ISRC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ISRC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDate/isoDate.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDate(message$1) {
	return {
		kind: "validation",
		type: "iso_date",
		reference: isoDate,
		async: false,
		expects: null,
		requirement: ISO_DATE_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTime/isoDateTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTime(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time",
		reference: isoDateTime,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTimeSecond/isoDateTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time_second",
		reference: isoDateTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTime/isoTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTime(message$1) {
	return {
		kind: "validation",
		type: "iso_time",
		reference: isoTime,
		async: false,
		expects: null,
		requirement: ISO_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimeSecond/isoTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_time_second",
		reference: isoTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimestamp/isoTimestamp.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimestamp(message$1) {
	return {
		kind: "validation",
		type: "iso_timestamp",
		reference: isoTimestamp,
		async: false,
		expects: null,
		requirement: ISO_TIMESTAMP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoWeek/isoWeek.ts
/* @__NO_SIDE_EFFECTS__ */
function isoWeek(message$1) {
	return {
		kind: "validation",
		type: "iso_week",
		reference: isoWeek,
		async: false,
		expects: null,
		requirement: ISO_WEEK_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "week", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/jwsCompact/jwsCompact.ts
/* @__NO_SIDE_EFFECTS__ */
function jwsCompact(message$1) {
	return {
		kind: "validation",
		type: "jws_compact",
		reference: jwsCompact,
		async: false,
		expects: null,
		requirement: JWS_COMPACT_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "JWS compact", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ksuid/ksuid.ts
/* @__NO_SIDE_EFFECTS__ */
function ksuid(message$1) {
	return {
		kind: "validation",
		type: "ksuid",
		reference: ksuid,
		async: false,
		expects: null,
		requirement: KSUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "KSUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/length/length.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_length(requirement, message$1) {
	return {
		kind: "validation",
		type: "length",
		reference: dist_length,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length !== this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ltValue/ltValue.ts
/* @__NO_SIDE_EFFECTS__ */
function ltValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "lt_value",
		reference: ltValue,
		async: false,
		expects: `<${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value < this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac/mac.ts
/* @__NO_SIDE_EFFECTS__ */
function mac(message$1) {
	return {
		kind: "validation",
		type: "mac",
		reference: mac,
		async: false,
		expects: null,
		requirement: MAC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac48/mac48.ts
/* @__NO_SIDE_EFFECTS__ */
function mac48(message$1) {
	return {
		kind: "validation",
		type: "mac48",
		reference: mac48,
		async: false,
		expects: null,
		requirement: MAC48_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "48-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac64/mac64.ts
/* @__NO_SIDE_EFFECTS__ */
function mac64(message$1) {
	return {
		kind: "validation",
		type: "mac64",
		reference: mac64,
		async: false,
		expects: null,
		requirement: MAC64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "64-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mapItems/mapItems.ts
/* @__NO_SIDE_EFFECTS__ */
function mapItems(operation) {
	return {
		kind: "transformation",
		type: "map_items",
		reference: mapItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.map(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxBytes/maxBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_bytes",
		reference: maxBytes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 > this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxCodePoints/maxCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function maxCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_code_points",
		reference: maxCodePoints,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxEntries/maxEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function maxEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_entries",
		reference: maxEntries,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count > this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxGraphemes/maxGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_graphemes",
		reference: maxGraphemes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxLength/maxLength.ts
/* @__NO_SIDE_EFFECTS__ */
function maxLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_length",
		reference: maxLength,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxSize/maxSize.ts
/* @__NO_SIDE_EFFECTS__ */
function maxSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_size",
		reference: maxSize,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size > this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxValue/maxValue.ts
/* @__NO_SIDE_EFFECTS__ */
function maxValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_value",
		reference: maxValue,
		async: false,
		expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxWords/maxWords.ts
/* @__NO_SIDE_EFFECTS__ */
function maxWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "max_words",
		reference: maxWords,
		async: false,
		expects: `<=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count > this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/metadata/metadata.ts
/**
* Creates a custom metadata action.
*
* @param metadata_ The metadata object.
*
* @returns A metadata action.
*/
/* @__NO_SIDE_EFFECTS__ */
function metadata(metadata_) {
	return {
		kind: "metadata",
		type: "metadata",
		reference: metadata,
		metadata: metadata_
	};
}

//#endregion
//#region src/actions/mimeType/mimeType.ts
/* @__NO_SIDE_EFFECTS__ */
function mimeType(requirement, message$1) {
	return {
		kind: "validation",
		type: "mime_type",
		reference: mimeType,
		async: false,
		expects: /* @__PURE__ */ _joinExpects(requirement.map((option) => `"${option}"`), "|"),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.includes(dataset.value.type)) _addIssue(this, "MIME type", dataset, config$1, { received: `"${dataset.value.type}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minBytes/minBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function minBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_bytes",
		reference: minBytes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 < this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minCodePoints/minCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function minCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_code_points",
		reference: minCodePoints,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minEntries/minEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function minEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_entries",
		reference: minEntries,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count < this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minGraphemes/minGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function minGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_graphemes",
		reference: minGraphemes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minLength/minLength.ts
/* @__NO_SIDE_EFFECTS__ */
function minLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_length",
		reference: minLength,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minSize/minSize.ts
/* @__NO_SIDE_EFFECTS__ */
function minSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_size",
		reference: minSize,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size < this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minValue/minValue.ts
/* @__NO_SIDE_EFFECTS__ */
function minValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_value",
		reference: minValue,
		async: false,
		expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minWords/minWords.ts
/* @__NO_SIDE_EFFECTS__ */
function minWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "min_words",
		reference: minWords,
		async: false,
		expects: `>=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count < this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/multipleOf/multipleOf.ts
/* @__NO_SIDE_EFFECTS__ */
function multipleOf(requirement, message$1) {
	return {
		kind: "validation",
		type: "multiple_of",
		reference: multipleOf,
		async: false,
		expects: `%${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value % this.requirement != 0) _addIssue(this, "multiple", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nanoid/nanoid.ts
/* @__NO_SIDE_EFFECTS__ */
function nanoid(message$1) {
	return {
		kind: "validation",
		type: "nanoid",
		reference: nanoid,
		async: false,
		expects: null,
		requirement: NANO_ID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Nano ID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nonEmpty/nonEmpty.ts
/* @__NO_SIDE_EFFECTS__ */
function nonEmpty(message$1) {
	return {
		kind: "validation",
		type: "non_empty",
		reference: nonEmpty,
		async: false,
		expects: "!0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === 0) _addIssue(this, "length", dataset, config$1, { received: "0" });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/normalize/normalize.ts
/* @__NO_SIDE_EFFECTS__ */
function normalize(form) {
	return {
		kind: "transformation",
		type: "normalize",
		reference: normalize,
		async: false,
		form,
		"~run"(dataset) {
			dataset.value = dataset.value.normalize(this.form);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notBytes/notBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function notBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_bytes",
		reference: notBytes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 === this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notCodePoints/notCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function notCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_code_points",
		reference: notCodePoints,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notEntries/notEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function notEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_entries",
		reference: notEntries,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count === this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notGraphemes/notGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function notGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_graphemes",
		reference: notGraphemes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notLength/notLength.ts
/* @__NO_SIDE_EFFECTS__ */
function notLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_length",
		reference: notLength,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notSize/notSize.ts
/* @__NO_SIDE_EFFECTS__ */
function notSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_size",
		reference: notSize,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size === this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValue/notValue.ts
/* @__NO_SIDE_EFFECTS__ */
function notValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_value",
		reference: notValue,
		async: false,
		expects: requirement instanceof Date ? `!${requirement.toJSON()}` : `!${/* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && /* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValues/notValues.ts
/* @__NO_SIDE_EFFECTS__ */
function notValues(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_values",
		reference: notValues,
		async: false,
		expects: `!${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notWords/notWords.ts
/* @__NO_SIDE_EFFECTS__ */
function notWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "not_words",
		reference: notWords,
		async: false,
		expects: `!${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count === this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/octal/octal.ts
/* @__NO_SIDE_EFFECTS__ */
function octal(message$1) {
	return {
		kind: "validation",
		type: "octal",
		reference: octal,
		async: false,
		expects: null,
		requirement: OCTAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "octal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseBoolean/parseBoolean.ts
const TRUTHY = (/* unused pure expression or super */ null && ([
	true,
	1,
	"true",
	"1",
	"yes",
	"y",
	"on",
	"enabled"
]));
const FALSY = (/* unused pure expression or super */ null && ([
	false,
	0,
	"false",
	"0",
	"no",
	"n",
	"off",
	"disabled"
]));
/* @__NO_SIDE_EFFECTS__ */
function parseBoolean(config$1, message$1) {
	const normalize$1 = (v) => typeof v === "string" ? v.toLowerCase() : v;
	const truthyRaw = config$1?.truthy ?? TRUTHY;
	const falsyRaw = config$1?.falsy ?? FALSY;
	const truthy = config$1?.truthy ? config$1.truthy.map(normalize$1) : TRUTHY;
	const falsy = config$1?.falsy ? config$1.falsy.map(normalize$1) : FALSY;
	return {
		kind: "transformation",
		type: "parse_boolean",
		reference: parseBoolean,
		expects: /* @__PURE__ */ _joinExpects([...truthyRaw, ...falsyRaw].map(_stringify), "|"),
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			const input = normalize$1(dataset.value);
			if (truthy.includes(input)) dataset.value = true;
			else if (falsy.includes(input)) dataset.value = false;
			else {
				_addIssue(this, "boolean", dataset, config$2);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseJson/parseJson.ts
/* @__NO_SIDE_EFFECTS__ */
function parseJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "parse_json",
		reference: parseJson,
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				dataset.value = JSON.parse(dataset.value, this.config?.reviver);
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/utils/_isPartiallyTyped/_isPartiallyTyped.ts
/**
* Checks if a dataset is partially typed.
*
* @param dataset The dataset to check.
* @param paths The paths to check.
*
* @returns Whether it is partially typed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isPartiallyTyped(dataset, paths) {
	if (dataset.issues) for (const path of paths) for (const issue of dataset.issues) {
		let typed = false;
		const bound = Math.min(path.length, issue.path?.length ?? 0);
		for (let index = 0; index < bound; index++) if (path[index] !== issue.path[index].key && (path[index] !== "$" || issue.path[index].type !== "array")) {
			typed = true;
			break;
		}
		if (!typed) return false;
	}
	return true;
}

//#endregion
//#region src/actions/partialCheck/partialCheck.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheck(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheck,
		async: false,
		expects: null,
		paths,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/partialCheckAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheckAsync(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheckAsync,
		async: true,
		expects: null,
		paths,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheck.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheck(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheck,
		async: false,
		expects: null,
		"~run"(dataset, config$1) {
			action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheckAsync.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheckAsync(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheckAsync,
		async: true,
		expects: null,
		async "~run"(dataset, config$1) {
			await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransform.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransform(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransform,
		async: false,
		"~run"(dataset, config$1) {
			const output = action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransformAsync.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransformAsync(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransformAsync,
		async: true,
		async "~run"(dataset, config$1) {
			const output = await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/readonly/readonly.ts
/* @__NO_SIDE_EFFECTS__ */
function readonly() {
	return {
		kind: "transformation",
		type: "readonly",
		reference: readonly,
		async: false,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/reduceItems/reduceItems.ts
/* @__NO_SIDE_EFFECTS__ */
function reduceItems(operation, initial) {
	return {
		kind: "transformation",
		type: "reduce_items",
		reference: reduceItems,
		async: false,
		operation,
		initial,
		"~run"(dataset) {
			dataset.value = dataset.value.reduce(this.operation, this.initial);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/regex/regex.ts
/* @__NO_SIDE_EFFECTS__ */
function regex(requirement, message$1) {
	return {
		kind: "validation",
		type: "regex",
		reference: regex,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returns.ts
/* @__NO_SIDE_EFFECTS__ */
function returns(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returns,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const returnsDataset = this.schema["~run"]({ value: func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returnsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function returnsAsync(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returnsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args_) => {
				const returnsDataset = await this.schema["~run"]({ value: await func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rfcEmail/rfcEmail.ts
/* @__NO_SIDE_EFFECTS__ */
function rfcEmail(message$1) {
	return {
		kind: "validation",
		type: "rfc_email",
		reference: rfcEmail,
		expects: null,
		async: false,
		requirement: RFC_EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/safeInteger/safeInteger.ts
/* @__NO_SIDE_EFFECTS__ */
function safeInteger(message$1) {
	return {
		kind: "validation",
		type: "safe_integer",
		reference: safeInteger,
		async: false,
		expects: null,
		requirement: Number.isSafeInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "safe integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/size/size.ts
/* @__NO_SIDE_EFFECTS__ */
function size(requirement, message$1) {
	return {
		kind: "validation",
		type: "size",
		reference: size,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size !== this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/slug/slug.ts
/* @__NO_SIDE_EFFECTS__ */
function slug(message$1) {
	return {
		kind: "validation",
		type: "slug",
		reference: slug,
		async: false,
		expects: null,
		requirement: SLUG_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "slug", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/someItem/someItem.ts
/* @__NO_SIDE_EFFECTS__ */
function someItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "some_item",
		reference: someItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.some(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/sortItems/sortItems.ts
/* @__NO_SIDE_EFFECTS__ */
function sortItems(operation) {
	return {
		kind: "transformation",
		type: "sort_items",
		reference: sortItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.sort(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/startsWith/startsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function startsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "starts_with",
		reference: startsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.startsWith(this.requirement)) _addIssue(this, "start", dataset, config$1, { received: `"${dataset.value.slice(0, this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/stringifyJson/stringifyJson.ts
/* @__NO_SIDE_EFFECTS__ */
function stringifyJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "stringify_json",
		reference: stringifyJson,
		message: message$1,
		config: config$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				const output = JSON.stringify(dataset.value, this.config?.replacer, this.config?.space);
				if (output === void 0) {
					_addIssue(this, "JSON", dataset, config$2);
					dataset.typed = false;
				} else dataset.value = output;
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/title/title.ts
/**
* Creates a title metadata action.
*
* @param title_ The title text.
*
* @returns A title action.
*/
/* @__NO_SIDE_EFFECTS__ */
function title(title_) {
	return {
		kind: "metadata",
		type: "title",
		reference: title,
		title: title_
	};
}

//#endregion
//#region src/actions/toBigint/toBigint.ts
/* @__NO_SIDE_EFFECTS__ */
function toBigint(message$1) {
	return {
		kind: "transformation",
		type: "to_bigint",
		reference: toBigint,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = BigInt(dataset.value);
			} catch {
				_addIssue(this, "bigint", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toBoolean/toBoolean.ts
/**
* Creates a to boolean transformation action.
*
* @returns A to boolean action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toBoolean() {
	return {
		kind: "transformation",
		type: "to_boolean",
		reference: toBoolean,
		async: false,
		"~run"(dataset) {
			dataset.value = Boolean(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toCamelCase/toCamelCase.ts
/**
* Creates a to camel case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2Name`).
*
* @returns A to camel case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toCamelCase() {
	return {
		kind: "transformation",
		type: "to_camel_case",
		reference: toCamelCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", false, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toDate/toDate.ts
/* @__NO_SIDE_EFFECTS__ */
function toDate(message$1) {
	return {
		kind: "transformation",
		type: "to_date",
		reference: toDate,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = new Date(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "date", dataset, config$1, { received: "\"Invalid Date\"" });
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "date", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toKebabCase/toKebabCase.ts
/**
* Creates a to kebab case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parse-url-value`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2-name`).
*
* @returns A to kebab case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toKebabCase() {
	return {
		kind: "transformation",
		type: "to_kebab_case",
		reference: toKebabCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "-", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toLowerCase/toLowerCase.ts
/**
* Creates a to lower case transformation action.
*
* @returns A to lower case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toLowerCase() {
	return {
		kind: "transformation",
		type: "to_lower_case",
		reference: toLowerCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toLowerCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMaxValue/toMaxValue.ts
/**
* Creates a to max value transformation action.
*
* @param requirement The maximum value.
*
* @returns A to max value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMaxValue(requirement) {
	return {
		kind: "transformation",
		type: "to_max_value",
		reference: toMaxValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value > this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMinValue/toMinValue.ts
/**
* Creates a to min value transformation action.
*
* @param requirement The minimum value.
*
* @returns A to min value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMinValue(requirement) {
	return {
		kind: "transformation",
		type: "to_min_value",
		reference: toMinValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value < this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toNumber/toNumber.ts
/* @__NO_SIDE_EFFECTS__ */
function toNumber(message$1) {
	return {
		kind: "transformation",
		type: "to_number",
		reference: toNumber,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = Number(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "number", dataset, config$1);
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "number", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toPascalCase/toPascalCase.ts
/**
* Creates a to pascal case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `ParseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `Item2Name`).
*
* @returns A to pascal case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toPascalCase() {
	return {
		kind: "transformation",
		type: "to_pascal_case",
		reference: toPascalCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", true, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toSnakeCase/toSnakeCase.ts
/**
* Creates a to snake case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parse_url_value`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2_name`).
*
* @returns A to snake case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toSnakeCase() {
	return {
		kind: "transformation",
		type: "to_snake_case",
		reference: toSnakeCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "_", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toString/toString.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_toString(message$1) {
	return {
		kind: "transformation",
		type: "to_string",
		reference: dist_toString,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = String(dataset.value);
			} catch {
				_addIssue(this, "string", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toUpperCase/toUpperCase.ts
/**
* Creates a to upper case transformation action.
*
* @returns A to upper case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toUpperCase() {
	return {
		kind: "transformation",
		type: "to_upper_case",
		reference: toUpperCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toUpperCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transform.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transform(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transform,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transformAsync.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transformAsync(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transformAsync,
		async: true,
		operation,
		async "~run"(dataset) {
			dataset.value = await this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trim/trim.ts
/**
* Creates a trim transformation action.
*
* @returns A trim action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trim() {
	return {
		kind: "transformation",
		type: "trim",
		reference: trim,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trim();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimEnd/trimEnd.ts
/**
* Creates a trim end transformation action.
*
* @returns A trim end action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimEnd() {
	return {
		kind: "transformation",
		type: "trim_end",
		reference: trimEnd,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimEnd();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimStart/trimStart.ts
/**
* Creates a trim start transformation action.
*
* @returns A trim start action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimStart() {
	return {
		kind: "transformation",
		type: "trim_start",
		reference: trimStart,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimStart();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ulid/ulid.ts
/* @__NO_SIDE_EFFECTS__ */
function ulid(message$1) {
	return {
		kind: "validation",
		type: "ulid",
		reference: ulid,
		async: false,
		expects: null,
		requirement: ULID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ULID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/url/url.ts
/* @__NO_SIDE_EFFECTS__ */
function url(message$1) {
	return {
		kind: "validation",
		type: "url",
		reference: url,
		async: false,
		expects: null,
		requirement(input) {
			try {
				if (URL.canParse) return URL.canParse(input);
				new URL(input);
				return true;
			} catch {
				return false;
			}
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "URL", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/uuid/uuid.ts
/* @__NO_SIDE_EFFECTS__ */
function uuid(message$1) {
	return {
		kind: "validation",
		type: "uuid",
		reference: uuid,
		async: false,
		expects: null,
		requirement: UUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "UUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/value/value.ts
/* @__NO_SIDE_EFFECTS__ */
function value(requirement, message$1) {
	return {
		kind: "validation",
		type: "value",
		reference: value,
		async: false,
		expects: requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !/* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/values/values.ts
/* @__NO_SIDE_EFFECTS__ */
function values(requirement, message$1) {
	return {
		kind: "validation",
		type: "values",
		reference: values,
		async: false,
		expects: `${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/words/words.ts
/* @__NO_SIDE_EFFECTS__ */
function words(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "words",
		reference: words,
		async: false,
		expects: `${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count !== this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/const.ts
const ABORT_EARLY_CONFIG = { abortEarly: true };

//#endregion
//#region src/methods/assert/assert.ts
/**
* Checks if the input matches the schema. As this is an assertion function, it
* can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*/
function assert(schema, input) {
	const issues = schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
	if (issues) throw new ValiError(issues);
}

//#endregion
//#region src/methods/cache/_LruCache.ts
/**
* Efficient LRU cache using Map iteration order.
*/
var _LruCache = class {
	constructor(config$1) {
		this.refCount = 0;
		this.maxSize = config$1?.maxSize ?? 1e3;
		this.maxAge = config$1?.maxAge ?? Infinity;
		this.hasMaxAge = isFinite(this.maxAge);
	}
	/**
	* Stringifies an unknown input to a cache key component.
	*
	* @param input The unknown input.
	*
	* @returns A cache key component.
	*/
	stringify(input) {
		const type = typeof input;
		if (type === "string") return `"${input}"`;
		if (type === "number" || type === "boolean") return `${input}`;
		if (type === "bigint") return `${input}n`;
		if (type === "object" || type === "function") {
			if (input) {
				this.refIds ?? (this.refIds = /* @__PURE__ */ new WeakMap());
				let id = this.refIds.get(input);
				if (!id) {
					id = ++this.refCount;
					this.refIds.set(input, id);
				}
				return `#${id}`;
			}
			return "null";
		}
		return type;
	}
	/**
	* Creates a cache key from input and config.
	*
	* @param input The input value.
	* @param config The parse configuration.
	*
	* @returns The cache key.
	*/
	key(input, config$1 = {}) {
		return `${this.stringify(input)}|${this.stringify(config$1.lang)}|${this.stringify(config$1.message)}|${this.stringify(config$1.abortEarly)}|${this.stringify(config$1.abortPipeEarly)}`;
	}
	/**
	* Gets a value from the cache by key.
	*
	* @param key The cache key.
	*
	* @returns The cached value.
	*/
	get(key) {
		if (!this.store) return void 0;
		const entry = this.store.get(key);
		if (!entry) return void 0;
		if (this.hasMaxAge && Date.now() - entry[1] > this.maxAge) {
			this.store.delete(key);
			return;
		}
		this.store.delete(key);
		this.store.set(key, entry);
		return entry[0];
	}
	/**
	* Sets a value in the cache by key.
	*
	* @param key The cache key.
	* @param value The cached value.
	*/
	set(key, value$1) {
		this.store ?? (this.store = /* @__PURE__ */ new Map());
		this.store.delete(key);
		const timestamp = this.hasMaxAge ? Date.now() : 0;
		this.store.set(key, [value$1, timestamp]);
		if (this.store.size > this.maxSize) this.store.delete(this.store.keys().next().value);
	}
	/**
	* Clears all entries from the cache.
	*/
	clear() {
		this.store?.clear();
	}
};

//#endregion
//#region src/methods/cache/cache.ts
/* @__NO_SIDE_EFFECTS__ */
function cache(schema, config$1) {
	return _standardSchema({
		...schema,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		"~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			let outputDataset = this.cache.get(key);
			if (!outputDataset) this.cache.set(key, outputDataset = schema["~run"](dataset, runConfig));
			return /* @__PURE__ */ _cloneDataset(outputDataset);
		}
	});
}

//#endregion
//#region src/methods/cache/cacheAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function cacheAsync(schema, config$1) {
	let activeRuns;
	return _standardSchema({
		...schema,
		async: true,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		async "~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			const cached = this.cache.get(key);
			if (cached) return /* @__PURE__ */ _cloneDataset(cached);
			let promise$1 = activeRuns?.get(key);
			if (!promise$1) {
				activeRuns ?? (activeRuns = /* @__PURE__ */ new Map());
				promise$1 = Promise.resolve(schema["~run"](dataset, runConfig));
				activeRuns.set(key, promise$1);
			}
			try {
				const outputDataset = await promise$1;
				this.cache.set(key, outputDataset);
				return /* @__PURE__ */ _cloneDataset(outputDataset);
			} finally {
				activeRuns?.delete(key);
			}
		}
	});
}

//#endregion
//#region src/methods/config/config.ts
/**
* Changes the local configuration of a schema.
*
* @param schema The schema to configure.
* @param config The parse configuration.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function config(schema, config$1) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config_) {
			return schema["~run"](dataset, {
				...config_,
				...config$1
			});
		}
	});
}

//#endregion
//#region src/methods/getFallback/getFallback.ts
/**
* Returns the fallback value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The output dataset if available.
* @param config The config if available.
*
* @returns The fallback value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallback(schema, dataset, config$1) {
	return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}

//#endregion
//#region src/methods/fallback/fallback.ts
/**
* Returns a fallback value as output if the input does not match the schema.
*
* @param schema The schema to catch.
* @param fallback The fallback value.
*
* @returns The passed schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function fallback(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		"~run"(dataset, config$1) {
			const outputDataset = schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/fallback/fallbackAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function fallbackAsync(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		async: true,
		async "~run"(dataset, config$1) {
			const outputDataset = await schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: await /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/flatten/flatten.ts
/* @__NO_SIDE_EFFECTS__ */
function flatten(issues) {
	const flatErrors = {};
	for (const issue of issues) if (issue.path) {
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) {
			if (!flatErrors.nested) flatErrors.nested = {};
			if (Object.prototype.hasOwnProperty.call(flatErrors.nested, dotPath)) flatErrors.nested[dotPath].push(issue.message);
			else flatErrors.nested[dotPath] = [issue.message];
		} else if (flatErrors.other) flatErrors.other.push(issue.message);
		else flatErrors.other = [issue.message];
	} else if (flatErrors.root) flatErrors.root.push(issue.message);
	else flatErrors.root = [issue.message];
	return flatErrors;
}

//#endregion
//#region src/methods/forward/forward.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forward(action, path) {
	return {
		...action,
		"~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/forward/forwardAsync.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forwardAsync(action, path) {
	return {
		...action,
		async: true,
		async "~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = await action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/getDefault/getDefault.ts
/**
* Returns the default value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The input dataset if available.
* @param config The config if available.
*
* @returns The default value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefault(schema, dataset, config$1) {
	return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}

//#endregion
//#region src/methods/getDefaults/getDefaults.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefaults(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getDefaults(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getDefaults);
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDefaults/getDefaultsAsync.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getDefaultsAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getDefaultsAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getDefaultsAsync));
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDescription/getDescription.ts
/**
* Returns the description of the schema.
*
* If multiple descriptions are defined, the last one of the highest level is
* returned. If no description is defined, `undefined` is returned.
*
* @param schema The schema to get the description from.
*
* @returns The description, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getDescription(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "description");
}

//#endregion
//#region src/methods/getExamples/getExamples.ts
/**
* Returns the examples of a schema.
*
* If multiple examples are defined, it concatenates them using depth-first
* search. If no examples are defined, an empty array is returned.
*
* @param schema The schema to get the examples from.
*
* @returns The examples, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getExamples(schema) {
	const examples$1 = [];
	function depthFirstCollect(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstCollect(item);
			else if (item.kind === "metadata" && item.type === "examples") for (const example of item.examples) examples$1.push(example);
		}
	}
	depthFirstCollect(schema);
	return examples$1;
}

//#endregion
//#region src/methods/getFallbacks/getFallbacks.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallbacks(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getFallbacks(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getFallbacks);
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getFallbacks/getFallbacksAsync.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getFallbacksAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getFallbacksAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getFallbacksAsync));
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getMetadata/getMetadata.ts
/**
* Returns the metadata of a schema.
*
* If multiple metadata are defined, it shallowly merges them using depth-first
* search. If no metadata is defined, an empty object is returned.
*
* @param schema Schema to get the metadata from.
*
* @returns The metadata, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getMetadata(schema) {
	const result = {};
	function depthFirstMerge(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstMerge(item);
			else if (item.kind === "metadata" && item.type === "metadata") Object.assign(result, item.metadata);
		}
	}
	depthFirstMerge(schema);
	return result;
}

//#endregion
//#region src/methods/getTitle/getTitle.ts
/**
* Returns the title of the schema.
*
* If multiple titles are defined, the last one of the highest level is
* returned. If no title is defined, `undefined` is returned.
*
* @param schema The schema to get the title from.
*
* @returns The title, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getTitle(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "title");
}

//#endregion
//#region src/methods/is/is.ts
/**
* Checks if the input matches the schema. By using a type predicate, this
* function can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*
* @returns Whether the input matches the schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function is(schema, input) {
	return !schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
}

//#endregion
//#region src/schemas/any/any.ts
/**
* Creates an any schema.
*
* Hint: This schema function exists only for completeness and is not
* recommended in practice. Instead, `unknown` should be used to accept
* unknown data.
*
* @returns An any schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function any() {
	return _standardSchema({
		kind: "schema",
		type: "any",
		reference: any,
		expects: "any",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/array.ts
/* @__NO_SIDE_EFFECTS__ */
function array(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: array,
		expects: "Array",
		async: false,
		item,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/arrayAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function arrayAsync(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: arrayAsync,
		expects: "Array",
		async: true,
		item,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(input.map((value$1) => this.item["~run"]({ value: value$1 }, config$1)));
				for (let key = 0; key < itemDatasets.length; key++) {
					const itemDataset = itemDatasets[key];
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: input[key]
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/bigint/bigint.ts
/* @__NO_SIDE_EFFECTS__ */
function bigint(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "bigint",
		reference: bigint,
		expects: "bigint",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "bigint") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/blob/blob.ts
/* @__NO_SIDE_EFFECTS__ */
function blob(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "blob",
		reference: blob,
		expects: "Blob",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Blob) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/boolean/boolean.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_boolean(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "boolean",
		reference: dist_boolean,
		expects: "boolean",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "boolean") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/custom.ts
/* @__NO_SIDE_EFFECTS__ */
function custom(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: custom,
		expects: "unknown",
		async: false,
		check: check$1,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/customAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function customAsync(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: customAsync,
		expects: "unknown",
		async: true,
		check: check$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (await this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/date/date.ts
/* @__NO_SIDE_EFFECTS__ */
function date(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "date",
		reference: date,
		expects: "Date",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Date) if (!isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1, { received: "\"Invalid Date\"" });
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/enum/enum.ts
/* @__NO_SIDE_EFFECTS__ */
function enum_(enum__, message$1) {
	const options = [];
	for (const key in enum__) if (`${+key}` !== key || typeof enum__[key] !== "string" || !Object.is(enum__[enum__[key]], +key)) options.push(enum__[key]);
	return _standardSchema({
		kind: "schema",
		type: "enum",
		reference: enum_,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		enum: enum__,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptional,
		expects: wrapped.expects,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptionalAsync,
		expects: wrapped.expects,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/file/file.ts
/* @__NO_SIDE_EFFECTS__ */
function file(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "file",
		reference: file,
		expects: "File",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof File) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/function/function.ts
/* @__NO_SIDE_EFFECTS__ */
function function_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "function",
		reference: function_,
		expects: "Function",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "function") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/instance/instance.ts
/* @__NO_SIDE_EFFECTS__ */
function instance(class_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "instance",
		reference: instance,
		expects: class_.name,
		async: false,
		class: class_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof this.class) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/utils/_merge/_merge.ts
/**
* Merges two values into one single output.
*
* @param value1 First value.
* @param value2 Second value.
*
* @returns The merge dataset.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _merge(value1, value2) {
	if (typeof value1 === typeof value2) {
		if (/* @__PURE__ */ _isSameValueZero(value1, value2) || value1 instanceof Date && value2 instanceof Date && /* @__PURE__ */ _isSameValueZero(+value1, +value2)) return { value: value1 };
		if (value1 && value2 && value1.constructor === Object && value2.constructor === Object) {
			const nextValue = {
				...value1,
				...value2
			};
			for (const key in value2) if (Object.prototype.hasOwnProperty.call(value1, key) && Object.prototype.hasOwnProperty.call(value2, key)) {
				const dataset = /* @__PURE__ */ _merge(value1[key], value2[key]);
				if (dataset.issue) return dataset;
				nextValue[key] = dataset.value;
			}
			return { value: nextValue };
		}
		if (Array.isArray(value1) && Array.isArray(value2)) {
			if (value1.length === value2.length) {
				const nextValue = [...value1];
				for (let index = 0; index < value1.length; index++) {
					const dataset = /* @__PURE__ */ _merge(value1[index], value2[index]);
					if (dataset.issue) return dataset;
					nextValue[index] = dataset.value;
				}
				return { value: nextValue };
			}
		}
	}
	return { issue: true };
}

//#endregion
//#region src/schemas/intersect/intersect.ts
/* @__NO_SIDE_EFFECTS__ */
function intersect(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersect,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				for (const schema of this.options) {
					const optionDataset = schema["~run"]({ value: input }, config$1);
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/intersectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function intersectAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersectAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				const optionDatasets = await Promise.all(this.options.map((schema) => schema["~run"]({ value: input }, config$1)));
				for (const optionDataset of optionDatasets) {
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazy.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazy(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazy,
		expects: "unknown",
		async: false,
		getter,
		"~run"(dataset, config$1) {
			return this.getter(dataset.value)["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazyAsync.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazyAsync(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazyAsync,
		expects: "unknown",
		async: true,
		getter,
		async "~run"(dataset, config$1) {
			return (await this.getter(dataset.value))["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/literal/literal.ts
/* @__NO_SIDE_EFFECTS__ */
function literal(literal_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "literal",
		reference: literal,
		expects: /* @__PURE__ */ _stringify(literal_),
		async: false,
		literal: literal_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObject.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/map.ts
/* @__NO_SIDE_EFFECTS__ */
function map(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: map,
		expects: "Map",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				for (const [inputKey, inputValue] of input) {
					const keyDataset = this.key["~run"]({ value: inputKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/mapAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function mapAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: mapAsync,
		expects: "Map",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				const datasets = await Promise.all([...input].map(([inputKey, inputValue]) => Promise.all([
					inputKey,
					inputValue,
					this.key["~run"]({ value: inputKey }, config$1),
					this.value["~run"]({ value: inputValue }, config$1)
				])));
				for (const [inputKey, inputValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nan/nan.ts
/* @__NO_SIDE_EFFECTS__ */
function nan(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "nan",
		reference: nan,
		expects: "NaN",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (Number.isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/never/never.ts
/* @__NO_SIDE_EFFECTS__ */
function never(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "never",
		reference: never,
		expects: "never",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			_addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullable(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullable,
		expects: "!null",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullableAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullableAsync,
		expects: "!null",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullish(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullish,
		expects: "(!null & !undefined)",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullishAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullishAsync,
		expects: "(!null & !undefined)",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptional(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptional,
		expects: "!undefined",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptionalAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptionalAsync,
		expects: "!undefined",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/null/null.ts
/* @__NO_SIDE_EFFECTS__ */
function null_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "null",
		reference: null_,
		expects: "null",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === null) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nullable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullable,
		expects: `(${wrapped.expects} | null)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullableAsync,
		expects: `(${wrapped.expects} | null)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nullish(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullish,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullishAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullishAsync,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/number/number.ts
/* @__NO_SIDE_EFFECTS__ */
function number(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "number",
		reference: number,
		expects: "number",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/object.ts
/* @__NO_SIDE_EFFECTS__ */
function object(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: object,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/objectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: objectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRest(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRest,
		expects: "Object",
		async: false,
		entries: entries$1,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) {
						const valueDataset = this.rest["~run"]({ value: input[key] }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: input[key]
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRestAsync(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRestAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				})), Promise.all(Object.entries(input).filter(([key]) => /* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)).map(async ([key, value$1]) => [
					key,
					value$1,
					await this.rest["~run"]({ value: value$1 }, config$1)
				]))]);
				for (const [key, value$1, valueSchema, valueDataset] of normalDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, valueDataset] of restDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/optional/optional.ts
/* @__NO_SIDE_EFFECTS__ */
function optional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optional,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/optional/optionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function optionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optionalAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/picklist/picklist.ts
/* @__NO_SIDE_EFFECTS__ */
function picklist(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "picklist",
		reference: picklist,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/promise/promise.ts
/* @__NO_SIDE_EFFECTS__ */
function promise(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "promise",
		reference: promise,
		expects: "Promise",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Promise) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/record.ts
/* @__NO_SIDE_EFFECTS__ */
function record(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: record,
		expects: "Object",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
					const entryValue = input[entryKey];
					const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/recordAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function recordAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: recordAsync,
		expects: "Object",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const datasets = await Promise.all(Object.entries(input).filter(([key$1]) => /* @__PURE__ */ _isValidObjectKey(input, key$1)).map(([entryKey, entryValue]) => Promise.all([
					entryKey,
					entryValue,
					this.key["~run"]({ value: entryKey }, config$1),
					this.value["~run"]({ value: entryValue }, config$1)
				])));
				for (const [entryKey, entryValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/set.ts
/* @__NO_SIDE_EFFECTS__ */
function set(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: set,
		expects: "Set",
		async: false,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				for (const inputValue of input) {
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/setAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function setAsync(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: setAsync,
		expects: "Set",
		async: true,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				const valueDatasets = await Promise.all([...input].map(async (inputValue) => [inputValue, await this.value["~run"]({ value: inputValue }, config$1)]));
				for (const [inputValue, valueDataset] of valueDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObject.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/string/string.ts
/* @__NO_SIDE_EFFECTS__ */
function string(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "string",
		reference: string,
		expects: "string",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "string") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/symbol/symbol.ts
/* @__NO_SIDE_EFFECTS__ */
function symbol(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "symbol",
		reference: symbol,
		expects: "symbol",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "symbol") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tuple.ts
/* @__NO_SIDE_EFFECTS__ */
function tuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRest(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRest,
		expects: "Array",
		async: false,
		items,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.rest["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRestAsync(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRestAsync,
		expects: "Array",
		async: true,
		items,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				})), Promise.all(input.slice(this.items.length).map(async (value$1, key) => {
					return [
						key + this.items.length,
						value$1,
						await this.rest["~run"]({ value: value$1 }, config$1)
					];
				}))]);
				for (const [key, value$1, itemDataset] of normalDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, itemDataset] of restDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefined/undefined.ts
/* @__NO_SIDE_EFFECTS__ */
function undefined_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "undefined",
		reference: undefined_,
		expects: "undefined",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedable.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedable,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedableAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/union/utils/_subIssues/_subIssues.ts
/**
* Returns the sub issues of the provided datasets for the union issue.
*
* @param datasets The datasets.
*
* @returns The sub issues.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _subIssues(datasets) {
	let issues;
	if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
	else issues = dataset.issues;
	return issues;
}

//#endregion
//#region src/schemas/union/union.ts
/* @__NO_SIDE_EFFECTS__ */
function union(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: union,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/union/unionAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function unionAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: unionAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = await schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/unknown/unknown.ts
/**
* Creates a unknown schema.
*
* @returns A unknown schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unknown() {
	return _standardSchema({
		kind: "schema",
		type: "unknown",
		reference: unknown,
		expects: "unknown",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variant.ts
/* @__NO_SIDE_EFFECTS__ */
function variant(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variant,
		expects: "Object",
		async: false,
		key,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variantAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function variantAsync(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variantAsync,
		expects: "Object",
		async: true,
		key,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = async (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") await parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? (await discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG)).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = await schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				await parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/void/void.ts
/* @__NO_SIDE_EFFECTS__ */
function void_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "void",
		reference: void_,
		expects: "void",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/keyof/keyof.ts
/* @__NO_SIDE_EFFECTS__ */
function keyof(schema, message$1) {
	return /* @__PURE__ */ picklist(Object.keys(schema.entries), message$1);
}

//#endregion
//#region src/methods/message/message.ts
/**
* Changes the local message configuration of a schema.
*
* @param schema The schema to configure.
* @param message_ The error message.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function message(schema, message_) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config$1) {
			return schema["~run"](dataset, {
				...config$1,
				message: message_
			});
		}
	});
}

//#endregion
//#region src/methods/omit/omit.ts
/**
* Creates a modified copy of an object schema that does not contain the
* selected entries.
*
* @param schema The schema to omit from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function omit(schema, keys) {
	const entries$1 = { ...schema.entries };
	for (const key of keys) delete entries$1[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/parse/parse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
function parse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parse/parseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
async function parseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parser/parser.ts
/* @__NO_SIDE_EFFECTS__ */
function parser(schema, config$1) {
	const func = (input) => parse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/parser/parserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function parserAsync(schema, config$1) {
	const func = (input) => parseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/partial/partial.ts
/* @__NO_SIDE_EFFECTS__ */
function partial(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optional(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/partial/partialAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialAsync(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optionalAsync(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pick/pick.ts
/**
* Creates a modified copy of an object schema that contains only the selected
* entries.
*
* @param schema The schema to pick from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function pick(schema, keys) {
	const entries$1 = {};
	for (const key of keys) entries$1[key] = schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pipe/pipe.ts
/* @__NO_SIDE_EFFECTS__ */
function pipe(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		"~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/pipe/pipeAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function pipeAsync(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		async: true,
		async "~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = await item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/required/required.ts
/* @__NO_SIDE_EFFECTS__ */
function required(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptional(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/required/requiredAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function requiredAsync(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptionalAsync(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/safeParse/safeParse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
function safeParse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParse/safeParseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
async function safeParseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParser/safeParser.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParser(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/safeParser/safeParserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParserAsync(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/summarize/summarize.ts
/**
* Summarize the error messages of issues in a pretty-printable multi-line string.
*
* @param issues The list of issues.
*
* @returns A summary of the issues.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function summarize(issues) {
	let summary = "";
	for (const issue of issues) {
		if (summary) summary += "\n";
		summary += `× ${issue.message}`;
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) summary += `\n  → at ${dotPath}`;
	}
	return summary;
}

//#endregion
//#region src/methods/unwrap/unwrap.ts
/**
* Unwraps the wrapped schema.
*
* @param schema The schema to be unwrapped.
*
* @returns The unwrapped schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unwrap(schema) {
	return schema.wrapped;
}

//#endregion

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
;// CONCATENATED MODULE: ./src/retainer-schema.ts
// The retainer search's part of the probe's result and the report: what
// keeps a leaking line's objects alive (the probe's retainers.py).

const count = pipe(number(), finite());
const whole = pipe(number(), integer());
/** What a retainer path starts from (the probe's retainers.py names them). */
const RETAINER_ROOTS = [
    'module global',
    'class attribute',
    'default argument',
    'closure',
    'function attribute',
    'lru_cache',
    'logger',
    'interpreter registry',
    'thread frame',
    'unreached',
];
/** Objects counted by type, the type's qualified name the key. */
const TypeCounts = record(string(), whole);
/** What keeps a line's objects alive: the container, written as Python from a root. */
const RetainerSchema = object({
    /** A Python expression naming the container (`service._recent[…]`); null when no root was reached. */
    path: nullable(string()),
    root: picklist(RETAINER_ROOTS),
    /** The container's type (dict, list, a class), null when no root was reached. */
    container: nullable(string()),
    /** The line's objects the container holds, made in the traced window searched. */
    objects: whole,
    /** Their size with what they hold of the line's other objects (sys.getsizeof): the retainers are ordered by it. */
    bytes: optional(whole),
    types: TypeCounts,
    /** A bounded cache's entries and its bound (an lru_cache with a maxsize): at its bound it replaces entries, it does not grow. */
    bound: optional(object({ entries: whole, max: whole })),
    /**
     * A builtin container looked at again after `after` more iterations, untraced:
     * the `share` of these objects it still holds, and how much its size `grew`
     * (its mean over the last third of those iterations less the first's).
     */
    stillHeld: optional(object({ share: count, after: whole, grew: count })),
});
/** The probe's search for retainers, after the last snapshot, of the lines that leak. */
const RetainerSearchSchema = union([
    object({
        seconds: count,
        budgetSeconds: count,
        /** The time bound stopped it before it was done. */
        cutShort: dist_boolean(),
        /** Iterations of the traced window whose objects were searched. */
        iterations: whole,
        searchedLines: whole,
        lines: array(object({
            file: string(),
            line: whole,
            /** Objects made at the line in that window and still alive. */
            objects: whole,
            /** Of those, the ones no other of them holds: what a container holds of the line directly. */
            heads: optional(whole),
            types: TypeCounts,
            retainers: array(RetainerSchema),
        })),
    }),
    object({ skipped: string() }),
    object({ error: string() }),
]);

;// CONCATENATED MODULE: ./src/schema.ts
// Every JSON that crosses a trust boundary, defined once: the probe's result,
// the report (what --json writes, what a baseline is), and the relay bundle a
// fork's run uploads. Types are inferred from the schemas, and anything that
// does not match is refused in one line naming the file and the field.



const REPORT_SCHEMA = 'leak-gate/report';
/** 2: the judging settings travel with the report. 1 is still read (with the defaults of its time). */
const REPORT_SCHEMA_VERSION = 2;
const READABLE_REPORT_VERSIONS = [1, 2];
const RELAY_SCHEMA = 'leak-gate/relay';
const RELAY_VERSION = 1;
const PROBE_PROTOCOL = 1;
const VERDICTS = ['pass', 'leak', 'regression', 'error'];
const FINDING_KINDS = ['leak', 'warmup', 'noise'];
const RUN_SHAPES = ['rising', 'returns-to-floor', 'flat', 'unknown'];
const FAIL_ON = ['leak', 'regression', 'never'];
const MODES = ['iterations', 'whole'];
const schema_count = pipe(number(), finite());
const schema_whole = pipe(number(), integer());
const numbers = array(schema_count);
const SeriesSchema = object({
    /** Iterations completed when each value was taken. */
    iterations: numbers,
    values: numbers,
});
const TraceFrameSchema = object({ file: string(), line: schema_whole, code: string() });
const ErrorSchema = object({
    kind: picklist(errors/* ERROR_KINDS */.z1),
    message: string(),
    /** More lines for the curious: the workload's traceback, the end of its output. */
    detail: nullish(string()),
});
// ---------------------------------------------------------------- the probe's result
/** A source line: its file (relative to the working directory when in the project), number, enclosing function and text. */
const SITE = { file: string(), line: schema_whole, function: string(), code: string() };
/** What was run and how: the probe states it, and the report keeps it as its workload. */
const RUN = {
    target: string(),
    entry: string(),
    mode: picklist(MODES),
    iterations: schema_whole,
    warmup: schema_whole,
    firstTracedIteration: schema_whole,
};
/** One source line (site) with its traced size and block count at each snapshot. */
/** The whole statement a line starts, when it goes on past the line (up to three lines, joined); `code` stays its first line, which identifies the site. */
const STATEMENT = { statement: optional(string()) };
const ProbeSiteSchema = object({
    ...SITE,
    ...STATEMENT,
    /** False when no frame of the allocation's traceback is in the user's project. */
    inProject: dist_boolean(),
    size: numbers,
    count: numbers,
    /** Traceback of the largest allocation group at the site, oldest frame first. */
    traceback: array(TraceFrameSchema),
});
const seriesFit = (sites, xs) => sites.every((s) => s.size.length === xs.length && s.count.length === xs.length);
/** A second traced window after the first, traced afresh: its sites' series start from nothing. */
const ConfirmationWindowSchema = object({
    snapshotIterations: numbers,
    sites: array(ProbeSiteSchema),
    tracedMemory: SeriesSchema,
});
const ProbeResultSchema = pipe(object({
    protocol: literal(PROBE_PROTOCOL),
    python: object({ version: string(), implementation: string(), executable: string() }),
    ...RUN,
    snapshotIterations: numbers,
    sites: array(ProbeSiteSchema),
    /** sys.getallocatedblocks() after a full collection, across the run (untraced). */
    blocks: SeriesSchema,
    rss: SeriesSchema,
    /** Traced bytes after each traced iteration. */
    tracedMemory: SeriesSchema,
    phases: record(string(), schema_count),
    /** Time inside the probe, from its start to the result. */
    seconds: schema_count,
    snapshotFiles: optional(array(string())),
    /** What went wrong after the measurement, which is kept (teardown raised). */
    warnings: optional(array(string())),
    /** The second traced window, run when the first one's analysis suspected a leak. */
    confirmation: optional(ConfirmationWindowSchema),
    /** What keeps the leaking lines' memory alive; absent when nothing leaks. */
    retainerSearch: optional(RetainerSearchSchema),
}), check((r) => [r, ...(r.confirmation ? [r.confirmation] : [])].every((w) => seriesFit(w.sites, w.snapshotIterations)), 'a site series has the wrong length'));
/** What the probe writes when it could not measure. */
const ProbeFailureSchema = object({ protocol: literal(PROBE_PROTOCOL), error: ErrorSchema });
// ---------------------------------------------------------------- the report
const ThresholdsSchema = object({
    /** Steady growth at or above this many bytes per iteration is a leak. */
    minGrowth: schema_count,
    /** Whole-script mode: bytes left behind at one line that count as a leak. */
    minRetained: schema_count,
});
/** The settings that judged a report: a relay, or a later compare, judges with them again. */
const JudgingSchema = object({
    failOn: picklist(FAIL_ON),
    /** Relative growth over the baseline that counts as grown (0.25 = 25 %). */
    tolerance: schema_count,
    /** ...and by at least this many bytes per iteration. */
    minGrowth: schema_count,
    /** Patterns of lines shown as ignored that never fail the check (gate/ignore.ts). */
    ignore: optional(array(string()), []),
});
const FindingSchema = object({
    ...SITE,
    ...STATEMENT,
    /** Robust slope over the traced snapshots, bytes per iteration. */
    growthPerIteration: schema_count,
    kind: picklist(FINDING_KINDS),
    inProject: dist_boolean(),
    /** Share of intervals between snapshots in which the line grew. */
    growingShare: schema_count,
    /** Bytes gained from the first to the last traced snapshot. */
    netGrowth: schema_count,
    /** Why this kind: one sentence a developer can check against the series. */
    why: string(),
    /** A leaking line that an ignore pattern keeps from failing the check. */
    ignored: optional(dist_boolean()),
    /** Traced bytes at each snapshot (report.snapshotIterations). */
    series: numbers,
    /** Live traced blocks at each snapshot. */
    counts: numbers,
    traceback: array(TraceFrameSchema),
    /** A suspected leak, measured again in the second traced window (report.confirmation.snapshotIterations). */
    confirmation: optional(object({
        /** The same line's rate in the second window, bytes per iteration. */
        growthPerIteration: schema_count,
        series: numbers,
        counts: numbers,
    })),
    /** A leaking line's objects still alive after the traced window searched, when searched: how many, by type. */
    kept: optional(object({ objects: schema_whole, heads: optional(schema_whole), types: TypeCounts })),
    /** What keeps them alive, most objects first; empty when no Python object made there is alive (a buffer's storage, C memory). */
    retainers: optional(array(RetainerSchema)),
});
const WorkloadSchema = object({
    ...RUN,
    python: string(),
});
const ReportSchema = object({
    schema: literal(REPORT_SCHEMA),
    schemaVersion: picklist(READABLE_REPORT_VERSIONS),
    tool: object({ name: string(), version: string() }),
    verdict: picklist(VERDICTS),
    /** One sentence: the verdict and why. */
    summary: string(),
    workload: WorkloadSchema,
    thresholds: ThresholdsSchema,
    /** Absent from version 1 reports; filled with that version's defaults when read. */
    judging: optional(JudgingSchema),
    /** Sum of the leaking lines' growth, bytes per iteration. */
    growthPerIteration: schema_count,
    findings: array(FindingSchema),
    snapshotIterations: numbers,
    tracedMemory: SeriesSchema,
    blocks: SeriesSchema,
    rss: SeriesSchema,
    /** The interpreter's allocated blocks across the whole run. */
    runShape: picklist(RUN_SHAPES),
    /** The second traced window, run to confirm suspected leaks; absent when nothing was suspected. */
    confirmation: optional(object({ snapshotIterations: numbers, tracedMemory: SeriesSchema })),
    /** The search for what keeps the leaking lines alive: its cost, and the objects that pile up over every leaking line, by type. */
    retainerSearch: optional(object({
        seconds: schema_count,
        cutShort: dist_boolean(),
        /** Iterations whose objects were searched: counts over them are per iteration once divided. */
        iterations: schema_whole,
        searchedLines: schema_whole,
        types: TypeCounts,
        /** Why nothing was searched, or what stopped it. */
        skipped: optional(string()),
    })),
    /** Wall time of the measuring Python process, start-up included. */
    durationSeconds: schema_count,
    error: optional(ErrorSchema),
});
// ---------------------------------------------------------------- the relay bundle
const RelayBundleSchema = object({
    schema: literal(RELAY_SCHEMA),
    version: literal(RELAY_VERSION),
    pullRequest: pipe(schema_whole, minValue(1)),
    headSha: pipe(string(), regex(/^[0-9a-f]{40}$/, 'a 40-digit commit SHA')),
    report: unknown(),
    baseline: optional(unknown()),
    baselineRunId: optional(schema_whole),
    baselineCommit: optional(pipe(string(), regex(/^[0-9a-f]{40}$/, 'a 40-digit commit SHA'))),
    notes: array(string()),
    command: string(),
    workingDirectory: string(),
});
// ---------------------------------------------------------------- reading
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
    if (typeof value === 'object')
        return 'an object';
    return String(value);
}
/** `findings[0].function` from a valibot issue path. */
function fieldOf(issue) {
    let out = '';
    for (const item of issue.path ?? []) {
        const key = item.key;
        out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
    }
    return out;
}
function schema_parse(schema, data, source, what) {
    const r = safeParse(schema, data, { abortEarly: true });
    if (r.success)
        return r.output;
    const issue = r.issues[0];
    const field = fieldOf(issue);
    if (issue.input === undefined && field)
        throw new errors/* RefusedError */.fk(`${source} is not a valid ${what}: field ${field} is missing`);
    const problem = issue.kind === 'schema' && issue.expected
        ? `expected ${issue.expected.replace(/"/g, '')}, got ${issue.input === undefined ? 'nothing' : describe(issue.input)}`
        : issue.message;
    throw new errors/* RefusedError */.fk(`${source} is not a valid ${what}: ${field ? `field ${field}: ` : ''}${problem}`);
}
function json(text, source, what) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* RefusedError */.fk(`${source} is not valid JSON: expected ${what}`);
    }
}
/** The defaults that judged every version 1 report. */
function judgingOfVersion1(thresholds) {
    return { failOn: 'leak', tolerance: 0.25, minGrowth: thresholds.minGrowth, ignore: [] };
}
/** A report from parsed JSON: this version's or an older one it can read; refuses what it cannot read correctly. */
function readReport(data, source) {
    const head = data;
    if (typeof head !== 'object' || head === null || head.schema !== REPORT_SCHEMA) {
        throw new errors/* RefusedError */.fk(`${source} is not a leak-gate report (no "schema": "${REPORT_SCHEMA}")`);
    }
    if (!READABLE_REPORT_VERSIONS.includes(head.schemaVersion)) {
        const newer = typeof head.schemaVersion === 'number' && head.schemaVersion > REPORT_SCHEMA_VERSION;
        throw new errors/* RefusedError */.fk(`${source} has report schema version ${String(head.schemaVersion)}, this leak-gate reads versions ${READABLE_REPORT_VERSIONS.join(' and ')}: ` +
            (newer ? 'upgrade leak-gate' : 'measure the baseline again with this version'));
    }
    const report = schema_parse(ReportSchema, data, source, 'leak-gate report');
    return { ...report, judging: report.judging ?? judgingOfVersion1(report.thresholds) };
}
/** A report from the text of a file (`source` names it in messages). */
function parseReport(text, source) {
    return readReport(json(text, source, 'a leak-gate report written by --json'), source);
}
/** The probe's result, or its failure; a result the probe did not write whole is refused. */
function parseProbeResult(text) {
    const data = json(text, "the probe's output", 'JSON');
    if (typeof data === 'object' && data !== null && 'error' in data)
        return schema_parse(ProbeFailureSchema, data, "the probe's output", 'probe result');
    return schema_parse(ProbeResultSchema, data, "the probe's output", 'probe result');
}
/** Reads a bundle that untrusted code wrote: every field checked, the reports in it validated. */
function parseRelayBundle(text, source = 'the relay bundle') {
    const data = schema_parse(RelayBundleSchema, json(text, source, 'a leak-gate relay bundle'), source, `leak-gate relay bundle of version ${RELAY_VERSION}`);
    return {
        pullRequest: data.pullRequest,
        headSha: data.headSha,
        report: readReport(data.report, `${source}'s report`),
        baseline: data.baseline === undefined ? undefined : readReport(data.baseline, `${source}'s baseline`),
        baselineRunId: data.baselineRunId,
        baselineCommit: data.baselineCommit,
        // Shown in a comment: bounded, whatever the fork wrote.
        notes: data.notes.slice(0, 20).map((n) => n.slice(0, 500)),
        command: data.command.slice(0, 500),
        workingDirectory: data.workingDirectory.slice(0, 300),
    };
}
function relayBundleJson(bundle) {
    return JSON.stringify({ schema: RELAY_SCHEMA, version: RELAY_VERSION, ...bundle });
}
/** A line that leaks and counts: not ignored. */
const isLeak = (f) => f.kind === 'leak' && !f.ignored;


/***/ }),

/***/ 970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ stopOnSignals)
/* harmony export */ });
/* harmony import */ var _probe_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(123);
// Ctrl-C, or a CI job cancelled: stop at once and leave nothing running. The
// probe runs in a process group of its own (so that a timeout can end the
// workload's children too), which a terminal's SIGINT does not reach.

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/** On SIGINT or SIGTERM: ends every run, then `cleanup`, says so through `say`, and exits 130 or 143. */
function stopOnSignals(say, cleanup = () => { }) {
    for (const [signal, code] of Object.entries(EXIT_CODES)) {
        process.once(signal, () => {
            (0,_probe_run_js__WEBPACK_IMPORTED_MODULE_0__/* .endRuns */ .uE)();
            cleanup();
            say(`leak-gate: stopped by ${signal}; the workload and every process it started were ended`);
            process.exit(code);
        });
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
// The tool's name and version, as reports and the command state them.
const TOOL_NAME = 'leak-gate';
const TOOL_VERSION = '1.0.0';


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
