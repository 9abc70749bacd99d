// The action face: settings from inputs, the baseline from an artifact of the
// base branch, results to the PR comment, job summary, annotations, outputs and
// the step's status.

import * as core from '@actions/core';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localCommand } from './command.js';
import { UsageError } from './errors.js';
import { makeOctokit, type Octokit } from './github/api.js';
import { findBaseline, uploadBaseline } from './github/baseline.js';
import { commentMarker, upsertComment } from './github/comment.js';
import { readContext, type RunContext } from './github/context.js';
import { relay, uploadRelayBundle } from './github/relay.js';
import { runGate, type GateOutcome } from './pipeline.js';
import { baselineMismatch } from './verdict.js';
import type { Report } from './report.js';
import { COMMENT_LIMIT, renderMarkdown, SUMMARY_LIMIT, type Links } from './render/markdown.js';
import { renderError, renderText } from './render/text.js';
import { parseInteger, parseSettings, type Settings } from './settings.js';

export const MODES = ['measure', 'relay'] as const;

export interface ActionInputs {
  settings: Settings;
  mode: (typeof MODES)[number];
  /** Empty: the PR's base branch, else the repository's default branch. */
  baselineBranch: string;
  artifactName: string;
  retentionDays: number;
  comment: boolean;
  token: string;
  /** The working directory relative to the workspace, for annotation paths. */
  workingDirectory: string;
}

/** Every input is read here and nowhere else; a bad value names the input. */
export function readInputs(): ActionInputs {
  const input = (name: string): string => core.getInput(name).trim();
  const mode = input('mode') || 'measure';
  if (!(MODES as readonly string[]).includes(mode)) throw new UsageError(`input mode must be one of ${MODES.join(', ')}, got "${mode}"`);
  const workingDirectory = input('working-directory') || '.';
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const comment = input('comment') || 'true';
  if (!['true', 'false'].includes(comment.toLowerCase())) throw new UsageError(`input comment must be true or false, got "${comment}"`);
  const artifactName = input('artifact-name') || 'leak-gate-baseline';
  if (!/^[A-Za-z0-9._-]+$/.test(artifactName)) {
    throw new UsageError(`input artifact-name may hold letters, digits, ".", "_" and "-" only, got "${artifactName}"`);
  }
  const script = input('script');
  if (!script && mode === 'measure') {
    throw new UsageError('input script is required: the Python workload to measure, e.g. tests/leaks/workload.py');
  }
  const names = ['entry', 'iterations', 'warmup', 'python', 'timeout', 'fail-on', 'min-growth', 'tolerance'] as const;
  return {
    settings: parseSettings(
      Object.fromEntries(names.map((n) => [n, input(n)])),
      { target: script, cwd: path.resolve(workspace, workingDirectory), args: [] },
      (name) => `input ${name}`,
    ),
    mode: mode as ActionInputs['mode'],
    baselineBranch: input('baseline-branch'),
    artifactName,
    retentionDays: input('retention-days') ? parseInteger('input retention-days', input('retention-days'), 1, 400) : 90,
    comment: comment.toLowerCase() === 'true',
    token: input('github-token'),
    workingDirectory: path.relative(workspace, path.resolve(workspace, workingDirectory)),
  };
}

