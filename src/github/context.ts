// What the workflow run is about, from the runner's environment and the event
// payload. readContext is pure: it takes the environment and the parsed payload.

import { readFile } from 'node:fs/promises';

export interface RunContext {
  event: string;
  owner: string;
  repo: string;
  /** The repository's numeric id (from the payload). */
  repositoryId?: number;
  defaultBranch?: string;
  /** Commit the code under test is at: the PR's head, or the pushed commit. */
  sha: string;
  /** Branch pushed to (push events). */
  branch?: string;
  pullRequest?: {
    number: number;
    baseRef: string;
    headSha: string;
    /** The PR comes from another repository: the token is read-only. */
    fromFork: boolean;
  };
  runId: number;
  serverUrl: string;
  apiUrl: string;
  workflowRun?: { id: number; headSha: string; headRepositoryId?: number; event: string };
}

type Payload = Record<string, unknown>;

function get(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const k of keys) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

export function readContext(env: NodeJS.ProcessEnv, payload: Payload): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const event = env.GITHUB_EVENT_NAME ?? '';
  const ctx: RunContext = {
    event,
    owner,
    repo,
    repositoryId: num(get(payload, 'repository', 'id')),
    defaultBranch: str(get(payload, 'repository', 'default_branch')),
    sha: env.GITHUB_SHA ?? '',
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
  };
  const pr = get(payload, 'pull_request');
  if ((event === 'pull_request' || event === 'pull_request_target') && pr) {
    const headRepo = num(get(pr, 'head', 'repo', 'id'));
    const baseRepo = num(get(pr, 'base', 'repo', 'id'));
    ctx.pullRequest = {
      number: num(get(pr, 'number')) ?? num(get(payload, 'number')) ?? 0,
      baseRef: str(get(pr, 'base', 'ref')) ?? '',
      headSha: str(get(pr, 'head', 'sha')) ?? ctx.sha,
      fromFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    };
    ctx.sha = ctx.pullRequest.headSha;
  }
  if (event === 'push') {
    const ref = str(get(payload, 'ref')) ?? env.GITHUB_REF ?? '';
    if (ref.startsWith('refs/heads/')) ctx.branch = ref.slice('refs/heads/'.length);
  }
  const wr = get(payload, 'workflow_run');
  if (event === 'workflow_run' && wr) {
    ctx.workflowRun = {
      id: num(get(wr, 'id')) ?? 0,
      headSha: str(get(wr, 'head_sha')) ?? '',
      headRepositoryId: num(get(wr, 'head_repository', 'id')),
      event: str(get(wr, 'event')) ?? '',
    };
  }
  return ctx;
}

/** The event payload the runner wrote (GITHUB_EVENT_PATH); empty when there is none. */
export async function readEventPayload(): Promise<Record<string, unknown>> {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
