// The action's measure mode: settings from inputs, the baseline from an
// artifact of the base branch, results to the PR comment, job summary,
// annotations, outputs and the step's status.

import * as core from '@actions/core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runGate } from '../gate/gate.js';
import { localCommand } from '../gate/repro.js';
import { makeOctokit } from '../github/api.js';
import { annotate } from '../github/annotations.js';
import { ArtifactBaselineSource, uploadBaseline } from '../github/baseline.js';
import { readContext, readEventPayload } from '../github/context.js';
import { commentMarker, renderMarkdown, SUMMARY_LIMIT } from '../render/markdown.js';
import { renderError, renderText } from '../render/text.js';
import { comment } from './comment.js';
import { Output, type MeasureInputs } from './inputs.js';

export async function measureAndReport(inputs: MeasureInputs): Promise<void> {
  const ctx = readContext(process.env, await readEventPayload());
  const octokit = inputs.token ? makeOctokit(inputs.token, ctx.apiUrl) : undefined;
  const branch = inputs.baselineBranch || ctx.pullRequest?.baseRef || ctx.defaultBranch || 'main';
  const storesBaseline = ctx.event === 'push' && ctx.branch === branch;
  const settings = storesBaseline
    ? { ...inputs.settings, snapshotsDir: await mkdtemp(path.join(tmpdir(), 'leak-gate-snapshots-')) }
    : inputs.settings;
  const lookup = octokit && {
    octokit,
    token: inputs.token,
    owner: ctx.owner,
    repo: ctx.repo,
    repositoryId: ctx.repositoryId,
    branch,
    artifactName: inputs.artifactName,
  };
  const source = new ArtifactBaselineSource(lookup, ctx.pullRequest !== undefined, storesBaseline ? branch : undefined);

  const outcome = await runGate(settings, { baseline: source });
  const { report, notes } = outcome;
  const reportPath = path.join(process.env.RUNNER_TEMP ?? settings.cwd, 'leak-gate-report.json');
  await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
  core.info(outcome.decision.exitCode === 2 ? renderError(report) : renderText(report, outcome.comparison, notes));
  for (const n of notes) core.notice(n);

  const baselineRun = outcome.baselineRunId
    ? { id: outcome.baselineRunId, url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${outcome.baselineRunId}` }
    : undefined;
  const pathPrefix = inputs.workingDirectory && inputs.workingDirectory !== '.' ? inputs.workingDirectory : undefined;
  const command = localCommand(settings, { python: report.workload.python, workingDirectory: pathPrefix, mode: report.workload.mode });
  const marker = commentMarker(settings.target, settings.entry);
  const render = (limit: number): string =>
    renderMarkdown({
      ...outcome,
      links: { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, sha: ctx.sha, pathPrefix, baseSha: outcome.baselineCommit },
      baselineRun,
      command,
      marker,
      limit,
    });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(render(SUMMARY_LIMIT)).write();
  annotate(report, outcome.decision.fail, inputs.workingDirectory);

  const commentUrl = ctx.pullRequest && inputs.comment ? await comment(octokit, inputs, ctx, outcome, render, marker, command) : '';
  if (storesBaseline && outcome.decision.exitCode !== 2) {
    try {
      const id = await uploadBaseline(report, outcome.snapshotFiles, inputs.artifactName, inputs.retentionDays);
      core.info(`leak-gate: stored the baseline for ${branch} as artifact ${inputs.artifactName} (id ${id ?? '?'})`);
    } catch (err) {
      core.warning(
        `leak-gate could not store the baseline artifact: ${(err as Error).message}. Pull requests will have no baseline until a push stores one.`,
      );
    }
  }

  core.setOutput(Output.Verdict, report.verdict);
  core.setOutput(Output.GrowthPerIteration, String(report.growthPerIteration));
  core.setOutput(Output.BaselineGrowthPerIteration, outcome.baseline ? String(outcome.baseline.growthPerIteration) : '');
  core.setOutput(Output.ReportPath, reportPath);
  core.setOutput(Output.CommentUrl, commentUrl);
  core.setOutput(Output.BaselineRunId, outcome.baselineRunId ? String(outcome.baselineRunId) : '');

  if (outcome.decision.exitCode === 2) core.setFailed(`leak-gate could not measure: ${report.error?.message ?? ''}`);
  else if (outcome.decision.fail) core.setFailed(`leak-gate: ${report.summary}`);
}
