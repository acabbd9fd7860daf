import { describe, expect, it } from 'vitest';
import type { Population } from '../population/build';
import { groupImpact, recordYear, RunIncomes, whoGains, type WhoGainsUnits } from './who-gains';

/** Units by ascending baseline income (what RunIncomes.orderOf gives). */
function orderBy(baseline: Float64Array): Int32Array {
  return Int32Array.from(baseline.keys()).sort((a, b) => baseline[a]! - baseline[b]!);
}

describe('who gains, by hand on tiny populations', () => {
  it('gives each of ten equal households its own decile, with its change in yuan and per cent', () => {
    // Baseline incomes 10,000 … 100,000 yuan, listed out of order; the poorest gains 1,000 (10 %),
    // the second 100 (0.5 %, below the 1 % threshold), the richest loses 2,000 (2 %).
    const baseline = Float64Array.from([30000, 10000, 100000, 20000, 50000, 40000, 60000, 70000, 80000, 90000]);
    const scenario = Float64Array.from(baseline);
    scenario[1] = 11000;
    scenario[3] = 20100;
    scenario[2] = 98000;
    const g = groupImpact(orderBy(baseline), new Float64Array(10).fill(1), undefined, baseline, scenario);
    expect(g.decileBaselineMean).toEqual([10000, 20000, 30000, 40000, 50000, 60000, 70000, 80000, 90000, 100000]);
    expect(g.decileChange).toEqual([1000, 100, 0, 0, 0, 0, 0, 0, 0, -2000]);
    expect(g.decilePercentChange[0]).toBeCloseTo(10, 12);
    expect(g.decilePercentChange[1]).toBeCloseTo(0.5, 12);
    expect(g.decilePercentChange[9]).toBeCloseTo(-2, 12);
    // (1,000 + 100 − 2,000) ÷ 10 persons; ÷ 550,000 yuan of baseline income.
    expect(g.meanChange).toBeCloseTo(-90, 12);
    expect(g.percentChange).toBeCloseTo((100 * -900) / 550000, 12);
    expect([g.gainShare, g.loseShare, g.noChangeShare]).toEqual([10, 10, 80]);
  });

  it('splits a household on a decile boundary between the two deciles by its persons', () => {
    // Two households of 1.25 and 3.75 persons: deciles of 0.5 persons. The poorer (100 yuan, +10)
    // fills deciles 1–2 and half of decile 3; the richer (200 yuan, −20) the rest.
    const baseline = Float64Array.from([200, 100]);
    const scenario = Float64Array.from([180, 110]);
    const g = groupImpact(orderBy(baseline), Float64Array.from([3.75, 1.25]), undefined, baseline, scenario);
    expect(g.decileChange[0]).toBeCloseTo(10, 12);
    expect(g.decileChange[1]).toBeCloseTo(10, 12);
    // Decile 3: 0.25 persons at +10 and 0.25 at −20; baseline mean (25 + 50) ÷ 0.5 = 150.
    expect(g.decileChange[2]).toBeCloseTo(-5, 12);
    expect(g.decileBaselineMean[2]).toBeCloseTo(150, 12);
    expect(g.decilePercentChange[2]).toBeCloseTo((100 * (2.5 - 5)) / 75, 12);
    for (let d = 3; d < 10; d++) expect(g.decileChange[d]).toBeCloseTo(-20, 12);
    // The mean of the ten deciles is the mean change: (1.25 × 10 − 3.75 × 20) ÷ 5.
    expect(g.decileChange.reduce((a, b) => a + b, 0) / 10).toBeCloseTo(-12.5, 12);
    expect(g.meanChange).toBeCloseTo(-12.5, 12);
    expect(g.gainShare).toBeCloseTo(25, 12);
    expect(g.loseShare).toBeCloseTo(75, 12);
  });

  it('ranks deciles within a cut, ignoring households outside it', () => {
    // Of twenty households only the odd ones are in the cut: ten of them, 1,000 … 10,000 yuan, each +1 %·(rank).
    const baseline = Float64Array.from({ length: 20 }, (_, i) => 500 * (i + 1));
    const member = Uint8Array.from({ length: 20 }, (_, i) => i % 2);
    const scenario = Float64Array.from(baseline, (y, i) => (i % 2 ? y * (1 + (i + 1) / 200) : y * 2));
    const g = groupImpact(orderBy(baseline), new Float64Array(20).fill(1), member, baseline, scenario);
    expect(g.decileBaselineMean).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000]);
    g.decilePercentChange.forEach((p, d) => expect(p).toBeCloseTo(d + 1, 10));
    // +1 % is not more than 1 %: the poorest of the cut counts as no change.
    expect(g.noChangeShare).toBeCloseTo(10, 12);
    expect(g.gainShare).toBeCloseTo(90, 12);
  });

  it('follows a household with the persons it sent to its urban clone, and counts persons below the lines by row', () => {
    // Row 0: urban household, 2 persons at 500 yuan. Row 1: rural mountain household, 3 persons at
    // 900 yuan; its clone (row 2) holds 1 mover at 1,500 yuan. Line 1,000 yuan; 10 persons per relative person.
    const pop = {
      rows: 3,
      originals: 2,
      cloneRow: Int32Array.from([-1, 2, -1]),
      cloneOf: Int32Array.from([-1, -1, 1]),
      urban: Uint8Array.from([1, 0, 1]),
      mountain: Uint8Array.from([0, 1, 1]),
      city: Uint8Array.from([0, 0, 0]),
    } as unknown as Population;
    const into = new RunIncomes();
    recordYear(into, pop, Float64Array.from([2, 3, 1]), Float64Array.from([500, 900, 1500]), Float64Array.from([1000]), 10, 0);
    // Household 1: (3 × 900 + 1 × 1,500) ÷ 4 persons.
    expect(Array.from(into.income[0]!)).toEqual([500, 1050]);
    // Below 1, 1.5, 2 lines (strictly): all; urban (row 0); rural and mountain (row 1 and its clone).
    expect(Array.from(into.below[0]!)).toEqual([50, 50, 60, 20, 20, 20, 30, 30, 40, 30, 30, 40]);

    const units: WhoGainsUnits = {
      count: 2,
      weight: Float64Array.from([2, 4]),
      inCut: { urban: Uint8Array.from([1, 0]), rural: Uint8Array.from([0, 1]), mountain: Uint8Array.from([0, 1]) },
    };
    const scenario = new RunIncomes();
    recordYear(scenario, pop, Float64Array.from([2, 2, 2]), Float64Array.from([500, 900, 1500]), Float64Array.from([1000]), 10, 0);
    const [year] = whoGains(units, [2021], into, scenario);
    // One more mover: household 1 now averages (2 × 900 + 2 × 1,500) ÷ 4 = 1,200, +150 yuan.
    expect(year!.cuts.rural.meanChange).toBeCloseTo(150, 12);
    expect(year!.cuts.rural.gainShare).toBe(100);
    expect(year!.cuts.urban.noChangeShare).toBe(100);
    expect(year!.cuts.all.meanChange).toBeCloseTo((4 * 150) / 6, 12);
    expect(year!.cuts.mountain.scenarioBelow).toEqual([20, 20, 40]);
    expect(year!.cuts.mountain.baselineBelow).toEqual([30, 30, 40]);
    expect(year!.cuts.mountain.belowChange).toEqual([-10, -10, 0]);
  });
});
