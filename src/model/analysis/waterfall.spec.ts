import { describe, expect, it } from 'vitest';
import { run } from '../index';
import type { OverrideValue } from '../params';
import { waterfall } from './waterfall';

const T2025 = 5;
const at2025 = (overrides: Record<string, OverrideValue>, output: string): number => run({ overrides }, { whoGains: false }).outputs[output]![T2025]!;

describe('the gap-closing waterfall', () => {
  it('one lever: its contribution is the whole change, and baseline + contributions is the scenario', () => {
    const scenario = { dibao_uplift: 40 };
    const w = waterfall(scenario);
    expect(w.method).toBe('shapley');
    expect(w.order).toEqual(['dibao_uplift']);
    const ur = w.targets.find((t) => t.target === 'urban_rural_income_ratio')!;
    expect(ur.baseline).toBe(at2025({}, 'urban_rural_income_ratio'));
    expect(ur.scenario).toBe(at2025(scenario, 'urban_rural_income_ratio'));
    expect(ur.assumptions).toBe(0);
    expect(ur.levers).toEqual([{ lever: 'dibao_uplift', contribution: ur.scenario - ur.baseline }]);
    // A dibao rise narrows the urban/rural gap.
    expect(ur.levers[0]!.contribution).toBeLessThan(0);
  });

  it('two levers: each is credited with the average of what it adds first and what it adds second (hand-computed Shapley values)', () => {
    const a = { labour_share_policy: 2 };
    const b = { dibao_uplift: 40 };
    const w = waterfall({ ...a, ...b });
    const id = 'hh_income_200k_600k';
    const [v0, va, vb, vab] = [at2025({}, id), at2025(a, id), at2025(b, id), at2025({ ...a, ...b }, id)];
    const band = w.targets.find((t) => t.target === id)!;
    const byLever = Object.fromEntries(band.levers.map((l) => [l.lever, l.contribution]));
    expect(byLever['labour_share_policy']).toBeCloseTo((va - v0 + (vab - vb)) / 2, 10);
    expect(byLever['dibao_uplift']).toBeCloseTo((vb - v0 + (vab - va)) / 2, 10);
    expect(w.runs).toBe(5); // the baseline and the four subsets
  });

  it('sums exactly to the whole change for every modelled target, with changed assumptions as a bar of their own', () => {
    const scenario = {
      gdp_real_growth: {
        path: [
          [2021, 8.5],
          [2022, 3],
          [2025, 6],
        ] as [number, number][],
      },
      min_wage_uplift: 10,
      pension_uplift: 20,
      hukou_pace: 1,
    };
    const w = waterfall(scenario);
    expect(w.order).toEqual(['min_wage_uplift', 'pension_uplift', 'hukou_pace']);
    const income = w.targets.find((t) => t.target === 'income_per_capita')!;
    expect(income.assumptions).not.toBe(0);
    expect(income.baseline + income.assumptions).toBeCloseTo(at2025({ gdp_real_growth: scenario.gdp_real_growth }, 'income_per_capita'), 6);
    for (const t of w.targets) {
      const sum = t.baseline + t.assumptions + t.levers.reduce((s, l) => s + l.contribution, 0);
      expect(Math.abs(sum - t.scenario)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(t.scenario)));
    }
  });

  it('with more than six levers changed, adds them one by one in the catalog’s order, still summing to the change', () => {
    const scenario = {
      labour_share_policy: 1,
      min_wage_uplift: 5,
      mountain_transfer: 10,
      collective_economy_investment: 5,
      dibao_uplift: 10,
      pension_uplift: 10,
      low_income_topup: 5,
    };
    const progress: number[] = [];
    const w = waterfall(scenario, (done) => progress.push(done));
    expect(w.method).toBe('sequential');
    expect(w.runs).toBe(9); // the baseline, the assumptions alone (here the baseline again), and seven prefixes
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const income = w.targets.find((t) => t.target === 'income_per_capita')!;
    // The first lever in order is credited with exactly what it adds alone.
    expect(income.levers[0]).toEqual({ lever: 'labour_share_policy', contribution: at2025({ labour_share_policy: 1 }, 'income_per_capita') - income.baseline });
    const sum = income.baseline + income.levers.reduce((s, l) => s + l.contribution, 0);
    expect(sum).toBeCloseTo(income.scenario, 6);
  });
});
