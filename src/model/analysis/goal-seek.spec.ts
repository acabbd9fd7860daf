import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { FISCAL_COST_CUMULATIVE, MODEL_VERSION } from '../catalog';
import { goalSeek, GoalSeekError } from './goal-seek';

const T2025 = 5; // 2020 is index 0

/** The target's value in `year` (2025 by default) and the cumulative fiscal cost of a scenario, from a run of its own. */
function rerun(overrides: Record<string, number>, target: string, year = 2025): { achieved: number; cost: number } {
  const outputs = run({ overrides }, { whoGains: false }).outputs;
  return { achieved: outputs[target]![year - 2020]!, cost: outputs[FISCAL_COST_CUMULATIVE]![T2025]! };
}

describe('goalSeek (one lever, one target)', () => {
  it('finds the labour-share policy that lifts the 200–600k band to the plan’s 45 %: a re-run meets it and 3 % less of the lever does not', () => {
    const found = goalSeek({}, { target: 'hh_income_200k_600k', lever: 'labour_share_policy' });
    expect(found.status).toBe('reached');
    expect(found.threshold).toBe(45);
    expect(found.year).toBe(2025);
    // The baseline misses it (44.06 % in 2025), so the answer is a positive policy.
    expect(found.value).toBeGreaterThan(0);
    const again = rerun({ labour_share_policy: found.value }, 'hh_income_200k_600k');
    expect(again.achieved).toBeGreaterThanOrEqual(45);
    expect(found.achieved).toBe(again.achieved);
    expect(found.fiscalCostCumulative).toBe(again.cost);
    expect(rerun({ labour_share_policy: 0.97 * found.value }, 'hh_income_200k_600k').achieved).toBeLessThan(45);
    // A monotone response crosses the threshold once.
    expect(found.crossings).toHaveLength(1);
    expect(found.modelVersion).toBe(MODEL_VERSION);
  });

  it('keeps the rest of the scenario: a dibao rise already in it is kept while the lever is sought', () => {
    const scenario = { dibao_uplift: 20 };
    const found = goalSeek(scenario, { target: 'hh_income_200k_600k', lever: 'labour_share_policy' });
    expect(found.status).toBe('reached');
    expect(rerun({ ...scenario, labour_share_policy: found.value }, 'hh_income_200k_600k').achieved).toBeGreaterThanOrEqual(45);
  });

  it('reports a target the scenario already meets as such, at the scenario’s own lever value', () => {
    // The baseline's 2025 urban/rural ratio is under the plan's 1.9.
    const found = goalSeek({ dibao_uplift: 5 }, { target: 'urban_rural_income_ratio', lever: 'dibao_uplift' });
    expect(found.status).toBe('already');
    expect(found.value).toBe(5);
    expect(found.achieved).toBeLessThanOrEqual(1.9);
  });

  it('says a target out of the lever’s reach is unreachable, with the best value the range allows and its cost', () => {
    // A minimum-wage rise cannot lift 2025 income per head from about 71,000 to 75,000 yuan.
    const found = goalSeek({}, { target: 'income_per_capita', lever: 'min_wage_uplift' });
    expect(found.status).toBe('unreachable');
    expect(found.crossings).toEqual([]);
    const atBest = rerun({ min_wage_uplift: found.value }, 'income_per_capita');
    expect(found.achieved).toBe(atBest.achieved);
    expect(atBest.achieved).toBeLessThan(75_000);
    // The best value is the best of the range's ends here: income rises with the minimum wage.
    expect(found.value).toBe(40);
  });

  it('takes another threshold and year: a higher bar needs more of the lever', () => {
    const plan = goalSeek({}, { target: 'hh_income_200k_600k', lever: 'labour_share_policy' });
    const higher = goalSeek({}, { target: 'hh_income_200k_600k', lever: 'labour_share_policy', threshold: 45.5 });
    expect(higher.status).toBe('reached');
    expect(higher.value).toBeGreaterThan(plan.value);
  });

  it('seeks in another year: the value found meets the bar in that year when re-run, and a tenth of a step less does not', () => {
    // A 2024 bar halfway between the baseline's 2024 share and the share at the lever's maximum.
    const lowest = rerun({}, 'hh_income_200k_600k', 2024).achieved;
    const highest = rerun({ labour_share_policy: 4 }, 'hh_income_200k_600k', 2024).achieved;
    const threshold = (lowest + highest) / 2;
    const found = goalSeek({}, { target: 'hh_income_200k_600k', lever: 'labour_share_policy', year: 2024, threshold });
    expect(found.year).toBe(2024);
    expect(found.status).toBe('reached');
    expect(rerun({ labour_share_policy: found.value }, 'hh_income_200k_600k', 2024).achieved).toBeGreaterThanOrEqual(threshold);
    // The lever's step is 0.1 pp; the answer is given to a tenth of it.
    expect(rerun({ labour_share_policy: found.value - 0.01 }, 'hh_income_200k_600k', 2024).achieved).toBeLessThan(threshold);
  });

  it('seeks from a value between the slider’s steps, just short of the bar, where the next step already meets it', () => {
    // The bar is what 1.58 pp gives; the scenario holds 1.56 pp (rounded to the slider's step,
    // 1.6 pp, it would meet the bar already).
    const threshold = rerun({ labour_share_policy: 1.58 }, 'hh_income_200k_600k').achieved;
    const found = goalSeek({ labour_share_policy: 1.56 }, { target: 'hh_income_200k_600k', lever: 'labour_share_policy', threshold });
    expect(found.status).toBe('reached');
    expect(found.current).toBe(1.56);
    expect(found.value).toBeGreaterThan(1.56);
    expect(found.value).toBeLessThanOrEqual(1.58 + 1e-9);
    expect(rerun({ labour_share_policy: found.value }, 'hh_income_200k_600k').achieved).toBeGreaterThanOrEqual(threshold);
    expect(rerun({ labour_share_policy: found.value - 0.01 }, 'hh_income_200k_600k').achieved).toBeLessThan(threshold);
  });

  it('reads a year-by-year path of the lever as the model does, linearly between its points', () => {
    // 0 pp in 2021 rising to 2 pp in 2025: 1.5 pp in 2024 (by hand: 0 + 2 × 3/4).
    const found = goalSeek(
      {
        labour_share_policy: {
          path: [
            [2021, 0],
            [2025, 2],
          ],
        },
      },
      { target: 'hh_income_200k_600k', lever: 'labour_share_policy', year: 2024, threshold: 0 },
    );
    expect(found.current).toBe(1.5);
    expect(found.status).toBe('already');
  });

  it('refuses what it cannot answer, naming the field', () => {
    const fieldOf = (request: Parameters<typeof goalSeek>[1]): string | undefined => {
      try {
        goalSeek({}, request);
      } catch (error) {
        if (error instanceof GoalSeekError) return `${error.field}: ${error.message}`;
        throw error;
      }
      return undefined;
    };
    expect(fieldOf({ target: 'no_such_target', lever: 'dibao_uplift' })).toMatch(/^target: .*neither a modelled plan target nor a custom indicator/);
    expect(fieldOf({ target: 'income_to_gdp_pc_ratio', lever: 'dibao_uplift' })).toMatch(/^target: .*whole path/);
    expect(fieldOf({ target: 'income_per_capita', lever: 'gdp_growth_2021' })).toMatch(/^lever: /);
    expect(fieldOf({ target: 'income_per_capita', lever: 'dibao_uplift', year: 2019 })).toMatch(/^year: /);
    expect(fieldOf({ target: 'income_per_capita', lever: 'dibao_uplift', threshold: Number.NaN })).toMatch(/^threshold: /);
  });
});
