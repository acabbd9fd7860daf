import { describe, expect, it } from 'vitest';
import { OUTPUTS, type ScenarioResult, type WhoGainsGroup, type WhoGainsYear, type WorkbenchResult } from '../../model/catalog';
import { assumptionsDiffer, buildCsv, guardFormula, numberCell, quoteField, UTF8_BOM } from './csv';
import { parseCsv } from '../../../tests/support/parse-csv';

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

describe('buildCsv', () => {
  it('writes the headers in the chosen language, then one column per year', () => {
    const [zhHeader] = body(buildCsv(result(), 'zh'));
    const [enHeader] = body(buildCsv(result(), 'en'));
    expect(zhHeader).toEqual(['指标代码', '指标', '单位', '序列', ...YEARS.map(String)]);
    expect(enHeader).toEqual(['Output id', 'Output', 'Unit', 'Series', ...YEARS.map(String)]);
  });

  it('has a row per output and series, labels and units in the language, values equal to the result', () => {
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
      expect(row.slice(4).map(Number)).toEqual(source!.outputs[output.id]);
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
    expect(rows[1]!.slice(4).map(Number)).toEqual(r.modifiedBaseline.outputs['income_per_capita']);
  });

  it('writes full-precision numbers with a "." decimal and no separators, empty for missing values', () => {
    const r: WorkbenchResult = { ...result(), scenario: run(7, { gini: YEARS.map((_, i) => (i === 3 ? Number.NaN : 0.1 + 0.2)) }) };
    const csv = buildCsv(r, 'zh');
    const gini = body(csv).find((row) => row[0] === 'gini' && row[3] === '情景')!;
    expect(gini[4]).toBe('0.30000000000000004');
    expect(gini[7]).toBe('');
    const big = body(csv).find((row) => row[0] === 'income_per_capita' && row[3] === '情景')!;
    expect(big[4]).toBe(String(r.scenario.outputs['income_per_capita']![0]));
    expect(big[4]).not.toMatch(/[, ]/);
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
    expect(d3.slice(4).map(Number)).toEqual(whoGains.map((w) => w.cuts.rural.decileChange[2]));
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