async function readPayload(): Promise<Record<string, unknown>> {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function run(): Promise<void> {
  const inputs = readInputs();
  const ctx = readContext(process.env, await readPayload());
  const octokit = inputs.token ? makeOctokit(inputs.token, ctx.apiUrl) : undefined;
  if (inputs.mode === 'relay') {
    if (!octokit) throw new UsageError('input github-token is empty: relay mode posts the comment with it');
    await relay(octokit, inputs, ctx);
    return;
  }
  await measure(inputs, ctx, octokit);
}

function baselineBranch(inputs: ActionInputs, ctx: RunContext): string {
  return inputs.baselineBranch || ctx.pullRequest?.baseRef || ctx.defaultBranch || 'main';
}

async function measure(inputs: ActionInputs, ctx: RunContext, octokit: Octokit | undefined): Promise<void> {
  const settings = { ...inputs.settings };
  const branch = baselineBranch(inputs, ctx);
  const storesBaseline = ctx.event === 'push' && ctx.branch === branch;
  const lookupNotes: string[] = [];
  if (storesBaseline) {
    settings.snapshotsDir = await mkdtemp(path.join(tmpdir(), 'leak-gate-snapshots-'));
    // This run is the baseline: with nothing to regress against, failing it would
    // also make it unusable (only successful runs' baselines are compared with).
    if (settings.failOn === 'regression') {
      settings.failOn = 'never';
      lookupNotes.push(`this push stores the baseline of ${branch}: fail-on regression gates the pull requests compared with it, not this run`);
    }
  }

  // The baseline is looked up before measuring: traced over the baseline's
  // window, an unchanged leak measures the same (the window otherwise follows
  // this machine's timing). Whether it can be compared is known only after.
  const lookUp = (client: Octokit, mismatch: (baseline: Report) => string | undefined) =>
    findBaseline({
      octokit: client,
      token: inputs.token,
      owner: ctx.owner,
      repo: ctx.repo,
      repositoryId: ctx.repositoryId,
      branch,
      artifactName: inputs.artifactName,
      mismatch,
    });
  const lookupFailed = (err: unknown): undefined => {
    lookupNotes.push(`the baseline could not be looked up (${(err as Error).message}); judged on this run alone`);
    return undefined;
  };
  let newest: { client: Octokit; lookup: Awaited<ReturnType<typeof findBaseline>> } | undefined;
  if (ctx.pullRequest) {
    if (!octokit) lookupNotes.push('no github-token, so no baseline was looked up');
    else {
      const lookup = await lookUp(octokit, () => undefined).catch(lookupFailed);
      if (lookup) newest = { client: octokit, lookup };
    }
  }

  let baselineRunId: number | undefined;
  const outcome = await runGate(settings, {
    knownBaseline: newest?.lookup.found?.report,
    loadBaseline: async (head: Report) => {
      if (!newest) return undefined; // no pull request, no token, or the lookup failed: said above
      let lookup = newest.lookup;
      if (lookup.found && baselineMismatch(lookup.found.report, head)) {
        // The newest cannot be compared with this run: an older one may be.
        const again = await lookUp(newest.client, (baseline) => baselineMismatch(baseline, head)).catch(lookupFailed);
        if (!again) return undefined;
        lookup = again;
      }
      for (const s of lookup.skipped) lookupNotes.push(`baseline skipped: ${s}`);
      if (!lookup.found) {
        lookupNotes.push(`no baseline from ${branch} yet: a push to ${branch} running this workflow stores one; until then the verdict is judged on this run alone`);
        return undefined;
      }
      baselineRunId = lookup.found.runId;
      return lookup.found.report;
    },
  });
  const notes = [...lookupNotes, ...outcome.notes];
  const reportPath = path.join(process.env.RUNNER_TEMP ?? settings.cwd, 'leak-gate-report.json');
  await writeFile(reportPath, JSON.stringify(outcome.report, null, 2) + '\n');

  core.info(outcome.exitCode === 2 ? renderError(outcome.report) : renderText(outcome.report, outcome.comparison, notes));
  for (const n of notes) core.notice(n);

  const links: Links = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, sha: ctx.sha };
  const baselineRun = baselineRunId ? { id: baselineRunId, url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${baselineRunId}` } : undefined;
  const render = (limit: number): string =>
    renderMarkdown({
      report: outcome.report,
      baseline: outcome.baseline,
      comparison: outcome.comparison,
      links: prefixLinks(links, inputs.workingDirectory),
      baselineRun,
      notes,
      command: localCommand(settings),
      marker: commentMarker(settings.target, settings.entry),
      limit,
    });

  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(render(SUMMARY_LIMIT)).write();
  annotate(outcome, inputs.workingDirectory);

  let commentUrl = '';
  if (ctx.pullRequest && inputs.comment) {
    commentUrl = await comment(octokit, inputs, ctx, outcome, render, notes, baselineRunId);
  }
  if (storesBaseline && outcome.exitCode !== 2) {
    try {
      const id = await uploadBaseline(outcome.report, outcome.snapshotFiles, inputs.artifactName, inputs.retentionDays);
      core.info(`leak-gate: stored the baseline for ${branch} as artifact ${inputs.artifactName} (id ${id ?? '?'})`);
    } catch (err) {
      core.warning(`leak-gate could not store the baseline artifact: ${(err as Error).message}. Pull requests will have no baseline until a push stores one.`);
    }
  }

  core.setOutput('verdict', outcome.report.verdict);
  core.setOutput('growth-per-iteration', String(outcome.report.growthPerIteration));
  core.setOutput('baseline-growth-per-iteration', outcome.baseline ? String(outcome.baseline.growthPerIteration) : '');
  core.setOutput('report-path', reportPath);
  core.setOutput('comment-url', commentUrl);
  core.setOutput('baseline-run-id', baselineRunId ? String(baselineRunId) : '');

  if (outcome.exitCode === 2) core.setFailed(`leak-gate could not measure: ${outcome.report.error?.message ?? ''}`);
  else if (outcome.decision.fail) core.setFailed(`leak-gate: ${outcome.report.summary}`);
}

/** Finding paths are relative to working-directory; links and annotations want the repository's. */
function prefixLinks(links: Links, workingDirectory: string): Links {
  return workingDirectory && workingDirectory !== '.' ? { ...links, pathPrefix: workingDirectory } : links;
}

function repoPath(file: string, workingDirectory: string): string {
  return workingDirectory && workingDirectory !== '.' ? path.posix.join(workingDirectory.split(path.sep).join('/'), file) : file;
}

/** GitHub shows 10 annotations of a kind per step: the most important leaks. */
function annotate(outcome: GateOutcome, workingDirectory: string): void {
  const leaks = outcome.report.findings.filter((f) => f.kind === 'leak' && f.inProject).slice(0, 10);
  for (const f of leaks) {
    const message = `${f.why}. Function ${f.function}: ${f.code}`;
    const props = { file: repoPath(f.file, workingDirectory), startLine: f.line, title: `Memory leak: +${Math.round(f.growthPerIteration)} B per iteration` };
    if (outcome.decision.fail) core.error(message, props);
    else core.warning(message, props);
  }
}

async function comment(
  octokit: Octokit | undefined,
  inputs: ActionInputs,
  ctx: RunContext,
  outcome: GateOutcome,
  render: (limit: number) => string,
  notes: string[],
  baselineRunId: number | undefined,
): Promise<string> {
  const pr = ctx.pullRequest!;
  const howTo =
    'To get the comment on pull requests from forks, add the relay workflow from the leak-gate README (on: workflow_run, mode: relay); the summary, annotations and check above are complete.';
  const relayBundle = async (): Promise<void> => {
    try {
      await uploadRelayBundle(inputs.artifactName, {
        pullRequest: pr.number,
        headSha: pr.headSha,
        report: outcome.report,
        baseline: outcome.baseline,
        baselineRunId,
        notes,
        command: localCommand(inputs.settings),
        workingDirectory: inputs.workingDirectory,
      });
    } catch (err) {
      core.warning(`leak-gate could not upload the report for the relay workflow: ${(err as Error).message}`);
    }
  };
  if (pr.fromFork || !octokit) {
    core.warning(`leak-gate cannot comment here: ${pr.fromFork ? "a fork's pull request gets a read-only token" : 'input github-token is empty'}. ${howTo}`);
    await relayBundle();
    return '';
  }
  const r = await upsertComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number }, commentMarker(inputs.settings.target, inputs.settings.entry), render, COMMENT_LIMIT);
  if (r.ok) {
    core.info(`leak-gate: ${r.action} the PR comment ${r.url}`);
    return r.url;
  }
  if (r.status === 403) {
    core.warning(`leak-gate cannot comment: the token may not write to pull requests (403). Give the job "permissions: pull-requests: write"; for forks: ${howTo}`);
    await relayBundle();
  } else {
    core.warning(`leak-gate could not write the PR comment (${r.status ?? 'no answer'}: ${r.message}); the summary, annotations and check are complete.`);
  }
  return '';
}
