import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, retryDelay } from '../../src/github/api.js';
import { baselineCandidates, type ArtifactCandidate } from '../../src/github/baseline.js';
import { commentMarker } from '../../src/github/comment.js';
import { readContext } from '../../src/github/context.js';
import { parseRelayBundle, RELAY_SCHEMA } from '../../src/schema.js';
import { analysed, growing, probeResult, site } from './synthetic.js';

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
  const a = (id: number, extra: Partial<ArtifactCandidate> & { run?: Partial<NonNullable<ArtifactCandidate['workflow_run']>> } = {}): ArtifactCandidate => ({
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

describe('retryDelay', () => {
  it('retries server errors and rate limits a bounded number of times, and nothing else', () => {
    expect(retryDelay({ status: 502 }, 0, DEFAULT_RETRY)).toBe(1000);
    expect(retryDelay({ status: 502 }, 2, DEFAULT_RETRY)).toBe(4000);
    expect(retryDelay({ status: 502 }, 3, DEFAULT_RETRY)).toBeUndefined();
    expect(retryDelay({ status: 429, response: { headers: { 'retry-after': '2' } } }, 0, DEFAULT_RETRY)).toBe(2000);
    expect(retryDelay({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0', 'retry-after': '9999' } } }, 0, DEFAULT_RETRY)).toBe(30_000);
    expect(retryDelay({ status: 403 }, 0, DEFAULT_RETRY)).toBeUndefined();
    expect(retryDelay({ status: 404 }, 0, DEFAULT_RETRY)).toBeUndefined();
    expect(retryDelay({ status: 422 }, 0, DEFAULT_RETRY)).toBeUndefined();
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
  const good = { schema: RELAY_SCHEMA, version: 1, pullRequest: 7, headSha: 'a'.repeat(40), report, notes: [], command: 'npx leak-gate run a.py', workingDirectory: '' };
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
    for (const message of [refusal({ ...good, report: forged }), refusal({ ...good, pullRequest: 'x' })]) expect(message.split('\n')).toHaveLength(1);
  });
});
