// Ctrl-C, or a CI job cancelled: stop at once and leave nothing running. The
// probe runs in a process group of its own (so that a timeout can end the
// workload's children too), which a terminal's SIGINT does not reach.

import { endRuns } from './probe/run.js';

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** On SIGINT or SIGTERM: ends every run, then `cleanup`, says so through `say`, and exits 130 or 143. */
export function stopOnSignals(say: (line: string) => void, cleanup: () => void = () => {}): void {
  for (const [signal, code] of Object.entries(EXIT_CODES)) {
    process.once(signal, () => {
      endRuns();
      cleanup();
      say(`leak-gate: stopped by ${signal}; the workload and every process it started were ended`);
      process.exit(code);
    });
  }
}
