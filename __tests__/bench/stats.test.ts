import { describe, expect, it } from 'vitest';
import { median, spread } from '../../bench/stats.js';

describe('median and spread', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(spread([5, 1, 9])).toEqual({ median: 5, min: 1, max: 9, n: 3 });
  });
});
