import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { DEFAULT_RETRY, retryDelay } from '../../src/github/api.js';
import { baselineCandidates, type ArtifactCandidate } from '../../src/github/baseline.js';
import { commentMarker } from '../../src/github/comment.js';
import { readContext } from '../../src/github/context.js';
import { parseRelayBundle, RELAY_SCHEMA } from '../../src/github/relay.js';
import { growing, probeResult, site } from './synthetic.js';

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
  const report = analyse(probeResult([site(1, growing(100))]));
  const good = { schema: RELAY_SCHEMA, version: 1, pullRequest: 7, headSha: 'a'.repeat(40), report, notes: [], command: 'npx leak-gate run a.py', workingDirectory: '' };
  it('reads a bundle and validates the reports in it', () => {
    expect(parseRelayBundle(JSON.stringify(good)).pullRequest).toBe(7);
  });
  it('refuses what untrusted code could have damaged', () => {
    expect(() => parseRelayBundle('not json')).toThrow(/not JSON/);
    expect(() => parseRelayBundle(JSON.stringify({ ...good, pullRequest: -1 }))).toThrow(/names no pull request/);
    expect(() => parseRelayBundle(JSON.stringify({ ...good, headSha: 'x' }))).toThrow(/no commit SHA/);
    expect(() => parseRelayBundle(JSON.stringify({ ...good, report: { ...report, schemaVersion: 99 } }))).toThrow(/upgrade leak-gate/);
    expect(() => parseRelayBundle(JSON.stringify({ ...good, notes: [1] }))).toThrow(/damaged/);
  });
});
