import { describe, expect, it } from 'vitest';
import { CITIES, CITY_NAMES, findOutput, TARGETS, type HouseholdPath, type HouseholdYear } from '../../model/catalog';
import { comparatorSymbol, decimalsForStep, seriesDiffer, specTable, yearLabel } from './chart-spec';
import { cityBarsSpec, cityOutputId } from './city-spec';
import { bandLabels, bandRange, histogramSpec, lorenzSpec } from './distribution-spec';
import { HOUSEHOLD_THRESHOLDS, householdSentences, householdSpec, householdTable } from './household-spec';
import { trajectorySpec } from './trajectory-spec';

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);
const income = findOutput('income_per_capita')!;
const incomeTarget = TARGETS.find((t) => t.outputId === 'income_per_capita')!;
const base = YEARS.map((_, i) => 50000 + 3000 * i);
const scen = YEARS.map((_, i) => 50000 + 3500 * i);

function trajectory(language: 'zh' | 'en', modified = base, target = incomeTarget) {
  return trajectorySpec({ output: income, target, years: YEARS, baseline: base, modifiedBaseline: modified, scenario: scen, language });
}

describe('trajectorySpec', () => {
  it('draws baseline and scenario with their fixed roles and the result values', () => {
    const spec = trajectory('zh');
    expect(spec.series.map((s) => s.role)).toEqual(['baseline', 'scenario', 'target']);
    expect(spec.series[0]!.values).toEqual(base);
    expect(spec.series[1]!.values).toEqual(scen);
  });

  it('draws a Monte Carlo fan as a light P5–P95 band under a dark P10–P90 one, and says the draws and seed in the subtitle', () => {
    const p = (d: number) => scen.map((v) => v + d);
    const fan = { p5: p(-2), p10: p(-1), p90: p(1), p95: p(2), label: '500 draws, seed 20210610' };
    const spec = trajectorySpec({
      output: income,
      target: incomeTarget,
      years: YEARS,
      baseline: base,
      modifiedBaseline: base,
      scenario: scen,
      language: 'en',
      fan,
    });
    expect(spec.bands).toEqual([
      { low: p(-2), high: p(2), shade: 'light' },
      { low: p(-1), high: p(1), shade: 'dark' },
    ]);
    expect(spec.subtitle).toContain('shaded: P10–P90 (dark), P5–P95 (light), 500 draws, seed 20210610');
    // The lines are those of the run, not of the fan.
    expect(spec.series.find((s) => s.role === 'scenario')!.values).toEqual(scen);
    expect(trajectory('en').bands).toEqual([]);
  });

  it('draws the target as a flat line over every year, its value labelled', () => {
    const target = trajectory('zh').series.find((s) => s.role === 'target')!;
    expect(target.values).toEqual(YEARS.map(() => 75000));
    expect(target.endLabel).toBe('目标 ≥ 7.50万元（2025年）');
    expect(trajectory('en').series.find((s) => s.role === 'target')!.endLabel).toBe('Target ≥ 75,000 yuan (2025)');
  });

  it('has no target line for a "rising" target but says it in the subtitle', () => {
    const output = findOutput('income_to_gdp_pc_ratio')!;
    const target = TARGETS.find((t) => t.outputId === output.id)!;
    const spec = trajectorySpec({ output, target, years: YEARS, baseline: base, modifiedBaseline: base, scenario: scen, language: 'en' });
    expect(spec.series.some((s) => s.role === 'target')).toBe(false);
    expect(spec.subtitle).toContain('rising every year');
  });

  it('marks 2025 with the band and labels the years 2020–2035 on the axis and in tooltips', () => {
    const spec = trajectory('zh');
    expect(spec.labels[spec.markIndex!]).toBe('2025');
    expect(spec.labels).toEqual(YEARS.map(String));
    expect(spec.tooltipTitles[5]).toBe('2025年');
    expect(trajectory('en').tooltipTitles[5]).toBe('2025');
  });

  it('omits the modified baseline when it equals the baseline, shows it dashed when it differs', () => {
    expect(trajectory('zh', [...base]).series.some((s) => s.role === 'modified-baseline')).toBe(false);
    const shifted = base.map((v) => v * 1.01);
    const spec = trajectory('en', shifted);
    expect(spec.series.find((s) => s.role === 'modified-baseline')).toEqual({
      label: 'Baseline with your assumptions',
      values: shifted,
      role: 'modified-baseline',
    });
  });

  it('changes every label with the language', () => {
    const zh = trajectory('zh');
    const en = trajectory('en');
    expect([zh.title, en.title]).toEqual(['全体居民人均可支配收入', 'Per-capita disposable income']);
    expect(zh.series.map((s) => s.label).slice(0, 2)).toEqual(['基准', '情景']);
    expect(en.series.map((s) => s.label).slice(0, 2)).toEqual(['Baseline', 'Scenario']);
    expect([zh.xTitle, en.xTitle]).toEqual(['年份', 'Year']);
  });

  it('states year range, unit and source in the subtitle', () => {
    expect(trajectory('zh').subtitle).toBe('2020–2035年 · 单位：万元/人·年 · 来源：浙江基准数据（income_pc_province），2021年起为模型预测');
    expect(trajectory('en').subtitle).toContain('2020–2035 · Unit: yuan per person a year · Source:');
  });

  it('formats the y axis in the output unit per language, with enough decimals for the step', () => {
    expect(trajectory('zh').formatTick(75000, 5000)).toBe('7.50万元');
    expect(trajectory('en').formatTick(75000, 5000)).toBe('75,000 yuan');
    const ratio = trajectorySpec({
      output: findOutput('urban_rural_income_ratio')!,
      target: undefined,
      years: YEARS,
      baseline: base,
      modifiedBaseline: base,
      scenario: scen,
      language: 'en',
    });
    expect(ratio.formatTick(1.515, 0.005)).toBe('1.515');
    expect(ratio.formatTick(1.5, 0.1)).toBe('1.50');
  });

  it('gives a data table with year, baseline, scenario and target', () => {
    const table = specTable(trajectory('en'));
    expect(table.header).toEqual(['Year', 'Baseline', 'Scenario', 'Target ≥ 75,000 yuan (2025)']);
    expect(table.rows[5]!.cells).toEqual(['2025', '65,000 yuan', '67,500 yuan', '75,000 yuan']);
  });
});

