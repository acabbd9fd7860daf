import { describe, expect, it } from 'vitest';
import type { CustomIndicatorResult, WorkbenchResult } from '../../compute/model-api';
import type { CustomIndicatorDoc, ScenarioDoc } from '../../scenario/document';
import { compareCustomRows, expressionKey, expressionParts, matchCustomIndicators, type CompareCustomPresent } from './compare-custom';

const doc = (indicators: CustomIndicatorDoc[] | undefined): ScenarioDoc =>
  ({ schemaVersion: 3, name: '', notes: '', overrides: {}, tracked: {}, ...(indicators ? { indicators } : {}) }) as unknown as ScenarioDoc;

const RURAL = 'income_per_capita_rural / income_per_capita';
const GDP = '100 * income_to_gdp_pc_ratio';

describe('an expression’s identity across scenarios', () => {
  it('takes out the spaces around operators and at the ends, keeping one between two names or numbers', () => {
    expect(expressionKey(RURAL)).toBe('income_per_capita_rural/income_per_capita');
    expect(expressionKey('  income_per_capita_rural\t/\u00a0income_per_capita ')).toBe('income_per_capita_rural/income_per_capita');
    expect(expressionKey('100*income_to_gdp_pc_ratio')).toBe(expressionKey(GDP));
    expect(expressionKey('max( gini , 0.3 )')).toBe('max(gini,0.3)');
    // `a b` multiplies two outputs; `ab` would be another name: they stay apart.
    expect(expressionKey('gini   income_per_capita')).toBe('gini income_per_capita');
    expect(expressionKey('2 gini')).not.toBe(expressionKey('2gini'));
    expect(expressionKey('1 e3')).not.toBe(expressionKey('1e3'));
  });

  it('keeps a line break as one (it ends a comment) and leaves every other difference alone', () => {
    expect(expressionKey('gini # the Gini\n  + 0')).toBe('gini#the Gini\n+0');
    expect(expressionKey('gini # note\n+ 0')).not.toBe(expressionKey('gini # note + 0'));
    expect(expressionKey('0.5 * gini')).not.toBe(expressionKey('.5 * gini'));
    expect(expressionKey('gini + gdp')).not.toBe(expressionKey('gdp + gini'));
  });
});

describe('an expression as shown', () => {
  it('may wrap after an operator, a comma or a parenthesis, never inside a name', () => {
    expect(expressionParts('income_per_capita_rural / income_per_capita')).toEqual(['income_per_capita_rural /', ' income_per_capita']);
    expect(expressionParts('max(gini,0.3)*1e-3')).toEqual(['max(', 'gini,', '0.3)*', '1e-3']);
    expect(expressionParts('gini-1')).toEqual(['gini-', '1']);
    expect(expressionParts('gini')).toEqual(['gini']);
  });
});

describe('matching custom indicators across the compared scenarios', () => {
  it('matches by expression whatever the ids and names, in the order first met, each scenario’s first of an expression standing for it', () => {
    const docs = [
      doc([
        { id: 'rural_share', label: { en: 'Rural share' }, expression: RURAL },
        { id: 'gdp_pct', expression: GDP },
      ]),
      doc(undefined),
      doc([
        { id: 'ind_1', expression: 'income_per_capita  *  2' },
        { id: 'ind_2', label: { en: 'Rural over all' }, expression: 'income_per_capita_rural/income_per_capita' },
        { id: 'ind_3', label: { en: 'Same again' }, expression: RURAL },
      ]),
    ];
    const matched = matchCustomIndicators(docs);
    expect(matched.map((m) => [m.key, m.first, m.entries.map((e) => e && [e.indicator.id, e.index])])).toEqual([
      ['income_per_capita_rural/income_per_capita', 0, [['rural_share', 0], undefined, ['ind_2', 1]]],
      ['100*income_to_gdp_pc_ratio', 0, [['gdp_pct', 1], undefined, undefined]],
      ['income_per_capita*2', 2, [undefined, undefined, ['ind_1', 0]]],
    ]);
  });
});

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
const at = (values: Record<number, number>): (number | null)[] => YEARS.map((year) => values[year] ?? null);

/** A run's result with only what the comparison reads: the years and the model's custom indicators. */
const result = (custom: CustomIndicatorResult[]): WorkbenchResult =>
  ({ scenario: { years: YEARS, outputs: {} }, scorecard: [], custom }) as unknown as WorkbenchResult;

/** A custom indicator's result as the model gives it: the scenario's values per year and, with a target, the verdict. */
const custom = (id: string, values: (number | null)[], verdict?: Partial<NonNullable<CustomIndicatorResult['verdict']>>): CustomIndicatorResult =>
  ({ id, error: null, scenario: values, modifiedBaseline: values, baseline: values, ...(verdict ? { verdict } : {}) }) as CustomIndicatorResult;

