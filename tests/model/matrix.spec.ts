import { describe, expect, it } from 'vitest';
import { FISCAL_LEVERS, PARAMETERS, TARGET_YEAR } from '../../src/model/catalog';
import { run } from '../../src/model/index';

// Every parameter at its min, default and max (the rest at default): the model must stay inside
// its bounds. The reduced population keeps the matrix fast; it is built the same way.
const households = 4000;

/** Spending levers and their fiscal rows: a spending lever never costs less than zero. */
const SPENDING_ROWS = ['labour_share', 'dibao', 'pension', 'low_income_topup', 'mountain', 'collective', 'entrepreneurship', 'hukou'] as const;

const percentOutputs = ['urbanization_rate', 'hh_income_100k_500k', 'hh_income_200k_600k', 'labour_share_gdp', 'urban_unemployment_rate'];

describe.each(PARAMETERS.map((p) => [p.id, p] as const))('%s at min, default and max', (_id, def) => {
  it.each([
    ['min', def.min],
    ['default', def.default],
    ['max', def.max],
  ])('%s: no NaN, shares within bounds, spending never negative', (label, value) => {
    // "default" is the catalog default itself (for a year-by-year default, no override at all).
    const result = run({ overrides: label === 'default' ? {} : { [def.id]: value } }, { households });
    for (const [id, series] of Object.entries(result.outputs)) {
      for (const v of series) expect(Number.isFinite(v), `${id} is finite`).toBe(true);
    }
    const within = (id: string, low: number, high: number): void => {
      for (const v of result.outputs[id]!) {
        expect(v, id).toBeGreaterThanOrEqual(low);
        expect(v, id).toBeLessThanOrEqual(high);
      }
    };
    for (const id of percentOutputs) within(id, 0, 100);
    within('gini', 0, 1);
    within('survey_urban_weight', 0, 1);
    for (const id of ['income_per_capita', 'income_per_capita_urban', 'income_per_capita_rural', 'quintile_q1']) {
      for (const v of result.outputs[id]!) expect(v, id).toBeGreaterThan(0);
    }
    for (const row of SPENDING_ROWS) {
      for (const v of result.outputs[`fiscal_cost_${row}`]!) expect(v, row).toBeGreaterThanOrEqual(0);
    }
    const index = result.years.indexOf(TARGET_YEAR);
    expect(result.outputs['fiscal_cost_min_wage']![index]).toBe(0);
    // The total is the sum of the rows.
    const rows = FISCAL_LEVERS.reduce((sum, l) => sum + result.outputs[`fiscal_cost_${l.id}`]![index]!, 0);
    expect(result.outputs['fiscal_cost_total']![index]).toBeCloseTo(rows, 0);
  });
});
