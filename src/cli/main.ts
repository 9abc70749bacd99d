// The command face: `leak-gate run` and `leak-gate compare`. Settings from
// flags, the baseline from a file, results to the terminal and to files.

import { RefusedError, UsageError } from '../errors.js';
import { runGate } from '../gate/gate.js';
import { baselineMismatch } from '../gate/comparable.js';
import { parseNumber } from '../gate/settings.js';
import { judge } from '../gate/verdict.js';
import { renderError, renderText } from '../render/text.js';
import { TOOL_VERSION } from '../version.js';
import { parseCompareArgs, parseRunArgs, USAGE } from './args.js';
import { checkOutputPaths, fileBaselineSource, readReportFile, writeMarkdown, writeReport } from './files.js';
import { Terminal } from './terminal.js';

function help(): number {
  process.stdout.write(USAGE);
  return 0;
}

async function run(argv: string[]): Promise<number> {
  const command = parseRunArgs(argv);
  if (!command) return help();
  const { settings, markdownPath } = command;
  checkOutputPaths(settings.jsonPath, markdownPath, settings.snapshotsDir);
  // Read the baseline before a long run, so a wrong path fails at once.
  const baseline = settings.baselinePath ? await readReportFile(settings.baselinePath, '--baseline') : undefined;
  const terminal = new Terminal();
  const outcome = await runGate(settings, { baseline: baseline && fileBaselineSource(baseline), onProgress: terminal.progress });
  terminal.done();
  if (settings.jsonPath) await writeReport(settings.jsonPath, outcome.report);
  if (markdownPath) await writeMarkdown(markdownPath, settings, outcome);
  if (outcome.decision.exitCode === 2) process.stderr.write(renderError(outcome.report));
  else process.stdout.write(renderText(outcome.report, outcome.comparison, outcome.notes));
  return outcome.decision.exitCode;
}

/** Two reports judged again, site by site, with the settings HEAD was judged with unless flags say otherwise. */
async function compare(argv: string[]): Promise<number> {
  const command = parseCompareArgs(argv);
  if (!command) return help();
  const base = await readReportFile(command.base, 'BASE');
  const head = await readReportFile(command.head, 'HEAD');
  const names = { base: `BASE ${command.base}`, head: `HEAD ${command.head}` };
  for (const [report, name] of [
    [base, names.base],
    [head, names.head],
  ] as const) {
    if (report.verdict === 'error')
      throw new UsageError(`${name} is the report of a run that could not measure: measure again, then compare`);
  }
  const mismatch = baselineMismatch(base, head, names);
  if (mismatch) throw new UsageError(`cannot compare: ${mismatch}; measure both the same way`);
  const judging = {
    ...head.judging,
    // compare answers one question: did anything get worse than BASE?
    failOn: 'regression' as const,
    tolerance: command.tolerance === undefined ? head.judging.tolerance : parseNumber('--tolerance', command.tolerance, 0, 1000),
    minGrowth: command.minGrowth === undefined ? head.judging.minGrowth : parseNumber('--min-growth', command.minGrowth, 1, 1e9),
  };
  const judged = judge(head, base, judging, {
    names,
    sameWindowHint: `\`leak-gate run SCRIPT --iterations ${base.workload.iterations} --baseline ${command.base}\` traces the same window`,
  });
  process.stdout.write(renderText(judged.report, judged.comparison, judged.notes));
  return judged.decision.exitCode;
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
    if (err instanceof UsageError || err instanceof RefusedError || e.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`leak-gate: ${e.message.split('\n')[0]}\n`);
      return 2;
    }
    process.stderr.write(`leak-gate: internal error: ${e.message}; please report it with the command you ran\n`);
    return 2;
  }
}
