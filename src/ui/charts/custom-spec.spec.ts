import { describe, expect, it } from 'vitest';
import type { CustomIndicatorResult } from '../../compute/model-api';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { specTable } from './chart-spec';
import { customIndicatorSpec } from './custom-spec';

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);
const indicator: CustomIndicatorDoc = {
  id: 'share',
  label: { en: 'Rural share', zh: '农村占比' },
  expression: 'income_per_capita_rural / income_per_capita',
  target: { comparator: '>=', threshold: 0.5, year: 2025 },
};
const scenario = YEARS.map((_, i) => 0.4 + i / 100);
const result: CustomIndicatorResult = { id: 'share', error: null, scenario, modifiedBaseline: scenario, baseline: scenario };
const at = (d: number) => scenario.map((v) => v + d);
// No draw gives a value in 2035: the fan has none there.
const gap = (values: number[]) => values.map((v, i) => (i === 15 ? NaN : v));
const fan = { p5: gap(at(-0.02)), p10: gap(at(-0.01)), p50: gap(at(0.001)), p90: gap(at(0.01)), p95: gap(at(0.02)), label: '500 draws, seed 20210610' };

describe('customIndicatorSpec with a Monte Carlo fan', () => {
  const spec = customIndicatorSpec(indicator, 'Rural share', result, YEARS, 'en', fan);

  it('shades P5–P95 light under P10–P90 dark, each in the legend, and draws P50 as its own dotted line', () => {
    expect(spec.bands).toEqual([
      { low: fan.p5, high: fan.p95, shade: 'light', label: 'P5–P95 (Monte Carlo)' },
      { low: fan.p10, high: fan.p90, shade: 'dark', label: 'P10–P90 (Monte Carlo)' },
    ]);
    const median = spec.series.find((s) => s.role === 'fan-median')!;
    expect(median.label).toBe('P50 (Monte Carlo median)');
    expect(median.values.slice(0, 15)).toEqual(fan.p50.slice(0, 15));
    expect(median.values[15]).toBeNull();
    // The scenario line stays the run's own.
    expect(spec.series.find((s) => s.role === 'scenario')!.values).toEqual(scenario);
  });

  it('says it is a Monte Carlo fan with the draws and seed, in both languages', () => {
    expect(spec.subtitle).toContain('Monte Carlo fan: P10–P90 (dark), P5–P95 (light), P50 line, 500 draws, seed 20210610');
    const zh = customIndicatorSpec(indicator, '农村占比', result, YEARS, 'zh', { ...fan, label: '500 次抽样，种子 20210610' });
    expect(zh.subtitle).toContain('蒙特卡洛分布带：P10–P90（深）、P5–P95（浅）、P50 线，500 次抽样，种子 20210610');
    expect(zh.bands!.map((b) => b.label)).toEqual(['P5–P95（蒙特卡洛）', 'P10–P90（蒙特卡洛）']);
  });

  it('lists the five percentiles in order after the lines in the data table, a dash where there is none', () => {
    const table = specTable(spec);
    expect(table.header).toEqual([
      'Year',
      'Baseline',
      'Scenario',
      '≥ 0.5 in 2025',
      'P5 (Monte Carlo)',
      'P10 (Monte Carlo)',
      'P50 (Monte Carlo)',
      'P90 (Monte Carlo)',
      'P95 (Monte Carlo)',
    ]);
    // 2025: the scenario 0.45, the percentiles 0.45 − 0.02, − 0.01, + 0.001, + 0.01, + 0.02 (three decimals, as the values).
    expect(table.rows[5]!.cells.slice(-5)).toEqual(['0.430', '0.440', '0.451', '0.460', '0.470']);
    expect(table.rows[15]!.cells.slice(-5)).toEqual(['—', '—', '—', '—', '—']);
  });

  it('has no fan, legend band or percentile column without a Monte Carlo result', () => {
    const plain = customIndicatorSpec(indicator, 'Rural share', result, YEARS, 'en');
    expect(plain.bands).toEqual([]);
    expect(plain.series.map((s) => s.role)).toEqual(['baseline', 'scenario', 'target']);
    expect(specTable(plain).header).toHaveLength(4);
  });
});