describe('small helpers', () => {
  it('seriesDiffer ignores float noise only', () => {
    expect(seriesDiffer([1, 2], [1, 2 + 1e-13])).toBe(false);
    expect(seriesDiffer([1, 2], [1, 2.001])).toBe(true);
  });
  it('decimalsForStep and comparatorSymbol', () => {
    expect(decimalsForStep(0.005, 2)).toBe(3);
    expect(decimalsForStep(5000, 0)).toBe(0);
    expect(decimalsForStep(0, 1)).toBe(1);
    expect(['>=', '<=', '<'].map((c) => comparatorSymbol(c as '>='))).toEqual(['≥', '≤', '<']);
  });
});

describe('cityBarsSpec', () => {
  const outputs = (scale: number): Record<string, number[]> =>
    Object.fromEntries(CITIES.map((c, i) => [cityOutputId(c), YEARS.map((_, y) => scale * (40000 + 1000 * i + 100 * y))]));
  const spec = (language: 'zh' | 'en') =>
    cityBarsSpec({ cities: CITIES, names: CITY_NAMES, years: YEARS, year: 2025, baseline: outputs(1), scenario: outputs(1.1), language });

  it('orders the bars as CITIES, named in the language', () => {
    expect(spec('zh').labels).toEqual(CITIES.map((c) => CITY_NAMES[c].zh));
    expect(spec('en').labels[0]).toBe('Hangzhou');
    expect(spec('en').labels).toHaveLength(11);
  });

  it('shows the selected year: baseline beside scenario', () => {
    const s = spec('en');
    expect(s.kind).toBe('bar');
    expect(s.series.map((x) => x.role)).toEqual(['baseline', 'scenario']);
    expect(s.series[0]!.values[2]).toBe(40000 + 2000 + 500);
    expect(s.series[1]!.values[2]).toBeCloseTo(1.1 * 42500);
    expect(s.title).toContain('2025');
    expect(s.tooltipTitles[0]).toBe('Hangzhou · 2025');
  });
});

