import { describe, expect, it } from 'vitest';
import type { Population } from '../population/build';
import {
  applyLabourShare,
  applyMinimumWage,
  payPerPerson,
  personsIn,
  rowsWhere,
  shareInProportion,
  topTaxResponse,
  type MinWageInputs,
  type RowRule,
  type YearState,
} from './rules';

const MOUNTAIN: RowRule = (pop, r) => pop.mountain[r] === 1;

/** A six-row population: rows 1, 3 and 4 are in mountain counties; row 3 holds nobody this year. */
function yearState(): YearState {
  const pop = { rows: 6, mountain: Uint8Array.from([0, 1, 0, 1, 1, 0]) } as unknown as Population;
  const zeros = () => new Float64Array(6);
  return {
    pop,
    persons: Float64Array.from([10, 20, 30, 0, 40, 50]),
    wage: Float64Array.from([1, 2, 3, 4, 5, 6]),
    business: zeros(),
    property: zeros(),
    transfer: zeros(),
    dWage: zeros(),
    dBusiness: zeros(),
    dProperty: zeros(),
    dTransfer: zeros(),
  } as unknown as YearState;
}

describe('lever rules on a selection of rows', () => {
  it('rowsWhere lists the selected rows in row order, once per population and rule', () => {
    const s = yearState();
    let tests = 0;
    const select: RowRule = (pop, r) => {
      tests++;
      return pop.mountain[r] === 1;
    };
    const rows = rowsWhere(s.pop, select);
    expect([...rows]).toEqual([1, 3, 4]);
    expect(rowsWhere(s.pop, select)).toBe(rows);
    expect(tests).toBe(6);
    // Another population gets its own list.
    expect(rowsWhere(yearState().pop, select)).not.toBe(rows);
  });

  it('pays per person to occupied selected rows only, and the amounts add up', () => {
    const s = yearState();
    const rows = rowsWhere(s.pop, MOUNTAIN);
    expect(personsIn(s, rows)).toBe(60);
    const paid = payPerPerson(s, 100, rows, s.dTransfer);
    expect([...s.dTransfer]).toEqual([0, 100, 0, 0, 100, 0]);
    expect(paid).toBe(100 * 60);
  });

  it('shares a total over selected rows in proportion to the weight, conserving it', () => {
    const s = yearState();
    const rows = rowsWhere(s.pop, MOUNTAIN);
    const shared = shareInProportion(s, 1000, rows, (r) => s.wage[r]!, s.dWage);
    expect(shared).toBe(1000);
    // Per capita ∝ wage: rows 1 and 4 (wages 2 and 5) over a base of 20·2 + 40·5 = 240.
    expect(s.dWage[1]).toBeCloseTo((1000 * 2) / 240, 12);
    expect(s.dWage[4]).toBeCloseTo((1000 * 5) / 240, 12);
    expect(s.dWage[0]! + s.dWage[2]! + s.dWage[3]! + s.dWage[5]!).toBe(0);
    expect(s.persons[1]! * s.dWage[1]! + s.persons[4]! * s.dWage[4]!).toBeCloseTo(1000, 9);
  });
});

