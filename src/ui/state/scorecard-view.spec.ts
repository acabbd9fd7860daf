import { describe, expect, it } from 'vitest';
import { PLAN_SECTIONS, PLAN_TARGETS, type PlanComparator, type ScorecardRow, type TargetState } from '../../model/catalog';
import { MINUS } from '../format/target-units';
import {
  allZero,
  basisText,
  countByBasis,
  filterRows,
  formatComparatorTarget,
  formatFiscalPercent,
  formatFiscalYuan,
  rowCells,
  sectionsWithTargets,
  sortRows,
  splitUnit,
  statusText,
  summaryText,
  targetLabel,
} from './scorecard-view';

function row(
  id: string,
  state: TargetState,
  value: number | null,
  target: number | null,
  comparator?: PlanComparator,
  extra: Partial<ScorecardRow> = {},
): ScorecardRow {
  const plan = PLAN_TARGETS.find((t) => t.id === id)!;
  return {
    ...{
      id,
      section: plan.section,
      kind: plan.kind,
      comparator: comparator ?? plan.comparator,
      target,
      value,
      gap: value === null || target === null ? null : value - target,
      state,
      firstYearReached: state === 'reached' ? 2023 : null,
      trend: null,
      path: [],
      basis: plan.kind === 'modeled' ? 'model' : state === 'no_data' ? null : 'trend',
      assumption: null,
      official: null,
    },
    ...extra,
  };
}

const rows: ScorecardRow[] = [
  row('income_per_capita', 'within_reach', 69978, 75000), // 6.7 % short
  row('labour_share_gdp', 'reached', 51.2, 50), // 2.4 % beyond
  row('urban_rural_income_ratio', 'reached', 1.86, 1.9), // ≤: 2.1 % beyond
  row('childcare_slots', 'no_data', null, 4.5),
  row('life_expectancy', 'missed', 79.2, 80), // 1 % short
  row('skilled_talent_total', 'missed', 1013, 1150), // 11.9 % short
  row('urban_unemployment_rate', 'missed', 6.6, 5.5), // <: 20 % short, the worst
];

describe('sorting', () => {
  it('by gap puts the worst (relative shortfall) first and rows without data last', () => {
    expect(sortRows(rows, 'gap').map((r) => r.id)).toEqual([
      'urban_unemployment_rate',
      'skilled_talent_total',
      'income_per_capita',
      'life_expectancy',
      'urban_rural_income_ratio',
      'labour_share_gdp',
      'childcare_slots',
    ]);
  });

  it('by plan order restores the plan sequence', () => {
    const shuffled = [...rows].reverse();
    const planIndex = (id: string): number => PLAN_TARGETS.findIndex((t) => t.id === id);
    const sorted = sortRows(shuffled, 'plan').map((r) => planIndex(r.id));
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
  });
});

describe('filtering', () => {
  it('keeps only the chosen plan section', () => {
    expect(filterRows(rows, { section: 3, kind: 'all' }).map((r) => r.id)).toEqual(['urban_unemployment_rate']);
    expect(filterRows(rows, { section: 'all', kind: 'all' })).toHaveLength(rows.length);
    expect(filterRows(rows, { section: 1, kind: 'all' }).every((r) => r.section === 1)).toBe(true);
  });

  it('keeps only modelled or tracked rows', () => {
    expect(filterRows(rows, { section: 'all', kind: 'tracked' }).map((r) => r.id)).toEqual(['childcare_slots', 'life_expectancy', 'skilled_talent_total']);
    expect(filterRows(rows, { section: 1, kind: 'modeled' }).map((r) => r.id)).toEqual(['income_per_capita', 'labour_share_gdp', 'urban_rural_income_ratio']);
  });

  it('offers every section that has targets', () => {
    const sections = sectionsWithTargets();
    expect(sections).toEqual([1, 2, 3, 4, 5, 7, 8]);
    for (const s of sections) expect(PLAN_SECTIONS[s]).toBeDefined();
  });
});

