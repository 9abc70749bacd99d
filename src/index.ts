import * as core from '@actions/core';
import { UsageError } from './errors.js';
import { run } from './action.js';

// Errors become a failed step in exactly one place, as one line.
run().catch((err: unknown) => {
  const e = err as Error;
  core.setFailed(err instanceof UsageError ? e.message : `leak-gate internal error: ${e.message}`);
});
