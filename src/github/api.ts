// The GitHub REST API through the toolkit's Octokit, with octokit's retry and
// throttling plugins set so that a run ends in bounded time: server errors are
// tried again a few times with growing pauses (the retry plugin), rate limits as
// many times after the pause GitHub asks for, when that is short enough (the
// throttling plugin); other errors are final.

import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** Tries after the first: for server errors, and for rate limits. */
export const RETRIES = 3;
/** The longest pause for a rate limit: when GitHub asks for longer, leak-gate gives up instead. */
export const MAX_WAIT_SECONDS = 30;
/**
 * Statuses the retry plugin leaves final: every 4xx. Rate limits (403, 429) are
 * the throttling plugin's, which honours Retry-After; were 429 also the retry
 * plugin's, a rate-limited request would be retried by both, up to 16 times.
 */
export const DO_NOT_RETRY: readonly number[] = Array.from({ length: 100 }, (_, i) => 400 + i);

/**
 * How long a second of pause lasts, in ms: LEAK_GATE_RETRY_BASE_MS lets tests
 * shorten every pause (back-off and Retry-After alike); users have no reason to.
 */
function secondMs(env: NodeJS.ProcessEnv): number {
  const raw = env.LEAK_GATE_RETRY_BASE_MS;
  const ms = Number(raw);
  return raw && Number.isFinite(ms) && ms >= 0 ? ms : 1000;
}

let gaveUp = false;

/** Whether the throttling plugin tries a rate-limited request again: a bounded number of times, never a long wait. */
export function onLimit(kind: string) {
  return (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const where = `${options.method} ${options.url}`;
    if (retryCount < RETRIES && retryAfter <= MAX_WAIT_SECONDS) {
      core.info(`leak-gate: GitHub's ${kind} on ${where}: trying again in ${retryAfter} s (retry ${retryCount + 1} of ${RETRIES})`);
      return true;
    }
    const why =
      retryCount < RETRIES
        ? `GitHub asks to wait ${retryAfter} s, longer than leak-gate waits (${MAX_WAIT_SECONDS} s)`
        : `still limited after ${RETRIES} retries`;
    // One warning a run: each request that gives up says why in the log.
    (gaveUp ? core.info : core.warning)(`leak-gate: GitHub's ${kind} on ${where}: ${why}, so not trying again`);
    gaveUp = true;
    return false;
  };
}

/** The Octokit options: the plugins' settings and the API's address. */
export function octokitOptions(apiUrl: string, env: NodeJS.ProcessEnv = process.env) {
  const second = secondMs(env);
  return {
    baseUrl: apiUrl,
    // Back-off (n + 1)² s: 1, 4, 9.
    retry: { retries: RETRIES, doNotRetry: [...DO_NOT_RETRY], retryAfterBaseValue: second },
    throttle: {
      retryAfterBaseValue: second,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  };
}

export function makeOctokit(token: string, apiUrl: string): Octokit {
  const octokit = getOctokit(token, octokitOptions(apiUrl), retry, throttling);
  // The plugins keep a request's try count in options.request, an object octokit
  // shares between all the requests of a client that set none of their own: one
  // request's retries would lengthen the next one's pauses. Each gets a copy.
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request };
  });
  return octokit;
}

interface HttpError {
  status?: number;
}

export function httpStatus(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && typeof (err as HttpError).status === 'number' ? (err as HttpError).status : undefined;
}
