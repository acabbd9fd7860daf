import { describe, expect, it } from 'vitest';
import { insertionSortOrder, weightedGiniSorted, weightedMean, weightedQuantileSorted } from './stats';
import { Xoshiro128 } from './prng';

/** Returns the identity permutation sorted ascending by `values`. */
function sortedOrder(values: Float64Array): Int32Array {
  const order = Int32Array.from({ length: values.length }, (_, i) => i);
  insertionSortOrder(order, values);
  return order;
}

/** Checks that `order` is a permutation of 0..n−1 sorted ascending by key over its first `length` entries. */
function expectSorted(order: Int32Array, key: Float64Array, length = order.length): void {
  expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: order.length }, (_, i) => i));
  for (let i = 1; i < length; i++) expect(key[order[i - 1]!]!).toBeLessThanOrEqual(key[order[i]!]!);
}

describe('insertionSortOrder', () => {
  it('sorts a reversed permutation', () => {
    const key = Float64Array.from({ length: 200 }, (_, i) => i * 1.5);
    const order = Int32Array.from({ length: 200 }, (_, i) => 199 - i);
    insertionSortOrder(order, key);
    expect([...order]).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('re-sorts last year’s order after small changes to the keys', () => {
    const rng = new Xoshiro128(11);
    const key = Float64Array.from({ length: 1000 }, () => 50_000 * Math.exp(0.6 * rng.nextNormal()));
    const order = sortedOrder(key);
    for (let i = 0; i < key.length; i++) key[i] = key[i]! * (1.05 + 0.01 * rng.nextNormal());
    insertionSortOrder(order, key);
    expectSorted(order, key);
  });

  it('sorts random keys, keeps ties in their previous order and honours length', () => {
    const rng = new Xoshiro128(5);
    const key = Float64Array.from({ length: 300 }, () => Math.floor(rng.nextFloat() * 20));
    const order = sortedOrder(key);
    expectSorted(order, key);
    for (let i = 1; i < order.length; i++) {
      if (key[order[i - 1]!] === key[order[i]!]) expect(order[i - 1]!).toBeLessThan(order[i]!);
    }
    const partial = Int32Array.from([3, 2, 1, 0]);
    insertionSortOrder(partial, Float64Array.from([0, 1, 2, 3]), 2);
    expect([...partial]).toEqual([2, 3, 1, 0]);
    expect(() => insertionSortOrder(partial, Float64Array.from([0, 1, 2, 3]), 5)).toThrow(RangeError);
  });
});

describe('weightedGiniSorted', () => {
  const ones = (n: number): Float64Array => new Float64Array(n).fill(1);

  it('is 0 for equal incomes', () => {
    const values = new Float64Array(100).fill(61_000);
    expect(weightedGiniSorted(values, ones(100), sortedOrder(values))).toBeCloseTo(0, 14);
  });

  it('is (n − 1)/n = 0.75 when one of four people has everything', () => {
    const values = Float64Array.from([0, 0, 0, 1]);
    expect(weightedGiniSorted(values, ones(4), sortedOrder(values))).toBe(0.75);
  });

  it('matches the mean absolute difference formula for distinct unit-weight incomes', () => {
    const values = Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6]);
    let mad = 0;
    for (const a of values) for (const b of values) mad += Math.abs(a - b);
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    const expected = mad / (2 * values.length ** 2 * mean);
    expect(weightedGiniSorted(values, ones(values.length), sortedOrder(values))).toBeCloseTo(expected, 14);
  });

  it('counts a row of weight 2 exactly as two rows of weight 1', () => {
    const compact = Float64Array.from([10, 20, 50]);
    const weights = Float64Array.from([1, 2, 1]);
    const expanded = Float64Array.from([10, 20, 20, 50]);
    const a = weightedGiniSorted(compact, weights, sortedOrder(compact));
    const b = weightedGiniSorted(expanded, ones(4), sortedOrder(expanded));
    expect(a).toBeCloseTo(b, 15);
    // Scaling all weights or all incomes changes nothing.
    expect(
      weightedGiniSorted(
        compact,
        weights.map((w) => w * 1234.5),
        sortedOrder(compact),
      ),
    ).toBeCloseTo(a, 15);
    expect(
      weightedGiniSorted(
        compact.map((v) => v * 7),
        weights,
        sortedOrder(compact),
      ),
    ).toBeCloseTo(a, 15);
  });

  it('ignores rows of weight 0, whatever their value', () => {
    const values = Float64Array.from([10, NaN, 20, 1e12, 50]);
    const weights = Float64Array.from([1, 0, 2, 0, 1]);
    const order = Int32Array.from([1, 0, 3, 2, 4]); // zero-weight rows may sit anywhere
    const reference = weightedGiniSorted(Float64Array.from([10, 20, 50]), Float64Array.from([1, 2, 1]), Int32Array.from([0, 1, 2]));
    expect(weightedGiniSorted(values, weights, order)).toBe(reference);
  });

  it('is NaN when there is no weight or no income', () => {
    expect(weightedGiniSorted(Float64Array.from([1, 2]), new Float64Array(2), Int32Array.from([0, 1]))).toBeNaN();
    expect(weightedGiniSorted(new Float64Array(2), ones(2), Int32Array.from([0, 1]))).toBeNaN();
  });

  it('approaches the analytic Gini of a lognormal, 2Φ(σ/√2) − 1', () => {
    const rng = new Xoshiro128(2020);
    const sigma = 0.8;
    const values = Float64Array.from({ length: 20_000 }, () => Math.exp(sigma * rng.nextNormal()));
    // 2Φ(0.8/√2) − 1 = erf(0.4) = 0.428392355046668.
    expect(weightedGiniSorted(values, ones(values.length), sortedOrder(values))).toBeCloseTo(0.428392355046668, 2);
  });
});

