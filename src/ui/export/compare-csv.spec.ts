import { describe, expect, it } from 'vitest';
import type { WorkbenchResult } from '../../compute/model-api';
import type { ScorecardRow } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { parseCsv } from '../../../tests/support/parse-csv';
import { UTF8_BOM } from '../../export/cells';
import { buildCompareCsv } from './compare-csv';

const doc = (overrides: ScenarioDoc['overrides']): ScenarioDoc => ({ schemaVersion: 2, name: '', notes: '', overrides, tracked: {} }) as unknown as ScenarioDoc;

const ratio = (value: number, state: ScorecardRow['state']): ScorecardRow =>
  ({
    id: 'urban_rural_income_ratio',
    section: 1,
    kind: 'modeled',
    comparator: '<=',
    target: 1.9,
    value,
    gap: value - 1.9,
    state,
    basis: 'model',
    assumption: null,
    official: null,
    firstYearReached: null,
    trend: null,
    path: [],
  }) as ScorecardRow;

const years = [2020, 2021, 2022, 2023, 2024, 2025];
/** A result with the ratio target's row and a total fiscal cost of `perYear` yuan in each year 2021–2025. */
const result = (row: ScorecardRow, perYear: number): WorkbenchResult =>
  ({
    scenario: {
      years,
      outputs: {
        fiscal_cost_total: [0, perYear, perYear, perYear, perYear, perYear],
        fiscal_cost_total_cumulative: years.map((_, i) => perYear * i),
      },
    },
    scorecard: [row],
  }) as unknown as WorkbenchResult;

