import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildResultsCsv } from '../../src/export/results-csv';
import { runWorkbench } from '../../src/model/index';
import { formatJson, readScenarioText, simulateScenarioText } from '../../scripts/simulate-lib';
import { cli } from '../support/cli';
import { parseCsv } from '../support/parse-csv';
import { YEAR_COUNT } from '../../src/model/params';
import { drawSample, runDraws } from '../../src/model/uncertainty';

/** The command line publishes a scenario's custom indicators, computed by the same core as the app's worker. */
describe('npm run simulate with custom indicators', () => {
  const text = readFileSync(join(__dirname, '../fixtures/scenarios/v3-indicators.json'), 'utf8');
  const simulated = simulateScenarioText(text);
  if (!simulated.ok) throw new Error(simulated.error.listed.map((e) => e.message.en).join('; '));
  const { result } = simulated.value;

  it('adds "indicators" with each one\'s values: the hand arithmetic of the outputs', () => {
    const { outputs, years } = result;
    const share = result.indicators?.['rural_share'];
    expect(share?.error).toBeNull();
    years.forEach((_, i) => expect(share?.values[i]).toBe(outputs['income_per_capita_rural']![i]! / outputs['income_per_capita']![i]!));
    years.forEach((_, i) => expect(result.indicators?.['gdp_share_pc']?.values[i]).toBe(100 * outputs['income_to_gdp_pc_ratio']![i]!));
    const i2025 = years.indexOf(2025);
    const value2025 = share!.values[i2025]!;
    expect(share?.verdict).toMatchObject({ year: 2025, threshold: 0.62, value: value2025, state: value2025 >= 0.62 ? 'reached' : 'missed' });
    expect(result.indicators?.['gdp_share_pc']?.verdict).toBeUndefined();
  });

  it('writes the key last in the JSON, after the unchanged fields', () => {
    const keys = Object.keys(JSON.parse(formatJson(result)) as object);
    expect(keys).toEqual(['modelVersion', 'years', 'outputs', 'whoGains', 'indicators']);
  });

  it("writes the app's CSV with the indicators: the same bytes as the app's writer (the worker's result, the scenario's indicators), in either layout and language", () => {
    const read = readScenarioText(text);
    if (!read.ok) throw new Error('fixture must be valid');
    for (const [layout, language] of [
      ['long', 'en'],
      ['wide', 'zh'],
    ] as const) {
      const run = cli(['s.json', '--out', 'r.csv', '--layout', layout, '--lang', language], { 's.json': text });
      expect(run.code, run.stderr).toBe(0);
      // The app: buildResultsCsv of the worker's runWorkbench result with the scenario document's indicators (ExportMenu.svelte).
      expect(run.files['r.csv']).toBe(buildResultsCsv(runWorkbench(read.value.input), layout, language, read.value.scenario.indicators ?? []));
    }
  });

  it('lists each indicator in the long CSV after the outputs, named and with its unit, its values the ratio of the outputs to ten significant digits', () => {
    const run = cli(['s.json', '--out', 'r.csv', '--lang', 'zh'], { 's.json': text });
    expect(run.code, run.stderr).toBe(0);
    const [header, ...rows] = parseCsv(String(run.files['r.csv']).slice(1));
    const years = header!.slice(4).map(Number);
    const share = rows.filter((row) => row[0] === 'custom.rural_share');
    // The fixture changes a lever only: scenario and baseline, no modified baseline.
    expect(share.map((row) => row.slice(0, 4))).toEqual([
      ['custom.rural_share', '农村收入占全省比（自定义）', 'ratio', '情景'],
      ['custom.rural_share', '农村收入占全省比（自定义）', 'ratio', '基准'],
    ]);
    const { outputs } = result;
    years.forEach((year, i) => {
      const ratio = outputs['income_per_capita_rural']![i]! / outputs['income_per_capita']![i]!;
      expect(Number(share[0]![4 + i]), String(year)).toBe(Number(ratio.toPrecision(10)));
    });
    // Without a label the name is the panel's "自定义指标 2"; without a unit the unit cell is empty.
    expect(rows.find((row) => row[0] === 'custom.gdp_share_pc')!.slice(1, 3)).toEqual(['自定义指标 2（自定义）', '']);
    // After every output, before who gains.
    const index = (id: string): number => rows.findIndex((row) => row[0] === id);
    expect(index('custom.rural_share')).toBeGreaterThan(rows.findLastIndex((row) => !row[0]!.startsWith('custom.') && !row[0]!.startsWith('who_gains.')));
    expect(index('custom.gdp_share_pc')).toBeLessThan(rows.findIndex((row) => row[0]!.startsWith('who_gains.')));
  });

  it('writes an indicator whose expression has an error with empty cells', () => {
    const broken = JSON.parse(text) as { indicators: { expression: string }[] };
    broken.indicators[1]!.expression = 'income_per_capita / no_such_output';
    const run = cli(['s.json', '--out', 'r.csv'], { 's.json': JSON.stringify(broken) });
    expect(run.code, run.stderr).toBe(0);
    const rows = parseCsv(String(run.files['r.csv']).slice(1)).filter((row) => row[0] === 'custom.gdp_share_pc');
    expect(rows.map((row) => row[3])).toEqual(['Scenario', 'Baseline']);
    for (const row of rows) expect(row.slice(4).every((cell) => cell === '')).toBe(true);
    expect(rows[0]!.slice(4)).toHaveLength(16);
  });
});