describe('weightedQuantileSorted', () => {
  const values = Float64Array.from([40, 10, 30, 20]);
  const order = sortedOrder(values);
  const ones = new Float64Array(4).fill(1);

  it('returns the lowest value whose cumulative weight share reaches q', () => {
    expect(weightedQuantileSorted(values, ones, order, 0)).toBe(10);
    expect(weightedQuantileSorted(values, ones, order, 0.25)).toBe(10);
    expect(weightedQuantileSorted(values, ones, order, 0.26)).toBe(20);
    expect(weightedQuantileSorted(values, ones, order, 0.5)).toBe(20);
    expect(weightedQuantileSorted(values, ones, order, 0.75)).toBe(30);
    expect(weightedQuantileSorted(values, ones, order, 1)).toBe(40);
  });

  it('follows the weights', () => {
    const weights = Float64Array.from([1, 1, 1, 7]); // the person at 20 is 70 % of the population
    expect(weightedQuantileSorted(values, weights, order, 0.1)).toBe(10);
    expect(weightedQuantileSorted(values, weights, order, 0.5)).toBe(20);
    expect(weightedQuantileSorted(values, weights, order, 0.8)).toBe(20);
    expect(weightedQuantileSorted(values, weights, order, 0.81)).toBe(30);
  });

  it('reaches a boundary hit exactly in decimal despite binary rounding of the weights', () => {
    const weights = Float64Array.from([0.1, 0.1, 0.1, 0.7]);
    // Cumulative 0.1 + 0.1 + 0.1 = 0.30000000000000004 while the boundary is also inexact.
    const v = Float64Array.from([1, 2, 3, 4]);
    expect(weightedQuantileSorted(v, Float64Array.from([0.1, 0.2, 0.3, 0.4]), Int32Array.from([0, 1, 2, 3]), 0.3)).toBe(2);
    expect(weightedQuantileSorted(v, Float64Array.from([0.1, 0.2, 0.3, 0.4]), Int32Array.from([0, 1, 2, 3]), 0.6)).toBe(3);
    expect(weightedQuantileSorted(values, weights, order, 0.1)).toBe(10);
  });

  it('ignores rows of weight 0 and rejects q outside [0, 1]', () => {
    const v = Float64Array.from([NaN, 5, 6]);
    const w = Float64Array.from([0, 1, 1]);
    const o = Int32Array.from([0, 1, 2]);
    expect(weightedQuantileSorted(v, w, o, 0)).toBe(5);
    expect(weightedQuantileSorted(v, new Float64Array(3), o, 0.5)).toBeNaN();
    expect(() => weightedQuantileSorted(v, w, o, 1.01)).toThrow(RangeError);
    expect(() => weightedQuantileSorted(v, w, o, NaN)).toThrow(RangeError);
  });
});

describe('weightedMean', () => {
  it('weights values and defaults to the whole array', () => {
    expect(weightedMean(Float64Array.from([1, 2, 3]), Float64Array.from([1, 1, 2]))).toBe(9 / 4);
  });

  it('averages a sub-range [from, to) and skips zero-weight rows', () => {
    const values = Float64Array.from([100, 1, NaN, 3, 100]);
    const weights = Float64Array.from([1, 1, 0, 1, 1]);
    expect(weightedMean(values, weights, 1, 4)).toBe(2);
    expect(weightedMean(values, weights, 2, 3)).toBeNaN();
  });

  it('rejects ranges outside the arrays', () => {
    const a = new Float64Array(3);
    expect(() => weightedMean(a, a, -1, 2)).toThrow(RangeError);
    expect(() => weightedMean(a, a, 2, 1)).toThrow(RangeError);
    expect(() => weightedMean(a, a, 0, 4)).toThrow(RangeError);
  });
});