describe('the comparison CSV', () => {
  const text = buildCompareCsv(
    {
      names: ['Scenario on screen', 'Transfers-led'],
      docs: [
        doc({}),
        doc({
          dibao_uplift: {
            path: [
              [2021, 10],
              [2022, 20],
            ],
          },
        }),
      ],
      results: [result(ratio(1.95, 'missed'), 0), result(ratio(1.88, 'reached'), 1.25e9)],
    },
    'en',
  );
  const rows = parseCsv(text.slice(UTF8_BOM.length));
  const find = (id: string, year: string): string[] | undefined => rows.find((r) => r[1] === id && r[6] === year);

  it('is UTF-8 with a BOM, CRLF lines, and three columns per scenario after the row’s own', () => {
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([
      'Section',
      'Id',
      'Item',
      'Unit',
      'Comparator',
      'Threshold',
      'Year',
      'Verdicts differ',
      'Scenario on screen: value',
      'Scenario on screen: verdict',
      'Scenario on screen: basis',
      'Transfers-led: value',
      'Transfers-led: verdict',
      'Transfers-led: basis',
    ]);
    expect(new Set(rows.slice(1).map((r) => r.length))).toEqual(new Set([14]));
  });

  it('puts each target’s verdicts side by side, marking where they differ', () => {
    expect(find('urban_rural_income_ratio', '2025')).toEqual([
      'Scorecard',
      'urban_rural_income_ratio',
      expect.any(String),
      expect.any(String),
      '<=',
      '1.9',
      '2025',
      'yes',
      '1.95',
      'Missed',
      'Model',
      '1.88',
      'Reached',
      'Model',
    ]);
  });

  it('counts the targets met apart by basis', () => {
    expect(find('met.model', '2025')?.slice(8)).toEqual(['0', '', '', '1', '', '']);
    expect(find('met.trend', '2025')?.slice(8)).toEqual(['0', '', '', '0', '', '']);
  });

  it('has the total fiscal cost per year and its 2021–2025 sum, in whole yuan', () => {
    expect(find('fiscal_cost_total', '2023')?.slice(8)).toEqual(['0', '', '', '1250000000', '', '']);
    // Five years of 1.25 bn.
    expect(find('fiscal_cost_total_cumulative', '2021–2025')?.slice(8)).toEqual(['0', '', '', '6250000000', '', '']);
  });

  it('lists a differing schedule by the years it differs in, values as the model reads them', () => {
    const dibao = rows.filter((r) => r[1] === 'dibao_uplift');
    expect(dibao.map((r) => [r[6], r[8], r[11]])).toEqual([
      ['2021', '0', '10'],
      ['2022–2035', '0', '20'],
    ]);
    expect(dibao[0]![3]).toBe('%');
  });

  it('lists each custom indicator, matched by expression, with each scenario’s model value, its verdict, or that it lacks the indicator', () => {
    // Rural income per head over the province's in 2025: 35,000 / 56,000 = 0.625 on screen, 33,600 / 56,000 = 0.6 in the other.
    const withCustom = (r: WorkbenchResult, custom: unknown): WorkbenchResult => ({ ...r, custom }) as unknown as WorkbenchResult;
    const share = (id: string, value: number, state: string) => ({
      id,
      error: null,
      scenario: [null, null, null, null, null, value],
      verdict: { year: 2025, comparator: '>=', threshold: 0.62, value, gap: value - 0.62, state, firstYearReached: null },
    });
    const indicatorDocs = [
      {
        ...doc({}),
        indicators: [
          {
            id: 'rural_share',
            label: { en: 'Rural share' },
            expression: 'income_per_capita_rural / income_per_capita',
            target: { comparator: '>=', threshold: 0.62, year: 2025 },
          },
          { id: 'gdp_pct', label: { en: 'Income in GDP' }, expression: '100 * income_to_gdp_pc_ratio', unit: '%' },
        ],
      },
      {
        ...doc({}),
        indicators: [
          {
            id: 'ind_1',
            label: { en: 'Other name' },
            expression: 'income_per_capita_rural/income_per_capita',
            target: { comparator: '>=', threshold: 0.62, year: 2025 },
          },
        ],
      },
    ] as unknown as ScenarioDoc[];
    const input = {
      names: ['Scenario on screen', 'Library scenario'],
      docs: indicatorDocs,
      results: [
        withCustom(result(ratio(1.95, 'missed'), 0), [share('rural_share', 0.625, 'reached'), { id: 'gdp_pct', error: null, scenario: [0, 0, 0, 0, 0, 44.5] }]),
        withCustom(result(ratio(1.95, 'missed'), 0), [share('ind_1', 0.6, 'missed')]),
      ],
    };
    const all = parseCsv(buildCompareCsv(input, 'en').slice(UTF8_BOM.length));
    const custom = all.filter((r) => r[0] === 'Custom indicators');
    expect(custom).toEqual([
      [
        'Custom indicators',
        'income_per_capita_rural/income_per_capita',
        'Rural share',
        '',
        '>=',
        '0.62',
        '2025',
        'yes',
        '0.625',
        'Reached',
        'custom: ≥ 0.62 in 2025',
        '0.6',
        'Missed',
        'custom: ≥ 0.62 in 2025',
      ],
      [
        'Custom indicators',
        '100*income_to_gdp_pc_ratio',
        'Income in GDP',
        '%',
        '',
        '',
        '2025',
        'no',
        '44.5',
        'no target',
        'custom',
        '',
        'not in this scenario',
        '',
      ],
    ]);
    // The rows sit between the scorecard and the counts, and keep the file's width.
    expect(all.map((r) => r[0]).slice(1, 5)).toEqual(['Scorecard', 'Custom indicators', 'Custom indicators', 'Targets met']);
    expect(custom.every((r) => r.length === 14)).toBe(true);
    const zh = parseCsv(buildCompareCsv(input, 'zh').slice(UTF8_BOM.length)).filter((r) => r[0] === '自定义指标');
    expect(zh.map((r) => r.slice(9))).toEqual([
      ['已达标', '自定义：2025年 ≥ 0.62', '0.6', '未达标', '自定义：2025年 ≥ 0.62'],
      ['无目标', '自定义', '', '不在此情景中', ''],
    ]);
  });

  it('writes its headers and words in Chinese for the Chinese page', () => {
    const zh = parseCsv(buildCompareCsv({ names: ['当前情景'], docs: [doc({})], results: [result(ratio(1.95, 'missed'), 0)] }, 'zh').slice(UTF8_BOM.length));
    expect(zh[0]!.slice(0, 3)).toEqual(['部分', '代码', '项目']);
    expect(zh[1]!.slice(9, 11)).toEqual(['未达标', '模型']);
  });
});
