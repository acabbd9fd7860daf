import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { FISCAL_COST_CUMULATIVE, MODEL_VERSION } from '../catalog';
import type { OverrideValue } from '../params';
import { goalSeek } from './goal-seek';
import { leastCost, LeastCostCancelled, LeastCostError, type LeastCostRequest } from './least-cost';

const T2025 = 5; // 2020 is index 0

/** A scenario's 2025 values of `targets` and its cumulative fiscal cost, from a run of its own. */
function rerun(overrides: Record<string, OverrideValue>, targets: readonly string[]): { values: number[]; cost: number } {
  const outputs = run({ overrides }, { whoGains: false }).outputs;
  return { values: targets.map((t) => outputs[t]![T2025]!), cost: outputs[FISCAL_COST_CUMULATIVE]![T2025]! };
}

/**
 * The cheapest single-lever package, found here without the code under test: per lever, goal-seek
 * each target, take the furthest answer, and keep it if a run of its own meets every target.
 */
function cheapestSingleLever(overrides: Record<string, OverrideValue>, request: LeastCostRequest, meets: (values: number[]) => boolean): number {
  let cheapest = Number.POSITIVE_INFINITY;
  for (const lever of request.levers) {
    const answers = request.targets.map((t) =>
      goalSeek(overrides, { target: t.target, lever, ...(t.threshold !== undefined ? { threshold: t.threshold } : {}) }),
    );
    if (answers.some((a) => a.status === 'unreachable')) continue;
    const values = answers.map((a) => a.value);
    for (const value of [Math.max(...values), Math.min(...values)]) {
      const again = rerun(
        { ...overrides, [lever]: value },
        request.targets.map((t) => t.target),
      );
      if (meets(again.values)) cheapest = Math.min(cheapest, again.cost);
    }
  }
  return cheapest;
}

// The plan's 45 % of households in the 200–600k band (the baseline has 44.06 %) and an urban/rural
// ratio of 1.87 or less, with five levers: labour share policy alone can meet both, but dearly.
const FIVE_LEVERS: LeastCostRequest = {
  targets: [{ target: 'hh_income_200k_600k' }, { target: 'urban_rural_income_ratio', threshold: 1.87 }],
  levers: ['labour_share_policy', 'dibao_uplift', 'property_income_rural', 'min_wage_uplift', 'rural_entrepreneurship'],
};
const meetsFive = (values: number[]): boolean => values[0]! >= 45 && values[1]! <= 1.87;

