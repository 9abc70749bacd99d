// The project's own benchmark: detection quality and cost, on every Python.
//
// Two corpora of workloads (header `# leak-gate-bench: kind=...`): bench/corpus,
// standard library only, on every Python version given; and bench/frameworks,
// real services on Debian's python3-* packages (Flask, Django, SQLAlchemy,
// pandas, aiohttp...), on the system Python. For each workload it runs
// leak-gate (the built command, as users run it) and the textbook two-snapshot
// method several times with a different PYTHONHASHSEED, and times leak-gate
// against an untraced run and a `python -X tracemalloc=1` run of the same
// iterations. Results go to bench/results.md (read it) and bench/results.json
// (for tools); running one corpus keeps the other's figures from those files.
//
// Usage: npm run bench [-- --corpus core|frameworks|both --pythons 3.11.7,3.13.0
//          --frameworks-python /usr/bin/python3 --repeats 5 --iterations 200 --cost-runs 5 --out bench/results]

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const THRESHOLD = 32; // bytes per iteration, the same for both methods (leak-gate's default)

const { values: opts } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'both' },
    pythons: { type: 'string', default: '3.9.18,3.10.13,3.11.7,3.12.1,3.13.0' },
    'frameworks-python': { type: 'string', default: '/usr/bin/python3' },
    repeats: { type: 'string', default: '5' },
    iterations: { type: 'string', default: '200' },
    'cost-runs': { type: 'string', default: '5' },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
  },
});
const REPEATS = Number(opts.repeats);
const ITERATIONS = Number(opts.iterations);
const COST_RUNS = Number(opts['cost-runs']);

/** The corpora: where the workloads are, the file there that checks their truth, the Pythons they run on. */
const CORPORA = {
  core: { dir: path.join(ROOT, 'bench/corpus'), truthCheck: 'check_corpus.py', pythons: opts.pythons.split(',') },
  frameworks: { dir: path.join(ROOT, 'bench/frameworks'), truthCheck: 'check_truth.py', pythons: [opts['frameworks-python']] },
};
/** The framework corpus' imports, and the Debian packages that provide them for the system Python. */
const FRAMEWORK_MODULES = ['flask', 'jinja2', 'werkzeug', 'numpy', 'pandas', 'sqlalchemy', 'django', 'requests', 'pydantic', 'aiohttp'];
const FRAMEWORK_APT =
  'apt-get install python3-flask python3-jinja2 python3-numpy python3-pandas python3-sqlalchemy python3-django python3-requests python3-pydantic python3-aiohttp';
if (!['core', 'frameworks', 'both'].includes(opts.corpus)) stop(`--corpus must be core, frameworks or both, not ${opts.corpus}`);
const SELECTED = opts.corpus === 'both' ? ['core', 'frameworks'] : [opts.corpus];

function run(cmd, args, { cwd, env = {} }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  });
}

async function pool(tasks, width) {
  const results = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

/** A corpus' workloads: kind, category and the marked line ("file:line") of each. */
function readCorpus({ dir, truthCheck }) {
  const marked = new Map();
  const files = readdirSync(dir).filter((f) => f.endsWith('.py') && f !== truthCheck);
  const helpers = readdirSync(path.join(dir, 'helpers'))
    .filter((f) => f.endsWith('.py'))
    .map((f) => `helpers/${f}`);
  for (const file of [...files, ...helpers]) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (text.includes('# leak-gate: leak')) marked.set(file, `${file}:${i + 1}`);
      });
  }
  return files.sort().map((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const header = /^# leak-gate-bench: kind=(leak|clean) category=(\S+)(?: retainer=(\S+))?(?: truth-iterations=\d+)?$/m.exec(
      text.split('\n')[0],
    );
    if (!header) throw new Error(`${file}: line 1 must be "# leak-gate-bench: kind=... category=... [retainer=...]"`);
    let expected = marked.get(file);
    if (header[1] === 'leak' && !expected) {
      // The leak is in a helper module the workload imports.
      const helper = [...marked.entries()].find(([f]) => f.startsWith('helpers/') && text.includes(path.basename(f, '.py')));
      expected = helper?.[1];
    }
    if (header[1] === 'leak' && !expected) throw new Error(`${file}: a leaky workload needs a "# leak-gate: leak" line`);
    // What its leak's retainer path must name: the container (part of the path), or `none` when no Python object holds the memory.
    if (header[1] === 'leak' && !header[3])
      throw new Error(`${file}: a leaky workload's header needs retainer=CONTAINER (or retainer=none)`);
    return { file, kind: header[1], category: header[2], expected, retainer: header[3] };
  });
}

