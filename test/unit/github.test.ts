import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { httpStatus, makeOctokit, MAX_WAIT_SECONDS, octokitOptions, onLimit } from '../../src/github/api.js';
import { baselineCandidates, type ArtifactCandidate } from '../../src/github/baseline.js';
import { commentMarker } from '../../src/github/comment.js';
import { readContext } from '../../src/github/context.js';
import { parseRelayBundle, RELAY_SCHEMA } from '../../src/schema.js';
import { analysed, growing, probeResult, site } from './synthetic.js';

// What the plugins' handlers log, instead of workflow commands in the test's output.
const logged = vi.hoisted(() => ({ info: [] as string[], warning: [] as string[] }));
vi.mock('@actions/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@actions/core')>()),
  info: (m: string) => logged.info.push(m),
  warning: (m: string) => logged.warning.push(m),
}));

const env = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '9', GITHUB_SHA: 'merge-sha' };

describe('readContext', () => {
  it('reads a pull request, its base branch and whether it comes from a fork', () => {
    const payload = {
      repository: { id: 1, default_branch: 'trunk' },
      pull_request: { number: 5, base: { ref: 'main', repo: { id: 1 } }, head: { sha: 'h'.repeat(40), repo: { id: 2 } } },
    };
    const ctx = readContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, payload);
    expect(ctx.pullRequest).toEqual({ number: 5, baseRef: 'main', headSha: 'h'.repeat(40), fromFork: true });
    expect(ctx.sha).toBe('h'.repeat(40)); // lines link to the PR's head, not the merge commit
    expect(ctx.defaultBranch).toBe('trunk');
  });
  it('reads the branch of a push', () => {
    expect(readContext({ ...env, GITHUB_EVENT_NAME: 'push' }, { ref: 'refs/heads/main' }).branch).toBe('main');
  });
});

describe('baselineCandidates', () => {
  const a = (
    id: number,
    extra: Partial<ArtifactCandidate> & { run?: Partial<NonNullable<ArtifactCandidate['workflow_run']>> } = {},
  ): ArtifactCandidate => ({
    id,
    name: 'leak-gate-baseline',
    expired: false,
    created_at: `2026-11-0${id}T00:00:00Z`,
    ...extra,
    workflow_run: { id: 100 + id, head_branch: 'main', repository_id: 1, head_repository_id: 1, ...extra.run },
  });
  it('keeps unexpired artifacts of the base branch of this repository, newest first', () => {
    const list = [a(1), a(3), a(2, { expired: true }), a(4, { run: { head_branch: 'dev' } }), a(5, { run: { head_repository_id: 99 } })];
    expect(baselineCandidates(list, 'main', 1).map((c) => c.id)).toEqual([3, 1]);
  });
});

