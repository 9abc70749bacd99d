// Settings of one run, whichever face (command flags or action inputs) they came from.

import { DEFAULT_THRESHOLDS } from '../analyse/rules.js';
import { DEFAULT_COMPARE } from '../compare.js';
import { UsageError } from '../errors.js';
import { parseIgnore } from './ignore.js';
import { MIN_ITERATIONS } from '../probe/limits.js';
import { FAIL_ON, type FailOn, type Judging, type Thresholds } from '../schema.js';

/**
 * Test hook: trace exactly this many last iterations, whatever the machine's
 * timing, so a test's figures do not depend on how busy the machine is.
 */
export const FIXED_WINDOW_ENV = 'LEAK_GATE_TRACED_WINDOW';

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
  /** Patterns of lines that never fail the check (gate/ignore.ts). */
  ignore: string[];
  /** Exactly this many last iterations traced (the test hook above); undefined: the probe chooses. */
  fixedWindow?: number;
}

export const judgingOf = (s: Settings): Judging => ({ failOn: s.failOn, tolerance: s.tolerance, minGrowth: s.minGrowth, ignore: s.ignore });
export const thresholdsOf = (s: Settings): Thresholds => ({ ...DEFAULT_THRESHOLDS, minGrowth: s.minGrowth });

export const DEFAULTS = {
  entry: 'workload',
  iterations: 200,
  timeoutSeconds: 600,
  failOn: 'leak' as FailOn,
  minGrowth: DEFAULT_THRESHOLDS.minGrowth,
  tolerance: DEFAULT_COMPARE.tolerance,
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

/** The settings as text, the way both faces receive them; absent or empty means the default. */
export interface SettingsText {
  entry?: string;
  iterations?: string;
  warmup?: string;
  python?: string;
  timeout?: string;
  'fail-on'?: string;
  'min-growth'?: string;
  tolerance?: string;
  /** Patterns, one a line or separated by commas. */
  ignore?: string;
}

/**
 * Parses and checks the text settings of either face. `label` turns a setting's
 * name into what the user typed (`--fail-on`, or `input fail-on`), so every
 * message names it the user's way.
 */
export function parseSettings(
  text: SettingsText,
  fixed: Pick<Settings, 'target' | 'cwd' | 'args' | 'jsonPath' | 'snapshotsDir' | 'baselinePath'>,
  label: (name: keyof SettingsText) => string,
  env: NodeJS.ProcessEnv = process.env,
): Settings {
  const given = (name: keyof SettingsText): string | undefined => {
    const v = text[name];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const entry = given('entry')?.trim();
  if (entry !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry)) {
    throw new UsageError(`${label('entry')} must be a Python function name, got "${entry}"`);
  }
  const number = (name: keyof SettingsText, fallback: number, min: number, max: number, whole = false): number => {
    const raw = given(name);
    if (raw === undefined) return fallback;
    return whole ? parseInteger(label(name), raw, min, max) : parseNumber(label(name), raw, min, max);
  };
  const warmup = given('warmup');
  const failOn = given('fail-on');
  const settings: Settings = {
    ...fixed,
    entry: entry ?? DEFAULTS.entry,
    entryExplicit: entry !== undefined,
    iterations: number('iterations', DEFAULTS.iterations, ...ITERATIONS_RANGE, true),
    warmup: warmup === undefined ? undefined : parseInteger(label('warmup'), warmup, 0, ITERATIONS_RANGE[1]),
    python: given('python')?.trim() ?? 'python3',
    timeoutSeconds: number('timeout', DEFAULTS.timeoutSeconds, 1, 86400),
    failOn: failOn === undefined ? DEFAULTS.failOn : parseChoice(label('fail-on'), failOn, FAIL_ON),
    minGrowth: number('min-growth', DEFAULTS.minGrowth, 1, 1e9),
    tolerance: number('tolerance', DEFAULTS.tolerance, 0, 1000),
    ignore: (text.ignore ?? '')
      .split(/[\n,]/)
      .map((p) => p.trim())
      .filter(Boolean),
  };
  parseIgnore(settings.ignore, label('ignore')); // a bad pattern is named before the run
  const window = env[FIXED_WINDOW_ENV];
  if (window) settings.fixedWindow = parseInteger(FIXED_WINDOW_ENV, window, 1, ITERATIONS_RANGE[1]);
  if (settings.warmup !== undefined && settings.iterations - settings.warmup < 5) {
    throw new UsageError(
      `${label('warmup')} (${settings.warmup}) must leave at least 5 measured iterations of ${label('iterations')} (${settings.iterations})`,
    );
  }
  return settings;
}
