import { expect, test } from 'vitest';
import fc from 'fast-check';
import { median, percentile, rng, summarize } from '../../scripts/bench/stats';

test('median of odd and even counts, in any order', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([7])).toBe(7);
  expect(median([])).toBeNaN();
});

test('percentile by nearest rank', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
  expect(percentile(hundred, 95)).toBe(95);
  expect(percentile(hundred, 50)).toBe(50);
  expect(percentile(hundred, 100)).toBe(100);
  expect(percentile([3, 1, 2], 95)).toBe(3);
  expect(percentile([], 95)).toBeNaN();
  expect(() => percentile([1], 0)).toThrow(RangeError);
  expect(() => percentile([1], 101)).toThrow(RangeError);
});

test('a percentile is one of the values, between min and max, and grows with p', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ noNaN: true, min: 0, max: 1e6 }), { minLength: 1 }), fc.integer({ min: 1, max: 99 }), (xs, p) => {
      const v = percentile(xs, p);
      expect(xs).toContain(v);
      expect(v).toBeLessThanOrEqual(percentile(xs, p + 1));
      expect(v).toBeGreaterThanOrEqual(Math.min(...xs));
    }),
  );
});

test('summarize gives median, p95, max and count', () => {
  expect(summarize([1, 2, 3, 4, 100])).toEqual({ median: 3, p95: 100, max: 100, n: 5 });
});

test('the PRNG repeats for a seed and stays in [0, 1)', () => {
  const a = rng(7);
  const b = rng(7);
  const xs = Array.from({ length: 1000 }, () => a());
  expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
  expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  expect(rng(8)()).not.toBe(rng(7)());
});
