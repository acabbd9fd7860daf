import { describe, expect, it } from 'vitest';
import { OUTPUTS, outputDecimals, type ScenarioResult, type WhoGainsGroup, type WhoGainsYear, type WorkbenchResult } from '../model/catalog';
import { parseCsv } from '../../tests/support/parse-csv';
import { guardFormula, numberCell, quoteField, significantCell, UTF8_BOM } from './cells';
import { assumptionsDiffer, buildResultsCsv, type CsvLayout } from './results-csv';
import type { CsvLanguage } from './csv-text';

const buildCsv = (result: WorkbenchResult, language: CsvLanguage, layout: CsvLayout = 'long'): string => buildResultsCsv(result, layout, language);
/** A value as the CSV states it: rounded to its output's decimals. */
const rounded = (id: string, values: readonly number[]): number[] => {
  const output = OUTPUTS.find((o) => o.id === id)!;
  return values.map((v) => Number(v.toFixed(outputDecimals(output))));
};

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);

/** A result whose every output holds distinct, awkward numbers (long decimals, negatives, large). */
function run(shift: number, override: Record<string, number[]> = {}): ScenarioResult {
  const outputs: Record<string, number[]> = {};
  OUTPUTS.forEach((o, k) => {
    outputs[o.id] = YEARS.map((_, i) => (k % 3 === 0 ? -1 : 1) * (1234.56789012345 * (k + 1) + i / 3 + shift) * (k % 5 === 0 ? 1e9 : 1));
  });
  return { modelVersion: '1.0.0', years: [...YEARS], outputs: { ...outputs, ...override }, targets: [], distributions: [], whoGains: [] };
}

function result(modifiedShift = 0): WorkbenchResult {
  return { scenario: run(7), modifiedBaseline: run(modifiedShift), baseline: run(0), scorecard: [] };
}

function body(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  return parseCsv(csv.slice(UTF8_BOM.length));
}

describe('buildResultsCsv, long layout', () => {
  it('writes the headers in the chosen language, then one column per year', () => {
    const [zhHeader] = body(buildCsv(result(), 'zh'));
    const [enHeader] = body(buildCsv(result(), 'en'));
    expect(zhHeader).toEqual(['指标代码', '指标', '单位', '序列', ...YEARS.map(String)]);
    expect(enHeader).toEqual(['Output id', 'Output', 'Unit', 'Series', ...YEARS.map(String)]);
  });

  it("has a row per output and series, labels and units in the language, values the result's rounded to the output's precision", () => {
    const r = result();
    const rows = body(buildCsv(r, 'en')).slice(1);
    // No assumption changed: scenario and baseline only.
    expect(rows).toHaveLength(OUTPUTS.length * 2);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(OUTPUTS.map((o) => o.id)));
    for (const row of rows) {
      const output = OUTPUTS.find((o) => o.id === row[0])!;
      expect(row[1]).toBe(output.label.en);
      const source = row[3] === 'Scenario' ? r.scenario : row[3] === 'Baseline' ? r.baseline : undefined;
      expect(source, row[3]).toBeDefined();
      expect(row.slice(4).map(Number)).toEqual(rounded(output.id, source!.outputs[output.id]!));
    }
    const income = rows.find((row) => row[0] === 'income_per_capita' && row[3] === 'Scenario')!;
    expect(income.slice(1, 3)).toEqual(['Per-capita disposable income', 'yuan per person a year']);
  });

  it('writes Chinese labels, units and series names in Chinese', () => {
    const rows = body(buildCsv(result(), 'zh')).slice(1);
    expect(rows[0]!.slice(0, 4)).toEqual(['income_per_capita', '全体居民人均可支配收入', '元/人·年', '情景']);
    expect(rows[1]!.slice(0, 4)).toEqual(['income_per_capita', '全体居民人均可支配收入', '元/人·年', '基准']);
  });

  it('adds the modified baseline between scenario and baseline when assumptions differ', () => {
    const r = result(3);
    expect(assumptionsDiffer(r)).toBe(true);
    const rows = body(buildCsv(r, 'zh')).slice(1);
    expect(rows).toHaveLength(OUTPUTS.length * 3);
    expect(rows.slice(0, 3).map((row) => row[3])).toEqual(['情景', '基准（按当前假设）', '基准']);
    expect(rows[1]!.slice(4).map(Number)).toEqual(rounded('income_per_capita', r.modifiedBaseline.outputs['income_per_capita']!));
  });

  it('writes numbers rounded to the output\'s precision, with a "." decimal and no separators, empty for missing values', () => {
    const income = YEARS.map((_, i) => (i === 0 ? 52396.99999999758 : 1234567.5));
    const r: WorkbenchResult = { ...result(), scenario: run(7, { gini: YEARS.map((_, i) => (i === 3 ? Number.NaN : 0.1 + 0.2)), income_per_capita: income }) };
    const csv = buildCsv(r, 'zh');
    const gini = body(csv).find((row) => row[0] === 'gini' && row[3] === '情景')!;
    // Gini is a ratio (3 decimals): 0.30000000000000004 is written 0.3, not with float noise.
    expect(gini[4]).toBe('0.3');
    expect(gini[7]).toBe('');
    const big = body(csv).find((row) => row[0] === 'income_per_capita' && row[3] === '情景')!;
    // Yuan are whole: 52396.99999999758 is 52397; 1234567.5 rounds half away from zero to 1234568.
    expect(big[4]).toBe('52397');
    expect(big[5]).toBe('1234568');
  });

  it("never writes float noise: every number has at most its output's decimals, in both layouts", () => {
    const decimalsOf = (cell: string): number => cell.split('.')[1]?.length ?? 0;
    const long = body(buildCsv(result(3), 'en', 'long')).slice(1);
    for (const row of long) {
      const output = OUTPUTS.find((o) => o.id === row[0])!;
      for (const cell of row.slice(4)) expect(decimalsOf(cell), `${output.id} ${cell}`).toBeLessThanOrEqual(outputDecimals(output));
    }
    const [header, ...wide] = body(buildCsv(result(3), 'en', 'wide'));
    for (const row of wide) {
      row.slice(2).forEach((cell, i) => {
        const output = OUTPUTS.find((o) => o.id === header![i + 2])!;
        expect(decimalsOf(cell), `${output.id} ${cell}`).toBeLessThanOrEqual(outputDecimals(output));
      });
    }
  });

  it('ends every line with CRLF and quotes fields with commas (English fiscal labels)', () => {
    const csv = buildCsv(result(), 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const fiscal = OUTPUTS.find((o) => o.label.en.includes(','))!;
    expect(csv).toContain(`${fiscal.id},"${fiscal.label.en}",`);
    const row = body(csv).find((r) => r[0] === fiscal.id)!;
    expect(row[1]).toBe(fiscal.label.en);
    expect(row).toHaveLength(4 + YEARS.length);
  });

  it('leaves out outputs the result does not hold', () => {
    const r = result();
    const outputs = { ...r.scenario.outputs };
    delete outputs['gini'];
    const rows = body(buildCsv({ ...r, scenario: { ...r.scenario, outputs } }, 'en')).slice(1);
    expect(rows.some((row) => row[0] === 'gini')).toBe(false);
  });
});