/** A Python is a pyenv version (3.11.7) or an interpreter's path (/usr/bin/python3). */
const pyenvEnv = (python) => (python.includes('/') ? {} : { PYENV_VERSION: python });

/**
 * The interpreter itself, not pyenv's shim: the shim is a shell script that adds
 * ~40 ms to every start, which would hide the measurement's own start-up cost.
 */
async function interpreter(python) {
  if (python.includes('/')) return python;
  const r = await run('pyenv', ['which', 'python3'], { cwd: ROOT, env: pyenvEnv(python) }).catch(() => undefined);
  return r && r.code === 0 ? r.stdout.trim() : 'python3';
}

/** How a Python is named in the results: its version, and its path when it was given one. */
async function pythonLabel(python) {
  if (!python.includes('/')) return python;
  const r = await run(python, ['-c', 'import platform; print(platform.python_version())'], { cwd: ROOT });
  return `${r.stdout.trim()} (${python})`;
}

function stop(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

/** Stops the bench, in one line, when the framework corpus' Python lacks a package it imports. */
async function checkFrameworkPackages(python) {
  const script = 'import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))';
  const r = await run(python, ['-c', script, ...FRAMEWORK_MODULES], { cwd: ROOT }).catch(() => undefined);
  if (!r || r.code !== 0) stop(`cannot run ${python}; give another with --frameworks-python`);
  const missing = r.stdout.trim().split(' ').filter(Boolean);
  if (missing.length) stop(`${python} cannot import ${missing.join(', ')}, which bench/frameworks needs: ${FRAMEWORK_APT}`);
}

async function detect(workload, python, seed, work, cwd) {
  const env = { ...pyenvEnv(python), PYTHONHASHSEED: String(seed) };
  const leakGate = async (suffix, extraEnv) => {
    const json = path.join(work, `${workload.file}-${python.replaceAll('/', '_')}-${seed}${suffix}.json`);
    const r = await run(
      process.execPath,
      [CLI, 'run', workload.file, '--iterations', String(ITERATIONS), '--json', json, '--python', await interpreter(python)],
      { cwd, env: { ...env, ...extraEnv } },
    );
    if (r.code === 2)
      throw new Error(`leak-gate could not measure ${workload.file} on ${python}${suffix && ' in the narrowest window'}: ${r.stderr}`);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const top = report.findings[0];
    // The marked line's first retainer: whether it names the container the workload leaks into.
    const marked = report.findings.find((f) => f.kind === 'leak' && `${f.file}:${f.line}` === workload.expected);
    const retainers = marked?.retainers;
    const named =
      workload.retainer === undefined || retainers === undefined
        ? undefined
        : workload.retainer === 'none'
          ? retainers.length === 0
          : (retainers[0]?.path ?? '').includes(workload.retainer);
    return {
      alarm: report.verdict === 'leak',
      top: top && report.verdict === 'leak' ? `${top.file}:${top.line}` : undefined,
      ...(marked && { retainerNamed: named ?? false, retainerPath: retainers?.[0]?.path ?? null }),
      ...(report.retainerSearch && { searchSeconds: report.retainerSearch.seconds }),
    };
  };
  const naive = await run(
    await interpreter(python),
    [path.join(ROOT, 'bench/two_snapshot.py'), workload.file, String(ITERATIONS), String(THRESHOLD)],
    { cwd, env },
  );
  if (naive.code !== 0) throw new Error(`two-snapshot failed on ${workload.file}: ${naive.stderr}`);
  const two = JSON.parse(naive.stdout);
  return {
    ours: await leakGate('', {}),
    // The same with only the plan's minimum traced, as a workload gets when tracing slows it many times.
    narrow: await leakGate('-narrow', { LEAK_GATE_NARROWEST_WINDOW: '1' }),
    twoSnapshot: { alarm: two.alarm, top: two.alarm ? `${two.file}:${two.line}` : undefined },
  };
}

/**
 * Wall times, the best of COST_RUNS rounds: the least noisy figure on a shared
 * machine. Each round runs the three ways one after another, so that a slow
 * spell of the machine weighs on all of them alike.
 */
async function cost(script, python, cwd, work) {
  const env = pyenvEnv(python);
  const py = await interpreter(python);
  const n = String(ITERATIONS);
  const json = path.join(work, 'cost.json');
  const rounds = [];
  const untracedArgs = [path.join(ROOT, 'bench/untraced.py'), script, n];
  const traced1Args = ['-X', 'tracemalloc=1', ...untracedArgs];
  const timed = async (args) => {
    const r = await run(process.execPath, [path.join(ROOT, 'bench/spawn-timer.mjs'), py, ...args], { cwd, env });
    if (r.code !== 0) throw new Error(`${script} failed on ${python}: ${r.stderr}`);
    return Number(r.stdout);
  };
  for (let i = 0; i < COST_RUNS; i++) {
    // End to end: the commands as a user would run them.
    const untraced = await run(py, untracedArgs, { cwd, env });
    const traced1 = await run(py, traced1Args, { cwd, env });
    const ours = await run(
      process.execPath,
      [CLI, 'run', script, '--iterations', n, '--fail-on', 'never', '--json', json, '--python', py],
      { cwd, env },
    );
    if (ours.code !== 0) throw new Error(`leak-gate could not measure ${script} on ${python}: ${ours.stderr}`);
    // The Python processes alone, each timed as leak-gate times its measurement (durationSeconds).
    rounds.push({
      untraced: untraced.seconds,
      traced1: traced1.seconds,
      ours: ours.seconds,
      measurement: JSON.parse(readFileSync(json, 'utf8')).durationSeconds,
      untracedTimed: await timed(untracedArgs),
      traced1Timed: await timed(traced1Args),
    });
  }
  const best = (key) => Math.min(...rounds.map((r) => r[key]));
  return {
    untraced: best('untraced'),
    traced1: best('traced1'),
    ours: best('ours'),
    measurement: best('measurement'),
    untracedTimed: best('untracedTimed'),
    traced1Timed: best('traced1Timed'),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ratio = (a, b) => Math.round((a / b) * 100) / 100;

function score(rows, method) {
  const leaky = rows.filter((r) => r.kind === 'leak');
  const clean = rows.filter((r) => r.kind === 'clean');
  const detected = leaky.filter((r) => r[method].alarm);
  return {
    recall: ratio(detected.length, leaky.length),
    falseAlarmRate: ratio(clean.filter((r) => r[method].alarm).length, clean.length),
    top1: detected.length ? ratio(detected.filter((r) => r[method].top === r.expected).length, detected.length) : 0,
    leakyRuns: leaky.length,
    cleanRuns: clean.length,
    misses: [...new Set(leaky.filter((r) => !r[method].alarm).map((r) => r.file))],
    falseAlarms: [...new Set(clean.filter((r) => r[method].alarm).map((r) => r.file))],
    wrongLines: [...new Set(detected.filter((r) => r[method].top !== r.expected).map((r) => `${r.file} (said ${r[method].top})`))],
    ...(method !== 'twoSnapshot' && retainerScore(leaky, method)),
  };
}

/** Of the leaky runs whose marked line leaked, the share whose first retainer path named the right container, and the search's time. */
function retainerScore(leaky, method) {
  const found = leaky.map((r) => r[method]).filter((o) => o.retainerNamed !== undefined);
  const seconds = leaky.map((r) => r[method].searchSeconds).filter((s) => s !== undefined);
  return {
    retainerNamed: found.length ? ratio(found.filter((o) => o.retainerNamed).length, found.length) : 0,
    retainerRuns: found.length,
    retainerWrong: [
      ...new Set(
        leaky
          .filter((r) => r[method].retainerNamed === false)
          .map((r) => `${r.file} (said ${r[method].retainerPath ?? 'nothing'}, not ${r.retainer})`),
      ),
    ],
    searchSecondsMedian: seconds.length ? Math.round(median(seconds) * 1000) / 1000 : 0,
    searchSecondsMax: seconds.length ? Math.max(...seconds) : 0,
  };
}

/** One corpus on each of its Pythons: the figures of one table. */
async function benchCorpus(spec) {
  const corpus = readCorpus(spec);
  const work = mkdtempSync(path.join(tmpdir(), 'leak-gate-bench-'));
  const width = Math.max(1, Math.min(2, cpus().length));
  const results = {
    date: new Date().toISOString(),
    iterations: ITERATIONS,
    repeats: REPEATS,
    costRuns: COST_RUNS,
    threshold: THRESHOLD,
    corpus: corpus.length,
    pythons: {},
  };
  for (const python of spec.pythons) {
    const started = Date.now();
    const tasks = [];
    for (const w of corpus)
      for (let seed = 1; seed <= REPEATS; seed++)
        tasks.push(async () => ({ ...w, seed, ...(await detect(w, python, seed, work, spec.dir)) }));
    const rows = await pool(tasks, width);
    // Timing runs one process at a time: both cores are otherwise busy and the figures would say so.
    const costs = [];
    for (const w of corpus) costs.push({ file: w.file, kind: w.kind, ...(await cost(w.file, python, spec.dir, work)) });
    // Clean and leaky apart: a suspected leak is confirmed in a second traced window, which only leaky runs pay for.
    const measured = (kind) => ratio(median(costs.filter((c) => c.kind === kind).map((c) => c.measurement / c.untracedTimed)), 1);
    const heavy = await cost(path.join(ROOT, 'bench/cost/alloc_heavy.py'), python, ROOT, work);
    const label = await pythonLabel(python);
    results.pythons[label] = {
      leakGate: score(rows, 'ours'),
      leakGateNarrowWindow: score(rows, 'narrow'),
      twoSnapshot: score(rows, 'twoSnapshot'),
      cost: {
        medianVsUntraced: ratio(median(costs.map((c) => c.ours / c.untraced)), 1),
        medianMeasurementVsUntraced: ratio(median(costs.map((c) => c.measurement / c.untracedTimed)), 1),
        medianMeasurementVsUntracedClean: measured('clean'),
        medianMeasurementVsUntracedLeaky: measured('leak'),
        medianUntracedMs: Math.round(median(costs.map((c) => c.untracedTimed)) * 1000),
        medianAddedMs: Math.round(median(costs.map((c) => c.measurement - c.untracedTimed)) * 1000),
        medianTracemalloc1VsUntraced: ratio(median(costs.map((c) => c.traced1 / c.untraced)), 1),
        allocHeavyVsTracemalloc1: ratio(heavy.ours, heavy.traced1),
        allocHeavyMeasurementVsTracemalloc1: ratio(heavy.measurement, heavy.traced1Timed),
        allocHeavySeconds: {
          untraced: heavy.untraced,
          tracemalloc1: heavy.traced1,
          leakGate: heavy.ours,
          measurement: heavy.measurement,
          tracemalloc1Timed: heavy.traced1Timed,
        },
        perWorkload: costs.map((c) => ({
          file: c.file,
          kind: c.kind,
          vsUntraced: ratio(c.ours, c.untraced),
          measurementVsUntraced: ratio(c.measurement, c.untracedTimed),
          untracedSeconds: Math.round(c.untraced * 1000) / 1000,
          untracedTimedSeconds: Math.round(c.untracedTimed * 1000) / 1000,
          measurementSeconds: c.measurement,
        })),
      },
      seconds: Math.round((Date.now() - started) / 1000),
    };
    process.stderr.write(`bench: ${path.basename(spec.dir)} on ${label} done in ${results.pythons[label].seconds} s (runs in ${work})\n`);
  }
  return results;
}

async function main() {
  if (SELECTED.includes('frameworks')) await checkFrameworkPackages(CORPORA.frameworks.pythons[0]);
  // The core corpus' figures are the file's top level, as before there was a second corpus;
  // the framework corpus' are under `frameworks`. A run of one corpus keeps the other's.
  const kept = SELECTED.length < 2 && existsSync(`${opts.out}.json`) ? JSON.parse(readFileSync(`${opts.out}.json`, 'utf8')) : {};
  const { frameworks: keptFrameworks, ...keptCore } = kept;
  const results = {
    ...(SELECTED.includes('core') ? await benchCorpus(CORPORA.core) : keptCore),
    frameworks: SELECTED.includes('frameworks') ? await benchCorpus(CORPORA.frameworks) : keptFrameworks,
  };
  writeFileSync(`${opts.out}.json`, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(`${opts.out}.md`, markdown(results));
  process.stdout.write(markdown(results));
}

function markdown(r) {
  const lines = ['# leak-gate benchmark results', ''];
  if (r.pythons) lines.push(...coreIntro(r), ...table(r.pythons), '', '## Where a method went wrong', '', ...wentWrong(r.pythons));
  if (r.frameworks) {
    const f = r.frameworks;
    const leaky = Object.values(f.pythons)[0].leakGate.leakyRuns / f.repeats;
    lines.push(
      ...(r.pythons ? [''] : []),
      '## Real libraries',
      '',
      `Written by \`npm run bench\` on ${f.date.slice(0, 10)}: ${f.corpus} workloads of services on real libraries (bench/frameworks: Flask, Jinja2, Django, SQLAlchemy, requests, numpy, pandas, pydantic, aiohttp, from Debian's python3-* packages), ${leaky} leaky and ${f.corpus - leaky} clean the way services are (caches, pools, lazy state, event loops); which is which was checked without leak-gate over thousands of iterations (\`bench/frameworks/check_truth.py\`). ${f.iterations} iterations, ${f.repeats} runs of each with PYTHONHASHSEED 1..${f.repeats}, threshold ${f.threshold} B per iteration for both methods; cost as for bench/corpus, best of ${f.costRuns} rounds.`,
      '',
      ...table(f.pythons),
      '',
      '### Where a method went wrong on real libraries',
      '',
      ...wentWrong(f.pythons),
    );
  }
  return lines.join('\n') + '\n';
}

function coreIntro(r) {
  return [
    `Written by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.corpus} corpus workloads (bench/corpus), ${r.iterations} iterations, ${r.repeats} runs of each with PYTHONHASHSEED 1..${r.repeats}, threshold ${r.threshold} B per iteration for both methods.`,
    `Cost, as ratios of wall time, best of ${r.costRuns} rounds, one process at a time, against the same iterations run untraced and under \`python -X tracemalloc=1\` (each interpreter started directly, not through the pyenv shim):`,
    "- *measurement*: the Python process that measures (start-up, imports, warm-up, screening, traced window, snapshots), as the report's `durationSeconds` gives it: from spawn to exit, timed by Node. The untraced and `tracemalloc=1` processes it is set against are timed the same way (`bench/spawn-timer.mjs`: the first child of a fresh Node process, as in `leak-gate run`);",
    '- *end to end*: the whole `leak-gate run`, Node start-up (~70 ms) included, against the untraced and `tracemalloc=1` commands run directly.',
    'The corpus workloads are small: a median untraced run (Python start-up included) takes the milliseconds in the last column, so a fixed start-up cost weighs heavily in the median ratio; the milliseconds the measurement adds are shown next to it.',
    'One run on a shared 2-core machine: noisy.',
    '',
    `The corpus workloads are cheap per iteration, so leak-gate traces a wide window of their last iterations (up to ${Math.round(r.iterations * 0.4)}). A workload that tracing slows many times gets only the plan's minimum; the *narrowest window* rows run every workload that way (\`LEAK_GATE_NARROWEST_WINDOW=1\`) to show what that costs in detection.`,
    '',
  ];
}

function table(pythons) {
  const lines = [
    '| Python | method | recall | false alarms | top-1 line | retainer named | retainer search, median / max | cost vs untraced, median: measurement / end to end | measurement vs untraced, median: clean / leaky | alloc-heavy vs tracemalloc=1: measurement / end to end | median untraced run; added by the measurement |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [python, p] of Object.entries(pythons)) {
    lines.push(
      `| ${python} | leak-gate | ${p.leakGate.recall.toFixed(2)} | ${p.leakGate.falseAlarmRate.toFixed(2)} | ${p.leakGate.top1.toFixed(2)} | ${named(p.leakGate)} | ${searchTime(p.leakGate)} | ${p.cost.medianMeasurementVsUntraced.toFixed(2)}x / ${p.cost.medianVsUntraced.toFixed(2)}x | ${split(p.cost)} | ${p.cost.allocHeavyMeasurementVsTracemalloc1.toFixed(2)}x / ${p.cost.allocHeavyVsTracemalloc1.toFixed(2)}x | ${p.cost.medianUntracedMs} ms; +${p.cost.medianAddedMs} ms |`,
    );
    lines.push(
      `| ${python} | leak-gate, narrowest window | ${p.leakGateNarrowWindow.recall.toFixed(2)} | ${p.leakGateNarrowWindow.falseAlarmRate.toFixed(2)} | ${p.leakGateNarrowWindow.top1.toFixed(2)} | ${named(p.leakGateNarrowWindow)} | | | | | |`,
    );
    lines.push(
      `| ${python} | two-snapshot | ${p.twoSnapshot.recall.toFixed(2)} | ${p.twoSnapshot.falseAlarmRate.toFixed(2)} | ${p.twoSnapshot.top1.toFixed(2)} | (no path) | | (tracemalloc=1: ${p.cost.medianTracemalloc1VsUntraced.toFixed(2)}x) | | | |`,
    );
  }
  return lines;
}

/** The retainer column; results written before retainers have none. */
const named = (s) => (s.retainerNamed === undefined ? '-' : s.retainerNamed.toFixed(2));
const searchTime = (s) =>
  s.searchSecondsMedian === undefined ? '-' : `${s.searchSecondsMedian.toFixed(2)} s / ${s.searchSecondsMax.toFixed(2)} s`;

/** Clean and leaky workloads' median measurement cost; results written before the split have none. */
function split(cost) {
  const x = (v) => (v === undefined ? '-' : `${v.toFixed(2)}x`);
  return `${x(cost.medianMeasurementVsUntracedClean)} / ${x(cost.medianMeasurementVsUntracedLeaky)}`;
}

function wentWrong(pythons) {
  const lines = [];
  for (const [python, p] of Object.entries(pythons)) {
    for (const [name, s] of [
      ['leak-gate', p.leakGate],
      ['leak-gate, narrowest window', p.leakGateNarrowWindow],
      ['two-snapshot', p.twoSnapshot],
    ]) {
      const parts = [];
      if (s.misses.length) parts.push(`missed ${s.misses.join(', ')}`);
      if (s.falseAlarms.length) parts.push(`false alarm on ${s.falseAlarms.join(', ')}`);
      if (s.wrongLines.length) parts.push(`wrong line on ${s.wrongLines.join(', ')}`);
      if (s.retainerWrong?.length) parts.push(`retainer not named on ${s.retainerWrong.join(', ')}`);
      lines.push(`- ${python}, ${name}: ${parts.length ? parts.join('; ') : 'nothing'}`);
    }
  }
  return lines;
}

await main();