describe('status and summary', () => {
  it('writes each state as text and icon in both languages', () => {
    expect(statusText('reached', 'zh')).toBe('已达标 ✓');
    expect(statusText('within_reach', 'zh')).toBe('接近 ◐');
    expect(statusText('missed', 'zh')).toBe('未达标 ✗');
    expect(statusText('no_data', 'zh')).toBe('无数据 –');
    expect(statusText('reached', 'en')).toBe('Reached ✓');
    expect(statusText('within_reach', 'en')).toBe('Within reach ◐');
    expect(statusText('missed', 'en')).toBe('Missed ✗');
    expect(statusText('no_data', 'en')).toBe('No data –');
  });

  it('counts verdicts apart by basis, and the rows without a verdict apart from them', () => {
    // rows: model — 1 within reach, 2 reached, 1 missed; trend — 2 missed; 1 without data.
    const counts = countByBasis(rows);
    expect(counts).toEqual({
      verdicts: {
        model: { reached: 2, within_reach: 1, missed: 1 },
        'assumed-level': { reached: 0, within_reach: 0, missed: 0 },
        trend: { reached: 0, within_reach: 0, missed: 2 },
      },
      not_projected: 0,
      no_data: 1,
    });
    const mixed = [
      ...rows,
      row('urban_unemployment_rate', 'reached', 5, 5.5, undefined, { basis: 'assumed-level', assumption: 'unemployment_2020' }),
      row('market_entities', 'not_projected', null, 11, undefined, { basis: null, official: { value: 8.68, year: 2020 } }),
    ];
    expect(countByBasis(mixed)).toMatchObject({ verdicts: { 'assumed-level': { reached: 1, within_reach: 0, missed: 0 } }, not_projected: 1, no_data: 1 });
  });

  it('writes the summary one basis at a time, never one reached count over all', () => {
    const counts = countByBasis([
      ...rows,
      row('urban_unemployment_rate', 'reached', 5, 5.5, undefined, { basis: 'assumed-level', assumption: 'unemployment_2020' }),
      row('market_entities', 'not_projected', null, 11, undefined, { basis: null, official: { value: 8.68, year: 2020 } }),
    ]);
    expect(summaryText(counts, 9, 66, 'zh')).toBe(
      '模型：已达标 2 · 接近 1 · 未达标 1 ｜ 假设水平：已达标 1 · 接近 0 · 未达标 0 ｜ 趋势：已达标 0 · 接近 0 · 未达标 2 ｜ 未预测 1 · 无数据 1（显示 9 / 66 项）',
    );
    expect(summaryText(counts, 66, 66, 'en')).toBe(
      'Model: reached 2 · within reach 1 · missed 1 | Assumed level: reached 1 · within reach 0 · missed 0 | Trend (user): reached 0 · within reach 0 · missed 2 | not projected 1 · no data 1 (66 targets)',
    );
    // A basis without verdicts is left out.
    expect(summaryText(countByBasis(rows.filter((r) => r.kind === 'modeled')), 4, 66, 'en')).toBe(
      'Model: reached 2 · within reach 1 · missed 1 | not projected 0 · no data 0 (showing 4 of 66)',
    );
  });

  it('filters by basis, rows without a verdict under "none"', () => {
    const mixed = [...rows, row('market_entities', 'not_projected', null, 11, undefined, { basis: null, official: { value: 8.68, year: 2020 } })];
    expect(filterRows(mixed, { section: 'all', kind: 'all', basis: 'trend' }).map((r) => r.id)).toEqual(['life_expectancy', 'skilled_talent_total']);
    expect(filterRows(mixed, { section: 'all', kind: 'all', basis: 'none' }).map((r) => r.id)).toEqual(['childcare_slots', 'market_entities']);
    expect(filterRows(mixed, { section: 'all', kind: 'all', basis: 'model' })).toHaveLength(4);
  });

  it('names the assumption an assumed-level verdict rests on, by its catalog label', () => {
    const assumed = row('urban_unemployment_rate', 'reached', 5, 5.5, '<', { basis: 'assumed-level', assumption: 'unemployment_2020' });
    const zh = basisText(assumed, 'zh');
    expect(zh.text).toBe('假设水平');
    expect(zh.description).toContain('2020');
    expect(basisText(assumed, 'en').text).toBe('Assumed level');
    expect(basisText(rows[0]!, 'zh').text).toBe('模型');
    expect(basisText(rows[4]!, 'en').text).toBe('Trend (user)');
  });
});

