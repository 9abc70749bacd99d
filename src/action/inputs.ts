// The action's inputs and outputs: named once here (action.yml and the README
// list the same, a test checks it), and read here and nowhere else. A bad value
// names the input and what it accepts.

import * as core from '@actions/core';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { parseInteger, parseSettings, type Settings, type SettingsText } from '../gate/settings.js';

export const Input = {
  Script: 'script',
  Args: 'args',
  Entry: 'entry',
  Iterations: 'iterations',
  Warmup: 'warmup',
  Python: 'python',
  Timeout: 'timeout',
  FailOn: 'fail-on',
  MinGrowth: 'min-growth',
  Tolerance: 'tolerance',
  Ignore: 'ignore',
  BaselineBranch: 'baseline-branch',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  Comment: 'comment',
  GithubToken: 'github-token',
  WorkingDirectory: 'working-directory',
  Mode: 'mode',
} as const;

export const Output = {
  Verdict: 'verdict',
  GrowthPerIteration: 'growth-per-iteration',
  BaselineGrowthPerIteration: 'baseline-growth-per-iteration',
  ReportPath: 'report-path',
  CommentUrl: 'comment-url',
  BaselineRunId: 'baseline-run-id',
} as const;

export const MODES = ['measure', 'relay'] as const;
export const DEFAULT_ARTIFACT_NAME = 'leak-gate-baseline';
export const DEFAULT_RETENTION_DAYS = 90;

/** What both modes need to reach GitHub. */
interface GitHubInputs {
  token: string;
  artifactName: string;
}

export interface MeasureInputs extends GitHubInputs {
  mode: 'measure';
  settings: Settings;
  /** Empty: the PR's base branch, else the repository's default branch. */
  baselineBranch: string;
  retentionDays: number;
  comment: boolean;
  /** The working directory relative to the workspace, for annotation paths and links. */
  workingDirectory: string;
}

export interface RelayInputs extends GitHubInputs {
  mode: 'relay';
}

const input = (name: string): string => core.getInput(name).trim();

function artifactName(): string {
  const name = input(Input.ArtifactName) || DEFAULT_ARTIFACT_NAME;
  if (!/^[A-Za-z0-9._-]+$/.test(name))
    throw new UsageError(`input ${Input.ArtifactName} may hold letters, digits, ".", "_" and "-" only, got "${name}"`);
  return name;
}

/** The settings inputs, by the name the gate's settings use. */
const SETTINGS_INPUTS: (keyof SettingsText)[] = [
  Input.Entry,
  Input.Iterations,
  Input.Warmup,
  Input.Python,
  Input.Timeout,
  Input.FailOn,
  Input.MinGrowth,
  Input.Tolerance,
  Input.Ignore,
];

/**
 * The script's arguments: one a line, or, on one line, separated by spaces
 * with "double" or 'single' quotes keeping an argument's spaces (no escapes,
 * no variables: this is no shell).
 */
export function scriptArgs(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 1) return lines.map((l) => l.trim());
  const line = lines[0] ?? '';
  // A quoted part next to another part is the same argument: --name="a b".
  const part = /"([^"]*)"|'([^']*)'|([^\s"']+)/y;
  const args: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (/\s/.test(line[i]!)) {
      i++;
      continue;
    }
    let arg = '';
    while (i < line.length && !/\s/.test(line[i]!)) {
      part.lastIndex = i;
      const m = part.exec(line);
      if (!m) throw new UsageError(`input ${Input.Args} has a quote that is not closed: ${line.slice(i)}`);
      arg += m[1] ?? m[2] ?? m[3]!;
      i = part.lastIndex;
    }
    args.push(arg);
  }
  return args;
}

export function readInputs(): MeasureInputs | RelayInputs {
  const mode = input(Input.Mode) || 'measure';
  if (!(MODES as readonly string[]).includes(mode))
    throw new UsageError(`input ${Input.Mode} must be one of ${MODES.join(', ')}, got "${mode}"`);
  const github = { token: input(Input.GithubToken), artifactName: artifactName() };
  if (mode === 'relay') return { mode: 'relay', ...github };

  const script = input(Input.Script);
  if (!script) throw new UsageError(`input ${Input.Script} is required: the Python workload to measure, e.g. tests/leaks/workload.py`);
  const comment = (input(Input.Comment) || 'true').toLowerCase();
  if (comment !== 'true' && comment !== 'false')
    throw new UsageError(`input ${Input.Comment} must be true or false, got "${input(Input.Comment)}"`);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = input(Input.WorkingDirectory) || '.';
  const retention = input(Input.RetentionDays);
  return {
    mode: 'measure',
    ...github,
    settings: parseSettings(
      Object.fromEntries(SETTINGS_INPUTS.map((n) => [n, input(n)])),
      { target: script, cwd: path.resolve(workspace, workingDirectory), args: scriptArgs(core.getInput(Input.Args)) },
      (name) => `input ${name}`,
    ),
    baselineBranch: input(Input.BaselineBranch),
    retentionDays: retention ? parseInteger(`input ${Input.RetentionDays}`, retention, 1, 400) : DEFAULT_RETENTION_DAYS,
    comment: comment === 'true',
    workingDirectory: path.relative(workspace, path.resolve(workspace, workingDirectory)),
  };
}