/** With --draws, each custom indicator's Monte Carlo percentiles: evaluated draw by draw, as the app's pool does. */
describe('npm run simulate --draws with custom indicators', () => {
  const text = readFileSync(join(__dirname, '../fixtures/scenarios/v3-indicators.json'), 'utf8');
  const draws = 16;
  const seed = 9;
  const simulated = simulateScenarioText(text, { draws, seed });
  if (!simulated.ok) throw new Error(simulated.error.listed.map((e) => e.message.en).join('; '));
  const { result, scenario } = simulated.value;

  /** Type-7 quantile, written out here: linear between order statistics at q·(n − 1). */
  const hand = (values: number[], q: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const h = q * (sorted.length - 1);
    const lo = Math.floor(h);
    return sorted[lo]! + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!);
  };

  it('adds "customQuantiles": the rural share\'s percentiles of the ratio computed by hand in each draw', () => {
    // The same draws (same sample, default population and anchor) run again for the two outputs.
    const chunk = runDraws(scenario.overrides, drawSample(seed, draws), 0, draws, { outputs: ['income_per_capita_rural', 'income_per_capita'] });
    const at = (d: number, o: number, t: number): number => chunk.scenario[(d * 2 + o) * YEAR_COUNT + t]!;
    const fan = result.customQuantiles!['rural_share']!;
    result.years.forEach((year, t) => {
      const ratios = Array.from({ length: draws }, (_, d) => at(d, 0, t) / at(d, 1, t));
      for (const [key, q] of [
        ['p5', 0.05],
        ['p10', 0.1],
        ['p50', 0.5],
        ['p90', 0.9],
        ['p95', 0.95],
      ] as const)
        expect(fan[key][t], `${key} in ${year}`).toBeCloseTo(hand(ratios, q), 12);
    });
  });

  it('gives 100 · the ratio 100 times its percentiles', () => {
    const ratio = result.quantiles!['income_to_gdp_pc_ratio']!;
    const fan = result.customQuantiles!['gdp_share_pc']!;
    for (const key of ['p5', 'p10', 'p50', 'p90', 'p95'] as const) fan[key].forEach((v, t) => expect(v).toBeCloseTo(100 * ratio[key][t]!, 9));
  });

  it('writes it last in the JSON, after "customPMet", the other keys in their order, and the same bytes for the same seed', () => {
    const json = formatJson(result);
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'modelVersion',
      'years',
      'outputs',
      'whoGains',
      'quantiles',
      'pMet',
      'pAllMet',
      'indicators',
      'customPMet',
      'customQuantiles',
    ]);
    const again = simulateScenarioText(text, { draws, seed });
    expect(again.ok && formatJson(again.value.result)).toBe(json);
  });
});
