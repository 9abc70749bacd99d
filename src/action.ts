// The action face: settings from inputs, results to the log, outputs and the
// exit code. (The PR comment, summary, annotations and baseline artifacts come next.)

import * as core from '@actions/core';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { UsageError } from './errors.js';
import { runGate } from './pipeline.js';
import { renderError, renderText } from './render/text.js';
import {
  checkSettings,
  DEFAULTS,
  FAIL_ON,
  ITERATIONS_RANGE,
  parseChoice,
  parseInteger,
  parseNumber,
  type Settings,
} from './settings.js';

/** Every input is read here and nowhere else; a bad value names the input. */
export function readInputs(): Settings {
  const input = (name: string): string => core.getInput(name).trim();
  const script = input('script');
  if (!script) throw new UsageError('input script is required: the Python workload to measure, e.g. tests/leaks/workload.py');
  const entry = input('entry');
  if (entry && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry)) throw new UsageError(`input entry must be a Python function name, got "${entry}"`);
  const cwd = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), input('working-directory') || '.');
  const s: Settings = {
    target: script,
    entry: entry || DEFAULTS.entry,
    entryExplicit: Boolean(entry),
    iterations: input('iterations') ? parseInteger('input iterations', input('iterations'), ...ITERATIONS_RANGE) : DEFAULTS.iterations,
    warmup: input('warmup') ? parseInteger('input warmup', input('warmup'), 0, ITERATIONS_RANGE[1]) : undefined,
    python: input('python') || 'python3',
    timeoutSeconds: input('timeout') ? parseNumber('input timeout', input('timeout'), 1, 86400) : DEFAULTS.timeoutSeconds,
    cwd,
    args: [],
    failOn: input('fail-on') ? parseChoice('input fail-on', input('fail-on'), FAIL_ON) : DEFAULTS.failOn,
    minGrowth: input('min-growth') ? parseNumber('input min-growth', input('min-growth'), 1, 1e9) : DEFAULTS.minGrowth,
    tolerance: input('tolerance') ? parseNumber('input tolerance', input('tolerance'), 0, 1000) : DEFAULTS.tolerance,
  };
  return checkSettings(s, { iterations: 'input iterations', warmup: 'input warmup' });
}

export async function run(): Promise<void> {
  const settings = readInputs();
  const outcome = await runGate(settings, { loadBaseline: async () => undefined });
  const reportPath = path.join(process.env.RUNNER_TEMP ?? settings.cwd, 'leak-gate-report.json');
  await writeFile(reportPath, JSON.stringify(outcome.report, null, 2) + '\n');
  core.setOutput('verdict', outcome.report.verdict);
  core.setOutput('growth-per-iteration', String(outcome.report.growthPerIteration));
  core.setOutput('report-path', reportPath);
  if (outcome.exitCode === 2) {
    core.info(renderError(outcome.report));
    core.setFailed(`leak-gate could not measure: ${outcome.report.error?.message ?? ''}`);
    return;
  }
  core.info(renderText(outcome.report, outcome.comparison, outcome.notes));
  for (const n of outcome.notes) core.notice(n);
  if (outcome.decision.fail) core.setFailed(`leak-gate: ${outcome.report.summary}`);
}
