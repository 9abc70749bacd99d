#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 84:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(462);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/compare.ts
// Comparison of two reports site by site. Pure.
//
// A site is recognised on another commit by its file, enclosing function and
// source text, so a line that moved because code above it changed is the same
// site; only when that finds nothing does the line number decide.
const COMPARISON_STATUSES = (/* unused pure expression or super */ null && (['new', 'grown', 'unchanged', 'fixed']));
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
    return pairs;
}
function compareReports(base, head, options = DEFAULT_COMPARE) {
    const pairs = matchSites(base.findings, head.findings);
    const matchedBase = new Set();
    const sites = [];
    for (const [h, b] of pairs) {
        if (b)
            matchedBase.add(b);
        const baseGrowth = b && b.kind === 'leak' ? b.growthPerIteration : 0;
        if (h.kind !== 'leak') {
            if (b && b.kind === 'leak')
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
        if (b.kind === 'leak' && !matchedBase.has(b))
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
    return r;
}

;// CONCATENATED MODULE: ./src/verdict.ts
// The verdict and whether the check fails. Pure.
function decide(report, comparison, failOn) {
    const leaks = report.findings.some((f) => f.kind === 'leak');
    const verdict = comparison?.regressed ? 'regression' : leaks ? 'leak' : 'pass';
    switch (failOn) {
        case 'never':
            return { verdict, fail: false };
        case 'leak':
            return { verdict, fail: verdict !== 'pass' };
        case 'regression':
            if (!comparison) {
                return {
                    verdict,
                    fail: leaks,
                    note: 'no baseline to compare with, so fail-on regression falls back to fail-on leak',
                };
            }
            return { verdict, fail: comparison.regressed };
    }
}
/** Why a baseline cannot be compared with this run, or undefined when it can. */
function baselineMismatch(base, head, names = { base: 'the baseline', head: 'this run' }) {
    if (base.verdict === 'error')
        return `${names.base} is the report of a run that could not measure`;
    if (base.workload.target !== head.workload.target || base.workload.entry !== head.workload.entry) {
        return `${names.base} measured ${base.workload.target} (${base.workload.entry}), ${names.head} ${head.workload.target} (${head.workload.entry})`;
    }
    if (base.workload.mode !== head.workload.mode) {
        return `${names.base} ran in ${base.workload.mode} mode, ${names.head} in ${head.workload.mode} mode`;
    }
    const minor = (v) => v.split('.').slice(0, 2).join('.');
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
 * Said when two comparable reports traced different windows: a container's
 * resize weighs more in a shorter window, so an unchanged leak can measure
 * about a third more or less.
 */
function windowDifference(base, head, names = { base: 'the baseline', head: 'this run' }) {
    const b = tracedWindow(base);
    const h = tracedWindow(head);
    if (b === undefined || h === undefined)
        return undefined;
    if (b === h && base.workload.iterations === head.workload.iterations)
        return undefined;
    return (`${names.base} traced its last ${b} of ${base.workload.iterations} iterations, ${names.head} its last ${h} of ${head.workload.iterations}: ` +
        'growth per iteration can differ by up to a third between windows');
}

;// CONCATENATED MODULE: ./src/errors.ts
// Errors the user can act on. Each carries a one-line message that names the
// problem and what to do; the faces print it without a stack trace.
class UsageError extends Error {
    name = 'UsageError';
}
/** The measurement could not be made (exit code 2, verdict "error"). */
class MeasureError extends Error {
    kind;
    detail;
    name = 'MeasureError';
    constructor(
    /** Stable code: script-not-found, syntax, workload-raised, timeout, killed, ... */
    kind, message, 
    /** More lines for the curious: the workload's traceback, the end of its output. */
    detail) {
        super(message);
        this.kind = kind;
        this.detail = detail;
    }
}

;// CONCATENATED MODULE: ./src/probe/plan.ts
// The ranges and defaults of the user's settings for a run. How the run is
// split between warm-up, untraced screening and the traced window is planned
// by the probe alone (src/probe/leak_gate_probe/window.py).
const MIN_ITERATIONS = 10;
function defaultWarmup(iterations) {
    return Math.min(50, Math.max(2, Math.ceil(iterations / 10)));
}

;// CONCATENATED MODULE: ./src/report.ts
// The JSON report: what `--json` writes, what a baseline is, what other tools read.
const REPORT_SCHEMA = 'leak-gate/report';
const REPORT_SCHEMA_VERSION = 1;
const TOOL_NAME = 'leak-gate';
const TOOL_VERSION = '0.1.0';
const VERDICTS = ['pass', 'leak', 'regression', 'error'];
const FINDING_KINDS = ['leak', 'warmup', 'noise'];
const DEFAULT_THRESHOLDS = { minGrowth: 32, minRetained: 1024 * 1024 };
/** Reads a report written by this or another version; refuses what it cannot read correctly. */
function parseReport(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new Error(`${source} is not valid JSON: expected a leak-gate report written by --json`);
    }
    const r = data;
    if (typeof r !== 'object' || r === null || r.schema !== REPORT_SCHEMA) {
        throw new Error(`${source} is not a leak-gate report (no "schema": "${REPORT_SCHEMA}")`);
    }
    if (r.schemaVersion !== REPORT_SCHEMA_VERSION) {
        const newer = typeof r.schemaVersion === 'number' && r.schemaVersion > REPORT_SCHEMA_VERSION;
        throw new Error(`${source} has report schema version ${String(r.schemaVersion)}, this leak-gate reads version ${REPORT_SCHEMA_VERSION}: ` +
            (newer ? 'upgrade leak-gate' : 'measure the baseline again with this version'));
    }
    if (!VERDICTS.includes(r.verdict) || !Array.isArray(r.findings) || typeof r.workload !== 'object') {
        throw new Error(`${source} is a damaged leak-gate report (verdict, findings or workload missing)`);
    }
    for (const f of r.findings) {
        if (typeof f.file !== 'string' || typeof f.line !== 'number' || !FINDING_KINDS.includes(f.kind)) {
            throw new Error(`${source} is a damaged leak-gate report (a finding lacks file, line or kind)`);
        }
    }
    return r;
}

;// CONCATENATED MODULE: ./src/settings.ts
// Settings of one run, whichever face (command flags or action inputs) they came from.




const FAIL_ON = ['leak', 'regression', 'never'];
const DEFAULTS = {
    entry: 'workload',
    iterations: 200,
    timeoutSeconds: 600,
    failOn: 'leak',
    minGrowth: DEFAULT_THRESHOLDS.minGrowth,
    tolerance: DEFAULT_COMPARE.tolerance,
};
/** `name` is what the user typed (--iterations, or the input `iterations`). */
function parseInteger(name, raw, min, max) {
    const text = raw.trim();
    if (!/^[0-9]+$/.test(text))
        throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    const value = Number(text);
    if (value < min || value > max)
        throw new UsageError(`${name} must be from ${min} to ${max}, got ${value}`);
    return value;
}
function parseNumber(name, raw, min, max) {
    const text = raw.trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value))
        throw new UsageError(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
    if (value < min || value > max)
        throw new UsageError(`${name} must be from ${min} to ${max}, got ${value}`);
    return value;
}
function parseChoice(name, raw, choices) {
    const value = raw.trim();
    if (!choices.includes(value))
        throw new UsageError(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
    return value;
}
const ITERATIONS_RANGE = [MIN_ITERATIONS, 1_000_000];
/**
 * Parses and checks the text settings of either face. `label` turns a setting's
 * name into what the user typed (`--fail-on`, or `input fail-on`), so every
 * message names it the user's way.
 */
function parseSettings(text, fixed, label) {
    const given = (name) => {
        const v = text[name];
        return v === undefined || v.trim() === '' ? undefined : v;
    };
    const entry = given('entry')?.trim();
    if (entry !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry)) {
        throw new UsageError(`${label('entry')} must be a Python function name, got "${entry}"`);
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
        failOn: failOn === undefined ? DEFAULTS.failOn : parseChoice(label('fail-on'), failOn, FAIL_ON),
        minGrowth: number('min-growth', DEFAULTS.minGrowth, 1, 1e9),
        tolerance: number('tolerance', DEFAULTS.tolerance, 0, 1000),
    };
    if (settings.warmup !== undefined && settings.iterations - settings.warmup < 5) {
        throw new UsageError(`${label('warmup')} (${settings.warmup}) must leave at least 5 measured iterations of ${label('iterations')} (${settings.iterations})`);
    }
    return settings;
}

;// CONCATENATED MODULE: ./src/command.ts
// The local command that measures what a run measured: shown in the PR comment.

function shellQuote(s) {
    return /^[A-Za-z0-9_./:@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function localCommand(s) {
    const parts = ['npx leak-gate run', shellQuote(s.target), '--iterations', String(s.iterations)];
    if (s.entryExplicit)
        parts.push('--entry', s.entry);
    if (s.warmup !== undefined)
        parts.push('--warmup', String(s.warmup));
    if (s.minGrowth !== DEFAULTS.minGrowth)
        parts.push('--min-growth', String(s.minGrowth));
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./src/format.ts
// Byte amounts as people read them.
function formatBytes(n, sign = false) {
    const s = sign && n > 0 ? '+' : n < 0 ? '-' : '';
    const a = Math.abs(n);
    if (a < 1024)
        return `${s}${Math.round(a)} B`;
    if (a < 1024 * 1024)
        return `${s}${(a / 1024).toFixed(1)} KiB`;
    return `${s}${(a / 1024 / 1024).toFixed(1)} MiB`;
}

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

;// CONCATENATED MODULE: ./src/analyse.ts
// Analysis: from the probe's raw series to findings and a verdict. Pure.
//
// The rules, in one place (they are what the PR comment explains):
// - A line leaks when its traced size grows steadily across the snapshots of the
//   traced window: a robust (Theil–Sen) slope of at least `minGrowth` bytes per
//   iteration, growth in at least half of the intervals (for a staircase that
//   never falls, two steps and a fifth of the intervals), falls no more than a quarter of the rises, and
//   a net gain that agrees with the slope.
// - Lines add up: when a function's or a file's lines together grow like a leak,
//   each of its steadily growing lines is a leaking line, however small.
// - The whole run decides about sawtooths: when the interpreter's block count,
//   sampled across every measured iteration, keeps returning to its floor, the
//   growth seen in the window is a cycle that gets released, not a leak. A floor
//   that rises from one cycle to the next is a leak.
// - The whole run also decides about replacement: only the window is traced, so
//   an object that replaces an older one (a full cache evicting, a pool
//   rotating) looks like growth there, because the older object was never
//   traced. When the lines' new blocks are not matched by a growing number of
//   live blocks in the interpreter, the objects replaced others: not a leak.
//   When live blocks did grow, though less, a line whose new blocks that
//   growth can account for stays a leak (a leak next to a cache that evicts).
//   Replacing lines do not count in the sums of lines that add up.
//   A line whose size grows with no new blocks (a buffer grown in place) is not
//   subject to this rule.
// - Growth that happens and then stops is warm-up; anything else is noise.



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
    const slope = theilSen(xs, ys);
    const mv = movement(ys);
    const net = ys[ys.length - 1] - ys[0];
    const span = xs[xs.length - 1] - xs[0];
    // A container that over-allocates grows in steps: a staircase of two or more
    // steps that never falls is steady growth even when most intervals are flat.
    const rising = Math.round(mv.growingShare * (ys.length - 1));
    const steady = slope >= minGrowth &&
        (mv.growingShare >= 0.5 || (mv.falls === 0 && rising >= 2 && mv.growingShare >= 0.2)) &&
        mv.falls <= 0.25 * mv.rises &&
        net >= 0.5 * minGrowth * span;
    return { slope, growingShare: mv.growingShare, net, steady };
}
/** Growth that happened in the first half of the window and then stopped. */
function stopped(xs, ys, minGrowth) {
    const mid = ys.length >> 1;
    const lateSpan = xs[xs.length - 1] - xs[mid];
    const net = ys[ys.length - 1] - ys[0];
    const late = Math.abs(ys[ys.length - 1] - ys[mid]);
    return net > 0 && late <= (minGrowth * Math.max(lateSpan, 1)) / 4;
}
/**
 * The shape of the whole run from the interpreter's allocated-block count.
 * Samples are taken after a full collection, so temporaries do not show.
 */
function runShape(blocks) {
    const ys = blocks.values;
    if (ys.length < 4)
        return 'unknown';
    const mv = movement(ys);
    // A few blocks come and go with any bounded structure (an LRU cache wobbles by ±8).
    const noise = 16;
    if (mv.rises <= noise * 2)
        return 'flat';
    if (mv.falls < 0.5 * mv.rises)
        return 'rising';
    // Sawtooth: compare the floor of the first third of the run with the last
    // third's. Where the samples fall in each cycle moves the apparent floor by
    // up to the largest single step between two samples, so only a rise beyond
    // that step is a floor that really rises.
    const third = Math.max(1, Math.floor(ys.length / 3));
    const early = Math.min(...ys.slice(0, third));
    const late = Math.min(...ys.slice(-third));
    const largestStep = Math.max(0, ...steps(ys));
    return late - early > largestStep + noise ? 'rising' : 'returns-to-floor';
}
const bytes = (n) => formatBytes(n);
function kindOf(site, t, xs, th) {
    if (t.steady) {
        return ['leak', `grew ${bytes(t.slope)} per iteration, in ${Math.round(t.growingShare * 100)}% of the intervals`];
    }
    if (stopped(xs, site.size, th.minGrowth))
        return ['warmup', `grew by ${bytes(t.net)} early, then stopped`];
    return ['noise', 'no steady growth'];
}
function groupKey(site, by) {
    return by === 'function' ? `${site.file}\0${site.function}` : site.file;
}
/**
 * Lines add up: a leak spread thinly over many lines of one function or file.
 * Lines already found to replace older objects are left out of the sums: a
 * cache's churn must not make a small steady line next to it a leak.
 */
function addUp(result, kinds, replaced, th) {
    const xs = result.snapshotIterations;
    const own = result.sites.map((s) => trend(xs, s.size, 1)); // each line on its own, at any rate
    for (const by of ['function', 'file']) {
        const groups = new Map();
        result.sites.forEach((s, i) => {
            if (replaced.has(i))
                return;
            const k = groupKey(s, by);
            const members = groups.get(k) ?? [];
            members.push(i);
            groups.set(k, members);
        });
        for (const all of groups.values()) {
            // Only lines that grow steadily on their own add up: a line that jumped
            // once (a table resized) would lend its size to a sum made steady by
            // another line's few bytes, and neither is a leak.
            const members = all.filter((i) => own[i].steady);
            if (members.length < 2)
                continue;
            const sum = members.map((i) => result.sites[i].size).reduce((a, b) => addSeries(a, b));
            const group = trend(xs, sum, th.minGrowth);
            if (!group.steady)
                continue;
            for (const i of members) {
                if (kinds[i][0] === 'leak')
                    continue;
                const where = by === 'function' ? `${result.sites[i].function}()` : result.sites[i].file;
                kinds[i] = ['leak', `grew ${bytes(own[i].slope)} per iteration; with the other growing lines of ${where} ${bytes(group.slope)} per iteration`];
            }
        }
    }
}
/**
 * Replacement: new blocks at the leaking lines, but not as many more live
 * blocks in the interpreter. Marks the lines that replaced older objects as
 * noise and adds them to `replaced`.
 */
function markReplacement(result, kinds, replaced) {
    const xs = result.snapshotIterations;
    const inWindow = result.blocks.iterations.map((x, i) => [x, result.blocks.values[i]]).filter(([x]) => x >= result.firstTracedIteration);
    if (inWindow.length < 3)
        return;
    const liveSlope = theilSen(inWindow.map(([x]) => x), inWindow.map(([, y]) => y));
    // New blocks per iteration at each leaking line, over the whole window: a
    // buffer that keeps its last N entries adds blocks until the window has
    // replaced them all, then none, and a robust slope would miss half of it.
    const span = xs[xs.length - 1] - xs[0];
    const counted = result.sites.map((s, i) => (kinds[i][0] === 'leak' && span > 0 ? (s.count[s.count.length - 1] - s.count[0]) / span : 0));
    const newBlocks = counted.filter((c) => c >= 0.25).reduce((a, b) => a + b, 0);
    if (newBlocks < 0.5 || liveSlope >= 0.25 * newBlocks)
        return;
    // Some lines replaced older objects. Live blocks that did grow are a leak
    // among them (a leak next to a cache that evicts): a line whose new blocks
    // that growth can account for, within twice it (the count is sampled and
    // the window may be short), stays a leak; the others replaced.
    const accountable = liveSlope >= 0.25 ? 2 * liveSlope : 0;
    counted.forEach((c, i) => {
        if (c < 0.25 || c <= accountable)
            return;
        kinds[i] = ['noise', `${c.toFixed(1)} new blocks per iteration replaced older ones: the interpreter's live blocks grew ${liveSlope.toFixed(1)} per iteration`];
        replaced.add(i);
    });
}
function analyseIterations(result, th, shape) {
    const xs = result.snapshotIterations;
    const trends = result.sites.map((s) => trend(xs, s.size, th.minGrowth));
    const kinds = result.sites.map((s, i) => kindOf(s, trends[i], xs, th));
    // Replacement is judged on the lines that grow on their own, then again on
    // those that leak only together, which are summed without the replacing lines.
    const replaced = new Set();
    markReplacement(result, kinds, replaced);
    addUp(result, kinds, replaced, th);
    markReplacement(result, kinds, replaced);
    return result.sites.map((site, i) => {
        let [kind, why] = kinds[i];
        if (kind === 'leak' && shape === 'returns-to-floor') {
            kind = 'noise';
            why = `grew ${bytes(trends[i].slope)} per iteration in the traced window, but memory returned to its floor across the run (released periodically)`;
        }
        return finding(site, kind, why, trends[i].slope, trends[i]);
    });
}
function analyseWhole(result, th) {
    return result.sites.map((site) => {
        const net = site.size[site.size.length - 1] - site.size[0];
        const t = { slope: net, growingShare: net > 0 ? 1 : 0, net, steady: false };
        const [kind, why] = net >= th.minRetained
            ? ['leak', `left ${bytes(net)} behind after the script ended`]
            : net > 0
                ? ['warmup', `left ${bytes(net)} behind after the script ended (under ${bytes(th.minRetained)})`]
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
const KIND_ORDER = { leak: 0, warmup: 1, noise: 2 };
/**
 * Most important first: leaks before warm-up before noise; the project's lines
 * before lines reached without any project frame (the harness's own event loop,
 * or memory a free list handed from one object to another); then by growth.
 */
function rankFindings(findings) {
    return [...findings].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        Number(b.inProject) - Number(a.inProject) ||
        (a.kind === 'leak' ? b.growthPerIteration - a.growthPerIteration : 0) ||
        Math.abs(b.netGrowth) - Math.abs(a.netGrowth) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line);
}
function analyse(result, thresholds = DEFAULT_THRESHOLDS) {
    const shape = result.mode === 'iterations' ? runShape(result.blocks) : 'unknown';
    const findings = rankFindings(result.mode === 'iterations' ? analyseIterations(result, thresholds, shape) : analyseWhole(result, thresholds));
    const leaks = findings.filter((f) => f.kind === 'leak');
    const growth = Math.round(leaks.reduce((a, f) => a + f.growthPerIteration, 0) * 10) / 10;
    const verdict = leaks.length ? 'leak' : 'pass';
    const unit = result.mode === 'whole' ? 'left behind' : 'per iteration';
    const summary = leaks.length
        ? `${leaks.length} line${leaks.length > 1 ? 's' : ''} leaking ${bytes(growth)} ${unit}; the largest: ${leaks[0].file}:${leaks[0].line}`
        : shape === 'returns-to-floor'
            ? 'no leak: memory grew in cycles and returned to its floor'
            : 'no leak: no line grew steadily';
    return {
        schema: REPORT_SCHEMA,
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        verdict,
        summary,
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
        growthPerIteration: growth,
        findings,
        snapshotIterations: result.snapshotIterations,
        tracedMemory: result.tracedMemory,
        blocks: result.blocks,
        rss: result.rss,
        runShape: shape,
        durationSeconds: Math.round((result.wallSeconds ?? result.seconds) * 1000) / 1000,
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/probe/result.ts
// The shape of what the Python probe writes (src/probe/probe.py), and a check of it.
const PROBE_PROTOCOL = 1;
function isNumberArray(v) {
    return Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}
function isSeries(v) {
    const s = v;
    return typeof s === 'object' && s !== null && isNumberArray(s.iterations) && isNumberArray(s.values);
}
/** Throws with a description of the first thing that is off. */
function checkProbeResult(data) {
    const r = data;
    if (typeof r !== 'object' || r === null)
        throw new Error('probe output is not a JSON object');
    if (r.protocol !== PROBE_PROTOCOL)
        throw new Error(`probe protocol ${String(r.protocol)}, expected ${PROBE_PROTOCOL}`);
    if (r.error)
        return r;
    if (r.mode !== 'iterations' && r.mode !== 'whole')
        throw new Error('probe output has no mode');
    if (!isNumberArray(r.snapshotIterations))
        throw new Error('probe output has no snapshot iterations');
    if (!Array.isArray(r.sites))
        throw new Error('probe output has no sites');
    for (const s of r.sites) {
        if (typeof s.file !== 'string' || typeof s.line !== 'number' || !isNumberArray(s.size)) {
            throw new Error('probe output has a malformed site');
        }
        if (s.size.length !== r.snapshotIterations.length)
            throw new Error('probe site series has the wrong length');
    }
    for (const key of ['blocks', 'rss', 'tracedMemory']) {
        if (!isSeries(r[key]))
            throw new Error(`probe output has a malformed ${key} series`);
    }
    return r;
}

;// CONCATENATED MODULE: ./src/probe/run.ts
// Runs the Python probe as a child process: the I/O half of measuring.









const MIN_PYTHON = '3.9';
const PROGRESS_PREFIX = '@@leak-gate:progress ';
const TOO_OLD_PREFIX = '@@leak-gate:too-old ';
const STARTED_LINE = '@@leak-gate:started';
// Windows does not hand an extra pipe to Python as a file descriptor.
const RESULT_PIPE = process.platform !== 'win32';
// The probe's package directory (its modules and the bootstrap that loads
// them), next to this module in the sources and copied next to each bundle by
// scripts/build.mjs: the modules are loaded by their file names, which ncc's
// asset relocation would replace with names made from their content.
const PROBE_DIR = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), 'leak_gate_probe');
const BOOTSTRAP_PATH = external_node_path_default().join(PROBE_DIR, 'bootstrap.py');
let bootstrapSource;
/** Read once: the bootstrap goes to `python -c`, which keeps sys.path[0] at the working directory. */
function bootstrap() {
    bootstrapSource ??= (0,promises_namespaceObject.readFile)(BOOTSTRAP_PATH, 'utf8');
    return bootstrapSource;
}
function tail(text, lines = 15) {
    return text.split('\n').filter(Boolean).slice(-lines).join('\n');
}
async function measure(options) {
    const work = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'leak-gate-'));
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
        snapshotsDir: options.snapshotsDir ? external_node_path_default().resolve(options.cwd, options.snapshotsDir) : undefined,
    };
    try {
        const started = external_node_perf_hooks_namespaceObject.performance.now();
        const exit = await runPython(options, await bootstrap(), [PROBE_DIR, (0,external_node_os_namespaceObject.tmpdir)(), JSON.stringify(config), ...options.args]);
        const result = await interpret(exit, out, options);
        result.wallSeconds = (external_node_perf_hooks_namespaceObject.performance.now() - started) / 1000;
        return result;
    }
    finally {
        await (0,promises_namespaceObject.rm)(work, { recursive: true, force: true });
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
        let output = '';
        let pending = '';
        let lastDone = 0;
        let tooOld;
        let started = false;
        let timedOut = false;
        const keep = (text) => {
            output = (output + text).slice(-20000);
        };
        const result = [];
        child.stdio[3]?.on('data', (chunk) => result.push(chunk));
        child.stdout?.setEncoding('utf8').on('data', keep);
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
                else
                    keep(line + '\n');
            }
        });
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
            if (err.code === 'ENOENT' && isPath && !(0,external_node_fs_namespaceObject.existsSync)(file)) {
                reject(new MeasureError('python-not-found', `Python not found: "${options.python}" does not exist${file === options.python ? '' : ` (${file})`}; pass --python the path of a Python ${MIN_PYTHON} or newer`));
            }
            else if (err.code === 'ENOENT' && !isPath) {
                reject(new MeasureError('python-not-found', `Python not found: "${options.python}" is not on PATH; install Python ${MIN_PYTHON} or newer, or pass --python PATH`));
            }
            else
                reject(new MeasureError('python-failed', `cannot start Python "${options.python}": ${err.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            keep(pending);
            resolve({ code, signal, output, lastDone, timedOut, tooOld, started, result: Buffer.concat(result).toString('utf8') });
        });
    });
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
async function interpret(exit, out, options) {
    const total = options.iterations;
    if (exit.timedOut) {
        throw new MeasureError('timeout', `the workload did not finish within ${options.timeoutSeconds} s (last progress: iteration ${exit.lastDone} of ${total}): raise --timeout or run fewer --iterations`, tail(exit.output));
    }
    if (exit.tooOld) {
        throw new MeasureError('python-too-old', `Python ${exit.tooOld} at "${options.python}" is too old: leak-gate needs CPython ${MIN_PYTHON} or newer (pass --python PATH)`);
    }
    if (exit.signal) {
        const hint = exit.signal === 'SIGKILL' ? ': it ran out of memory, or the system stopped it; run fewer --iterations or give it more memory' : '';
        throw new MeasureError('killed', `Python was killed by ${exit.signal} (last progress: iteration ${exit.lastDone} of ${total})${hint}`, tail(exit.output));
    }
    // The pipe's text when it is whole; a write cut short leaves the file.
    let text = exit.result.endsWith('}') ? exit.result : '';
    try {
        if (!text)
            text = await (0,promises_namespaceObject.readFile)(out, 'utf8');
    }
    catch {
        // Its output is not Python's, so it is not shown.
        if (!exit.started) {
            throw new MeasureError('not-python', `"${options.python}" is not a Python ${MIN_PYTHON}+ interpreter (it exited with code ${String(exit.code)} without running leak-gate's probe): pass --python the path of a Python ${MIN_PYTHON} or newer`);
        }
        const last = tail(exit.output);
        throw new MeasureError('python-failed', `Python exited with code ${String(exit.code)} before the measurement finished (last progress: iteration ${exit.lastDone} of ${total}); ` +
            (last ? 'its last output is below' : 'it printed nothing: does the workload end the process itself (os._exit, os.kill)?'), last || undefined);
    }
    let result;
    try {
        result = checkProbeResult(JSON.parse(text));
    }
    catch (err) {
        throw new MeasureError('probe-output', `the probe's output could not be read: ${err.message}`);
    }
    if (result.error) {
        const detail = [result.error.detail, tail(exit.output)].filter(Boolean).join('\n');
        throw new MeasureError(result.error.kind, result.error.message, detail || undefined);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/pipeline.ts
// One pipeline for both faces: measure, analyse, compare, decide. The faces
// differ only in where settings and the baseline come from and where results go.








async function runGate(settings, io) {
    const warmup = settings.warmup ?? defaultWarmup(settings.iterations);
    const window = baselineWindow(io.knownBaseline, settings.iterations, warmup);
    const thresholds = { ...DEFAULT_THRESHOLDS, minGrowth: settings.minGrowth };
    let report;
    let snapshotFiles = [];
    try {
        const probe = await measure({
            target: settings.target,
            entry: settings.entry,
            entryExplicit: settings.entryExplicit,
            iterations: settings.iterations,
            warmup,
            window,
            python: settings.python,
            timeoutSeconds: settings.timeoutSeconds,
            cwd: external_node_path_default().resolve(settings.cwd),
            args: settings.args,
            snapshotsDir: settings.snapshotsDir,
            onProgress: io.onProgress,
            env: io.env,
        });
        report = analyse(probe, thresholds);
        snapshotFiles = probe.snapshotFiles ?? [];
    }
    catch (err) {
        if (!(err instanceof MeasureError))
            throw err;
        return { report: errorReport(settings, warmup, thresholds, err), decision: { verdict: 'error', fail: true }, notes: [], exitCode: 2, snapshotFiles };
    }
    const notes = [];
    let baseline = await io.loadBaseline(report);
    let comparison;
    if (baseline) {
        const mismatch = baselineMismatch(baseline, report);
        if (mismatch) {
            notes.push(`baseline not compared: ${mismatch}`);
            baseline = undefined;
        }
        else {
            comparison = compareReports(baseline, report, { tolerance: settings.tolerance, minGrowth: settings.minGrowth });
            const windows = windowDifference(baseline, report);
            if (windows)
                notes.push(`${windows}; the baseline's iterations and warm-up give the same window`);
        }
    }
    const decision = decide(report, comparison, settings.failOn);
    if (decision.note)
        notes.push(decision.note);
    report.verdict = decision.verdict;
    return { report, baseline, comparison, decision, notes, exitCode: decision.fail ? 1 : 0, snapshotFiles };
}
/** How many last iterations the baseline traced, when this run can trace as many. */
function baselineWindow(baseline, iterations, warmup) {
    if (!baseline || baseline.verdict === 'error' || baseline.workload.iterations !== iterations)
        return undefined;
    const window = tracedWindow(baseline);
    return window !== undefined && window >= 1 && window <= iterations - warmup ? window : undefined;
}
function errorReport(settings, warmup, thresholds, err) {
    return {
        schema: REPORT_SCHEMA,
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        verdict: 'error',
        summary: `could not measure: ${err.message}`,
        workload: {
            target: settings.target,
            entry: settings.entry,
            mode: 'iterations',
            iterations: settings.iterations,
            warmup,
            firstTracedIteration: 0,
            python: '',
        },
        thresholds,
        growthPerIteration: 0,
        findings: [],
        snapshotIterations: [],
        tracedMemory: { iterations: [], values: [] },
        blocks: { iterations: [], values: [] },
        rss: { iterations: [], values: [] },
        runShape: 'unknown',
        durationSeconds: 0,
        error: { kind: err.kind, message: err.message, detail: err.detail ?? null },
    };
}

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
    const text = code(`${file}:${line}`);
    return url ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
}
const HEADLINE = {
    pass: '✅ No leak',
    leak: '🔴 Memory leak',
    regression: '🔴 Leak regression against the baseline',
    error: '⚠️ Could not measure',
};
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
function sparkline(values) {
    if (!values.length)
        return '';
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return values.map((v) => BARS[hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))]).join('');
}
function chart(report, baseline) {
    const head = windowGrowth(report);
    if (!head.length)
        return [];
    const base = baseline ? windowGrowth(baseline) : [];
    const all = [...head, ...base];
    const lines = [
        '```mermaid',
        'xychart-beta',
        '  title "Traced memory gained over the traced iterations (KiB)"',
        '  x-axis "share of the traced window (%)" 0 --> 100',
        `  y-axis "KiB" ${Math.min(0, ...all)} --> ${Math.max(1, ...all)}`,
        `  line [${head.join(', ')}]`,
    ];
    if (base.length)
        lines.push(`  line [${base.join(', ')}]`);
    lines.push('```');
    lines.push('');
    lines.push(`This PR ${sparkline(head)}${base.length ? ` · baseline ${sparkline(base)}` : ''} (first line: this PR${base.length ? '; second: the baseline' : ''})`);
    return lines;
}
function rows(report, comparison) {
    if (!comparison)
        return report.findings.filter((f) => f.kind === 'leak').map((f) => ({ status: 'leak', finding: f }));
    const byPlace = new Map(report.findings.map((f) => [`${f.file}:${f.line}`, f]));
    return comparison.sites.map((s) => ({ status: s.status, site: s, finding: byPlace.get(`${s.file}:${s.line}`) }));
}
const STATUS = { leak: 'leak', new: '🆕 new', grown: '📈 grown', unchanged: 'unchanged', fixed: '✅ fixed' };
function tableRow(row, links, unit = '') {
    const f = row.finding;
    const s = row.site;
    const file = s?.file ?? f.file;
    const line = s?.line ?? f.line;
    const fn = s?.function ?? f.function;
    const src = s?.code ?? f.code;
    const growth = s ? s.headGrowth : f.growthPerIteration;
    const change = s ? formatBytes(s.headGrowth - s.baseGrowth, true) : '';
    return `| ${STATUS[row.status] ?? row.status} | ${place(file, line, links)} | ${code(fn)} | ${code(src)} | ${formatBytes(growth, true)}${unit} | ${change} |`;
}
function tracebacks(findings) {
    if (!findings.length)
        return [];
    const out = ['<details><summary>Tracebacks of the leaking lines</summary>', ''];
    for (const f of findings) {
        const frames = f.traceback.map((t) => `  ${t.file}:${t.line}${t.code ? `\n      ${t.code}` : ''}`).join('\n');
        out.push(`<pre>${escapeHtml(`${f.file}:${f.line}\n${frames}`)}</pre>`);
    }
    out.push('</details>');
    return out;
}
function renderMarkdown(input) {
    const { report, baseline, comparison, links } = input;
    const w = report.workload;
    const perIteration = w.mode === 'whole' ? 'left behind' : 'per iteration';
    const head = [input.marker, `### ${HEADLINE[report.verdict]} — ${code(w.target)}`, ''];
    if (report.verdict === 'error') {
        head.push(code(report.error?.message ?? report.summary));
        if (report.error?.detail)
            head.push('', `<pre>${escapeHtml(report.error.detail.slice(-4000))}</pre>`);
    }
    else {
        const against = comparison
            ? `, against ${formatBytes(comparison.baseGrowth, true)} on the baseline`
            : '';
        head.push(`**${formatBytes(report.growthPerIteration, true)} ${perIteration}**${against}. ${escapeText(report.summary)}`);
    }
    for (const n of input.notes)
        head.push('', `> ${escapeText(n)}`);
    head.push('', ...chart(report, baseline));
    const all = rows(report, comparison);
    const tableHead = ['', '| | line | function | code | growth/iter | vs baseline |', '|---|---|---|---|---|---|'];
    const footer = [
        '',
        `<sub>Python ${escapeText(w.python || '?')} · ${w.iterations} iterations (${w.warmup} warm-up, last ${w.iterations - w.firstTracedIteration} traced) · leak-gate ${escapeText(report.tool.version)}` +
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
    const leaking = report.findings.filter((f) => f.kind === 'leak').slice(0, 10);
    const compose = (shown, withTracebacks) => {
        const parts = [...head];
        if (all.length) {
            parts.push(...tableHead, ...all.slice(0, shown).map((r) => tableRow(r, links)));
            if (shown < all.length)
                parts.push('', `*${all.length - shown} more lines not shown: see the JSON report (output report-path) or the job log.*`);
        }
        if (withTracebacks)
            parts.push('', ...tracebacks(leaking));
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
    const line = (cells) => '  ' + cells.map((c, i) => pad(c, widths[i], rightAligned.includes(i))).join('  ').trimEnd();
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
    const leaking = report.findings.filter((f) => f.kind === 'leak');
    const unit = w.mode === 'whole' ? 'retained' : 'growth/iter';
    if (leaking.length) {
        out.push('');
        out.push(...table([unit, 'line', 'function', 'code'], leaking.slice(0, top).map((f) => [formatBytes(f.growthPerIteration, true), `${f.file}:${f.line}`, f.function, f.code]), [0]));
        if (leaking.length > top)
            out.push(`  … and ${leaking.length - top} more leaking lines (see --json)`);
    }
    else {
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
        const settled = report.findings.filter((f) => f.kind === 'warmup' && f.inProject).slice(0, 5);
        if (settled.length) {
            out.push('');
            out.push('  grew, then stopped (not leaks):');
            out.push(...table(['grew by', 'line', 'function', 'code'], settled.map((f) => [formatBytes(f.netGrowth, true), `${f.file}:${f.line}`, f.function, f.code]), [0]));
        }
    }
    const leaks = report.findings.filter((f) => f.kind === 'leak');
    if (leaks.length) {
        out.push('');
        out.push(`  total: ${formatBytes(report.growthPerIteration, true)} ${w.mode === 'whole' ? 'left behind' : 'per iteration'} over ${leaks.length} leaking line${leaks.length > 1 ? 's' : ''}`);
        const tb = callers(leaks[0]);
        if (tb)
            out.push(`  called from: ${tb}`);
    }
    if (comparison) {
        out.push('');
        out.push(`  against the baseline: ${formatBytes(comparison.headGrowth, true)} per iteration now, ${formatBytes(comparison.baseGrowth, true)} in the baseline`);
        if (comparison.sites.length) {
            out.push(...table(['status', 'now', 'baseline', 'line', 'code'], comparison.sites.slice(0, top).map((s) => [s.status, formatBytes(s.headGrowth, true), formatBytes(s.baseGrowth, true), `${s.file}:${s.line}`, s.code]), [1, 2]));
        }
    }
    for (const n of notes)
        out.push(`  note: ${n}`);
    return out.join('\n') + '\n';
}
/** The user's frames that led to the largest leak, outermost first, as "file:line ← ..." */
function callers(f) {
    const frames = f.traceback.filter((t) => !t.file.startsWith('/') && !t.file.startsWith('<'));
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
        lines.push(...e.detail.split('\n').map((l) => `  ${l}`));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli.ts
// The command face: leak-gate run / compare. Settings from flags, baseline from
// a file, results to the terminal and an optional JSON file.













const USAGE = `Usage:
  leak-gate run SCRIPT [options] [-- script arguments]
  leak-gate compare BASE.json HEAD.json [--tolerance R] [--min-growth BYTES]

SCRIPT is a Python file whose module-level code is setup and whose workload()
is called once per iteration, or package.module:function. A file without that
function runs once, whole, between two snapshots.

Options of run:
  --entry NAME          function called per iteration (default: workload)
  --iterations N        iterations to run (default: ${DEFAULTS.iterations}; at least ${ITERATIONS_RANGE[0]})
  --warmup N            untraced iterations first (default: a tenth, 2 to 50)
  --python PATH         Python 3.9+ to run it with (default: python3)
  --timeout SECONDS     stop the whole run after this long (default: ${DEFAULTS.timeoutSeconds})
  --json FILE           write the JSON report to FILE
  --markdown FILE       write the report as the PR comment shows it
  --snapshots-dir DIR   also dump the first and last tracemalloc snapshots there
  --baseline FILE       compare with a report written earlier by --json
  --fail-on WHEN        leak | regression | never (default: leak)
  --min-growth BYTES    growth per iteration that counts as a leak (default: ${DEFAULTS.minGrowth})
  --tolerance R         growth over the baseline that counts as grown (default: ${DEFAULTS.tolerance})

Exit codes: 0 pass, 1 leak or regression, 2 could not measure or bad usage.
`;
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
async function readReport(file, what) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch {
        throw new UsageError(`${what} ${file} cannot be read: check the path`);
    }
    try {
        return parseReport(text, `${what} ${file}`);
    }
    catch (err) {
        throw new UsageError(err.message);
    }
}
/** Never replace a file that is not one of our reports: a mistyped --json must not eat a source file. */
async function writeReport(file, report) {
    if ((0,external_node_fs_namespaceObject.existsSync)(file)) {
        let ours = false;
        try {
            ours = JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8')).schema === REPORT_SCHEMA;
        }
        catch {
            // Not JSON, or unreadable: not ours.
        }
        if (!ours)
            throw new UsageError(`--json ${file} exists and is not a leak-gate report: choose another path or remove it`);
    }
    await (0,promises_namespaceObject.writeFile)(file, JSON.stringify(report, null, 2) + '\n');
}
/** The report as the PR comment shows it, for other CI systems and for the README's picture. */
async function writeMarkdown(file, settings, outcome) {
    if ((0,external_node_fs_namespaceObject.existsSync)(file) && !(await (0,promises_namespaceObject.readFile)(file, 'utf8')).startsWith('<!-- leak-gate:')) {
        throw new UsageError(`--markdown ${file} exists and is not a leak-gate report: choose another path or remove it`);
    }
    const body = renderMarkdown({
        report: outcome.report,
        baseline: outcome.baseline,
        comparison: outcome.comparison,
        notes: outcome.notes,
        command: localCommand(settings),
        marker: commentMarker(settings.target, settings.entry),
        limit: COMMENT_LIMIT,
    });
    await (0,promises_namespaceObject.writeFile)(file, body);
}
/** The path itself or its nearest ancestor that exists, with its stat; undefined when one cannot be read. */
function nearestExisting(file) {
    for (let at = external_node_path_default().resolve(file);; at = external_node_path_default().dirname(at)) {
        try {
            return [at, (0,external_node_fs_namespaceObject.statSync)(at)];
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
    for (const [flag, file] of [['--json', json], ['--markdown', markdown]]) {
        if (file === undefined)
            continue;
        const dir = external_node_path_default().dirname(external_node_path_default().resolve(file));
        const found = nearestExisting(dir);
        if (found && found[0] !== dir)
            throw new UsageError(`${flag} ${file}: the directory ${dir} does not exist: create it or choose another path`);
        if (found && !found[1].isDirectory())
            throw new UsageError(`${flag} ${file}: ${dir} is not a directory: choose another path`);
    }
    if (snapshotsDir !== undefined) {
        // The probe creates the directory and its parents; a file in the way stops it.
        const found = nearestExisting(snapshotsDir);
        if (found && !found[1].isDirectory()) {
            const where = found[0] === external_node_path_default().resolve(snapshotsDir) ? 'is a file' : `is inside ${found[0]}, which is a file`;
            throw new UsageError(`--snapshots-dir ${snapshotsDir} ${where}, not a directory: choose another path`);
        }
    }
}
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
};
const COMPARE_OPTIONS = { tolerance: withValue, 'min-growth': withValue };
function help() {
    process.stdout.write(USAGE);
    return 0;
}
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
            const hint = closest ? ` (did you mean --${closest[0]}?)` : '';
            throw new UsageError(`unknown option ${option}: see leak-gate ${command} --help${hint}`);
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
function splitScriptArgs(argv) {
    const i = argv.indexOf('--');
    return i < 0 ? [argv, []] : [argv.slice(0, i), argv.slice(i + 1)];
}
async function run(argv) {
    const [own, scriptArgs] = splitScriptArgs(argv);
    const args = ownArgs('run', own, RUN_OPTIONS);
    if (!args)
        return help();
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args, allowPositionals: true, options: RUN_OPTIONS });
    if (positionals.length !== 1) {
        throw new UsageError(positionals.length ? `run takes one SCRIPT, got ${positionals.length}: put script arguments after --` : 'run needs a SCRIPT: leak-gate run path/to/workload.py');
    }
    const settings = parseSettings({ ...values, python: values.python ?? process.env.LEAK_GATE_PYTHON }, {
        target: positionals[0],
        cwd: process.cwd(),
        args: scriptArgs,
        jsonPath: values.json,
        snapshotsDir: values['snapshots-dir'],
        baselinePath: values.baseline,
    }, (name) => `--${name}`);
    checkOutputPaths(settings.jsonPath, values.markdown, settings.snapshotsDir);
    // Read the baseline before a long run, so a wrong path fails at once.
    const baseline = settings.baselinePath ? await readReport(settings.baselinePath, '--baseline') : undefined;
    const terminal = new Terminal();
    const outcome = await runGate(settings, { loadBaseline: async () => baseline, onProgress: terminal.progress, knownBaseline: baseline });
    terminal.done();
    if (settings.jsonPath)
        await writeReport(settings.jsonPath, outcome.report);
    if (values.markdown)
        await writeMarkdown(values.markdown, settings, outcome);
    if (outcome.exitCode === 2)
        process.stderr.write(renderError(outcome.report));
    else
        process.stdout.write(renderText(outcome.report, outcome.comparison, outcome.notes));
    return outcome.exitCode;
}
async function compare(argv) {
    const args = ownArgs('compare', argv, COMPARE_OPTIONS);
    if (!args)
        return help();
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args, allowPositionals: true, options: COMPARE_OPTIONS });
    if (positionals.length !== 2)
        throw new UsageError('compare needs two reports: leak-gate compare BASE.json HEAD.json');
    const base = await readReport(positionals[0], 'BASE');
    const head = await readReport(positionals[1], 'HEAD');
    const names = { base: `BASE ${positionals[0]}`, head: `HEAD ${positionals[1]}` };
    for (const [report, name] of [[base, names.base], [head, names.head]]) {
        if (report.verdict === 'error')
            throw new UsageError(`${name} is the report of a run that could not measure: measure again, then compare`);
    }
    const mismatch = baselineMismatch(base, head, names);
    if (mismatch)
        throw new UsageError(`cannot compare: ${mismatch}; measure both the same way`);
    const windows = windowDifference(base, head, names);
    const notes = windows
        ? [`${windows}; \`leak-gate run SCRIPT --iterations ${base.workload.iterations} --baseline ${positionals[0]}\` traces the same window`]
        : [];
    const comparison = compareReports(base, head, {
        tolerance: values.tolerance === undefined ? DEFAULTS.tolerance : parseNumber('--tolerance', values.tolerance, 0, 1000),
        minGrowth: values['min-growth'] === undefined ? DEFAULTS.minGrowth : parseNumber('--min-growth', values['min-growth'], 1, 1e9),
    });
    const shown = { ...head, verdict: comparison.regressed ? 'regression' : head.verdict === 'leak' ? 'leak' : 'pass' };
    if (comparison.regressed) {
        const worst = comparison.sites[0];
        shown.summary = `${comparison.sites.filter((s) => s.status === 'new' || s.status === 'grown').length} line(s) new or grown since the baseline; the largest: ${worst.file}:${worst.line}`;
    }
    process.stdout.write(renderText(shown, comparison, notes));
    return comparison.regressed ? 1 : 0;
}
async function main(argv) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'run':
                return await run(rest);
            case 'compare':
                return await compare(rest);
            case '--version':
            case '-V':
                process.stdout.write(`leak-gate ${TOOL_VERSION}\n`);
                return 0;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                process.stdout.write(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown command "${command}": use run or compare (leak-gate --help)`);
        }
    }
    catch (err) {
        const e = err;
        if (err instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`leak-gate: ${e.message.split('\n')[0]}\n`);
            return 2;
        }
        process.stderr.write(`leak-gate: internal error: ${e.message}; please report it with the command you ran\n`);
        return 2;
    }
}


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
/******/ var __webpack_exports__ = __nccwpck_require__(84);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
