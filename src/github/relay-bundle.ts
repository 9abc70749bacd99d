// The fork relay's bundle. A fork's pull request has a read-only token, so its
// run uploads its result as an artifact; the relay workflow (on: workflow_run,
// with the base repository's token, never running the fork's code) downloads
// it. The bundle came from untrusted code: it is read as data and validated.

import { DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RefusedError } from '../errors.js';
import { parseRelayBundle, relayBundleJson, type RelayBundle } from '../schema.js';

const RELAY_FILE = 'leak-gate-relay.json';
const MAX_RELAY_BYTES = 10 * 1024 * 1024;

export const relayArtifactName = (artifactName: string): string => `${artifactName}-pr`;

export async function uploadRelayBundle(artifactName: string, bundle: RelayBundle): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'leak-gate-relay-'));
  const file = path.join(dir, RELAY_FILE);
  await writeFile(file, relayBundleJson(bundle));
  await new DefaultArtifactClient().uploadArtifact(relayArtifactName(artifactName), [file], dir, { retentionDays: 3 });
}

export interface RelayRun {
  token: string;
  owner: string;
  repo: string;
  runId: number;
  artifactName: string;
}

/** The bundle a run uploaded, or undefined when it uploaded none. */
export async function downloadRelayBundle(q: RelayRun): Promise<RelayBundle | undefined> {
  const name = relayArtifactName(q.artifactName);
  const client = new DefaultArtifactClient();
  const findBy = { token: q.token, workflowRunId: q.runId, repositoryOwner: q.owner, repositoryName: q.repo };
  let artifactId: number;
  try {
    artifactId = (await client.getArtifact(name, { findBy })).artifact.id;
  } catch {
    return undefined;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'leak-gate-relay-in-'));
  await client.downloadArtifact(artifactId, { path: dir, findBy });
  const file = path.join(dir, RELAY_FILE);
  if (!(await readdir(dir)).includes(RELAY_FILE) || (await stat(file)).size > MAX_RELAY_BYTES) {
    throw new RefusedError(`the ${name} artifact of run ${q.runId} does not hold a relay bundle of a sane size`);
  }
  return parseRelayBundle(await readFile(file, 'utf8'), `the ${name} artifact of run ${q.runId}`);
}

/**
 * Other relay artifacts the run left, by the artifact-name they were
 * uploaded with: a relay looking for another name finds no bundle, and the
 * user must be told which name to give it.
 */
export async function otherRelayArtifacts(q: RelayRun): Promise<string[]> {
  const findBy = { token: q.token, workflowRunId: q.runId, repositoryOwner: q.owner, repositoryName: q.repo };
  try {
    const { artifacts } = await new DefaultArtifactClient().listArtifacts({ findBy });
    const ours = relayArtifactName(q.artifactName);
    return artifacts
      .map((a) => a.name)
      .filter((n) => n.endsWith('-pr') && n !== ours)
      .map((n) => n.slice(0, -'-pr'.length))
      .sort();
  } catch {
    return []; // only a better message is lost
  }
}
