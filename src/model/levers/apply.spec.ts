import { describe, expect, it } from 'vitest';
import { IncomeHistogram } from '../indicators/histogram';
import type { Population } from '../population/build';
import { applyFinancingLevy, applyIncomeTax, FiscalLedger } from './apply';
import type { YearState } from './rules';

describe('FiscalLedger', () => {
  it("adds up each lever's cost by year", () => {
    const ledger = new FiscalLedger(['pension', 'mountain'], 3);
    ledger.add('pension', 1, 5);
    ledger.add('pension', 1, 2.5);
    ledger.add('mountain', 2, 1e9);
    expect(Array.from(ledger.byLever.get('pension')!)).toEqual([0, 7.5, 0]);
    expect(Array.from(ledger.byLever.get('mountain')!)).toEqual([0, 0, 1e9]);
  });

  it("sums a year's net cost over the levers", () => {
    const ledger = new FiscalLedger(['pension', 'pit'], 2);
    ledger.add('pension', 1, 5e9);
    ledger.add('pit', 1, -2e9);
    expect(ledger.yearTotal(1)).toBe(3e9);
    expect(ledger.yearTotal(0)).toBe(0);
  });

  it('refuses a cost booked to a lever it does not keep, naming it', () => {
    expect(() => new FiscalLedger(['pension'], 3).add('pensions', 1, 5)).toThrow(/pensions/);
  });

  // Levers book costs through `add` in the engine's loop: one function for every run (see params.spec).
  it('books through the same function in every run', () => {
    expect(new FiscalLedger(['a'], 1).add).toBe(new FiscalLedger(['b'], 2).add);
  });
});

/**
 * Two rows: 95 persons at 30,000 and 5 persons (the top 5 %) at 300,000 final income; the top row
 * is one earner with 184,000 of wages. Its average rate under the 2019 schedule: taxable
 * 184,000 − 84,000 = 100,000, tax 3 % × 36,000 + 10 % × 64,000 = 7,480, τ = 7,480/184,000 = 0.040652;
 * gross proxy G = 184,000/(1 − τ) = 191,796.96.
 */
function topTaxCase(): { s: YearState; income: Float64Array } {
  const pop = {
    rows: 2,
    size: Float64Array.from([1, 1]),
    earners: Float64Array.from([1, 1]),
    city: Int32Array.from([0, 0]),
    pensioners: Float64Array.from([0, 0]),
  } as unknown as Population;
  const zeros = () => new Float64Array(2);
  const s = {
    pop,
    persons: Float64Array.from([95, 5]),
    wage: Float64Array.from([30000, 184000]),
    property: zeros(),
    dWage: zeros(),
    dProperty: zeros(),
  } as unknown as YearState;
  return { s, income: Float64Array.from([30000, 300000]) };
}

function topTaxCost(rateChange: number, elasticity: number): { cost: number; income: Float64Array } {
  const { s, income } = topTaxCase();
  const cost = applyIncomeTax(s, income, income.slice(), new IncomeHistogram(), rateChange, elasticity, 0, new Float64Array(11));
  return { cost, income };
}

describe('applyIncomeTax on a small population', () => {
  // Rise Δτ = +0.1: G′ = G × ((1 − τ − 0.1)/(1 − τ))^e; revenue per capita (τ + 0.1)G′ − τG;
  // the province's cost is −0.4 × 5 persons × revenue.
  // e = 0: revenue 0.1 G = 19,179.70, cost −38,359.39. e = 0.5: G′ = 181,525.72, revenue 17,735.02,
  // cost −35,470.05. e = 1: G′ = 171,804.53, revenue 16,367.72, cost −32,735.43.
  it('raises less from a rise as the elasticity grows', () => {
    expect(topTaxCost(0.1, 0).cost).toBeCloseTo(-38359.39, 1);
    expect(topTaxCost(0.1, 0.5).cost).toBeCloseTo(-35470.05, 1);
    expect(topTaxCost(0.1, 1).cost).toBeCloseTo(-32735.43, 1);
    // Only the top row changes: its income falls by (1 − τ − 0.1)G′ − (1 − τ)G = −28,006.27 at e = 0.5.
    const { income } = topTaxCost(0.1, 0.5);
    expect(income[0]).toBe(30000);
    expect(income[1]).toBeCloseTo(300000 - 28006.27, 1);
  });

  // Cut Δτ = −0.03 (smaller than τ): revenue per capita (τ − 0.03)G′ − τG.
  // e = 0: −5,753.91, cost 11,507.82. e = 0.5: G′ = 194,772.74, −5,722.21, cost 11,444.42.
  // e = 1: G′ = 197,794.69, −5,690.02, cost 11,380.04.
  it('costs less from a cut as the elasticity grows', () => {
    expect(topTaxCost(-0.03, 0).cost).toBeCloseTo(11507.82, 1);
    expect(topTaxCost(-0.03, 0.5).cost).toBeCloseTo(11444.42, 1);
    expect(topTaxCost(-0.03, 1).cost).toBeCloseTo(11380.04, 1);
  });
});

describe('financing by a proportional household tax', () => {
  it('lowers every income by the same proportion, so ratios of incomes keep their values', () => {
    const urban = [60000, 90000];
    const rural = [20000, 40000];
    const income = Float64Array.from([...urban, ...rural]);
    applyFinancingLevy(income, 0.02);
    expect([...income]).toEqual([58800, 88200, 19600, 39200]);
    // U/R of the means: 75,000/30,000 = 2.5 before; 73,500/29,400 = 2.5 after.
    expect((income[0]! + income[1]!) / (income[2]! + income[3]!)).toBeCloseTo(2.5, 12);
  });
});
