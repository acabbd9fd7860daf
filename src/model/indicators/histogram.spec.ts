import { describe, expect, it } from 'vitest';
import { IncomeHistogram } from './histogram';
import { Xoshiro128 } from '../numerics/prng';
import { insertionSortOrder, weightedGiniSorted } from '../numerics/stats';

/** A lognormal sample of per-capita incomes (median ≈ 45,000 yuan, σ = 0.7), persons and household sizes. */
function sample(seed: number, n: number): { income: Float64Array; persons: Float64Array; size: Float64Array } {
  const rng = new Xoshiro128(seed);
  const income = new Float64Array(n);
  const persons = new Float64Array(n);
  const size = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    income[i] = 45000 * Math.exp(0.7 * rng.nextNormal());
    size[i] = 1 + Math.floor(rng.nextFloat() * 5);
    persons[i] = size[i]! * (50 + 100 * rng.nextFloat());
  }
  return { income, persons, size };
}

function fill(histogram: IncomeHistogram, s: ReturnType<typeof sample>): void {
  histogram.clear();
  for (let i = 0; i < s.income.length; i++) histogram.add(s.income[i]!, s.persons[i]!, s.persons[i]! / s.size[i]!);
}

function sortedOrder(values: Float64Array): Int32Array {
  const order = Int32Array.from({ length: values.length }, (_, i) => i);
  insertionSortOrder(order, values);
  return order;
}

describe('IncomeHistogram', () => {
  it('puts every income in a bin whose edges enclose it, each bin under 1 % wide', () => {
    const histogram = new IncomeHistogram();
    for (const y of [513, 1000, 31930.5, 52397, 62699, 100000, 1e6, 3.3e7]) {
      const bin = histogram.binOf(y);
      const lower = IncomeHistogram.lowerEdge(bin);
      const upper = IncomeHistogram.lowerEdge(bin + 1);
      expect(lower).toBeLessThanOrEqual(y);
      expect(y).toBeLessThan(upper);
      expect(upper / lower - 1).toBeLessThan(0.01);
    }
    expect(histogram.binOf(0)).toBe(0);
    expect(histogram.binOf(-5)).toBe(0);
    expect(histogram.binOf(Number.NaN)).toBe(0);
    expect(histogram.binOf(1e12)).toBe(IncomeHistogram.BINS - 1);
  });

  it('gives a Gini within 1e-4 of the exact one from a full sort', () => {
    for (const seed of [1, 2, 3]) {
      const s = sample(seed, 20000);
      const histogram = new IncomeHistogram();
      fill(histogram, s);
      const exact = weightedGiniSorted(s.income, s.persons, sortedOrder(s.income));
      const { gini } = histogram.summary(3, 20000, 51, 21, 5);
      expect(Math.abs(gini - exact)).toBeLessThan(1e-4);
      expect(gini).toBeGreaterThan(0.3);
    }
  });

  it('gives household quintile means that reproduce the overall mean and rise with the quintile', () => {
    const s = sample(7, 20000);
    const histogram = new IncomeHistogram();
    fill(histogram, s);
    const { groupMeans } = histogram.summary(3, 20000, 51, 21, 5);
    // Exact quintiles: households ranked by per-capita income, 20 % of households each.
    const order = sortedOrder(s.income);
    let totalHouseholds = 0;
    for (let i = 0; i < s.income.length; i++) totalHouseholds += s.persons[i]! / s.size[i]!;
    const income = [0, 0, 0, 0, 0];
    const persons = [0, 0, 0, 0, 0];
    let cumulative = 0;
    for (const row of order) {
      const h = s.persons[row]! / s.size[row]!;
      const q = Math.min(4, Math.floor((5 * (cumulative + h / 2)) / totalHouseholds));
      income[q]! += s.persons[row]! * s.income[row]!;
      persons[q]! += s.persons[row]!;
      cumulative += h;
    }
    for (let q = 0; q < 5; q++) {
      expect(Math.abs(groupMeans[q]! / (income[q]! / persons[q]!) - 1)).toBeLessThan(0.01);
      if (q > 0) expect(groupMeans[q]!).toBeGreaterThan(groupMeans[q - 1]!);
    }
  });

  it('gives band shares summing to 100 and a Lorenz curve from 0 to 1, rising and convex', () => {
    const s = sample(11, 5000);
    const histogram = new IncomeHistogram();
    fill(histogram, s);
    const { shares, lorenz } = histogram.summary(3, 20000, 51, 21, 5);
    expect(shares.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(100, 9);
    expect(lorenz[0]).toBe(0);
    expect(lorenz[20]).toBe(1);
    for (let i = 1; i < lorenz.length; i++) {
      expect(lorenz[i]!).toBeGreaterThanOrEqual(lorenz[i - 1]!);
      expect(lorenz[i]!).toBeLessThanOrEqual(i / 20 + 1e-12);
    }
    for (let i = 1; i < lorenz.length - 1; i++) expect(lorenz[i]! - lorenz[i - 1]!).toBeLessThanOrEqual(lorenz[i + 1]! - lorenz[i]! + 1e-9);
  });

  it('finds the income threshold of the top 5 % of persons within a bin of the exact one', () => {
    const s = sample(5, 20000);
    const histogram = new IncomeHistogram();
    fill(histogram, s);
    const order = sortedOrder(s.income);
    let total = 0;
    for (const p of s.persons) total += p;
    let above = 0;
    let exact = 0;
    for (let k = order.length - 1; k >= 0; k--) {
      above += s.persons[order[k]!]!;
      if (above >= 0.05 * total) {
        exact = s.income[order[k]!]!;
        break;
      }
    }
    const threshold = histogram.topThreshold(0.05);
    expect(threshold).toBeLessThanOrEqual(exact);
    expect(exact / threshold - 1).toBeLessThan(0.01);
  });
});
