import { describe, expect, it } from 'vitest';
import { findOutput, findParameter, TARGETS, type ScorecardRow } from '../../model/catalog';
import { trajectorySpec } from '../charts/trajectory-spec';
import type { CustomIndicatorResult } from '../../compute/model-api';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { briefChartGeometry, briefCustomRows, briefFiscal, briefScorecardRows, briefWhoGains, niceStep } from './brief-data';

describe('briefScorecardRows', () => {
  const row = (id: string, kind: 'modeled' | 'tracked', value: number): ScorecardRow => ({
    id,
    section: 1,
    kind,
    comparator: '>=',
    target: 75000,
    value,
    gap: value - 75000,
    state: value >= 75000 ? 'reached' : 'missed',
    firstYearReached: null,
    trend: null,
    path: [],
    basis: kind === 'modeled' ? 'model' : 'trend',
    assumption: null,
    official: null,
  });

  it('keeps the modelled targets only, in plan order, with their cells written out', () => {
    const rows = briefScorecardRows(
      [row('urban_rural_income_ratio', 'modeled', 1.8), row('income_per_capita', 'modeled', 69978), row('tracked_x', 'tracked', 1)],
      'zh',
    );
    expect(rows.map((r) => r.id)).toEqual(['income_per_capita', 'urban_rural_income_ratio']);
    expect(rows[0]).toMatchObject({ value: '7.00万元', state: 'missed', basis: '模型', assumption: null });
  });

  it("carries each row's basis, naming the assumption of an assumed-level verdict by its catalog label", () => {
    const assumed: ScorecardRow = { ...row('urban_unemployment_rate', 'modeled', 80000), basis: 'assumed-level', assumption: 'unemployment_2020' };
    const [zh] = briefScorecardRows([assumed], 'zh');
    const [en] = briefScorecardRows([assumed], 'en');
    expect(zh).toMatchObject({ basis: '假设水平', assumption: findParameter('unemployment_2020')!.label.zh });
    expect(en).toMatchObject({ basis: 'Assumed level', assumption: findParameter('unemployment_2020')!.label.en });
  });
});

describe('briefCustomRows', () => {
  // The model's verdict on the rural share: 33,750 of 54,000 yuan is 0.625 in 2025, ≥ 0.62 reached
  // (gap +0.005), first met in 2023.
  const indicators: CustomIndicatorDoc[] = [
    { id: 'plain', expression: 'gini' },
    {
      id: 'rural_share',
      label: { zh: '农村收入占比', en: 'Rural share' },
      expression: 'income_per_capita_rural / income_per_capita',
      unit: 'ratio',
      target: { comparator: '>=', threshold: 0.62, year: 2025 },
    },
    { id: 'broken', expression: 'nope', target: { comparator: '<', threshold: 2, year: 2030 } },
    { id: 'new', expression: 'gini', target: { comparator: '<', threshold: 0.3, year: 2025 } },
  ];
  const none = [null, null];
  const results: CustomIndicatorResult[] = [
    { id: 'plain', error: null, scenario: [0.3, 0.3], modifiedBaseline: none, baseline: none },
    {
      id: 'rural_share',
      error: null,
      scenario: [0.6, 33750 / 54000],
      modifiedBaseline: none,
      baseline: none,
      verdict: { year: 2025, comparator: '>=', threshold: 0.62, value: 33750 / 54000, gap: 33750 / 54000 - 0.62, state: 'reached', firstYearReached: 2023 },
    },
    {
      id: 'broken',
      error: { kind: 'unknown-name', position: 0, name: 'nope', message: { en: 'x', zh: 'x' } },
      scenario: none,
      modifiedBaseline: none,
      baseline: none,
    },
  ];

  it("lists the targets the result judged, in the scenario's order, written out from the model's verdicts", () => {
    expect(briefCustomRows(indicators, results, 'en')).toEqual([
      {
        id: 'rural_share',
        name: 'Rural share',
        value: '0.625 ratio',
        target: '≥ 0.62 ratio in 2025',
        gap: '+0.005 ratio',
        state: 'reached',
        status: 'Reached ✓',
        firstYear: '2023',
        expression: 'income_per_capita_rural / income_per_capita',
      },
      // No verdict (the expression has an error): listed with no value.
      {
        id: 'broken',
        name: 'Custom indicator 3',
        value: '—',
        target: '< 2 in 2030',
        gap: '—',
        state: 'no_data',
        status: 'No data –',
        firstYear: '—',
        expression: 'nope',
      },
    ]);
  });

  it('writes names, targets and statuses in Chinese', () => {
    const [share, broken] = briefCustomRows(indicators, results, 'zh');
    expect(share).toMatchObject({ name: '农村收入占比', target: '2025年 ≥ 0.62 ratio', status: '已达标 ✓' });
    expect(broken).toMatchObject({ name: '自定义指标 3', target: '2030年 < 2', status: '无数据 –' });
  });

  it('signs a gap below the target with "−", as the plan\'s rows are signed', () => {
    // 0.614 against ≥ 0.62: gap −0.006 at the value's three decimals.
    const below: CustomIndicatorResult = {
      ...results[1]!,
      verdict: { year: 2025, comparator: '>=', threshold: 0.62, value: 0.614, gap: 0.614 - 0.62, state: 'missed', firstYearReached: null },
    };
    const [row] = briefCustomRows(indicators.slice(1, 2), [below], 'en');
    expect(row).toMatchObject({ value: '0.614 ratio', gap: '\u22120.006 ratio', status: 'Missed ✗', firstYear: 'not by 2035' });
  });

  it('has no rows without a result', () => {
    expect(briefCustomRows(indicators, undefined, 'en')).toEqual([]);
  });
});

