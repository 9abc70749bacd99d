// Settings of one run, whichever face (command flags or action inputs) they came from.

import { UsageError } from './errors.js';
import { MIN_ITERATIONS } from './probe/plan.js';

export const FAIL_ON = ['leak', 'regression', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface Settings {
  /** A .py file or package.module:function, as the user wrote it. */
  target: string;
  entry: string;
  entryExplicit: boolean;
  iterations: number;
  /** Undefined: a tenth of the iterations (2 to 50). */
  warmup?: number;
  python: string;
  timeoutSeconds: number;
  /** Directory whose files are the user's project; relative paths resolve against it. */
  cwd: string;
  args: string[];
  jsonPath?: string;
  snapshotsDir?: string;
  baselinePath?: string;
  failOn: FailOn;
  /** Bytes per iteration that count as a leak. */
  minGrowth: number;
  /** Relative growth over the baseline that counts as grown (0.25 = 25 %). */
  tolerance: number;
}

export const DEFAULTS = {
  entry: 'workload',
  iterations: 200,
  timeoutSeconds: 600,
  failOn: 'leak' as FailOn,
  minGrowth: 32,
  tolerance: 0.25,
};

/** `name` is what the user typed (--iterations, or the input `iterations`). */
export function parseInteger(name: string, raw: string, min: number, max: number): number {
  const text = raw.trim();
  if (!/^[0-9]+$/.test(text)) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`${name} must be from ${min} to ${max}, got ${value}`);
  return value;
}

export function parseNumber(name: string, raw: string, min: number, max: number): number {
  const text = raw.trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw new UsageError(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  if (value < min || value > max) throw new UsageError(`${name} must be from ${min} to ${max}, got ${value}`);
  return value;
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  const value = raw.trim() as T;
  if (!choices.includes(value)) throw new UsageError(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return value;
}

export const ITERATIONS_RANGE = [MIN_ITERATIONS, 1_000_000] as const;

/** Checks that concern more than one setting. */
export function checkSettings(s: Settings, names: { iterations: string; warmup: string }): Settings {
  if (s.warmup !== undefined && s.iterations - s.warmup < 5) {
    throw new UsageError(
      `${names.warmup} (${s.warmup}) must leave at least 5 measured iterations of ${names.iterations} (${s.iterations})`,
    );
  }
  return s;
}
