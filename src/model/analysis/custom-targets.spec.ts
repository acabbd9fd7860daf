import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { FISCAL_COST_CUMULATIVE } from '../catalog';
import type { CustomIndicatorInput } from '../indicators/custom';
import { goalSeek, GoalSeekError } from './goal-seek';
import { leastCost, LeastCostError } from './least-cost';

const T2025 = 5; // 2020 is index 0

/**
 * The rural share of income per head, computed here by hand from a run's own outputs (not through
 * the expression evaluator under test), and the cumulative fiscal cost.
 */
function ruralShare(overrides: Record<string, number>): { share: number; band: number; cost: number } {
  const outputs = run({ overrides }, { whoGains: false }).outputs;
  return {
    share: outputs['income_per_capita_rural']![T2025]! / outputs['income_per_capita']![T2025]!,
    band: outputs['hh_income_200k_600k']![T2025]!,
    cost: outputs[FISCAL_COST_CUMULATIVE]![T2025]!,
  };
}

// The baseline's 2025 rural share is 0.624; rural property income growing 10 points a year faster
// lifts it to 0.632, 15 points (the lever's top) to 0.638.
const RURAL_SHARE: CustomIndicatorInput = {
  id: 'rural_share',
  expression: 'income_per_capita_rural / income_per_capita',
  target: { comparator: '>=', threshold: 0.635, year: 2025 },
};

describe('a custom indicator’s target in goal-seek', () => {
  it('finds the rural property income that lifts the rural share to 0.635: a re-run meets it and 3 % less of the lever does not', () => {
    const found = goalSeek({}, { target: 'rural_share', lever: 'property_income_rural' }, [RURAL_SHARE]);
    expect(found.status).toBe('reached');
    expect(found.basis).toBe('custom');
    expect(found.threshold).toBe(0.635);
    expect(found.year).toBe(2025);
    expect(found.comparator).toBe('>=');
    expect(found.value).toBeGreaterThan(10);
    expect(found.value).toBeLessThan(15);
    const again = ruralShare({ property_income_rural: found.value });
    expect(again.share).toBeGreaterThanOrEqual(0.635);
    expect(found.achieved).toBeCloseTo(again.share, 12);
    expect(found.fiscalCostCumulative).toBe(again.cost);
    expect(ruralShare({ property_income_rural: 0.97 * found.value }).share).toBeLessThan(0.635);
  });

  it('takes the indicator’s comparator: "at most" a share the baseline exceeds is reached by moving the lever the other way', () => {
    const atMost: CustomIndicatorInput = { ...RURAL_SHARE, target: { comparator: '<=', threshold: 0.63, year: 2025 } };
    const found = goalSeek({ property_income_rural: 15 }, { target: 'rural_share', lever: 'property_income_rural' }, [atMost]);
    expect(found.status).toBe('reached');
    expect(found.value).toBeLessThan(15);
    expect(ruralShare({ property_income_rural: found.value }).share).toBeLessThanOrEqual(0.63);
    expect(ruralShare({ property_income_rural: found.value + 0.05 }).share).toBeGreaterThan(0.63);
  });

  it('refuses, naming the target, an id that is no indicator of the scenario, an indicator without a target and one that does not compile', () => {
    const refusal = (indicators: CustomIndicatorInput[]): GoalSeekError => {
      try {
        goalSeek({}, { target: 'rural_share', lever: 'property_income_rural' }, indicators);
      } catch (cause) {
        if (cause instanceof GoalSeekError) return cause;
      }
      throw new Error('no GoalSeekError');
    };
    expect(refusal([]).field).toBe('target');
    expect(refusal([]).message).toContain('neither a modelled plan target nor a custom indicator');
    expect(refusal([{ id: 'rural_share', expression: RURAL_SHARE.expression }]).message).toContain('has no target');
    const unknown = refusal([{ ...RURAL_SHARE, expression: 'income_per_capita_rurall / income_per_capita' }]);
    expect(unknown.message).toContain('cannot be evaluated');
    expect(unknown.message).toContain('income_per_capita_rurall');
  });
});

describe('a custom indicator’s target in a least-cost package', () => {
  it('meets a custom target and a plan target together: a re-run meets both, where neither lever alone can', async () => {
    const request = {
      targets: [{ target: 'rural_share' }, { target: 'hh_income_200k_600k' }],
      levers: ['property_income_rural', 'labour_share_policy'],
    };
    const found = await leastCost({}, request, { indicators: [RURAL_SHARE] });
    expect(found.status).toBe('reached');
    expect(found.achieved.map((a) => [a.target, a.basis])).toEqual([
      ['rural_share', 'custom'],
      ['hh_income_200k_600k', 'model'],
    ]);
    const again = ruralShare({ ...found.overrides });
    expect(again.share).toBeGreaterThanOrEqual(0.635);
    expect(again.band).toBeGreaterThanOrEqual(45);
    expect(found.fiscalCostCumulative).toBe(again.cost);
    // The benchmark, found here without the package search: each lever alone, at the larger of its two goal-seek answers.
    let cheapest = Number.POSITIVE_INFINITY;
    for (const lever of request.levers) {
      const answers = request.targets.map((t) => goalSeek({}, { target: t.target, lever }, [RURAL_SHARE]));
      if (answers.some((a) => a.status !== 'reached')) continue;
      const alone = ruralShare({ [lever]: Math.max(...answers.map((a) => a.value)) });
      if (alone.share >= 0.635 && alone.band >= 45) cheapest = Math.min(cheapest, alone.cost);
    }
    // Neither lever alone meets both (rural property income barely moves the band, the labour share barely the rural share),
    // so the package combines them and reports no single-lever benchmark.
    expect(cheapest).toBe(Number.POSITIVE_INFINITY);
    expect(found.singleLever).toBeNull();
    expect(Object.keys(found.overrides).sort()).toEqual(['labour_share_policy', 'property_income_rural']);
  });

  it('refuses a custom target the scenario does not have, naming the target', async () => {
    await expect(leastCost({}, { targets: [{ target: 'rural_share' }], levers: ['dibao_uplift'] })).rejects.toMatchObject({
      name: 'LeastCostError',
      field: 'target',
    });
    await expect(leastCost({}, { targets: [{ target: 'rural_share' }], levers: ['dibao_uplift'] })).rejects.toBeInstanceOf(LeastCostError);
  });
});

describe('a custom target with no value at the scenario’s own lever value', () => {
  // Income per head, but only where the scenario has a fiscal cost (0 / 0 at none): on the
  // baseline the expression has no value; with the labour-share policy it is income per head.
  const COSTED_INCOME: CustomIndicatorInput = {
    id: 'costed_income',
    expression: 'fiscal_cost_total_cumulative / fiscal_cost_total_cumulative * income_per_capita',
    target: { comparator: '>=', threshold: 71_500, year: 2025 },
  };

  it('is sought from the lever values where it has one: the answer is the plan target’s own for the same bar', () => {
    const custom = goalSeek({}, { target: 'costed_income', lever: 'labour_share_policy' }, [COSTED_INCOME]);
    const plan = goalSeek({}, { target: 'income_per_capita', lever: 'labour_share_policy', threshold: 71_500 });
    expect(plan.status).toBe('reached');
    expect(custom.status).toBe('reached');
    expect(custom.value).toBe(plan.value);
    expect(custom.achieved).toBe(plan.achieved);
  });
});
