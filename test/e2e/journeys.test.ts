// The action bundle through the journeys of a team's day, started as the runner
// starts it (INPUT_*, GITHUB_EVENT_PATH with a real-shaped payload, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY), against a stand-in of the GitHub API and artifact
// service on 127.0.0.1, on Node 20 and on Node 24.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubStandIn, OWNER, REPO, REPO_ID, storedZip, zipEntry } from './github-standin.js';
import { NODES, ROOT } from './run-cli.js';
import { spawnCollect } from './spawn.js';

const CLEAN = `_kept = []


def remember(size):
    return size  # nothing kept


def workload():
    data = [str(i) for i in range(200)]
    remember(300)
    return len(data)
`;

// Clean, and slow in a way tracing hardly slows: traced over 80 iterations when
// on its own, over the baseline's window when it has one.
const CLEAN_SLOW = `import time

_kept = []


def remember(size):
    return size  # nothing kept


def workload():
    time.sleep(0.001)
    data = [str(i) for i in range(200)]
    remember(300)
    return len(data)
`;

const LEAKY = `_kept = []


def remember(size):
    _kept.append(bytes(size))  # kept for ever


def workload():
    data = [str(i) for i in range(200)]
    remember(300)
    return len(data)
`;

interface Ran {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

interface Journey {
  event: 'push' | 'pull_request' | 'workflow_run';
  runId: number;
  workload?: string;
  pr?: number;
  fork?: boolean;
  headSha?: string;
  inputs?: Record<string, string>;
  workflowRun?: { id: number; head_sha: string };
  /** More environment for the action's process (test hooks). */
  env?: NodeJS.ProcessEnv;
}

const sha = (n: number): string => n.toString(16).padStart(40, '0');

function payloadFor(j: Journey): unknown {
  const repository = { id: REPO_ID, name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: 'main', owner: { login: OWNER } };
  if (j.event === 'push') return { ref: 'refs/heads/main', after: sha(j.runId), repository };
  if (j.event === 'workflow_run') {
    return { action: 'completed', workflow_run: { ...j.workflowRun, event: 'pull_request', head_repository: { id: 2 } }, repository };
  }
  return {
    action: 'synchronize',
    number: j.pr,
    pull_request: {
      number: j.pr,
      base: { ref: 'main', sha: sha(1), repo: { id: REPO_ID } },
      head: { ref: 'feature', sha: j.headSha ?? sha(j.runId), repo: { id: j.fork ? 2 : REPO_ID } },
    },
    repository,
  };
}

async function runAction(nodeBin: string, api: GitHubStandIn, j: Journey): Promise<Ran> {
  const dir = mkdtempSync(path.join(tmpdir(), 'leak-gate-journey-'));
  const workspace = path.join(dir, 'repo');
  mkdirSync(workspace);
  if (j.workload) writeFileSync(path.join(workspace, 'workload.py'), j.workload);
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.event, JSON.stringify(payloadFor(j)));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  api.currentRun = j.runId;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PYENV_VERSION: '3.12.1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: j.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_RUN_ID: String(j.runId),
    GITHUB_SHA: sha(j.runId),
    GITHUB_REF: j.event === 'push' ? 'refs/heads/main' : `refs/pull/${j.pr}/merge`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: api.url,
    ACTIONS_RESULTS_URL: `${api.url}/`,
    ACTIONS_RUNTIME_TOKEN: api.runtimeToken(),
    RUNNER_TEMP: dir,
    LEAK_GATE_RETRY_BASE_MS: '20',
    ...j.env,
  };
  const inputs: Record<string, string> = {
    script: j.workload ? 'workload.py' : '',
    iterations: '60',
    'github-token': 'ghs_standin',
    ...j.inputs,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await spawnCollect(nodeBin, [path.join(ROOT, 'dist/index.js')], { cwd: workspace, env });
  return {
    code: r.code,
    // The runner shows both streams as one log.
    stdout: r.stdout + r.stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

/** How many of the stand-in's recorded requests (`METHOD /path?query`) went to a route. */
function attempts(requests: string[], method: string, route: RegExp): number {
  return requests.filter((q) => q.startsWith(`${method} `) && route.test(q.slice(method.length + 1).split('?')[0]!)).length;
}

describe.each(NODES)('journeys on %s', (_name, nodeBinary) => {
  let nodeBin = '';
  // A fresh GitHub for every journey: each sets up the state it needs.
  let api: GitHubStandIn;
  beforeAll(() => {
    nodeBin = nodeBinary();
  });
  beforeEach(async () => {
    api = new GitHubStandIn();
    await api.start();
  });
  afterEach(async () => api.stop());

  /** A successful push to main that stores `workload`'s baseline, as run `runId`. */
  const storeBaseline = async (runId: number, workload: string, inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) => {
    api.addRun({ id: runId, head_sha: sha(runId) });
    const r = await runAction(nodeBin, api, { event: 'push', runId, workload, inputs, env });
    expect(api.artifacts.some((a) => a.name === 'leak-gate-baseline' && a.runId === runId)).toBe(true);
    return r;
  };

  it('a push to main measures and stores the baseline', async () => {
    api.addRun({ id: 1, head_sha: sha(1) });
    const r = await runAction(nodeBin, api, { event: 'push', runId: 1, workload: CLEAN });
    expect(r.stdout).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const stored = api.artifacts.filter((a) => a.name === 'leak-gate-baseline');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.runId).toBe(1);
    expect(stored[0]!.zip.includes('leak-gate-report.json')).toBe(true);
    expect(stored[0]!.zip.includes('last.tracemalloc')).toBe(true);
  });

  it('a PR with a new leak gets a red check, one comment and an annotation on the line', async () => {
    await storeBaseline(1, CLEAN);
    const r = await runAction(nodeBin, api, {
      event: 'pull_request',
      runId: 2,
      pr: 5,
      workload: LEAKY,
      inputs: { 'fail-on': 'regression' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'regression', 'baseline-run-id': '1', 'baseline-growth-per-iteration': '0' });
    expect(Number(r.outputs['growth-per-iteration'])).toBeGreaterThan(300);
    expect(r.stdout).toMatch(/::error title=Memory leak%3A \+\d+ B per iteration,file=workload\.py,line=5::/);
    expect(r.stdout).toMatch(/::error::leak-gate: 1 line new or grown since the baseline; the largest: workload\.py:5/);
    const comments = api.comments.get(5)!;
    expect(comments).toHaveLength(1);
    expect(r.outputs['comment-url']).toBe(comments[0]!.html_url);
    expect(comments[0]!.body).toContain('<!-- leak-gate:workload.py:workload -->');
    expect(comments[0]!.body).toContain('🆕 new');
    expect(comments[0]!.body).toContain(`https://github.com/${OWNER}/${REPO}/blob/${sha(2)}/workload.py#L5`);
    expect(comments[0]!.body).toContain(`/actions/runs/1">baseline run</a>`);
    // How the leak was confirmed, for the reviewer.
    expect(comments[0]!.body).toMatch(
      /Confirmed&#58; each leaking line grew again in a second traced window &#40;iterations \d+-\d+, run on past the \d+ asked for&#41;/,
    );
    expect(r.summary).toContain('Leak regression against the baseline');
    // What keeps it alive: beside the line in the comment, and in the annotation.
    expect(comments[0]!.body).toContain('**What keeps it alive**');
    expect(comments[0]!.body).toContain(
      'the largest&#58; workload.py&#58;5, kept alive by <code>workload.&#95;kept&#91;…&#93;</code> (list, +1 item per iteration).',
    );
    expect(comments[0]!.body).toContain(
      'workload.py&#58;5</code></a> kept alive by <code>workload.&#95;kept&#91;…&#93;</code> (list, +1 item per iteration)',
    );
    expect(r.stdout).toMatch(
      /::error title=Memory leak%3A [^:]*::grew .*\. Kept alive by workload\._kept\[…\] \(list, \+1 item per iteration\)\./,
    );
  });

  it('a second push to a PR updates the same comment', async () => {
    await runAction(nodeBin, api, { event: 'pull_request', runId: 2, pr: 5, workload: LEAKY });
    const before = api.comments.get(5)![0]!.id;
    const r = await runAction(nodeBin, api, { event: 'pull_request', runId: 3, pr: 5, workload: LEAKY });
    expect(r.code).toBe(1);
    const comments = api.comments.get(5)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(before);
    expect(comments[0]!.body).toContain(`/blob/${sha(3)}/workload.py#L5`);
    expect(api.requests).toContain(`PATCH /repos/${OWNER}/${REPO}/issues/comments/${before}`);
  });

  it('a PR that fixes a leak of main goes green and says fixed', async () => {
    // Main has a leak; with fail-on regression its push stores the baseline and stays green.
    // It traces a window this machine would not choose for the PR's slow workload (80).
    const main = await storeBaseline(4, LEAKY, { 'fail-on': 'regression' }, { LEAK_GATE_TRACED_WINDOW: '23' });
    expect(main.code).toBe(0);
    expect(main.outputs.verdict).toBe('leak');
    expect(main.stdout).toContain(
      '::notice::this push stores the baseline of main: fail-on regression gates the pull requests compared with it, not this run',
    );
    const r = await runAction(nodeBin, api, {
      event: 'pull_request',
      runId: 5,
      pr: 6,
      workload: CLEAN_SLOW,
      inputs: { 'fail-on': 'regression' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs['baseline-run-id']).toBe('4');
    expect(api.comments.get(6)![0]!.body).toContain('✅ fixed');
    // The fixed line is linked where main had it, at the commit main's run measured.
    expect(api.comments.get(6)![0]!.body).toContain(`/blob/${sha(4)}/workload.py#L5`);
    // The PR is traced over the baseline's window, looked up before measuring.
    expect(main.stdout).toContain('the last 23 traced');
    expect(r.stdout).toContain('the last 23 traced');
  });

  it('a baseline from a failed run, or from a fork branch named main, is not used', async () => {
    await storeBaseline(4, CLEAN);
    api.addRun({ id: 7, head_sha: sha(7), conclusion: 'failure' });
    await runAction(nodeBin, api, { event: 'push', runId: 7, workload: CLEAN });
    api.addRun({ id: 8, head_sha: sha(8), head_repository_id: 2 });
    await runAction(nodeBin, api, { event: 'push', runId: 8, workload: CLEAN });
    const r = await runAction(nodeBin, api, {
      event: 'pull_request',
      runId: 9,
      pr: 6,
      workload: CLEAN,
      inputs: { 'fail-on': 'regression' },
    });
    expect(r.outputs['baseline-run-id']).toBe('4');
    expect(r.stdout).toContain('baseline skipped: run 7 was a push run that ended failure');
  });

  it('without a baseline the PR is judged alone, and says so', async () => {
    const r = await runAction(nodeBin, api, {
      event: 'pull_request',
      runId: 10,
      pr: 8,
      workload: LEAKY,
      inputs: { 'fail-on': 'regression' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('leak');
    expect(r.outputs['baseline-run-id']).toBe('');
    expect(r.stdout).toMatch(/::notice::no baseline from main yet/);
    expect(r.stdout).toMatch(/::notice::no baseline to compare with, so fail-on regression falls back to fail-on leak/);
    expect(api.comments.get(8)![0]!.body).toContain('no baseline');
  });

  it('a fork PR still measures and gates, warns once how to get the comment, and the relay posts it', async () => {
    const head = sha(11);
    const r = await runAction(nodeBin, api, { event: 'pull_request', runId: 11, pr: 9, fork: true, headSha: head, workload: LEAKY });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/::warning::leak-gate cannot comment here: a fork's pull request gets a read-only token/g)).toHaveLength(1);
    expect(r.summary).toContain('Memory leak');
    expect(r.stdout).toContain(',file=workload.py,line=5::');
    expect(api.comments.get(9)).toBeUndefined();
    expect(api.requests.some((q) => q.includes('/issues/9/comments'))).toBe(false);
    expect(api.artifacts.some((a) => a.name === 'leak-gate-baseline-pr' && a.runId === 11)).toBe(true);

    // The relay workflow: base repository's token, the fork's code never runs.
    api.pulls.set(9, { head: { sha: head } });
    const relayed = await runAction(nodeBin, api, {
      event: 'workflow_run',
      runId: 12,
      inputs: { mode: 'relay' },
      workflowRun: { id: 11, head_sha: head },
    });
    expect(relayed.stdout).not.toContain('::error');
    expect(relayed.code).toBe(0);
    expect(api.comments.get(9)).toHaveLength(1);
    expect(api.comments.get(9)![0]!.body).toContain(`/blob/${head}/workload.py#L5`);

    // A bundle that names another PR than the one at the tested commit is refused.
    api.pulls.set(9, { head: { sha: sha(99) } });
    const refused = await runAction(nodeBin, api, {
      event: 'workflow_run',
      runId: 13,
      inputs: { mode: 'relay' },
      workflowRun: { id: 11, head_sha: head },
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::pull request #9 is at 0+63, not at the commit run 11 tested/);
  });

  it("the relay judges a fork's report again with the settings the fork's run used", async () => {
    await storeBaseline(1, LEAKY);
    const head = sha(21);
    // Twice main's leak, with a tolerance that allows it: the fork's check passes, and the comment must agree.
    const twice = LEAKY.replace('remember(300)', 'remember(600)');
    const inputs = { 'fail-on': 'regression', tolerance: '3' };
    const r = await runAction(nodeBin, api, {
      event: 'pull_request',
      runId: 21,
      pr: 15,
      fork: true,
      headSha: head,
      workload: twice,
      inputs,
    });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('leak');
    api.pulls.set(15, { head: { sha: head } });
    const relayed = await runAction(nodeBin, api, {
      event: 'workflow_run',
      runId: 22,
      inputs: { mode: 'relay' },
      workflowRun: { id: 21, head_sha: head },
    });
    expect(relayed.code).toBe(0);
    expect(relayed.outputs.verdict).toBe('leak');
    const body = api.comments.get(15)![0]!.body;
    expect(body).toContain('unchanged');
    expect(body).not.toContain('grown');
  });

  it("the relay links a fork's fixed line where main had it, at the commit main's run measured", async () => {
    await storeBaseline(41, LEAKY, { 'fail-on': 'regression' });
    const head = sha(42);
    const inputs = { 'fail-on': 'regression' };
    const r = await runAction(nodeBin, api, {
      event: 'pull_request',
      runId: 42,
      pr: 17,
      fork: true,
      headSha: head,
      workload: CLEAN,
      inputs,
    });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    api.pulls.set(17, { head: { sha: head } });
    const relayed = await runAction(nodeBin, api, {
      event: 'workflow_run',
      runId: 43,
      inputs: { mode: 'relay' },
      workflowRun: { id: 42, head_sha: head },
    });
    expect(relayed.code).toBe(0);
    const body = api.comments.get(17)![0]!.body;
    expect(body).toContain('✅ fixed');
    expect(body).toContain(`/blob/${sha(41)}/workload.py#L5`);
    expect(body).not.toContain(`/blob/${head}/`);
  });

  it("a relay given another artifact-name than the fork's run says which to give it, and with it posts", async () => {
    const head = sha(51);
    const inputs = { 'artifact-name': 'api-leaks' };
    await runAction(nodeBin, api, { event: 'pull_request', runId: 51, pr: 18, fork: true, headSha: head, workload: LEAKY, inputs });
    api.pulls.set(18, { head: { sha: head } });
    const relay = (runId: number, extra: Record<string, string> = {}) =>
      runAction(nodeBin, api, {
        event: 'workflow_run',
        runId,
        inputs: { mode: 'relay', ...extra },
        workflowRun: { id: 51, head_sha: head },
      });
    const unnamed = await relay(52);
    expect(unnamed.code).toBe(0);
    expect(unnamed.stdout).toContain(
      '::warning::leak-gate relay: run 51 left no leak-gate-baseline-pr artifact, but left api-leaks-pr: give this relay step the artifact-name its measuring step used (api-leaks), one relay step per workload',
    );
    expect(api.comments.get(18)).toBeUndefined();
    const named = await relay(53, inputs);
    expect(named.code).toBe(0);
    expect(api.comments.get(18)).toHaveLength(1);
  });

  it('the relay refuses a forged bundle in one line naming the field', async () => {
    const head = sha(31);
    await runAction(nodeBin, api, { event: 'pull_request', runId: 31, pr: 16, fork: true, headSha: head, workload: LEAKY });
    const uploaded = api.artifacts.find((a) => a.name === 'leak-gate-baseline-pr' && a.runId === 31)!;
    const bundle = JSON.parse(zipEntry(uploaded.zip, 'leak-gate-relay.json'));
    bundle.report.findings[0].function = 42;
    bundle.report.findings[0].code = null;
    uploaded.zip = storedZip('leak-gate-relay.json', JSON.stringify(bundle));
    api.pulls.set(16, { head: { sha: head } });
    const relayed = await runAction(nodeBin, api, {
      event: 'workflow_run',
      runId: 32,
      inputs: { mode: 'relay' },
      workflowRun: { id: 31, head_sha: head },
    });
    expect(relayed.code).toBe(1);
    const errors = relayed.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      "::error::the leak-gate-baseline-pr artifact of run 31's report is not a valid leak-gate report: field findings[0].function: expected string, got 42",
    ]);
    expect(api.comments.get(16)).toBeUndefined();
  });

  it('a 403 on commenting is one warning; the check still gates', async () => {
    api.faults.push({
      method: 'POST',
      path: /\/issues\/10\/comments$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' },
    });
    const r = await runAction(nodeBin, api, { event: 'pull_request', runId: 14, pr: 10, workload: LEAKY });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/::warning::leak-gate cannot comment: the token may not write to pull requests \(403\)/g)).toHaveLength(1);
  });

  it('API faults: retries on 5xx and rate limits, a 404 lookup means no baseline, a 422 for length gets a shorter body', async () => {
    api.faults.push(
      { method: 'GET', path: /\/issues\/11\/comments$/, status: 502, times: 2 },
      // A secondary rate limit as GitHub answers it: the message says so, Retry-After says how long.
      {
        method: 'POST',
        path: /\/issues\/11\/comments$/,
        status: 429,
        times: 1,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      },
      { method: 'GET', path: /\/actions\/artifacts$/, status: 404, times: 1 },
    );
    const since = api.requests.length;
    const r = await runAction(nodeBin, api, { event: 'pull_request', runId: 15, pr: 11, workload: LEAKY });
    expect(r.code).toBe(1);
    expect(api.comments.get(11)).toHaveLength(1);
    const sent = api.requests.slice(since);
    expect(attempts(sent, 'GET', /\/issues\/11\/comments$/)).toBe(3);
    expect(attempts(sent, 'POST', /\/issues\/11\/comments$/)).toBe(2);
    expect(attempts(sent, 'GET', /\/actions\/artifacts$/)).toBe(1);
    expect(r.stdout).toContain(
      "leak-gate: GitHub's secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: trying again in 1 s (retry 1 of 3)",
    );
    expect(r.stdout).toMatch(/::notice::the baseline could not be looked up \(.*\); judged on this run alone/);

    const full = api.comments.get(11)![0]!.body.length;
    api.maxCommentBody = Math.floor(full * 0.6);
    try {
      const shorter = await runAction(nodeBin, api, { event: 'pull_request', runId: 16, pr: 12, workload: LEAKY });
      expect(shorter.code).toBe(1);
      expect(api.comments.get(12)![0]!.body.length).toBeLessThanOrEqual(api.maxCommentBody);
    } finally {
      api.maxCommentBody = 65_536;
    }
  });

  it('a workload that cannot be measured fails the step, and the comment says why', async () => {
    const broken = CLEAN.replace('    remember(300)', '    raise RuntimeError("database is down")');
    const r = await runAction(nodeBin, api, { event: 'pull_request', runId: 18, pr: 14, workload: broken });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toMatch(/::error::leak-gate could not measure: the workload raised RuntimeError: database is down during iteration 1/);
    expect(api.comments.get(14)![0]!.body).toContain('⚠️ Could not measure');
  });

  it('a GitHub API that keeps failing ends in bounded time with a warning, and the verdict stands', async () => {
    api.faults.push(
      { method: 'GET', path: /\/issues\/13\/comments$/, status: 503, times: 100 },
      { method: 'GET', path: /\/actions\/artifacts$/, status: 500, times: 100 },
    );
    const since = api.requests.length;
    const r = await runAction(nodeBin, api, { event: 'pull_request', runId: 17, pr: 13, workload: LEAKY });
    expect(r.code).toBe(1);
    // Bounded: the first try and 3 retries each, then the run goes on without.
    const sent = api.requests.slice(since);
    expect(attempts(sent, 'GET', /\/issues\/13\/comments$/)).toBe(4);
    expect(attempts(sent, 'GET', /\/actions\/artifacts$/)).toBe(4);
    expect(r.stdout).toMatch(/::warning::leak-gate could not write the PR comment \(503/);
    expect(r.outputs.verdict).toBe('leak');
  });
});
