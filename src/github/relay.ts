// Comments for pull requests from forks. The PR's run has a read-only token, so
// it uploads its result as an artifact; a second workflow (on: workflow_run,
// with the base repository's token, never running the fork's code) downloads
// it and posts the comment. The artifact came from untrusted code: it is read
// as data, validated, and the PR it names must match the run GitHub reports.

import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionInputs } from '../action.js';
import { compareReports, DEFAULT_COMPARE } from '../compare.js';
import { UsageError } from '../errors.js';
import { parseReport, type Report } from '../report.js';
import { COMMENT_LIMIT, renderMarkdown } from '../render/markdown.js';
import type { Octokit } from './api.js';
import { commentMarker, upsertComment } from './comment.js';
import type { RunContext } from './context.js';

export const RELAY_SCHEMA = 'leak-gate/relay';
const RELAY_FILE = 'leak-gate-relay.json';
const MAX_RELAY_BYTES = 10 * 1024 * 1024;

export interface RelayBundle {
  pullRequest: number;
  headSha: string;
  report: Report;
  baseline?: Report;
  baselineRunId?: number;
  notes: string[];
  command: string;
  workingDirectory: string;
}

export const relayArtifactName = (artifactName: string): string => `${artifactName}-pr`;

export async function uploadRelayBundle(artifactName: string, bundle: RelayBundle): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'leak-gate-relay-'));
  const file = path.join(dir, RELAY_FILE);
  await writeFile(file, JSON.stringify({ schema: RELAY_SCHEMA, version: 1, ...bundle }));
  await new DefaultArtifactClient().uploadArtifact(relayArtifactName(artifactName), [file], dir, { retentionDays: 3 });
}

/** Reads a bundle that untrusted code wrote: every field checked, reports validated. Pure. */
export function parseRelayBundle(text: string): RelayBundle {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error('the relay artifact is not JSON');
  }
  if (data.schema !== RELAY_SCHEMA || data.version !== 1) throw new Error('the relay artifact is not a leak-gate relay bundle of version 1');
  const { pullRequest, headSha, notes, command, workingDirectory, baselineRunId } = data;
  if (!Number.isInteger(pullRequest) || (pullRequest as number) <= 0) throw new Error('the relay bundle names no pull request');
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha)) throw new Error('the relay bundle has no commit SHA');
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (!strings(notes) || typeof command !== 'string' || typeof workingDirectory !== 'string') throw new Error('the relay bundle is damaged');
  if (baselineRunId !== undefined && !Number.isInteger(baselineRunId)) throw new Error('the relay bundle is damaged');
  const report = parseReport(JSON.stringify(data.report), 'the relay bundle report');
  const baseline = data.baseline === undefined ? undefined : parseReport(JSON.stringify(data.baseline), 'the relay bundle baseline');
  return {
    pullRequest: pullRequest as number,
    headSha,
    report,
    baseline,
    baselineRunId: baselineRunId as number | undefined,
    notes: notes.slice(0, 20).map((n) => n.slice(0, 500)),
    command: command.slice(0, 500),
    workingDirectory: workingDirectory.slice(0, 300),
  };
}

export async function relay(octokit: Octokit, inputs: ActionInputs, ctx: RunContext): Promise<void> {
  const run = ctx.workflowRun;
  if (!run) throw new UsageError('input mode relay runs in a workflow triggered by workflow_run: see the fork recipe in the README');
  const name = relayArtifactName(inputs.artifactName);
  const client = new DefaultArtifactClient();
  const findBy = { token: inputs.token, workflowRunId: run.id, repositoryOwner: ctx.owner, repositoryName: ctx.repo };
  let artifactId: number;
  try {
    artifactId = (await client.getArtifact(name, { findBy })).artifact.id;
  } catch {
    core.info(`leak-gate relay: run ${run.id} left no ${name} artifact: its pull request got its comment directly, or it did not run leak-gate`);
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'leak-gate-relay-in-'));
  await client.downloadArtifact(artifactId, { path: dir, findBy });
  if (!(await readdir(dir)).includes(RELAY_FILE) || (await stat(path.join(dir, RELAY_FILE))).size > MAX_RELAY_BYTES) {
    throw new Error(`the ${name} artifact of run ${run.id} does not hold a relay bundle of a sane size`);
  }
  const bundle = parseRelayBundle(await readFile(path.join(dir, RELAY_FILE), 'utf8'));
  // The bundle names its PR; GitHub names the commit the run tested. They must agree.
  if (bundle.headSha !== run.headSha) throw new Error(`the relay bundle is for commit ${bundle.headSha}, but run ${run.id} tested ${run.headSha}`);
  const pr = await octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: bundle.pullRequest });
  if (pr.data.head.sha !== run.headSha) {
    throw new Error(`pull request #${bundle.pullRequest} is at ${pr.data.head.sha}, not at the commit run ${run.id} tested`);
  }
  const comparison = bundle.baseline
    ? compareReports(bundle.baseline, bundle.report, { ...DEFAULT_COMPARE, minGrowth: bundle.report.thresholds.minGrowth })
    : undefined;
  const r = await upsertComment(
    octokit,
    { owner: ctx.owner, repo: ctx.repo, issueNumber: bundle.pullRequest },
    commentMarker(bundle.report.workload.target, bundle.report.workload.entry),
    (limit) =>
      renderMarkdown({
        report: bundle.report,
        baseline: bundle.baseline,
        comparison,
        links: { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, sha: run.headSha, pathPrefix: bundle.workingDirectory || undefined },
        baselineRun: bundle.baselineRunId ? { id: bundle.baselineRunId, url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${bundle.baselineRunId}` } : undefined,
        notes: bundle.notes,
        command: bundle.command,
        marker: commentMarker(bundle.report.workload.target, bundle.report.workload.entry),
        limit,
      }),
    COMMENT_LIMIT,
  );
  if (!r.ok) throw new Error(`the comment on #${bundle.pullRequest} could not be written (${r.status ?? 'no answer'}: ${r.message})`);
  core.info(`leak-gate relay: ${r.action} the comment on #${bundle.pullRequest}: ${r.url}`);
  core.setOutput('comment-url', r.url);
  core.setOutput('verdict', bundle.report.verdict);
}
