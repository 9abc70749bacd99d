// The command face: leak-gate run / compare. Settings from flags, baseline from
// a file, results to the terminal and an optional JSON file.

import { existsSync, statSync, type Stats } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareReports } from './compare.js';
import { baselineMismatch, windowDifference } from './verdict.js';
import { UsageError } from './errors.js';
import { localCommand } from './command.js';
import { runGate, type GateOutcome } from './pipeline.js';
import { COMMENT_LIMIT, commentMarker, renderMarkdown } from './render/markdown.js';
import { parseReport, REPORT_SCHEMA, TOOL_VERSION, type Report } from './report.js';
import { renderError, renderText } from './render/text.js';
import { DEFAULTS, ITERATIONS_RANGE, parseNumber, parseSettings, type Settings } from './settings.js';

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
  private shown = false;
  private lastLine = 0;
  private readonly started = Date.now();
  private readonly tty = Boolean(process.stderr.isTTY);

  /** Progress only for runs longer than a couple of seconds. */
  progress = (done: number, total: number): void => {
    const now = Date.now();
    if (now - this.started < 2000) return;
    if (this.tty) {
      process.stderr.write(`\r  measuring: iteration ${done} of ${total}`);
      this.shown = true;
    } else if (now - this.lastLine >= 5000 || done === total) {
      this.lastLine = now;
      process.stderr.write(`  measuring: iteration ${done} of ${total}\n`);
    }
  };

  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

async function readReport(file: string, what: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`${what} ${file} cannot be read: check the path`);
  }
  try {
    return parseReport(text, `${what} ${file}`);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Never replace a file that is not one of our reports: a mistyped --json must not eat a source file. */
async function writeReport(file: string, report: Report): Promise<void> {
  if (existsSync(file)) {
    let ours = false;
    try {
      ours = (JSON.parse(await readFile(file, 'utf8')) as { schema?: unknown }).schema === REPORT_SCHEMA;
    } catch {
      // Not JSON, or unreadable: not ours.
    }
    if (!ours) throw new UsageError(`--json ${file} exists and is not a leak-gate report: choose another path or remove it`);
  }
  await writeFile(file, JSON.stringify(report, null, 2) + '\n');
}

/** The report as the PR comment shows it, for other CI systems and for the README's picture. */
async function writeMarkdown(file: string, settings: Settings, outcome: GateOutcome): Promise<void> {
  if (existsSync(file) && !(await readFile(file, 'utf8')).startsWith('<!-- leak-gate:')) {
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
  await writeFile(file, body);
}

/** The path itself or its nearest ancestor that exists, with its stat; undefined when one cannot be read. */
function nearestExisting(file: string): [string, Stats] | undefined {
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    try {
      return [at, statSync(at)];
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(at) === at) return undefined;
    }
  }
}

/** Checked before the run, so that a mistyped path does not lose a measurement the user waited for. */
function checkOutputPaths(json: string | undefined, markdown: string | undefined, snapshotsDir: string | undefined): void {
  for (const [flag, file] of [['--json', json], ['--markdown', markdown]] as const) {
    if (file === undefined) continue;
    const dir = path.dirname(path.resolve(file));
    const found = nearestExisting(dir);
    if (found && found[0] !== dir) throw new UsageError(`${flag} ${file}: the directory ${dir} does not exist: create it or choose another path`);
    if (found && !found[1].isDirectory()) throw new UsageError(`${flag} ${file}: ${dir} is not a directory: choose another path`);
  }
  if (snapshotsDir !== undefined) {
    // The probe creates the directory and its parents; a file in the way stops it.
    const found = nearestExisting(snapshotsDir);
    if (found && !found[1].isDirectory()) {
      const where = found[0] === path.resolve(snapshotsDir) ? 'is a file' : `is inside ${found[0]}, which is a file`;
      throw new UsageError(`--snapshots-dir ${snapshotsDir} ${where}, not a directory: choose another path`);
    }
  }
}

const withValue = { type: 'string' } as const;
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

function help(): number {
  process.stdout.write(USAGE);
  return 0;
}

/** Levenshtein distance, for suggesting the option the user meant. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * The command's own arguments made ready for parseArgs, or undefined for
 * --help. Done here because parseArgs would call a negative number
 * "ambiguous" and answer an unknown option with advice about positionals.
 */
