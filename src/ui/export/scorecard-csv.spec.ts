import { describe, expect, it } from 'vitest';
import { findParameter, type ScorecardRow } from '../../model/catalog';
import { parseCsv } from '../../../tests/support/parse-csv';
import { UTF8_BOM } from '../../export/cells';
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
      '2025年值',
      '目标值',
      '比较方式',
      '状态',
      '判断依据',
      '所依假设',
      '首次达标年份',
    ]);
    expect(body(buildScorecardCsv(rows, 'en'))[0]).toEqual([
      'Target id',
      'Target',
      '2025 value',
      'Target value',
      'Comparator',
      'Status',
      'Basis',
      'Assumption',
      'First year reached',
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
    ]);
    // Not projected: no value, no basis.
    expect(life).toEqual(['life_expectancy', expect.any(String), '', '80', '>=', 'Not projected', '', '', '']);
  });

  it('writes statuses and bases in Chinese in the Chinese file', () => {
    const [, ratio, unemployment, life] = body(buildScorecardCsv(rows, 'zh'));
    expect(ratio!.slice(5, 7)).toEqual(['未达标', '模型']);
    expect(unemployment!.slice(5, 7)).toEqual(['已达标', '假设水平']);
    expect(life!.slice(5, 7)).toEqual(['未预测', '']);
  });
});
