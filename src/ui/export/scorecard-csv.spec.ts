import { describe, expect, it } from 'vitest';
import { findParameter, type ScorecardRow } from '../../model/catalog';
import type { CustomIndicatorResult } from '../../compute/model-api';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { parseCsv } from '../../../tests/support/parse-csv';
import { UTF8_BOM } from '../../export/cells';
import { CSV_TEXT } from '../../export/csv-text';
import { INDICATORS_TEXT } from '../i18n/indicators';
import { buildScorecardCsv } from './scorecard-csv';

const base = { section: 1, kind: 'modeled' as const, trend: null, path: [], official: null, assumption: null };

const rows: ScorecardRow[] = [
  {
    ...base,
    id: 'urban_rural_income_ratio',
    comparator: '<=',
    target: 1.9,
    value: 1.9004123456789,
    gap: 0.0004123456789,
    state: 'missed',
    basis: 'model',
    firstYearReached: null,
  },
  {
    ...base,
    id: 'urban_unemployment_rate',
    comparator: '<',
    target: 5.5,
    value: 5,
    gap: -0.5,
    state: 'reached',
    basis: 'assumed-level',
    assumption: 'unemployment_2020',
    firstYearReached: 2021,
  },
  {
    ...base,
    id: 'life_expectancy',
    kind: 'tracked',
    comparator: '>=',
    target: 80,
    value: null,
    gap: null,
    state: 'not_projected',
    basis: null,
    official: { value: 79.2, year: 2020 },
    firstYearReached: null,
  },
];

function body(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return parseCsv(csv.slice(UTF8_BOM.length));
}

describe('buildScorecardCsv', () => {
  it('writes the headers in the chosen language', () => {
    expect(body(buildScorecardCsv(rows, 'zh'))[0]).toEqual([
      '目标代码',
      '目标',
      '目标年份值',
      '目标值',
      '比较方式',
      '状态',
      '判断依据',
      '所依假设',
      '首次达标年份',
      '差距',
      '目标年份',
      '类型',
    ]);
    expect(body(buildScorecardCsv(rows, 'en'))[0]).toEqual([
      'Target id',
      'Target',
      'Value in target year',
      'Target value',
      'Comparator',
      'Status',
      'Basis',
      'Assumption',
      'First year reached',
      'Gap',
      'Target year',
      'Kind',
    ]);
  });

  it('writes one row per target with unrounded numbers, its status and the basis it rests on', () => {
    const [, ratio, unemployment, life] = body(buildScorecardCsv(rows, 'en'));
    expect(ratio).toEqual([
      'urban_rural_income_ratio',
      'Urban/rural per-capita disposable income ratio',
      '1.9004123456789',
      '1.9',
      '<=',
      'Missed',
      'Model',
      '',
      '',
      '0.0004123456789',
      '2025',
      'Plan target',
    ]);
    expect(unemployment).toEqual([
      'urban_unemployment_rate',
      expect.any(String),
      '5',
      '5.5',
      '<',
      'Reached',
      'Assumed level',
      `${findParameter('unemployment_2020')!.label.en} (unemployment_2020)`,
      '2021',
      '-0.5',
      '2025',
      'Plan target',
    ]);
    // Not projected: no value, no basis.
    expect(life).toEqual(['life_expectancy', expect.any(String), '', '80', '>=', 'Not projected', '', '', '', '', '2025', 'Plan target']);
  });

  it('writes statuses and bases in Chinese in the Chinese file', () => {
    const [, ratio, unemployment, life] = body(buildScorecardCsv(rows, 'zh'));
    expect(ratio!.slice(5, 7)).toEqual(['未达标', '模型']);
    expect(unemployment!.slice(5, 7)).toEqual(['已达标', '假设水平']);
    expect(life!.slice(5, 7)).toEqual(['未预测', '']);
  });

  describe('custom targets', () => {
    // The scenario's rural share: 33,750 of 54,000 yuan is 0.625 in 2025, against ≥ 0.62: reached,
    // gap 0.625 − 0.62 = 0.005 (as the double 0.625 − 0.62 is written: 0.0050000000000000044).
    const indicators: CustomIndicatorDoc[] = [
      {
        id: 'rural_share',
        label: { zh: '农村收入占比', en: 'Rural share' },
        expression: 'income_per_capita_rural / income_per_capita',
        unit: 'ratio',
        target: { comparator: '>=', threshold: 0.62, year: 2025 },
      },
      // No target: no scorecard row.
      { id: 'plain', expression: 'gini' },
      // A target in 2030, no label: named as the panel names it.
      { id: 'later', expression: 'gini * 100', target: { comparator: '<', threshold: 30, year: 2030 } },
      // A target whose expression cannot be evaluated (no verdict from the model).
      { id: 'broken', label: { en: 'Broken' }, expression: 'nope', target: { comparator: '>', threshold: 1, year: 2025 } },
    ];
    const none = [null, null];
    const custom: CustomIndicatorResult[] = [
      {
        id: 'rural_share',
        error: null,
        scenario: [0.6, 0.625],
        modifiedBaseline: none,
        baseline: none,
        verdict: { year: 2025, comparator: '>=', threshold: 0.62, value: 0.625, gap: 0.625 - 0.62, state: 'reached', firstYearReached: 2023 },
      },
      { id: 'plain', error: null, scenario: [0.3, 0.3], modifiedBaseline: none, baseline: none },
      {
        id: 'later',
        error: null,
        scenario: [31, 31],
        modifiedBaseline: none,
        baseline: none,
        verdict: { year: 2030, comparator: '<', threshold: 30, value: 31, gap: 1, state: 'missed', firstYearReached: null },
      },
      {
        id: 'broken',
        error: { kind: 'unknown-name', position: 0, name: 'nope', message: { en: 'x', zh: 'x' } },
        scenario: none,
        modifiedBaseline: none,
        baseline: none,
      },
    ];

    it("adds a row per custom target after the plan's, marked custom, from the model's verdicts", () => {
      const all = body(buildScorecardCsv(rows, 'en', indicators, custom));
      expect(all).toHaveLength(1 + rows.length + 3);
      expect(all.slice(1 + rows.length)).toEqual([
        ['custom.rural_share', 'Rural share', '0.625', '0.62', '>=', 'Reached', '', '', '2023', '0.0050000000000000044', '2025', 'Custom'],
        ['custom.later', 'Custom indicator 3', '31', '30', '<', 'Missed', '', '', '', '1', '2030', 'Custom'],
        ['custom.broken', 'Broken', '', '1', '>', 'No data', '', '', '', '', '2025', 'Custom'],
      ]);
    });

    it('writes the custom rows in Chinese in the Chinese file', () => {
      const all = body(buildScorecardCsv(rows, 'zh', indicators, custom));
      expect(all.slice(1 + rows.length).map((row) => [row[1], row[5], row[11]])).toEqual([
        ['农村收入占比', '已达标', '自定义'],
        ['自定义指标 3', '未达标', '自定义'],
        ['Broken', '无数据', '自定义'],
      ]);
    });

    it('names an indicator without a label in the results CSV as the panel and this CSV do', () => {
      for (const language of ['zh', 'en'] as const) expect(CSV_TEXT[language].custom.untitled(3)).toBe(INDICATORS_TEXT[language].untitled(3));
    });

    it('leaves out an indicator the result does not hold (added since the run)', () => {
      const all = body(buildScorecardCsv(rows, 'en', indicators, custom.slice(0, 1)));
      expect(all.slice(1 + rows.length).map((row) => row[0])).toEqual(['custom.rural_share']);
    });
  });
});
