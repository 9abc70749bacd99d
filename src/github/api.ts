// The GitHub REST API through the toolkit's Octokit, with a retry policy of
// our own: server errors and rate limits are tried again a few times with
// growing pauses, so a run ends in bounded time; other errors are final.

import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RetryPolicy {
  /** Tries after the first. */
  retries: number;
  /** First pause; doubles each time. */
  baseMs: number;
  /** No pause is longer, whatever Retry-After says. */
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 1000, maxMs: 30_000 };

interface HttpError {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
}

/** How long to wait before trying again, or undefined when the error is final. */
export function retryDelay(err: HttpError, attempt: number, policy: RetryPolicy): number | undefined {
  if (attempt >= policy.retries) return undefined;
  const status = err.status ?? 0;
  const headers = err.response?.headers ?? {};
  const rateLimited = status === 429 || (status === 403 && headers['x-ratelimit-remaining'] === '0');
  if (!rateLimited && status < 500) return undefined;
  const after = Number(headers['retry-after']);
  const wait = Number.isFinite(after) && headers['retry-after'] !== undefined ? after * 1000 : policy.baseMs * 2 ** attempt;
  return Math.min(policy.maxMs, Math.max(0, wait));
}

export function makeOctokit(token: string, apiUrl: string, policy: RetryPolicy = DEFAULT_RETRY): Octokit {
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (err) {
        const wait = retryDelay(err as HttpError, attempt, policy);
        if (wait === undefined) throw err;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  });
  return octokit;
}

export function httpStatus(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && typeof (err as HttpError).status === 'number' ? (err as HttpError).status : undefined;
}