describe('the custom rows of the Compare view', () => {
  // The scenarios' 2025 outputs: rural income per head 35,000, 33,600 and 36,400 yuan against
  // 56,000 for the province in each, so the rural share is 35,000 / 56,000 = 0.625,
  // 33,600 / 56,000 = 0.6 and 36,400 / 56,000 = 0.65. Income over GDP per head: 0.44 in the first
  // scenario and 0.46 in the third in 2030, so 100 × the ratio is 44 and 46.
  const docs = [
    doc([
      {
        id: 'rural_share',
        label: { en: 'Rural share', zh: '农村收入占比' },
        expression: RURAL,
        unit: 'ratio',
        target: { comparator: '>=', threshold: 0.62, year: 2025 },
      },
      { id: 'gdp_pct', expression: GDP },
    ]),
    doc([
      {
        id: 'ind_1',
        label: { en: 'Rural/all' },
        expression: 'income_per_capita_rural/income_per_capita',
        target: { comparator: '>=', threshold: 0.62, year: 2025 },
      },
    ]),
    doc([
      { id: 'x', label: { en: 'Income in GDP' }, expression: '100*income_to_gdp_pc_ratio', target: { comparator: '>=', threshold: 45, year: 2030 } },
      { id: 'y', expression: RURAL, target: { comparator: '>=', threshold: 0.65, year: 2025 } },
    ]),
  ];
  const results = [
    result([custom('rural_share', at({ 2025: 0.625 }), { state: 'reached', value: 0.625 }), custom('gdp_pct', at({ 2025: 43, 2030: 44 }))]),
    result([custom('ind_1', at({ 2025: 0.6 }), { state: 'missed', value: 0.6 })]),
    result([custom('x', at({ 2025: 45.5, 2030: 46 }), { state: 'reached', value: 46 }), custom('y', at({ 2025: 0.65 }), { state: 'reached', value: 0.65 })]),
  ];

  it('shows each scenario’s value in the row’s target year, its verdict, and says so where a scenario lacks the indicator', () => {
    const [rural, gdp] = compareCustomRows(docs, results, 'en');
    // Named, united and targeted as in the first scenario; every value in 2025, three significant digits.
    expect([rural!.name, rural!.expression, rural!.unit, rural!.year, rural!.targetText]).toEqual([
      'Rural share',
      RURAL,
      'ratio',
      2025,
      '≥ 0.62 ratio in 2025',
    ]);
    expect(rural!.cells.map((c) => (c.kind === 'present' ? [c.id, c.value, c.status, c.ownTarget] : c.text))).toEqual([
      ['rural_share', '0.625 ratio', 'Reached ✓', undefined],
      ['ind_1', '0.600 ratio', 'Missed ✗', undefined],
      // Judged on its own target (≥ 0.65), which the cell names.
      ['y', '0.650 ratio', 'Reached ✓', "this scenario's target: ≥ 0.65 ratio in 2025"],
    ]);
    expect(rural!.differs).toBe(true);

    // The third scenario's target (2030) is the row's; the first has no target there; the second lacks the indicator.
    expect([gdp!.name, gdp!.year, gdp!.targetText]).toEqual(['Custom indicator 2', 2030, '≥ 45 in 2030']);
    expect(gdp!.cells.map((c) => (c.kind === 'present' ? [c.number, c.value, c.state, c.status] : [c.kind, c.text]))).toEqual([
      [44, '44.0', 'none', 'no target'],
      ['absent', 'not in this scenario'],
      [46, '46.0', 'reached', 'Reached ✓'],
    ]);
    // One verdict only: nothing to differ.
    expect(gdp!.differs).toBe(false);
  });

  it('writes the section in Chinese for the Chinese page, the name from the first scenario', () => {
    const [rural, gdp] = compareCustomRows(docs, results, 'zh');
    expect([rural!.name, rural!.targetText]).toEqual(['农村收入占比', '2025年 ≥ 0.62 ratio']);
    expect((rural!.cells[1] as CompareCustomPresent).status).toBe('未达标 ✗');
    expect((rural!.cells[2] as CompareCustomPresent).ownTarget).toBe('本情景目标：2025年 ≥ 0.65 ratio');
    expect(gdp!.cells[1]).toEqual({ kind: 'absent', text: '不在此情景中' });
    expect((gdp!.cells[0] as CompareCustomPresent).status).toBe('无目标');
  });

  it('reads 2025 when no scenario sets a target, and gives the model’s problem where there is no value', () => {
    const two = [
      doc([{ id: 'a', expression: 'gini / (gini - gini)' }]),
      doc([{ id: 'b', expression: 'gini/(gini-gini)', target: { comparator: '<', threshold: 1, year: 2025 } }]),
    ];
    const problem = {
      kind: 'division-by-zero',
      position: 5,
      year: 2021,
      message: { en: '2021, character 6: the divisor is 0', zh: '2021 年，第 6 个字符：除数为 0' },
    } as const;
    const none = YEARS.map(() => null);
    const [row] = compareCustomRows(
      two,
      [result([{ ...custom('a', none), error: problem }]), result([{ ...custom('b', none, { state: 'no_data', value: null }), error: problem }])],
      'en',
    );
    expect([row!.year, row!.targetText]).toEqual([2025, '< 1 in 2025']);
    expect(row!.cells.map((c) => c.kind === 'present' && [c.number, c.value, c.state, c.problem])).toEqual([
      [null, '—', 'none', 'Division by zero: 2021, character 6: the divisor is 0'],
      [null, '—', 'no_data', 'Division by zero: 2021, character 6: the divisor is 0'],
    ]);
    const [noTarget] = compareCustomRows([doc([{ id: 'a', expression: 'gini' }])], [result([custom('a', at({ 2025: 0.31 }))])], 'en');
    expect([noTarget!.year, noTarget!.targetText, (noTarget!.cells[0] as CompareCustomPresent).value]).toEqual([2025, 'no target (2025 value)', '0.310']);
  });

  it('has no rows when no compared scenario has a custom indicator', () => {
    expect(compareCustomRows([doc(undefined), doc([])], [result([]), result([])], 'en')).toEqual([]);
  });
});