function ownArgs(command: 'run' | 'compare', args: string[], options: object): string[] | undefined {
  const names = Object.keys(options);
  const ready: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return undefined;
    if (arg === '--') {
      ready.push(...args.slice(i));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      ready.push(arg);
      continue;
    }
    const option = arg.split('=')[0]!;
    const name = option.replace(/^--?/, '');
    if (!option.startsWith('--') || !names.includes(name)) {
      const [closest] = [...names, 'help']
        .map((known) => [known, editDistance(name, known)] as const)
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
    } else ready.push(arg);
  }
  return ready;
}

function splitScriptArgs(argv: string[]): [string[], string[]] {
  const i = argv.indexOf('--');
  return i < 0 ? [argv, []] : [argv.slice(0, i), argv.slice(i + 1)];
}

async function run(argv: string[]): Promise<number> {
  const [own, scriptArgs] = splitScriptArgs(argv);
  const args = ownArgs('run', own, RUN_OPTIONS);
  if (!args) return help();
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: RUN_OPTIONS });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length ? `run takes one SCRIPT, got ${positionals.length}: put script arguments after --` : 'run needs a SCRIPT: leak-gate run path/to/workload.py');
  }
  const settings = parseSettings(
    { ...values, python: values.python ?? process.env.LEAK_GATE_PYTHON },
    {
      target: positionals[0]!,
      cwd: process.cwd(),
      args: scriptArgs,
      jsonPath: values.json,
      snapshotsDir: values['snapshots-dir'],
      baselinePath: values.baseline,
    },
    (name) => `--${name}`,
  );
  checkOutputPaths(settings.jsonPath, values.markdown, settings.snapshotsDir);
  // Read the baseline before a long run, so a wrong path fails at once.
  const baseline = settings.baselinePath ? await readReport(settings.baselinePath, '--baseline') : undefined;
  const terminal = new Terminal();
  const outcome = await runGate(settings, { loadBaseline: async () => baseline, onProgress: terminal.progress, knownBaseline: baseline });
  terminal.done();
  if (settings.jsonPath) await writeReport(settings.jsonPath, outcome.report);
  if (values.markdown) await writeMarkdown(values.markdown, settings, outcome);
  if (outcome.exitCode === 2) process.stderr.write(renderError(outcome.report));
  else process.stdout.write(renderText(outcome.report, outcome.comparison, outcome.notes));
  return outcome.exitCode;
}

async function compare(argv: string[]): Promise<number> {
  const args = ownArgs('compare', argv, COMPARE_OPTIONS);
  if (!args) return help();
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMPARE_OPTIONS });
  if (positionals.length !== 2) throw new UsageError('compare needs two reports: leak-gate compare BASE.json HEAD.json');
  const base = await readReport(positionals[0]!, 'BASE');
  const head = await readReport(positionals[1]!, 'HEAD');
  const names = { base: `BASE ${positionals[0]}`, head: `HEAD ${positionals[1]}` };
  for (const [report, name] of [[base, names.base], [head, names.head]] as const) {
    if (report.verdict === 'error') throw new UsageError(`${name} is the report of a run that could not measure: measure again, then compare`);
  }
  const mismatch = baselineMismatch(base, head, names);
  if (mismatch) throw new UsageError(`cannot compare: ${mismatch}; measure both the same way`);
  const windows = windowDifference(base, head, names);
  const notes = windows
    ? [`${windows}; \`leak-gate run SCRIPT --iterations ${base.workload.iterations} --baseline ${positionals[0]}\` traces the same window`]
    : [];
  const comparison = compareReports(base, head, {
    tolerance: values.tolerance === undefined ? DEFAULTS.tolerance : parseNumber('--tolerance', values.tolerance, 0, 1000),
    minGrowth: values['min-growth'] === undefined ? DEFAULTS.minGrowth : parseNumber('--min-growth', values['min-growth'], 1, 1e9),
  });
  const shown: Report = { ...head, verdict: comparison.regressed ? 'regression' : head.verdict === 'leak' ? 'leak' : 'pass' };
  if (comparison.regressed) {
    const worst = comparison.sites[0]!;
    shown.summary = `${comparison.sites.filter((s) => s.status === 'new' || s.status === 'grown').length} line(s) new or grown since the baseline; the largest: ${worst.file}:${worst.line}`;
  }
  process.stdout.write(renderText(shown, comparison, notes));
  return comparison.regressed ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
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
  } catch (err) {
    const e = err as Error & { code?: string };
    if (err instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`leak-gate: ${e.message.split('\n')[0]}\n`);
      return 2;
    }
    process.stderr.write(`leak-gate: internal error: ${e.message}; please report it with the command you ran\n`);
    return 2;
  }
}