describe('briefFiscal', () => {
  // A hand-made run, 2020–2025: the dibao lever costs 1, 2, 3, 4, 5 bn yuan in 2021–2025 (15 bn in all),
  // the pension nothing; the total equals the dibao's, at 1 %, 1.5 %, … of budget revenue.
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  const dibao = [0, 1e9, 2e9, 3e9, 4e9, 5e9];
  const cumulative = [0, 1e9, 3e9, 6e9, 10e9, 15e9];
  const share = [0, 1, 1.5, 2, 2.5, 3];
  const zero = years.map(() => 0);
  const run = {
    years,
    outputs: {
      fiscal_cost_dibao: dibao,
      fiscal_cost_dibao_cumulative: cumulative,
      fiscal_cost_dibao_pct_revenue: share,
      fiscal_cost_pension: zero,
      fiscal_cost_pension_cumulative: zero,
      fiscal_cost_total: dibao,
      fiscal_cost_total_cumulative: cumulative,
      fiscal_cost_total_pct_revenue: share,
      financing_levy: [0, 0, 0, 0, 0, 4.5e9],
    },
  };

  it('lists the levers with a cost, per year and cumulative 2021–2025, in 亿元 in Chinese and bn yuan in English', () => {
    const zh = briefFiscal(run, 0, 'zh');
    expect(zh.rows.map((r) => r.id)).toEqual(['dibao']);
    expect(zh.rows[0]).toMatchObject({ years: ['10.0', '20.0', '30.0', '40.0', '50.0'], cumulative: '150.0', note: null });
    expect(zh.total.cumulative).toBe('150.0');
    expect(zh.cumulativeWithUnit).toBe('150.0亿元');
    const en = briefFiscal(run, 0, 'en');
    expect(en.rows[0]).toMatchObject({ label: 'Dibao standard and take-up', years: ['1.00', '2.00', '3.00', '4.00', '5.00'], cumulative: '15.00' });
    expect(en.total).toMatchObject({ label: 'Total', cumulative: '15.00' });
    expect(en.cumulativeWithUnit).toBe('15.00 bn yuan');
  });

  it("gives the total's share of budget revenue for each year", () => {
    expect(briefFiscal(run, 0, 'en').totalShare).toEqual(['1.00%', '1.50%', '2.00%', '2.50%', '3.00%']);
  });

  it('says the levers are borrowed for, or names the 2025 levy of the household tax that finances them', () => {
    expect(briefFiscal(run, 0, 'en').financing).toMatch(/borrowing/);
    expect(briefFiscal(run, 1, 'en').financing).toContain('4.50 bn yuan');
    expect(briefFiscal(run, 1, 'zh').financing).toContain('45.0亿元');
  });

  it('says so when the scenario costs nothing', () => {
    const none = { years, outputs: { fiscal_cost_total: zero, fiscal_cost_total_cumulative: zero, fiscal_cost_total_pct_revenue: zero } };
    const brief = briefFiscal(none, 0, 'zh');
    expect(brief.allZero).toBe(true);
    expect(brief.rows).toEqual([]);
  });
});

