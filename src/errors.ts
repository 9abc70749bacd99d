// Errors the user can act on. Each carries a one-line message that names the
// problem and what to do; the faces print it without a stack trace.

import type { ErrorKind } from './schema.js';

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
