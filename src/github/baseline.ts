// The baseline: the report of the newest successful push run on the base branch,
// stored as an artifact. A baseline is data: JSON only, size-capped, validated.

import { DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp, readFile, readdir, stat, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseReport, type Report } from '../report.js';
import { httpStatus, type Octokit } from './api.js';

export const REPORT_FILE = 'leak-gate-report.json';
const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** Candidates looked at before giving up: older ones rarely match better. */
const MAX_CANDIDATES = 5;

export interface ArtifactCandidate {
  id: number;
  name: string;
  expired: boolean;
  created_at?: string | null;
  workflow_run?: {
    id?: number;
    head_branch?: string | null;
    head_sha?: string;
    repository_id?: number;
    head_repository_id?: number;
  } | null;
}

/**
 * Unexpired artifacts of this name from the base branch of this very repository
 * (a fork can have a branch of the same name), newest first. Pure.
 */
export function baselineCandidates(artifacts: ArtifactCandidate[], branch: string, repositoryId?: number): ArtifactCandidate[] {
  return artifacts
    .filter((a) => !a.expired && a.workflow_run?.head_branch === branch)
    .filter((a) => {
      const run = a.workflow_run!;
      if (run.head_repository_id === undefined || run.repository_id === undefined) return false;
      return run.head_repository_id === run.repository_id && (repositoryId === undefined || run.repository_id === repositoryId);
    })
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
}

export interface FoundBaseline {
  report: Report;
  runId: number;
  /** Why newer candidates were passed over, if any were. */
  skipped: string[];
}

export interface BaselineLookup {
  octokit: Octokit;
  token: string;
  owner: string;
  repo: string;
  repositoryId?: number;
  branch: string;
  artifactName: string;
  /** Why a baseline cannot be compared with this run, or undefined when it can. */
  mismatch: (baseline: Report) => string | undefined;
}

/** The newest comparable baseline, or undefined with the reasons in `skipped`. */
export async function findBaseline(q: BaselineLookup): Promise<{ found?: FoundBaseline; skipped: string[] }> {
  const skipped: string[] = [];
  const listed = await q.octokit.rest.actions.listArtifactsForRepo({ owner: q.owner, repo: q.repo, name: q.artifactName, per_page: 100 });
  const candidates = baselineCandidates(listed.data.artifacts as ArtifactCandidate[], q.branch, q.repositoryId).slice(0, MAX_CANDIDATES);
  for (const candidate of candidates) {
    const runId = candidate.workflow_run!.id!;
    const run = await q.octokit.rest.actions.getWorkflowRun({ owner: q.owner, repo: q.repo, run_id: runId });
    if (run.data.event !== 'push' || run.data.conclusion !== 'success') {
      skipped.push(`run ${runId} was a ${run.data.event} run that ended ${run.data.conclusion ?? 'unfinished'}`);
      continue;
    }
    let report: Report;
    try {
      report = await download(q, candidate.id, runId);
    } catch (err) {
      skipped.push(`run ${runId}: ${(err as Error).message}`);
      continue;
    }
    const mismatch = q.mismatch(report);
    if (mismatch) {
      skipped.push(`run ${runId}: ${mismatch}`);
      continue;
    }
    return { found: { report, runId, skipped }, skipped };
  }
  return { skipped };
}

async function download(q: BaselineLookup, artifactId: number, runId: number): Promise<Report> {
  const dir = await mkdtemp(path.join(tmpdir(), 'leak-gate-baseline-'));
  const client = new DefaultArtifactClient();
  await client.downloadArtifact(artifactId, {
    path: dir,
    findBy: { token: q.token, workflowRunId: runId, repositoryOwner: q.owner, repositoryName: q.repo },
  });
  const files = await readdir(dir);
  if (!files.includes(REPORT_FILE)) throw new Error(`the artifact has no ${REPORT_FILE}`);
  const file = path.join(dir, REPORT_FILE);
  if ((await stat(file)).size > MAX_REPORT_BYTES) throw new Error(`its report is larger than ${MAX_REPORT_BYTES} bytes`);
  return parseReport(await readFile(file, 'utf8'), 'the baseline artifact');
}

/** Uploads the report (and snapshot dumps, for offline digging) as the baseline. */
export async function uploadBaseline(report: Report, snapshotFiles: string[], name: string, retentionDays: number): Promise<number | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), 'leak-gate-upload-'));
  const files = [path.join(dir, REPORT_FILE)];
  await writeFile(files[0]!, JSON.stringify(report) + '\n');
  for (const f of snapshotFiles) {
    const target = path.join(dir, path.basename(f));
    try {
      await copyFile(f, target);
      files.push(target);
    } catch {
      // A missing dump only loses the offline extra.
    }
  }
  const client = new DefaultArtifactClient();
  const r = await client.uploadArtifact(name, files, dir, { retentionDays });
  return r.id;
}

export { httpStatus };