describe('comparators and cells', () => {
  it('writes the comparator before the target in its unit', () => {
    expect(formatComparatorTarget('>=', 75000, 'yuan/person/year (current prices)', 'zh')).toBe('≥ 7.5万元');
    expect(formatComparatorTarget('>=', 75000, 'yuan/person/year (current prices)', 'en')).toBe('≥ 75,000 yuan');
    expect(formatComparatorTarget('<=', 1.9, 'ratio', 'zh')).toBe('≤ 1.9');
    expect(formatComparatorTarget('>', 50, '%', 'en')).toBe('> 50%');
    expect(formatComparatorTarget('<', 5.5, '%', 'zh')).toBe('< 5.5%');
    expect(formatComparatorTarget('rising', 0.5245, 'ratio', 'zh')).toBe('持续提高（2020年 0.52）');
    expect(formatComparatorTarget('rising', null, 'ratio', 'en')).toBe('keeps rising');
  });

  it('writes a row: value, target, signed gap, status, first year, basis', () => {
    expect(rowCells(row('income_per_capita', 'within_reach', 69977.74, 75000), 'zh')).toEqual({
      label: '居民人均可支配收入',
      value: '7.00万元',
      target: '≥ 7.5万元',
      gap: `${MINUS}0.50万元`,
      status: '接近 ◐',
      firstYear: '2035年前未达',
      basis: '模型',
      basisDescription: '模型测算：由模型机制根据2020年及以前的数据计算',
      official: null,
    });
    const noData = rowCells(row('childcare_slots', 'no_data', null, 4.5), 'en');
    expect(noData).toMatchObject({ value: '–', gap: '–', status: 'No data –', target: '≥ 4.5 per 1,000 people', firstYear: '–', official: null });
  });

  it('shows a value with the digits that agree with its status', () => {
    // 1.9004 ≤ 1.9 is missed: "1.90" would read as met.
    expect(rowCells(row('urban_rural_income_ratio', 'missed', 1.9004, 1.9), 'en').value).toBe('1.9004');
    expect(rowCells(row('urban_rural_income_ratio', 'reached', 1.8561, 1.9), 'en').value).toBe('1.86');
    // −0.00004 ≥ 0 is missed: "0.0个百分点" would read as met.
    expect(rowCells(row('dibao_growth_vs_income_growth', 'missed', -0.00004, 0), 'zh').value).toBe(`${MINUS}0.00004个百分点`);
  });

  it('shows a target not projected with its official value and year, and no first year', () => {
    const cells = rowCells(row('life_expectancy', 'not_projected', null, 80, undefined, { basis: null, official: { value: 79.2, year: 2019 } }), 'zh');
    expect(cells).toMatchObject({
      value: '2019年 79.2年',
      official: { value: '79.2年', year: '2019年' },
      status: '未预测 …',
      firstYear: '–',
      gap: '–',
      basis: '—',
    });
    expect(rowCells(row('life_expectancy', 'not_projected', null, 80, undefined, { basis: null, official: { value: 79.2, year: 2019 } }), 'en').value).toBe(
      '79.2 years (2019)',
    );
  });

  it('drops Chinese names in brackets from English labels', () => {
    const target = PLAN_TARGETS.find((t) => t.id === 'rural_entrepreneurs')!;
    expect(targetLabel(target, 'en')).toBe('Rural entrepreneurs cultivated');
    for (const t of PLAN_TARGETS) expect(targetLabel(t, 'en')).not.toMatch(/[\u3400-\u9fff]/);
  });
});

describe('fiscal formats', () => {
  it('treats float noise as zero', () => {
    expect(allZero([0, 1e-7, -0.2, undefined])).toBe(true);
    expect(allZero([0, 3.7e9])).toBe(false);
  });

  it('writes 亿元 in Chinese, bn yuan in English, negatives with a minus sign', () => {
    expect(formatFiscalYuan(4.004e10, 'zh')).toBe('400.4');
    expect(formatFiscalYuan(4.004e10, 'en')).toBe('40.04');
    expect(formatFiscalYuan(2.0325e11, 'zh')).toBe('2,032.5');
    expect(formatFiscalYuan(-8.1e8, 'zh')).toBe(`${MINUS}8.1`);
    expect(formatFiscalYuan(-1, 'zh')).toBe('0.0');
    expect(formatFiscalPercent(-0.1, 'en')).toBe(`${MINUS}0.10%`);
  });
});

describe('splitUnit', () => {
  it('splits the number from its unit so cells wrap between them', () => {
    expect(splitUnit('+1.2个百分点')).toEqual({ number: '+1.2', spaced: false, unit: '个百分点' });
    expect(splitUnit(`${MINUS}5,022 yuan`)).toEqual({ number: `${MINUS}5,022`, spaced: true, unit: 'yuan' });
    expect(splitUnit('≥ 1,100万户')).toEqual({ number: '≥ 1,100', spaced: false, unit: '万户' });
    expect(splitUnit('1.86')).toEqual({ number: '1.86', spaced: false, unit: '' });
    expect(splitUnit('持续提高（2020年 0.52）')).toEqual({ number: '', spaced: false, unit: '持续提高（2020年 0.52）' });
  });
});