describe('briefChartGeometry', () => {
  it('picks 1, 2, 2.5 or 5 × 10ⁿ steps', () => {
    expect(niceStep(10)).toBe(2.5);
    expect(niceStep(0.3)).toBeCloseTo(0.1);
    expect(niceStep(35000)).toBe(10000);
    expect(niceStep(0)).toBe(1);
  });

  it('covers every series and the target on nice ticks, marks 2025 and draws the scenario on top', () => {
    const output = findOutput('income_per_capita')!;
    const years = Array.from({ length: 16 }, (_, i) => 2020 + i);
    const spec = trajectorySpec({
      output,
      target: TARGETS.find((t) => t.outputId === output.id),
      years,
      baseline: years.map((_, i) => 52397 + 3000 * i),
      modifiedBaseline: years.map((_, i) => 52397 + 3000 * i),
      scenario: years.map((_, i) => 52397 + 3200 * i),
      language: 'zh',
    });
    const g = briefChartGeometry(spec);
    expect(g.xTicks.map((t) => t.text)).toEqual(['2020', '2025', '2035']);
    expect(g.band).toBeDefined();
    expect(g.yTicks[0]!.y).toBeCloseTo(g.plot.bottom);
    expect(g.yTicks[g.yTicks.length - 1]!.y).toBeCloseTo(g.plot.top);
    // 52,397 … 100,397 on steps of 20,000: 40,000 … 120,000.
    expect(g.yTicks.map((t) => t.text)).toEqual(['4.00万元', '6.00万元', '8.00万元', '10.00万元', '12.00万元']);
    expect(g.lines.map((l) => l.role)).toEqual(['target', 'baseline', 'scenario']);
    for (const line of g.lines) {
      expect(line.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){15}$/);
      for (const [, px, py] of line.d.matchAll(/([\d.]+),([\d.]+)/g)) {
        expect(Number(px)).toBeGreaterThanOrEqual(g.plot.left - 1e-9);
        expect(Number(py)).toBeGreaterThanOrEqual(g.plot.top - 0.1);
        expect(Number(py)).toBeLessThanOrEqual(g.plot.bottom + 0.1);
      }
    }
  });
});

describe('briefWhoGains', () => {
  it("writes the province's decile changes of the year in yuan and per cent, with the shares and the poverty-count change", () => {
    const group = {
      decileBaselineMean: Array.from({ length: 10 }, (_, d) => 10000 * (d + 1)),
      decileChange: [1200, 800, 400, 0, 0, 0, 0, 0, 0, -500],
      decilePercentChange: [12, 4, 1.3333, 0, 0, 0, 0, 0, 0, -0.5],
      meanChange: 190,
      percentChange: 0.345,
      gainShare: 30,
      loseShare: 10,
      noChangeShare: 60,
      baselineBelow: [1000, 2000, 3000],
      scenarioBelow: [700, 1900, 3000],
      belowChange: [-300, -100, 0],
    };
    const run = {
      modelVersion: '1',
      years: [2025],
      outputs: {},
      targets: [],
      distributions: [],
      whoGains: [{ year: 2025, cuts: { all: group, urban: group, rural: group, mountain: group } }],
    };
    const brief = briefWhoGains(run, 2025, 'en')!;
    expect(brief.deciles).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(brief.rows[0]!.cells.slice(0, 3)).toEqual(['+1,200 yuan', '+800 yuan', '+400 yuan']);
    expect(brief.rows[0]!.cells[9]).toBe('−500 yuan');
    expect(brief.rows[1]!.cells.slice(0, 3)).toEqual(['+12.00%', '+4.00%', '+1.33%']);
    expect(brief.shares).toContain('30.0% of persons gain more than 1 %');
    expect(brief.poverty).toBe('Change in persons below 1, 1.5 and 2 × the dibao line in 2025: −300, −100 and 0.');
    expect(briefWhoGains(run, 2030, 'en')).toBeUndefined();
  });
});
