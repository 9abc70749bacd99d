// The retainer search's part of the probe's result and the report: what
// keeps a leaking line's objects alive (the probe's retainers.py).

import * as v from 'valibot';

const count = v.pipe(v.number(), v.finite());
const whole = v.pipe(v.number(), v.integer());

/** What a retainer path starts from (the probe's retainers.py names them). */
export const RETAINER_ROOTS = [
  'module global',
  'class attribute',
  'default argument',
  'closure',
  'function attribute',
  'lru_cache',
  'logger',
  'interpreter registry',
  'thread frame',
  'unreached',
] as const;

/** Objects counted by type, the type's qualified name the key. */
export const TypeCounts = v.record(v.string(), whole);

/** What keeps a line's objects alive: the container, written as Python from a root. */
export const RetainerSchema = v.object({
  /** A Python expression naming the container (`service._recent[…]`); null when no root was reached. */
  path: v.nullable(v.string()),
  root: v.picklist(RETAINER_ROOTS),
  /** The container's type (dict, list, a class), null when no root was reached. */
  container: v.nullable(v.string()),
  /** The line's objects the container holds, made in the traced window searched. */
  objects: whole,
  /** Their size with what they hold of the line's other objects (sys.getsizeof): the retainers are ordered by it. */
  bytes: v.optional(whole),
  types: TypeCounts,
  /** A bounded cache's entries and its bound (an lru_cache with a maxsize): at its bound it replaces entries, it does not grow. */
  bound: v.optional(v.object({ entries: whole, max: whole })),
  /**
   * A builtin container looked at again after `after` more iterations, untraced:
   * the `share` of these objects it still holds, and how much its size `grew`
   * (its mean over the last third of those iterations less the first's).
   */
  stillHeld: v.optional(v.object({ share: count, after: whole, grew: count })),
});
export type Retainer = v.InferOutput<typeof RetainerSchema>;

/** The probe's search for retainers, after the last snapshot, of the lines that leak. */
export const RetainerSearchSchema = v.union([
  v.object({
    seconds: count,
    budgetSeconds: count,
    /** The time bound stopped it before it was done. */
    cutShort: v.boolean(),
    /** Iterations of the traced window whose objects were searched. */
    iterations: whole,
    searchedLines: whole,
    lines: v.array(
      v.object({
        file: v.string(),
        line: whole,
        /** Objects made at the line in that window and still alive. */
        objects: whole,
        /** Of those, the ones no other of them holds: what a container holds of the line directly. */
        heads: v.optional(whole),
        types: TypeCounts,
        retainers: v.array(RetainerSchema),
      }),
    ),
  }),
  v.object({ skipped: v.string() }),
  v.object({ error: v.string() }),
]);
export type RetainerSearch = v.InferOutput<typeof RetainerSearchSchema>;
