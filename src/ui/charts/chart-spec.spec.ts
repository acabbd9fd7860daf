import { describe, expect, it } from 'vitest';
import { incomeChartSpec } from './chart-spec';

describe('incomeChartSpec', () => {
  const spec = incomeChartSpec({
    title: 't',
    years: [2020, 2021, 2022],
    scenario: [1, 2, 3],
    scenarioLabel: 'Scenario',
    target: 75000,
    targetLabel: 'Target',
    targetYear: 2025,
    xTitle: 'Year',
    yTitle: 'yuan',
  });

  it('draws the scenario with its values', () => {
    expect(spec.series[0]).toEqual({ label: 'Scenario', values: [1, 2, 3], role: 'scenario' });
  });

  it('draws the target as a flat dashed line across every year', () => {
    expect(spec.series[1]).toEqual({ label: 'Target', values: [75000, 75000, 75000], role: 'target' });
  });

  it('marks the target year and keeps the axis titles', () => {
    expect(spec.markYear).toBe(2025);
    expect([spec.xTitle, spec.yTitle]).toEqual(['Year', 'yuan']);
  });
});
