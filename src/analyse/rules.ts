// Every number the analysis decides with, named, with the reason it has its value.

import type { Thresholds } from '../schema.js';

export const DEFAULT_THRESHOLDS: Thresholds = {
  /** Bytes per iteration: below it a line's growth is too small to act on in a PR. */
  minGrowth: 32,
  /** Whole-script mode has two snapshots only, so only a large amount left behind is a finding. */
  minRetained: 1024 * 1024,
};

/** An interval that grew this many times a line's median growing interval is a container's reallocation, not its rate (trend.ts withoutJumps). */
export const JUMP_FACTOR = 4;
/** Steady growth: a line grew in at least this share of the intervals between snapshots. */
export const STEADY_SHARE = 0.5;
/** A container that over-allocates grows in steps: this many steps that never fall is steady too... */
export const STAIRCASE_STEPS = 2;
/** ...when they are at least this share of the intervals. */
export const STAIRCASE_SHARE = 0.2;
/** Falls of at most this share of the rises: churn that gives back what it took is not steady. */
export const MAX_FALLS_SHARE = 0.25;
/** The net gain over the window must be at least this share of the threshold's, so one early jump is not a slope. */
export const NET_SHARE = 0.5;
/** Growth that stopped: the second half of the window grew by at most this share of the threshold's rate. */
export const STOPPED_SHARE = 0.25;

/** Live blocks that come and go with any bounded structure (an LRU cache wobbles by about ±8). */
export const BLOCK_NOISE = 16;
/** The run rises when its falls are under this share of its rises. */
export const RISING_FALLS_SHARE = 0.5;

/** A line makes new blocks when it adds at least this many per iteration over the window. */
export const NEW_BLOCKS_PER_ITERATION = 0.25;
/** Replacement is judged only when the leaking lines add at least this many blocks per iteration in all. */
export const MIN_NEW_BLOCKS = 0.5;
/** Live blocks growing by less than this share of the lines' new blocks: the new objects replaced older ones. */
export const LIVE_SHARE = 0.25;
/** A line whose new blocks are within this factor of the live growth is what that growth is made of: the count is sampled and the window may be short. */
export const ACCOUNTABLE_FACTOR = 2;

/** A sawing line whose floor rises is read over at least this many snapshots up to its last fall... */
export const MIN_FLOOR_POINTS = 4;
/** ...and its floor must rise by this many bytes, at least: a floor that creeps by a few bytes is an allocator's rounding. */
export const MIN_FLOOR_RISE = 1024;

/** A leak suspected in the first traced window is confirmed when the second window shows it growing at least at this share of the first window's rate. */
export const CONFIRM_SHARE = 0.5;
/** A suspect that falls to under this share of what it held in the second window gave its memory back: not a leak... */
export const GIVE_BACK_SHARE = 0.5;
/** ...once it held at least this much (a few bytes going and coming are an allocator's rounding). */
export const MIN_GIVEN_BACK = 1024;
