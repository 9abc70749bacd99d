// Errors the user can act on. Each carries a one-line message that names the
// problem and what to do; the faces print it without a stack trace.

/** Why a measurement could not be made: the probe's kinds, then the runner's. */
export const ERROR_KINDS = [
  'script-not-found',
  'not-python',
  'syntax',
  'unknown-entry',
  'module-not-found',
  'bad-target',
  'empty-script',
  'workload-raised',
  'unsupported-python',
  'snapshots-dir',
  'python-not-found',
  'python-failed',
  'python-too-old',
  'timeout',
  'killed',
  'probe-output',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export class UsageError extends Error {
  override name = 'UsageError';
}

/** The measurement could not be made (exit code 2, verdict "error"). */
export class MeasureError extends Error {
  override name = 'MeasureError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** More lines for the curious: the workload's traceback, the end of its output. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/**
 * Data refused: JSON from outside (a baseline, a report, a relay bundle) that
 * does not match its schema, or a relay bundle for another commit. One line
 * naming the source and what is wrong.
 */
export class RefusedError extends Error {
  override name = 'RefusedError';
}
