import { describe, expect, it } from 'vitest';
import { median, movement, theilSen } from '../../src/stats.js';

describe('stats', () => {
  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('Theil–Sen ignores one outlier that a difference of two numbers would not', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6];
    expect(theilSen(xs, [0, 10, 20, 30, 40, 50, 60])).toBe(10);
    expect(theilSen(xs, [0, 10, 20, 5000, 40, 50, 60])).toBe(10);
    expect(theilSen(xs, [0, 4000, 4000, 4000, 4000, 4000, 4000])).toBe(0);
  });
  it('movement counts rises, falls and growing intervals', () => {
    expect(movement([0, 5, 3, 8])).toEqual({ rises: 10, falls: 2, growingShare: 2 / 3 });
  });
});