describe('CSV cells', () => {
  it('quotes fields with a comma, quote or line break, doubling quotes', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\r')).toBe('"cr\r"');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    for (const risky of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(guardFormula(risky)).toBe(`'${risky}`);
    for (const safe of ['收入', 'Output', "'quoted", ' =a', 'a=b']) expect(guardFormula(safe)).toBe(safe);
    // Guarded first, then quoted: the quote goes inside the field.
    expect(quoteField(guardFormula('=HYPERLINK("x")'))).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('rounds a number to the decimals asked for, in its shortest form and never as -0', () => {
    expect(numberCell(52396.99999999758, 0)).toBe('52397');
    expect(numberCell(0.1 + 0.2, 2)).toBe('0.3');
    expect(numberCell(1.23456, 3)).toBe('1.235');
    expect(numberCell(-0.0001, 2)).toBe('0');
    expect(numberCell(2, 4)).toBe('2');
  });

  it('writes numbers unguarded (a negative number is data, not a formula)', () => {
    expect(numberCell(-1234.5)).toBe('-1234.5');
    expect(numberCell(1e21)).toBe('1e+21');
    expect(numberCell(null)).toBe('');
    expect(numberCell(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('who gains in the CSV', () => {
  const group = (shift: number): WhoGainsGroup => ({
    decileBaselineMean: Array.from({ length: 10 }, (_, d) => 10000 * (d + 1) + shift),
    decileChange: Array.from({ length: 10 }, (_, d) => 100 - d * 25.5 + shift),
    decilePercentChange: Array.from({ length: 10 }, (_, d) => 1 / (d + 1) + shift),
    meanChange: -12.25 + shift,
    percentChange: -0.03 + shift,
    gainShare: 30 + shift,
    loseShare: 20,
    noChangeShare: 50 - shift,
    baselineBelow: [100, 200, 300],
    scenarioBelow: [90, 210, 300 + shift],
    belowChange: [-10, 10, shift],
  });
  const whoGains: WhoGainsYear[] = YEARS.map((year, i) => ({
    year,
    cuts: { all: group(i), urban: group(i + 0.5), rural: group(i + 0.25), mountain: group(-i) },
  }));
  const withGains = (): WorkbenchResult => ({ ...result(), scenario: { ...run(7), whoGains } });

  it('adds a row per cut, measure and decile or line multiple, values as the result holds them year by year', () => {
    const rows = body(buildCsv(withGains(), 'en')).slice(1);
    const gains = rows.filter((row) => row[0]!.startsWith('who_gains.'));
    // 4 cuts × (3 decile measures × 10 + 5 measures of the cut + 3 line measures × 3).
    expect(gains).toHaveLength(4 * (30 + 5 + 9));
    const d3 = gains.find((row) => row[0] === 'who_gains.rural.decileChange.d3')!;
    expect(d3.slice(1, 4)).toEqual([
      'Change in per-capita income by decile · Rural · decile 3',
      'yuan per person a year',
      'Scenario vs baseline (same assumptions)',
    ]);
    // Yuan are stated whole: 100 − 2 × 25.5 + i + 0.25 = 49.25 + i is written 49 + i.
    expect(d3.slice(4).map(Number)).toEqual(whoGains.map((_, i) => 49 + i));
    const line = gains.find((row) => row[0] === 'who_gains.mountain.scenarioBelow.x1.5')!;
    expect(line.slice(4).map(Number)).toEqual(YEARS.map(() => 210));
    const share = gains.find((row) => row[0] === 'who_gains.all.gainShare')!;
    expect(share.slice(4).map(Number)).toEqual(YEARS.map((_, i) => 30 + i));
  });

  it('labels the who-gains rows in Chinese in the Chinese file', () => {
    const rows = body(buildCsv(withGains(), 'zh')).slice(1);
    const row = rows.find((r) => r[0] === 'who_gains.mountain.decileChange.d1')!;
    expect(row.slice(1, 4)).toEqual(['人均可支配收入变化（按十分位） · 26个山区县 · 第1个十分位组', '元/人·年', '情景较同一假设下的基准']);
  });
});

describe('buildResultsCsv on a tiny result (expected text written by hand)', () => {
  const tiny = (income: number[], gini: number[]): ScenarioResult => ({
    modelVersion: '2.0.0',
    years: [2020, 2021],
    outputs: { income_per_capita: income, gini },
    targets: [],
    distributions: [],
    whoGains: [],
  });
  const baseline = tiny([52396.99999999758, 53000], [0.30000000000000004, 0.3]);
  const r: WorkbenchResult = {
    scenario: tiny([52396.99999999758, 54000.4], [0.30000000000000004, 0.29876]),
    modifiedBaseline: baseline,
    baseline,
    scorecard: [],
  };

  it('long: a row per output and series, a column per year', () => {
    expect(buildResultsCsv(r, 'long', 'en')).toBe(
      '\uFEFF' +
        'Output id,Output,Unit,Series,2020,2021\r\n' +
        'income_per_capita,Per-capita disposable income,yuan per person a year,Scenario,52397,54000\r\n' +
        'income_per_capita,Per-capita disposable income,yuan per person a year,Baseline,52397,53000\r\n' +
        'gini,Gini of per-capita income,ratio,Scenario,0.3,0.299\r\n' +
        'gini,Gini of per-capita income,ratio,Baseline,0.3,0.3\r\n',
    );
  });

  it('wide: a row per series and year, a column per output id', () => {
    expect(buildResultsCsv(r, 'wide', 'zh')).toBe(
      '\uFEFF' +
        '序列,年份,income_per_capita,gini\r\n' +
        '情景,2020,52397,0.3\r\n' +
        '情景,2021,54000,0.299\r\n' +
        '基准,2020,52397,0.3\r\n' +
        '基准,2021,53000,0.3\r\n',
    );
  });
});

describe('buildResultsCsv with custom indicators (expected text written by hand)', () => {
  // Income 50,000 and 54,000 yuan, rural 30,000 and 33,750: the rural share is 0.6 then 0.625 in
  // the scenario; the baseline's 2021 rural 32,000 of 53,000 is 0.60377358490566… (0.6037735849
  // at ten significant digits).
  const tiny = (income: number[], rural: number[]): ScenarioResult => ({
    modelVersion: '2.0.0',
    years: [2020, 2021],
    outputs: { income_per_capita: income, income_per_capita_rural: rural },
    targets: [],
    distributions: [],
    whoGains: [],
  });
  const scenario = tiny([50000, 54000], [30000, 33750]);
  const baseline = tiny([50000, 53000], [30000, 32000]);
  const share = (run: ScenarioResult): number[] => run.outputs['income_per_capita_rural']!.map((rural, i) => rural / run.outputs['income_per_capita']![i]!);
  const r: WorkbenchResult = {
    scenario,
    modifiedBaseline: baseline,
    baseline,
    scorecard: [],
    custom: [
      { id: 'rural_share', error: null, scenario: share(scenario), modifiedBaseline: share(baseline), baseline: share(baseline) },
      // An expression the model could not evaluate: no value in any year.
      {
        id: 'broken',
        error: { kind: 'unknown-name', position: 0, name: 'nope', message: { en: 'x', zh: 'x' } },
        scenario: [null, null],
        modifiedBaseline: [null, null],
        baseline: [null, null],
      },
    ],
  };
  const indicators = [
    {
      id: 'rural_share',
      label: { zh: '农村收入占比', en: 'Rural share, of income' },
      expression: 'income_per_capita_rural / income_per_capita',
      unit: 'ratio',
    },
    { id: 'broken', expression: 'nope' },
  ];

  it('long: after the outputs, a row per indicator and series, id custom.<id>, its name marked custom and its unit; empty cells where it has no value', () => {
    expect(buildResultsCsv(r, 'long', 'en', indicators)).toBe(
      '\uFEFF' +
        'Output id,Output,Unit,Series,2020,2021\r\n' +
        'income_per_capita,Per-capita disposable income,yuan per person a year,Scenario,50000,54000\r\n' +
        'income_per_capita,Per-capita disposable income,yuan per person a year,Baseline,50000,53000\r\n' +
        `income_per_capita_rural,${OUTPUTS.find((o) => o.id === 'income_per_capita_rural')!.label.en},yuan per person a year,Scenario,30000,33750\r\n` +
        `income_per_capita_rural,${OUTPUTS.find((o) => o.id === 'income_per_capita_rural')!.label.en},yuan per person a year,Baseline,30000,32000\r\n` +
        'custom.rural_share,"Rural share, of income (custom)",ratio,Scenario,0.6,0.625\r\n' +
        'custom.rural_share,"Rural share, of income (custom)",ratio,Baseline,0.6,0.6037735849\r\n' +
        'custom.broken,Custom indicator 2 (custom),,Scenario,,\r\n' +
        'custom.broken,Custom indicator 2 (custom),,Baseline,,\r\n',
    );
  });

  it('wide: a column custom.<id> per indicator after the output ids', () => {
    expect(buildResultsCsv(r, 'wide', 'zh', indicators)).toBe(
      '\uFEFF' +
        '序列,年份,income_per_capita,income_per_capita_rural,custom.rural_share,custom.broken\r\n' +
        '情景,2020,50000,30000,0.6,\r\n' +
        '情景,2021,54000,33750,0.625,\r\n' +
        '基准,2020,50000,30000,0.6,\r\n' +
        '基准,2021,53000,32000,0.6037735849,\r\n',
    );
  });

  it('names an indicator in the language, else in the other, else "自定义指标 n"; adds the modified baseline when assumptions differ', () => {
    const modified = tiny([50000, 52000], [30000, 31200]);
    const withAssumptions: WorkbenchResult = {
      ...r,
      modifiedBaseline: modified,
      custom: [{ ...r.custom![0]!, modifiedBaseline: share(modified) }, r.custom![1]!],
    };
    const rows = body(buildResultsCsv(withAssumptions, 'long', 'zh', [{ ...indicators[0]!, label: { en: 'Rural share' } }, indicators[1]!])).filter((row) =>
      row[0]!.startsWith('custom.'),
    );
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['custom.rural_share', 'Rural share（自定义）', 'ratio', '情景'],
      ['custom.rural_share', 'Rural share（自定义）', 'ratio', '基准（按当前假设）'],
      ['custom.rural_share', 'Rural share（自定义）', 'ratio', '基准'],
      ['custom.broken', '自定义指标 2（自定义）', '', '情景'],
      ['custom.broken', '自定义指标 2（自定义）', '', '基准（按当前假设）'],
      ['custom.broken', '自定义指标 2（自定义）', '', '基准'],
    ]);
    // 31,200 of 52,000 is 0.6 exactly.
    expect(rows[1]!.slice(4)).toEqual(['0.6', '0.6']);
  });

  it('guards a name that a spreadsheet would run as a formula', () => {
    const rows = body(buildResultsCsv(r, 'long', 'en', [{ ...indicators[0]!, label: { en: '=1+1', zh: '' } }]));
    expect(rows.find((row) => row[0] === 'custom.rural_share')![1]).toBe("'=1+1 (custom)");
  });

  it('writes a value to ten significant digits, without float noise', () => {
    expect(significantCell(100 * 0.30000000000000004)).toBe('30');
    expect(significantCell(2 / 3)).toBe('0.6666666667');
    expect(significantCell(123456789012.5)).toBe('123456789000');
    expect(significantCell(-1e-12)).toBe('-1e-12');
    expect(significantCell(null)).toBe('');
    expect(significantCell(Number.NaN)).toBe('');
  });
});