describe('leastCost (several targets, several levers)', () => {
  it('finds a package whose own re-run meets every target, at a cost no higher than the cheapest single lever', async () => {
    const found = await leastCost({}, FIVE_LEVERS);
    expect(found.status).toBe('reached');
    expect(found.indicative).toBe(true);
    expect(found.modelVersion).toBe(MODEL_VERSION);
    expect(found.solver).toMatch(/^HiGHS \d/);
    const again = rerun({ ...found.overrides }, ['hh_income_200k_600k', 'urban_rural_income_ratio']);
    expect(meetsFive(again.values)).toBe(true);
    expect(found.achieved.map((a) => a.value)).toEqual(again.values);
    expect(found.achieved.every((a) => a.met)).toBe(true);
    expect(found.fiscalCostCumulative).toBe(again.cost);
    const benchmark = cheapestSingleLever({}, FIVE_LEVERS, meetsFive);
    expect(Number.isFinite(benchmark)).toBe(true);
    expect(found.fiscalCostCumulative).toBeLessThanOrEqual(benchmark);
    expect(found.singleLever?.fiscalCostCumulative).toBe(benchmark);
    // Every lever value lies in its range, on a tenth of its step.
    expect(found.overrides['labour_share_policy']).toBeGreaterThanOrEqual(0);
    expect(found.overrides['labour_share_policy']).toBeLessThanOrEqual(4);
    for (const value of Object.values(found.overrides)) expect(Math.abs(value * 100 - Math.round(value * 100))).toBeLessThan(1e-6);
  });

  it('keeps the rest of the scenario and meets the targets over it, never costlier than one lever', async () => {
    const scenario = { dibao_uplift: 20, pension_uplift: 100 };
    const request: LeastCostRequest = { targets: [{ target: 'hh_income_200k_600k' }], levers: ['labour_share_policy', 'min_wage_uplift'] };
    const found = await leastCost(scenario, request);
    expect(found.status).toBe('reached');
    const again = rerun({ ...scenario, ...found.overrides }, ['hh_income_200k_600k']);
    expect(again.values[0]).toBeGreaterThanOrEqual(45);
    expect(found.fiscalCostCumulative).toBe(again.cost);
    expect(found.fiscalCostCumulative).toBeLessThanOrEqual(cheapestSingleLever(scenario, request, (v) => v[0]! >= 45));
  });

  it('says a scenario that already meets every target does, with nothing to change', async () => {
    // The baseline's 2025 urban/rural ratio is under the plan's 1.9.
    const found = await leastCost({ dibao_uplift: 5 }, { targets: [{ target: 'urban_rural_income_ratio' }], levers: ['dibao_uplift', 'labour_share_policy'] });
    expect(found.status).toBe('already');
    expect(found.method).toBe('as-is');
    expect(found.overrides).toEqual({});
    expect(found.achieved[0]!.value).toBeLessThanOrEqual(1.9);
    expect(found.fiscalCostCumulative).toBe(rerun({ dibao_uplift: 5 }, ['urban_rural_income_ratio']).cost);
  });

  it('reports a target no combination reaches as infeasible, with the best effort and its own figures', async () => {
    // A minimum-wage rise cannot lift 2025 income per head from about 71,000 to 75,000 yuan.
    const found = await leastCost({}, { targets: [{ target: 'income_per_capita' }], levers: ['min_wage_uplift'] });
    expect(found.status).toBe('infeasible');
    expect(found.singleLever).toBeNull();
    expect(found.achieved[0]!.met).toBe(false);
    const again = rerun(found.overrides, ['income_per_capita']);
    expect(found.achieved[0]!.value).toBe(again.values[0]);
    expect(again.values[0]).toBeLessThan(75_000);
    // The best effort is at least as close as the baseline: income rises with the minimum wage.
    expect(again.values[0]).toBeGreaterThanOrEqual(rerun({}, ['income_per_capita']).values[0]!);
  });

  it('gives the same package for the same request (no random element)', async () => {
    const request: LeastCostRequest = {
      targets: [{ target: 'hh_income_200k_600k', threshold: 44.8 }],
      levers: ['labour_share_policy', 'property_income_rural'],
    };
    expect(await leastCost({}, request)).toEqual(await leastCost({}, request));
  });

  it('tells its progress and stops when the callback says so', async () => {
    const seen: [number, number][] = [];
    const request: LeastCostRequest = { targets: [{ target: 'hh_income_200k_600k' }], levers: ['labour_share_policy', 'min_wage_uplift'] };
    await leastCost({}, request, { onProgress: (done, total) => void seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    let calls = 0;
    await expect(leastCost({}, request, { onProgress: () => ++calls < 3 })).rejects.toBeInstanceOf(LeastCostCancelled);
    expect(calls).toBe(3);
  });

  it('names the field of a request it cannot answer', async () => {
    const field = async (overrides: Record<string, OverrideValue>, request: LeastCostRequest): Promise<string> => {
      try {
        await leastCost(overrides, request);
        return 'none';
      } catch (error) {
        return error instanceof LeastCostError ? `${error.field}: ${error.message}` : String(error);
      }
    };
    expect(await field({}, { targets: [], levers: ['dibao_uplift'] })).toMatch(/^targets:/);
    expect(await field({}, { targets: [{ target: 'hh_income_200k_600k' }], levers: [] })).toMatch(/^levers:/);
    expect(await field({}, { targets: [{ target: 'no_such_target' }], levers: ['dibao_uplift'] })).toMatch(/^target: "no_such_target"/);
    expect(await field({}, { targets: [{ target: 'hh_income_200k_600k' }], levers: ['gdp_real_growth'] })).toMatch(
      /^lever: "gdp_real_growth" is not a policy lever/,
    );
    expect(await field({}, { targets: [{ target: 'hh_income_200k_600k' }], levers: ['pit_recycling'] })).toMatch(/^lever: "pit_recycling" is a choice/);
    expect(await field({}, { targets: [{ target: 'hh_income_200k_600k' }], levers: ['dibao_uplift', 'dibao_uplift'] })).toMatch(/^lever: .*twice/);
    expect(await field({}, { targets: [{ target: 'hh_income_200k_600k', threshold: Number.NaN }], levers: ['dibao_uplift'] })).toMatch(/^threshold:/);
    expect(await field({}, { targets: [{ target: 'hh_income_200k_600k', year: 2040 }], levers: ['dibao_uplift'] })).toMatch(/^year: 2040/);
  });
});
