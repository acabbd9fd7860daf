/**
 * Behaviour formulas on the model's own population: the labour-share lever's capital-income
 * offset, financing by a proportional household tax, and GDP under a population shock. The
 * per-household rules have hand-computed tests beside them (src/model/levers/*.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { TARGET_YEAR } from '../../src/model/catalog';
import { simulate, type YearView } from '../../src/model/engine';
import { populationFor, run } from '../../src/model/index';
import { macroPaths } from '../../src/model/macro/macro';
import { resolveParams, YEARS, type OverrideValue } from '../../src/model/params';
import { STRUCTURAL } from '../../src/model/structural';

const households = 4000;
const TARGET_INDEX = YEARS.indexOf(TARGET_YEAR);

/** Persons-weighted sums of the 2025 lever deltas: wages, and business plus property income. */
function leverDeltas2025(overrides: Record<string, OverrideValue>): { wages: number; capital: number } {
  const params = resolveParams(overrides);
  const pop = populationFor(params, households);
  const anchor = simulate(pop, resolveParams({})).anchor;
  let wages = 0;
  let capital = 0;
  simulate(pop, params, anchor, (view: YearView) => {
    if (view.yearIndex !== TARGET_INDEX) return;
    const { persons, dWage, dBusiness, dProperty } = view.deltas;
    for (let r = 0; r < persons.length; r++) {
      wages += persons[r]! * dWage[r]!;
      capital += persons[r]! * (dBusiness[r]! + dProperty[r]!);
    }
  });
  return { wages, capital };
}

describe('labour-share lever: households lose their share of the capital income shifted to labour', () => {
  it('takes h × (1 − s_pub) of the extra wages from business and property income', () => {
    for (const share of [0.28, 0.5]) {
      const { wages, capital } = leverDeltas2025({ labour_share_policy: 2, household_capital_income_share: share });
      // The extra wages are c_NA × 2 % of 2025 GDP, and firms pay all but the public sector's 10 %.
      expect(wages).toBeGreaterThan(0);
      expect(capital / wages).toBeCloseTo(-share * (1 - STRUCTURAL.publicSectorWageShare), 10);
    }
  });

  it('takes nothing when households hold no capital income', () => {
    expect(leverDeltas2025({ labour_share_policy: 2, household_capital_income_share: 0 }).capital).toBe(0);
  });
});

describe('financing by a proportional household tax', () => {
  const borrowing = run({ overrides: { pension_uplift: 200 } }, { households }).outputs;
  const taxed = run({ overrides: { pension_uplift: 200, fiscal_financing: 1 } }, { households }).outputs;
  const at = (o: Record<string, number[]>, id: string) => o[id]![TARGET_INDEX]!;

  it('lowers urban, rural and all incomes by the same proportion and leaves U/R and the Gini unchanged', () => {
    const kept = at(taxed, 'income_per_capita') / at(borrowing, 'income_per_capita');
    expect(kept).toBeLessThan(1);
    expect(at(taxed, 'income_per_capita_urban') / at(borrowing, 'income_per_capita_urban')).toBeCloseTo(kept, 12);
    expect(at(taxed, 'income_per_capita_rural') / at(borrowing, 'income_per_capita_rural')).toBeCloseTo(kept, 12);
    expect(at(taxed, 'urban_rural_income_ratio')).toBeCloseTo(at(borrowing, 'urban_rural_income_ratio'), 12);
    expect(at(taxed, 'gini')).toBeCloseTo(at(borrowing, 'gini'), 4);
  });

  it("raises the year's net fiscal cost, which borrowing leaves to the budget", () => {
    const cost = at(taxed, 'fiscal_cost_total');
    expect(cost).toBeGreaterThan(0);
    expect(at(taxed, 'financing_levy')).toBe(cost);
    expect(at(borrowing, 'financing_levy')).toBe(0);
    // The levy is the fall in total income: (DPI_borrowing − DPI_taxed) × persons.
    const persons = at(taxed, 'population') * 1e4;
    expect(((at(borrowing, 'income_per_capita') - at(taxed, 'income_per_capita')) * persons) / cost).toBeCloseTo(1, 2);
  });
});

describe('GDP responds to the labour force', () => {
  // 2025: assumed real growth 5.5 % at the default population growth of 0.5 %. At −2 %, with α = 0.5:
  // 1 + g = 1.055 × (0.98/1.005)^0.5 = 1.055 × 0.987484 → g = 4.1795 %; per-capita growth
  // 1.041795/0.98 − 1 = 6.3057 % against 1.055/1.005 − 1 = 4.9751 % — a rise of (1 − α) × ln(1.005/0.98)
  // = 1.2595 log points, not the 2.5 of a GDP path that ignores the labour force.
  it('a −2 %/yr population path raises per-capita growth by (1 − α) of the population gap', () => {
    const t = TARGET_INDEX;
    const base = macroPaths(resolveParams({}));
    const shocked = macroPaths(resolveParams({ population_growth: -2 }));
    expect(base.realGrowth[t]).toBeCloseTo(0.055, 12);
    expect(shocked.realGrowth[t]).toBeCloseTo(0.0417955, 7);
    const perCapita = (m: typeof base) => (1 + m.realGrowth[t]!) / (1 + m.populationGrowth[t]!) - 1;
    expect(perCapita(base)).toBeCloseTo(0.0497512, 7);
    expect(perCapita(shocked)).toBeCloseTo(0.0630566, 7);
    expect(Math.log((1 + perCapita(shocked)) / (1 + perCapita(base)))).toBeCloseTo(0.5 * Math.log(1.005 / 0.98), 12);
  });

  it('keeps the assumed growth path at the default population path, and all of it per head at α = 0', () => {
    const base = macroPaths(resolveParams({}));
    const fixedOutput = macroPaths(resolveParams({ population_growth: -2, gdp_labour_elasticity: 0 }));
    expect([...fixedOutput.realGrowth]).toEqual([...base.realGrowth]);
    expect([...base.labourInputGrowth].every((x) => x === 0)).toBe(true);
  });
});
