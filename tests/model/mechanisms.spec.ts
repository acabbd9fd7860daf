import { describe, expect, it } from 'vitest';
import { PARAMETERS, TARGET_YEAR } from '../../src/model/catalog';
import { run } from '../../src/model/index';

// The mechanisms behind the verdicts of targets 9 (dibao vs income growth), 10 (new urban jobs)
// and 11 (unemployment), checked against hand computations from the run's own published paths.
const households = 4000;
const baseline = run({ overrides: {} }, { households });
const index = baseline.years.indexOf(TARGET_YEAR);

describe('target 9: the dibao standard follows the scenario’s own income', () => {
  const dibaoLevers = new Set(['dibao_uplift', 'dibao_take_up_gain']);
  const others = PARAMETERS.filter((p) => p.kind === 'lever' && !dibaoLevers.has(p.id));

  it.each(others.map((p) => [p.id, p] as const))('%s at its min and max leaves dibao growth equal to income growth (reached, 0 pp)', (_id, def) => {
    for (const value of [def.min, def.max]) {
      const result = run({ overrides: { [def.id]: value } }, { households });
      const path = result.outputs['dibao_growth_vs_income_growth']!;
      for (const v of path) expect(v).toBe(0);
      expect(result.targets.find((t) => t.outputId === 'dibao_growth_vs_income_growth')!.reached).toBe(true);
    }
  });

  it('an uplift of 10 % puts the standard 10 % above income’s path: 10 × DPI₂₀₂₅/DPI₂₀₂₀ points by 2025', () => {
    const result = run({ overrides: { dibao_uplift: 10 } }, { households });
    const income = result.outputs['income_per_capita']!;
    // S_t / S_2020 = 1.1 × DPI_t / DPI_2020, so the difference is 0.1 × DPI_t / DPI_2020, in points.
    expect(result.outputs['dibao_growth_vs_income_growth']![index]!).toBeCloseTo((10 * income[index]!) / income[0]!, 5);
    expect(result.outputs['dibao_standard']![index]! / result.outputs['dibao_standard']![0]!).toBeCloseTo((1.1 * income[index]!) / income[0]!, 9);
  });

  it('on the baseline the standard grows exactly as income per capita', () => {
    const s = baseline.outputs['dibao_standard']!;
    const y = baseline.outputs['income_per_capita']!;
    for (let t = 0; t < s.length; t++) expect(s[t]! / 900).toBeCloseTo(y[t]! / y[0]!, 9);
  });
});

describe('targets 10 and 11: unemployment by Okun’s law, new jobs from employment growth and replacement', () => {
  it('unemployment falls 0.2 point per point of growth above the 5.5 % potential, from the assumed 5.0 % of 2020', () => {
    const u = baseline.outputs['urban_unemployment_rate']!;
    // Observed growth 8.5, 3.1, 6.0, 5.5 % (2021–24), 5.5 % in 2025; Okun coefficient 0.2.
    const expected = [5.0, 5.0 - 0.2 * 3.0, 5.0 - 0.2 * 3.0 + 0.2 * 2.4, 5.0 - 0.6 + 0.48 - 0.1, 4.78, 4.78];
    expected.forEach((value, t) => expect(u[t]!).toBeCloseTo(value, 9));
  });

  it('new urban jobs are the growth of urban employment plus 2.5 % replacement, employment = 60 % of urban residents in work', () => {
    const pu = baseline.outputs['urbanization_rate']!;
    const population = baseline.outputs['population']!;
    const u = baseline.outputs['urban_unemployment_rate']!;
    const employment = (t: number): number => (pu[t]! / 100) * population[t]! * 1e4 * 0.6 * (1 - u[t]! / 100);
    let cumulative = 0;
    for (let t = 1; t <= index; t++) {
      cumulative += (employment(t) - employment(t - 1) + 0.025 * employment(t - 1)) / 1e4;
      expect(baseline.outputs['new_urban_jobs_cumulative']![t]!).toBeCloseTo(cumulative, 6);
    }
  });

  it('slower growth raises unemployment and lowers new jobs; a higher replacement rate adds jobs', () => {
    const slow = run({ overrides: { gdp_real_growth: { path: [[2025, 3]] } } }, { households });
    expect(slow.outputs['urban_unemployment_rate']![index]!).toBeCloseTo(baseline.outputs['urban_unemployment_rate']![index]! + 0.2 * 2.5, 9);
    expect(slow.outputs['new_urban_jobs_cumulative']![index]!).toBeLessThan(baseline.outputs['new_urban_jobs_cumulative']![index]!);
    const churn = run({ overrides: { urban_job_replacement_rate: 3.5 } }, { households });
    expect(churn.outputs['new_urban_jobs_cumulative']![index]!).toBeGreaterThan(baseline.outputs['new_urban_jobs_cumulative']![index]!);
  });
});