describe('top PIT: the response of gross income to the net-of-tax rate', () => {
  // G = 100, τ = 0.2. Rise Δτ = +0.1: G′ = 100 × (0.7/0.8)^e; revenue (τ + Δτ)G′ − τG = 0.3 G′ − 20.
  // e = 0: G′ = 100, revenue 10. e = 0.5: G′ = 100 × √0.875 = 93.541, revenue 28.062 − 20 = 8.062.
  // e = 1: G′ = 87.5, revenue 26.25 − 20 = 6.25.
  it('a rise raises less as the elasticity grows (hand-computed for G = 100, τ = 0.2, Δτ = 0.1)', () => {
    const at = (e: number) => topTaxResponse(100, 0.2, 0.1, e);
    expect(at(0).gross).toBe(100);
    expect(at(0).taxChange).toBeCloseTo(10, 10);
    expect(at(0.5).gross).toBeCloseTo(93.5414, 4);
    expect(at(0.5).taxChange).toBeCloseTo(8.0624, 4);
    expect(at(1).gross).toBeCloseTo(87.5, 10);
    expect(at(1).taxChange).toBeCloseTo(6.25, 10);
    // Disposable income: (1 − τ − Δτ)G′ − (1 − τ)G = 0.7 × 93.541 − 80 = −14.521 at e = 0.5.
    expect(at(0.5).incomeChange).toBeCloseTo(-14.521, 3);
  });

  // Cut Δτ = −0.1: G′ = 100 × (0.9/0.8)^e; revenue 0.1 G′ − 20.
  // e = 0: −10. e = 0.5: G′ = 106.066, −9.393. e = 1: G′ = 112.5, −8.75.
  it('a cut costs less as the elasticity grows', () => {
    const at = (e: number) => topTaxResponse(100, 0.2, -0.1, e);
    expect(at(0).taxChange).toBeCloseTo(-10, 10);
    expect(at(0.5).taxChange).toBeCloseTo(-9.3934, 4);
    expect(at(1).taxChange).toBeCloseTo(-8.75, 10);
    expect(at(1).incomeChange).toBeCloseTo(0.9 * 112.5 - 80, 10);
  });

  it('a cut larger than the rate takes it to zero, not below', () => {
    // τ = 0.02, Δτ = −0.05 acts as −0.02: no tax is left, so the revenue change is −τG = −2 at any e.
    for (const e of [0, 0.5, 1]) expect(topTaxResponse(100, 0.02, -0.05, e).taxChange).toBeCloseTo(-2, 10);
  });
});

/**
 * Three households in two runs: an urban run (tier-1 base 2,000 a month) with rows 0 and 1, a
 * rural run (rural tier, base 1,600) with row 2. earnerMonthlyPerWage = size ÷ (12 × earners).
 * Row 0: 100 persons, size 2, 2 earners at 1,800 a month (x = 0.9, full pass-through).
 * Row 1: 50 persons, size 1, 1 earner at 3,000 (above 1.3 × 2,000: untouched).
 * Row 2: 30 persons, size 3, 1 earner at 1,760 (x = 1.1, spillover zone).
 */
function minWageState(): YearState {
  const pop = {
    rows: 3,
    group: Int32Array.from([0, 0, 2]),
    strataUrban: Uint8Array.from([1, 0]),
    strataCity: Int32Array.from([0, 3]),
    size: Float64Array.from([2, 1, 3]),
    earners: Float64Array.from([2, 1, 1]),
  } as unknown as Population;
  const zeros = () => new Float64Array(3);
  return {
    pop,
    persons: Float64Array.from([100, 50, 30]),
    // Per-capita wages: 2 × 1,800 × 12 ÷ 2; 3,000 × 12; 1,760 × 12 ÷ 3.
    wage: Float64Array.from([21600, 36000, 7040]),
    business: zeros(),
    property: zeros(),
    transfer: zeros(),
    dWage: zeros(),
    dBusiness: zeros(),
    dProperty: zeros(),
    dTransfer: zeros(),
    earnerMonthlyPerWage: Float64Array.from([2 / 24, 1 / 12, 3 / 12]),
    runStart: Int32Array.from([0, 2, 3]),
  } as unknown as YearState;
}

const MIN_WAGE: MinWageInputs = { baseByTier: [2000, 1800, 1600], uplift: 0.1, passThrough: 0.5, spillover: 0.3, employmentElasticity: -0.2 };

