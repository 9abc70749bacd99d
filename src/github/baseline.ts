// The baseline: the report of the newest successful push run on the base branch,
// stored as an artifact. A baseline is data: JSON only, size-capped, validated.

import { DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp, readFile, readdir, stat, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BaselineSource, FoundBaseline } from '../gate/baseline-source.js';
import { baselineMismatch } from '../gate/comparable.js';
import { parseReport, type Measurement, type Report } from '../schema.js';
import type { Octokit } from './api.js';

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

export interface ArtifactBaseline {
  report: Report;
  runId: number;
  /** The commit that run measured: a fixed line is linked there. */
  commit?: string;
}

export interface BaselineLookup {
  octokit: Octokit;
  token: string;
  owner: string;
  repo: string;
  repositoryId?: number;
  branch: string;
  artifactName: string;
}

/**
 * The newest baseline that `mismatch` does not refuse, with the reasons newer
 * candidates were passed over in `skipped`.
 */
export async function findBaseline(
  q: BaselineLookup,
  mismatch: (baseline: Report) => string | undefined,
): Promise<{ found?: ArtifactBaseline; skipped: string[] }> {
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
    const why = mismatch(report);
    if (why) {
      skipped.push(`run ${runId}: ${why}`);
      continue;
    }
    return { found: { report, runId, commit: run.data.head_sha || undefined }, skipped };
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
export async function uploadBaseline(
  report: Report,
  snapshotFiles: string[],
  name: string,
  retentionDays: number,
): Promise<number | undefined> {
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

/**
 * The baseline of a pull request: the newest artifact of the base branch,
 * looked up before measuring (for the window to trace) and, when that one
 * cannot be compared with the measurement, an older one that can.
 */
export class ArtifactBaselineSource implements BaselineSource {
  private newest?: { found?: ArtifactBaseline; skipped: string[] };
  private readonly notes: string[] = [];

  constructor(
    /** Undefined without a token: nothing can be looked up. */
    private readonly lookup: BaselineLookup | undefined,
    /** Only a pull request is compared with a baseline. */
    private readonly forPullRequest: boolean,
    readonly storesBaselineOf?: string,
  ) {}

  private failed(err: unknown): undefined {
    this.notes.push(`the baseline could not be looked up (${(err as Error).message}); judged on this run alone`);
    return undefined;
  }

  async beforeRun(): Promise<Report | undefined> {
    if (!this.forPullRequest) return undefined;
    if (!this.lookup) {
      this.notes.push('no github-token, so no baseline was looked up');
      return undefined;
    }
    this.newest = await findBaseline(this.lookup, () => undefined).catch((err: unknown) => this.failed(err));
    return this.newest?.found?.report;
  }

  async forRun(head: Measurement | undefined): Promise<FoundBaseline> {
    const notes = this.notes;
    let lookup = this.newest;
    if (!head || !lookup || !this.lookup) return { notes };
    if (lookup.found && baselineMismatch(lookup.found.report, head)) {
      // The newest cannot be compared with this run: an older one may be.
      lookup = await findBaseline(this.lookup, (baseline) => baselineMismatch(baseline, head)).catch((err: unknown) => this.failed(err));
      if (!lookup) return { notes };
    }
    for (const s of lookup.skipped) notes.push(`baseline skipped: ${s}`);
    if (!lookup.found) {
      const branch = this.lookup.branch;
      notes.push(
        `no baseline from ${branch} yet: a push to ${branch} running this workflow stores one; until then the verdict is judged on this run alone`,
      );
      return { notes };
    }
    return { report: lookup.found.report, runId: lookup.found.runId, commit: lookup.found.commit, notes };
  }
}
