/**
 * "Who gains" on the model's own population: the invariants a researcher relies on when reading
 * the decile chart (the deciles average to the change in mean income, the shares add up, a run
 * without levers changes nothing) and its agreement with the poverty outputs.
 */
import { describe, expect, it } from 'vitest';
import { run, type ScenarioResult } from '../../src/model/index';
import { WHO_GAINS_MEASURES } from '../../src/model/catalog';
import { WHO_GAINS_CUTS } from '../../src/model/indicators/who-gains';

const options = { households: 4000 };
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

function expectInvariants(scenario: ScenarioResult, baseline: ScenarioResult): void {
  scenario.whoGains.forEach((year, t) => {
    const change = scenario.outputs['income_per_capita']![t]! - baseline.outputs['income_per_capita']![t]!;
    // Every decile holds a tenth of the persons, so the ten decile changes average to the change in per-capita income.
    expect(mean(year.cuts.all.decileChange)).toBeCloseTo(change, 6);
    expect(year.cuts.all.meanChange).toBeCloseTo(change, 6);
    expect(year.cuts.all.percentChange).toBeCloseTo((100 * change) / baseline.outputs['income_per_capita']![t]!, 9);
    for (const cut of WHO_GAINS_CUTS) {
      const g = year.cuts[cut];
      expect(g.gainShare + g.loseShare + g.noChangeShare).toBeCloseTo(100, 9);
      // The decile means rise with the decile (deciles of baseline income).
      for (let d = 1; d < 10; d++) expect(g.decileBaselineMean[d]!).toBeGreaterThanOrEqual(g.decileBaselineMean[d - 1]!);
    }
    // All persons below the line are the persons_below_* outputs of each run, and urban plus rural is all.
    const counts = ['persons_below_dibao', 'persons_below_1_5_dibao', 'persons_below_2_dibao'];
    counts.forEach((id, k) => {
      expect(year.cuts.all.baselineBelow[k]).toBeCloseTo(baseline.outputs[id]![t]!, 3);
      expect(year.cuts.all.scenarioBelow[k]).toBeCloseTo(scenario.outputs[id]![t]!, 3);
      expect(year.cuts.urban.scenarioBelow[k]! + year.cuts.rural.scenarioBelow[k]!).toBeCloseTo(year.cuts.all.scenarioBelow[k]!, 3);
      expect(year.cuts.all.belowChange[k]).toBeCloseTo(scenario.outputs[id]![t]! - baseline.outputs[id]![t]!, 3);
    });
  });
}

describe('who gains on the model', () => {
  it('shows no change for everyone in every year when no lever moves', () => {
    const baseline = run({ overrides: {} }, options);
    for (const year of baseline.whoGains) {
      for (const cut of WHO_GAINS_CUTS) {
        const g = year.cuts[cut];
        expect(g.decileChange.every((v) => v === 0)).toBe(true);
        expect(g.noChangeShare).toBe(100);
        expect(g.scenarioBelow).toEqual(g.baselineBelow);
      }
    }
  });

  it('a higher dibao and take-up help the poorest decile most and lift persons over the line; deciles average to the change in mean income', () => {
    const baseline = run({ overrides: {} }, options);
    const scenario = run({ overrides: { dibao_uplift: 30, dibao_take_up_gain: 20 } }, options);
    expectInvariants(scenario, baseline);
    const y2025 = scenario.whoGains.find((w) => w.year === 2025)!.cuts.all;
    expect(y2025.decilePercentChange[0]).toBeGreaterThan(0);
    expect(y2025.decilePercentChange[0]).toBe(Math.max(...y2025.decilePercentChange));
    expect(y2025.scenarioBelow[0]).toBeLessThan(y2025.baselineBelow[0]!);
    // 2020 is before any lever acts.
    expect(scenario.whoGains[0]!.cuts.all.noChangeShare).toBe(100);
  });

  it('compares household by household when a lever moves persons into towns (faster hukou reform)', () => {
    const baseline = run({ overrides: {} }, options);
    const scenario = run({ overrides: { hukou_pace: 0.02 } }, options);
    expectInvariants(scenario, baseline);
    // Movers earn more in towns: rural households gain, urban ones (whose persons do not move) see no change from moving.
    const y2030 = scenario.whoGains.find((w) => w.year === 2030)!.cuts;
    expect(y2030.rural.meanChange).toBeGreaterThan(0);
  });

  it('describes every measure it reports in the catalog, with its unit and source, and gives each its shape', () => {
    const group = run({ overrides: {} }, options).whoGains[0]!.cuts.all;
    expect(WHO_GAINS_MEASURES.map((m) => m.id).sort()).toEqual(Object.keys(group).sort());
    const lengths = { decile: 10, line: 3 } as const;
    for (const m of WHO_GAINS_MEASURES) {
      const value = group[m.id];
      if (m.shape === 'cut') expect(typeof value, m.id).toBe('number');
      else expect(value, m.id).toHaveLength(lengths[m.shape]);
    }
  });

  it('compares with the baseline under the same assumptions, not with the default baseline', () => {
    const assumptions = { gdp_real_growth: 4.5 };
    const modified = run({ overrides: assumptions }, options);
    expect(modified.whoGains.every((w) => w.cuts.all.noChangeShare === 100)).toBe(true);
    expectInvariants(run({ overrides: { ...assumptions, dibao_uplift: 20 } }, options), modified);
  });
});