describe('minimum wage: gain and job loss on the same earner', () => {
  // Job-loss share of an affected earner: −ε_E × ΔM/M × (1 − replacement) = 0.2 × 0.1 × 0.7 = 0.014.
  // Row 0: gain 12 × 2,000 × 0.1 × 0.5 ÷ 2 = 600 per capita; loss 0.014 × 12 × 1,800 ÷ 2 = 151.2
  //   (the earner's wage only: all household wages would give 0.014 × 21,600 = 302.4).
  // Row 2: κ = 0.3 × (1 − 0.1/0.3) = 0.2; gain 12 × 1,600 × 0.1 × 0.2 ÷ 3 = 128; loss 0.014 × 12 × 1,760 ÷ 3 = 98.56.
  it('takes the loss from the earner who gains, counting urban and rural jobs apart', () => {
    const s = minWageState();
    const year = applyMinimumWage(s, MIN_WAGE);
    expect(s.dWage[0]).toBeCloseTo(600 - 151.2, 9);
    expect(s.dWage[1]).toBe(0);
    expect(s.dWage[2]).toBeCloseTo(128 - 98.56, 9);
    // Gross: 100 × 600 + 30 × 128 = 63,840; net: 100 × 448.8 + 30 × 29.44 = 45,763.2.
    expect(year.grossWageGain).toBeCloseTo(63840, 6);
    expect(year.netWageChange).toBeCloseTo(45763.2, 6);
    // Jobs: households × 0.014 — urban 100/2 × 0.014 = 0.7, rural 30/3 × 0.014 = 0.14.
    expect(year.jobsLostUrban).toBeCloseTo(0.7, 12);
    expect(year.jobsLostRural).toBeCloseTo(0.14, 12);
  });

  it('credits the net gain, smaller than the gross when ε_E < 0 and equal to it at ε_E = 0', () => {
    const none = applyMinimumWage(minWageState(), { ...MIN_WAGE, employmentElasticity: 0 });
    expect(none.netWageChange).toBe(none.grossWageGain);
    expect(none.grossWageGain).toBeCloseTo(63840, 6);
    expect(none.jobsLostUrban + none.jobsLostRural).toBe(0);
    const some = applyMinimumWage(minWageState(), MIN_WAGE);
    expect(some.netWageChange).toBeLessThan(some.grossWageGain);
  });

  it('costs no job to an earner who does not gain (spillover 0 above the minimum)', () => {
    const s = minWageState();
    const year = applyMinimumWage(s, { ...MIN_WAGE, spillover: 0 });
    expect(s.dWage[2]).toBe(0);
    expect(year.jobsLostRural).toBe(0);
    expect(year.jobsLostUrban).toBeCloseTo(0.7, 12);
  });
});

describe('labour-share lever: capital income offset', () => {
  it('pays the extra wages in proportion to wages and takes the offset from business and property income pro rata', () => {
    const pop = { rows: 3, rank: Float64Array.from([0.2, 0.5, 0.8]) } as unknown as Population;
    const s = {
      pop,
      persons: Float64Array.from([10, 20, 30]),
      wage: Float64Array.from([100, 200, 0]),
      business: Float64Array.from([50, 0, 100]),
      property: Float64Array.from([50, 100, 0]),
      dWage: new Float64Array(3),
      dBusiness: new Float64Array(3),
      dProperty: new Float64Array(3),
    } as unknown as YearState;
    expect(applyLabourShare(s, 6000, false, 1000)).toBe(6000);
    // Wage base 10 × 100 + 20 × 200 = 5,000: 1.2 per yuan of wage.
    expect([...s.dWage]).toEqual([120, 240, 0]);
    // Capital base 10 × 100 + 20 × 100 + 30 × 100 = 6,000: every household loses 1,000/6,000 = 1/6 of its B + P.
    expect(s.dBusiness[0]).toBeCloseTo(-50 / 6, 12);
    expect(s.dProperty[0]).toBeCloseTo(-50 / 6, 12);
    expect(s.dBusiness[1]).toBeCloseTo(0, 12);
    expect(s.dProperty[1]).toBeCloseTo(-100 / 6, 12);
    expect(s.dBusiness[2]).toBeCloseTo(-100 / 6, 12);
    const lost = [0, 1, 2].reduce((sum, r) => sum + s.persons[r]! * (s.dBusiness[r]! + s.dProperty[r]!), 0);
    expect(lost).toBeCloseTo(-1000, 9);
  });
});
