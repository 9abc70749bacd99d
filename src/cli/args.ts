// The command's words: its usage, its options, and how a command line becomes
// settings. Options are named here and nowhere else.

import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { DEFAULTS, ITERATIONS_RANGE, parseSettings, type Settings } from '../gate/settings.js';

export const USAGE = `Usage:
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
  --ignore PATTERN      never fail on lines matching PATTERN (path:line, a path
                        glob such as vendor/**, or module.function); repeatable

Exit codes: 0 pass, 1 leak or regression, 2 could not measure or bad usage,
130 stopped by Ctrl-C (SIGINT), 143 stopped by SIGTERM.
`;

const withValue = { type: 'string' } as const;
export const RUN_OPTIONS = {
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
} as const;
export const COMPARE_OPTIONS = { tolerance: withValue, 'min-growth': withValue };

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
export function ownArgs(command: 'run' | 'compare', args: string[], options: object): string[] | undefined {
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
      // Without a near name, the likeliest slip is a script's own option before `--`.
      const hint = closest
        ? ` (did you mean --${closest[0]}?)`
        : command === 'run'
          ? `; if it is the script's, pass it after --: leak-gate run SCRIPT [options] -- ${scriptsOwn(arg, args[i + 1])}`
          : '';
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

/** An unknown option and the value after it, if one follows (not another option). */
function scriptsOwn(option: string, next: string | undefined): string {
  return next !== undefined && !next.startsWith('-') && !option.includes('=') ? `${option} ${next}` : option;
}

function splitScriptArgs(argv: string[]): [string[], string[]] {
  const i = argv.indexOf('--');
  return i < 0 ? [argv, []] : [argv.slice(0, i), argv.slice(i + 1)];
}

export interface RunCommand {
  settings: Settings;
  markdownPath?: string;
}

/** `leak-gate run` arguments as settings; undefined for --help. */
export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): RunCommand | undefined {
  const [own, scriptArgs] = splitScriptArgs(argv);
  const args = ownArgs('run', own, RUN_OPTIONS);
  if (!args) return undefined;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: RUN_OPTIONS });
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length
        ? `run takes one SCRIPT, got ${positionals.length}: put script arguments after --`
        : 'run needs a SCRIPT: leak-gate run path/to/workload.py',
    );
  }
  const settings = parseSettings(
    { ...values, python: values.python ?? env.LEAK_GATE_PYTHON, ignore: values.ignore?.join('\n') },
    {
      target: positionals[0]!,
      cwd: process.cwd(),
      args: scriptArgs,
      jsonPath: values.json,
      snapshotsDir: values['snapshots-dir'],
      baselinePath: values.baseline,
    },
    (name) => `--${name}`,
    env,
  );
  return { settings, markdownPath: values.markdown };
}

export interface CompareCommand {
  base: string;
  head: string;
  tolerance?: string;
  minGrowth?: string;
}

/** `leak-gate compare` arguments; undefined for --help. */
export function parseCompareArgs(argv: string[]): CompareCommand | undefined {
  const args = ownArgs('compare', argv, COMPARE_OPTIONS);
  if (!args) return undefined;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMPARE_OPTIONS });
  if (positionals.length !== 2) throw new UsageError('compare needs two reports: leak-gate compare BASE.json HEAD.json');
  return { base: positionals[0]!, head: positionals[1]!, tolerance: values.tolerance, minGrowth: values['min-growth'] };
}