describe('the retry and throttling plugins', () => {
  const where = { method: 'GET', url: '/repos/acme/shop/actions/artifacts' };

  it('retry server errors 3 times and leave every 4xx final or to the throttling plugin', () => {
    const o = octokitOptions('http://127.0.0.1:1', {});
    expect(o.baseUrl).toBe('http://127.0.0.1:1');
    expect(o.retry.retries).toBe(3);
    expect(o.retry.doNotRetry).toEqual(expect.arrayContaining([400, 401, 403, 404, 409, 410, 422, 429, 451]));
    expect(o.retry.doNotRetry.some((s) => s >= 500)).toBe(false);
    expect(o.retry.retryAfterBaseValue).toBe(1000);
    expect(o.throttle.retryAfterBaseValue).toBe(1000);
    // The test hook shortens every pause; anything else than a number is ignored.
    const fast = octokitOptions('http://127.0.0.1:1', { LEAK_GATE_RETRY_BASE_MS: '5' });
    expect([fast.retry.retryAfterBaseValue, fast.throttle.retryAfterBaseValue]).toEqual([5, 5]);
    expect(octokitOptions('http://127.0.0.1:1', { LEAK_GATE_RETRY_BASE_MS: 'soon' }).retry.retryAfterBaseValue).toBe(1000);
  });

  it('retry a rate-limited request 3 times at most, never after a long wait, and warn once', () => {
    const limit = onLimit('rate limit');
    expect([0, 1, 2, 3].map((n) => limit(1, where, undefined, n))).toEqual([true, true, true, false]);
    expect(limit(MAX_WAIT_SECONDS, where, undefined, 0)).toBe(true);
    expect(limit(MAX_WAIT_SECONDS + 1, where, undefined, 0)).toBe(false);
    expect(onLimit('secondary rate limit')(3600, where, undefined, 0)).toBe(false);
    expect(logged.warning).toEqual([
      `leak-gate: GitHub's rate limit on GET ${where.url}: still limited after 3 retries, so not trying again`,
    ]);
    expect(logged.info.filter((m) => m.includes('so not trying again'))).toHaveLength(2);
    expect(logged.info.filter((m) => m.includes('trying again in'))).toHaveLength(4);
  });

  describe('against a local API', () => {
    interface Answer {
      status: number;
      headers?: Record<string, string>;
      message?: string;
    }
    let server: Server;
    let url = '';
    const script = new Map<string, Answer[]>();
    const hits = new Map<string, number>();
    const saved = process.env.LEAK_GATE_RETRY_BASE_MS;

    beforeAll(async () => {
      process.env.LEAK_GATE_RETRY_BASE_MS = '1';
      server = createServer((req, res) => {
        const p = req.url ?? '';
        hits.set(p, (hits.get(p) ?? 0) + 1);
        const queue = script.get(p) ?? [];
        // The last answer repeats for ever.
        const a = (queue.length > 1 ? queue.shift() : queue[0]) ?? { status: 200 };
        res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
        res.end(JSON.stringify(a.status < 300 ? { ok: true } : { message: a.message ?? `fault ${a.status}` }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      if (saved === undefined) delete process.env.LEAK_GATE_RETRY_BASE_MS;
      else process.env.LEAK_GATE_RETRY_BASE_MS = saved;
      await new Promise((resolve) => server.close(resolve));
    });

    /** How many requests reached the API, and the status the caller saw. */
    async function get(path: string, answers: Answer[]): Promise<{ requests: number; status: number }> {
      script.set(path, answers);
      const octokit = makeOctokit('ghs_test', url);
      const status = await octokit.request(`GET ${path}`).then(
        (r) => r.status,
        (err: unknown) => httpStatus(err) ?? -1,
      );
      return { requests: hits.get(path) ?? 0, status };
    }
    const secondary = (retryAfter: string): Answer => ({
      status: 429,
      headers: { 'retry-after': retryAfter },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });

    it('retries a 5xx until it works, and 3 times at most', async () => {
      expect(await get('/flaky', [{ status: 502 }, { status: 502 }, { status: 200 }])).toEqual({ requests: 3, status: 200 });
      expect(await get('/down', [{ status: 503 }])).toEqual({ requests: 4, status: 503 });
    });

    it('takes any other 4xx as final: a 404 answers at once', async () => {
      expect(await get('/missing', [{ status: 404 }])).toEqual({ requests: 1, status: 404 });
      expect(await get('/invalid', [{ status: 422 }])).toEqual({ requests: 1, status: 422 });
      expect(await get('/forbidden', [{ status: 403, message: 'Resource not accessible by integration' }])).toEqual({
        requests: 1,
        status: 403,
      });
      // A 429 that is no rate limit GitHub documents (no remaining 0, no "secondary rate") is final too.
      expect(await get('/bare429', [{ status: 429, headers: { 'retry-after': '0' } }])).toEqual({ requests: 1, status: 429 });
    });

    it('retries rate limits after the pause GitHub asks for, 3 times at most, not when it is long', async () => {
      expect(await get('/secondary', [secondary('1'), { status: 200 }])).toEqual({ requests: 2, status: 200 });
      const now = String(Math.floor(Date.now() / 1000));
      const primary: Answer = {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': now },
        message: 'API rate limit exceeded',
      };
      expect(await get('/primary', [primary, { status: 200 }])).toEqual({ requests: 2, status: 200 });
      expect(await get('/limited', [primary])).toEqual({ requests: 4, status: 403 });
      expect(await get('/later', [secondary('3600')])).toEqual({ requests: 1, status: 429 });
    });

    it("keeps one request's tries from lengthening the next one's pauses", async () => {
      script.set('/again', [{ status: 502 }, { status: 200 }]);
      const octokit = makeOctokit('ghs_test', url);
      await octokit.request('GET /again');
      // Where the retry plugin would count tries, were the request options shared.
      expect((octokit.request.endpoint.DEFAULTS.request as { retryCount?: number } | undefined)?.retryCount).toBeUndefined();
    });
  });
});

describe('commentMarker', () => {
  it('is one per workload and cannot close the HTML comment', () => {
    expect(commentMarker('a.py', 'workload')).not.toBe(commentMarker('b.py', 'workload'));
    expect(commentMarker('x --> <b>', 'w')).toBe('<!-- leak-gate:x_--___b_:w -->');
  });
});

describe('parseRelayBundle', () => {
  const report = analysed(probeResult([site(1, growing(100))]));
  const good = {
    schema: RELAY_SCHEMA,
    version: 1,
    pullRequest: 7,
    headSha: 'a'.repeat(40),
    report,
    notes: [],
    command: 'npx leak-gate run a.py',
    workingDirectory: '',
  };
  it('reads a bundle and validates the reports in it', () => {
    expect(parseRelayBundle(JSON.stringify(good)).pullRequest).toBe(7);
  });
  it('refuses what untrusted code could have damaged, in one line naming the field', () => {
    const refusal = (bundle: unknown): string => {
      try {
        parseRelayBundle(typeof bundle === 'string' ? bundle : JSON.stringify(bundle));
      } catch (err) {
        return (err as Error).message;
      }
      return 'accepted';
    };
    expect(refusal('not json')).toMatch(/not valid JSON/);
    expect(refusal({ ...good, pullRequest: -1 })).toMatch(/field pullRequest: /);
    expect(refusal({ ...good, headSha: 'x' })).toMatch(/field headSha: a 40-digit commit SHA$/);
    expect(refusal({ ...good, report: { ...report, schemaVersion: 99 } })).toMatch(/upgrade leak-gate/);
    expect(refusal({ ...good, notes: [1] })).toMatch(/field notes\[0\]: expected string, got 1$/);
    const forged = JSON.parse(JSON.stringify(report));
    forged.findings[0].function = 42;
    forged.findings[0].code = null;
    expect(refusal({ ...good, report: forged })).toBe(
      "the relay bundle's report is not a valid leak-gate report: field findings[0].function: expected string, got 42",
    );
    for (const message of [refusal({ ...good, report: forged }), refusal({ ...good, pullRequest: 'x' })])
      expect(message.split('\n')).toHaveLength(1);
  });
});
