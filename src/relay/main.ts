// The fork relay: a workflow triggered by workflow_run, with the base
// repository's token, posts the comment a fork's run could not. It runs no
// code of the pull request: it reads the bundle that run uploaded as untrusted
// data, judges it again with the settings stored in its report, and comments
// only on the pull request whose head is the commit that run tested.

import * as core from '@actions/core';
import { Output, type RelayInputs } from '../action/inputs.js';
import { RefusedError, UsageError } from '../errors.js';
import { judge } from '../gate/verdict.js';
import { makeOctokit } from '../github/api.js';
import { upsertComment } from '../github/comment.js';
import { readContext, readEventPayload } from '../github/context.js';
import { downloadRelayBundle, otherRelayArtifacts, relayArtifactName } from '../github/relay-bundle.js';
import { COMMENT_LIMIT, commentMarker, renderMarkdown } from '../render/markdown.js';

export async function relay(inputs: RelayInputs): Promise<void> {
  const ctx = readContext(process.env, await readEventPayload());
  const run = ctx.workflowRun;
  if (!run) throw new UsageError('input mode relay runs in a workflow triggered by workflow_run: see the fork recipe in the README');
  if (!inputs.token) throw new UsageError('input github-token is empty: relay mode posts the comment with it');
  const octokit = makeOctokit(inputs.token, ctx.apiUrl);

  const bundle = await downloadRelayBundle({
    token: inputs.token,
    owner: ctx.owner,
    repo: ctx.repo,
    runId: run.id,
    artifactName: inputs.artifactName,
  });
  if (!bundle) {
    const name = relayArtifactName(inputs.artifactName);
    const others = await otherRelayArtifacts({
      token: inputs.token,
      owner: ctx.owner,
      repo: ctx.repo,
      runId: run.id,
      artifactName: inputs.artifactName,
    });
    if (others.length)
      core.warning(
        `leak-gate relay: run ${run.id} left no ${name} artifact, but left ${others.map((o) => `${o}-pr`).join(', ')}: give this relay step the artifact-name its measuring step used (${others.join(', ')}), one relay step per workload`,
      );
    else
      core.info(
        `leak-gate relay: run ${run.id} left no ${name} artifact: its pull request got its comment directly, or it did not run leak-gate`,
      );
    return;
  }
  // The bundle names its PR; GitHub names the commit the run tested. They must agree.
  if (bundle.headSha !== run.headSha)
    throw new RefusedError(`the relay bundle is for commit ${bundle.headSha}, but run ${run.id} tested ${run.headSha}`);
  const pr = await octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: bundle.pullRequest });
  if (pr.data.head.sha !== run.headSha) {
    throw new RefusedError(`pull request #${bundle.pullRequest} is at ${pr.data.head.sha}, not at the commit run ${run.id} tested`);
  }

  const judged = judge(bundle.report, bundle.baseline, bundle.report.judging);
  const marker = commentMarker(bundle.report.workload.target, bundle.report.workload.entry);
  const baselineRun = bundle.baselineRunId
    ? { id: bundle.baselineRunId, url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${bundle.baselineRunId}` }
    : undefined;
  const r = await upsertComment(
    octokit,
    { owner: ctx.owner, repo: ctx.repo, issueNumber: bundle.pullRequest },
    marker,
    (limit) =>
      renderMarkdown({
        ...judged,
        // The run's own notes: the baseline lookup's, which judging again cannot know.
        notes: bundle.notes,
        links: {
          serverUrl: ctx.serverUrl,
          owner: ctx.owner,
          repo: ctx.repo,
          sha: run.headSha,
          pathPrefix: bundle.workingDirectory || undefined,
          baseSha: bundle.baselineCommit,
        },
        baselineRun,
        command: bundle.command,
        marker,
        limit,
      }),
    COMMENT_LIMIT,
  );
  if (!r.ok) throw new Error(`the comment on #${bundle.pullRequest} could not be written (${r.status ?? 'no answer'}: ${r.message})`);
  core.info(`leak-gate relay: ${r.action} the comment on #${bundle.pullRequest}: ${r.url}`);
  core.setOutput(Output.CommentUrl, r.url);
  core.setOutput(Output.Verdict, judged.report.verdict);
}
