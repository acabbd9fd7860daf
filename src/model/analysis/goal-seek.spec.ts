import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { FISCAL_COST_CUMULATIVE } from '../catalog';
import { goalSeek, GoalSeekError } from './goal-seek';

const T2025 = 5; // 2020 is index 0

/** The target's 2025 value and the cumulative fiscal cost of a scenario, from a run of its own. */
function rerun(overrides: Record<string, number>, target: string): { achieved: number; cost: number } {
  const outputs = run({ overrides }, { whoGains: false }).outputs;
  return { achieved: outputs[target]![T2025]!, cost: outputs[FISCAL_COST_CUMULATIVE]![T2025]! };
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
    const earlier = goalSeek({}, { target: 'hh_income_200k_600k', lever: 'labour_share_policy', year: 2024 });
    expect(earlier.year).toBe(2024);
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
    expect(fieldOf({ target: 'no_such_target', lever: 'dibao_uplift' })).toMatch(/^target: .*not a modelled plan target/);
    expect(fieldOf({ target: 'income_to_gdp_pc_ratio', lever: 'dibao_uplift' })).toMatch(/^target: .*whole path/);
    expect(fieldOf({ target: 'income_per_capita', lever: 'gdp_growth_2021' })).toMatch(/^lever: /);
    expect(fieldOf({ target: 'income_per_capita', lever: 'dibao_uplift', year: 2019 })).toMatch(/^year: /);
    expect(fieldOf({ target: 'income_per_capita', lever: 'dibao_uplift', threshold: Number.NaN })).toMatch(/^threshold: /);
  });
});
