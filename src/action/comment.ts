// Where the action's report goes on a pull request: the sticky comment, or,
// when this run's token cannot write one (a fork), the bundle for the relay.

import * as core from '@actions/core';
import type { GateOutcome } from '../gate/gate.js';
import type { Octokit } from '../github/api.js';
import { upsertComment } from '../github/comment.js';
import type { RunContext } from '../github/context.js';
import { uploadRelayBundle } from '../github/relay-bundle.js';
import { COMMENT_LIMIT } from '../render/markdown.js';
import type { MeasureInputs } from './inputs.js';

const RELAY_HOW_TO =
  'To get the comment on pull requests from forks, add the relay workflow from the leak-gate README (on: workflow_run, mode: relay); the summary, annotations and check above are complete.';

/** The PR comment, or the relay bundle when this token cannot write one. Returns the comment's URL, or ''. */
export async function comment(
  octokit: Octokit | undefined,
  inputs: MeasureInputs,
  ctx: RunContext,
  outcome: GateOutcome,
  render: (limit: number) => string,
  marker: string,
  command: string,
): Promise<string> {
  const pr = ctx.pullRequest!;
  const relay = async (): Promise<void> => {
    const { report, baseline, baselineRunId, baselineCommit, notes } = outcome;
    const bundle = {
      pullRequest: pr.number,
      headSha: pr.headSha,
      report,
      baseline,
      baselineRunId,
      baselineCommit,
      notes,
      command,
      workingDirectory: inputs.workingDirectory,
    };
    await uploadRelayBundle(inputs.artifactName, bundle).catch((err: unknown) =>
      core.warning(`leak-gate could not upload the report for the relay workflow: ${(err as Error).message}`),
    );
  };
  if (pr.fromFork || !octokit) {
    core.warning(
      `leak-gate cannot comment here: ${pr.fromFork ? "a fork's pull request gets a read-only token" : 'input github-token is empty'}. ${RELAY_HOW_TO}`,
    );
    await relay();
    return '';
  }
  const r = await upsertComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number }, marker, render, COMMENT_LIMIT);
  if (r.ok) {
    core.info(`leak-gate: ${r.action} the PR comment ${r.url}`);
    return r.url;
  }
  if (r.status === 403) {
    core.warning(
      `leak-gate cannot comment: the token may not write to pull requests (403). Give the job "permissions: pull-requests: write"; for forks: ${RELAY_HOW_TO}`,
    );
    await relay();
  } else {
    core.warning(
      `leak-gate could not write the PR comment (${r.status ?? 'no answer'}: ${r.message}); the summary, annotations and check are complete.`,
    );
  }
  return '';
}
