// The action face: settings from inputs, results to the log, outputs and the
// exit code. (The PR comment, summary, annotations and baseline artifacts come next.)

import * as core from '@actions/core';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { UsageError } from './errors.js';
import { runGate } from './pipeline.js';
import { renderError, renderText } from './render/text.js';
import { parseSettings, type Settings } from './settings.js';

/** Every input is read here and nowhere else; a bad value names the input. */
export function readInputs(): Settings {
  const input = (name: string): string => core.getInput(name);
  if (!input('script').trim()) {
    throw new UsageError('input script is required: the Python workload to measure, e.g. tests/leaks/workload.py');
  }
  const names = ['entry', 'iterations', 'warmup', 'python', 'timeout', 'fail-on', 'min-growth', 'tolerance'] as const;
  return parseSettings(
    Object.fromEntries(names.map((n) => [n, input(n)])),
    {
      target: input('script').trim(),
      cwd: path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), input('working-directory').trim() || '.'),
      args: [],
    },
    (name) => `input ${name}`,
  );
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