describe('distribution specs', () => {
  it('labels the 51 bands in 万元 (Chinese) and thousand yuan (English), the last open', () => {
    const zh = bandLabels(51, 'zh');
    const en = bandLabels(51, 'en');
    expect([zh[0], zh[1], zh[5], zh[49], zh[50]]).toEqual(['0–2', '2–4', '10–12', '98–100', '≥100']);
    expect([en[0], en[1], en[49], en[50]]).toEqual(['0–20', '20–40', '980–1,000', '≥1,000']);
  });

  it('shades the 10–50万 and 20–60万 ranges over the right bands', () => {
    expect(bandRange(100000, 500000)).toEqual({ from: 5, to: 24 });
    expect(bandRange(200000, 600000)).toEqual({ from: 10, to: 29 });
    const shares = Array.from({ length: 51 }, (_, i) => (i < 50 ? 2 : 0));
    const spec = histogramSpec({ year: 2025, baseline: shares, scenario: shares, language: 'zh' });
    expect(spec.ranges.map((r) => [r.from, r.to, r.label])).toEqual([
      [5, 24, '10–50万元'],
      [10, 29, '20–60万元'],
    ]);
    expect(spec.subtitle).toContain('标准三口之家口径');
    expect(histogramSpec({ year: 2025, baseline: shares, scenario: shares, language: 'en' }).subtitle).toContain('standard three-person household convention');
  });

  it('draws the Lorenz curves with the line of equality from (0,0) to (1,1)', () => {
    const lorenz = Array.from({ length: 21 }, (_, i) => (i / 20) ** 2);
    const spec = lorenzSpec({ year: 2025, baseline: lorenz, scenario: lorenz, language: 'en' });
    const equality = spec.series.find((s) => s.role === 'equality')!;
    expect(equality.values[0]).toBe(0);
    expect(equality.values[20]).toBe(1);
    expect([spec.labels[0], spec.labels[20]]).toEqual(['0%', '100%']);
    const scenario = spec.series.find((s) => s.role === 'scenario')!;
    expect([scenario.values[0], scenario.values[20]]).toEqual([0, 1]);
    expect([spec.yMin, spec.yMax]).toEqual([0, 1]);
  });
});

describe('household specs', () => {
  const year = (total: number): HouseholdYear => ({ wage: total * 0.6, business: total * 0.2, property: total * 0.1, transfers: total * 0.1, dibao: 0, total });
  const path: HouseholdPath = {
    years: YEARS,
    baseline: YEARS.map((_, i) => year(80000 + 8000 * i)),
    scenario: YEARS.map((_, i) => year(80000 + 9000 * i)),
    firstYearAbove: { baseline: { '100k': 2023, '200k': 2035 }, scenario: { '100k': 2023, '200k': null } },
  };

  it('draws the totals and the 100,000 and 200,000 yuan thresholds', () => {
    const spec = householdSpec(path, 'zh');
    expect(spec.series.map((s) => s.role)).toEqual(['baseline', 'scenario', 'threshold', 'threshold']);
    expect(spec.series[1]!.values[5]).toBe(125000);
    expect(spec.series[2]!.values.every((v) => v === HOUSEHOLD_THRESHOLDS[0])).toBe(true);
    expect(spec.series[3]!.endLabel).toBe('20万元');
    expect(householdSpec(path, 'en').series[2]!.endLabel).toBe('100,000 yuan');
  });

  it('tabulates components for 2020, 2025 and 2035, baseline and scenario', () => {
    const table = householdTable(path, 'en');
    expect(table.years).toEqual(['2020', '2025', '2035']);
    expect(table.header).toHaveLength(7);
    const total = table.rows.find((r) => r.key === 'total')!;
    expect(total.cells).toEqual(['Total', '80,000', '80,000', '120,000', '125,000', '200,000', '215,000']);
  });

  it('says when the household first reaches each threshold', () => {
    expect(householdSentences(path, 'zh')).toEqual([
      '基准：家庭年收入于2023年达到10万元，于2035年达到20万元。',
      '情景：家庭年收入于2023年达到10万元，到2035年仍未达到20万元。',
    ]);
    expect(householdSentences(path, 'en')[1]).toBe('Scenario: the household reaches 100,000 yuan a year in 2023 and 200,000 yuan not by 2035.');
  });
});

describe('year labels on a line chart', () => {
  const labels = YEARS.map(String);
  const shown = (width: number) => labels.map((_, i) => yearLabel(labels, i, labels.length, width)).filter((l) => l !== '');

  it('shows every year when they fit, else every 2nd, else every 5th, always starting at 2020', () => {
    expect(shown(800)).toEqual(labels);
    expect(shown(480)).toEqual(['2020', '2022', '2024', '2026', '2028', '2030', '2032', '2034']);
    expect(shown(200)).toEqual(['2020', '2025', '2030', '2035']);
  });

  it('keeps labels at least 44 px apart at any width', () => {
    for (let width = 120; width <= 1000; width += 40) {
      const count = shown(width).length;
      expect(count === 2 || (count - 1) * 44 <= width).toBe(true);
    }
  });
});
