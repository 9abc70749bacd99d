// The action's entry (dist/index.js): measure mode, or the fork relay.
import * as core from '@actions/core';
import { RefusedError, UsageError } from '../errors.js';
import { relay } from '../relay/main.js';
import { stopOnSignals } from '../signals.js';
import { readInputs } from './inputs.js';
import { measureAndReport } from './main.js';

// A cancelled job: the runner signals the step; the workload's processes end with it.
stopOnSignals((line) => core.error(line));

async function run(): Promise<void> {
  const inputs = readInputs();
  await (inputs.mode === 'relay' ? relay(inputs) : measureAndReport(inputs));
}

// Errors become a failed step in exactly one place, as one line.
run().catch((err: unknown) => {
  const e = err as Error;
  core.setFailed(err instanceof UsageError || err instanceof RefusedError ? e.message : `leak-gate internal error: ${e.message}`);
});
