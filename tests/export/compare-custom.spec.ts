import { describe, expect, it } from 'vitest';
import type { WorkbenchResult } from '../../src/compute/model-api';
import { customIndicators } from '../../src/model/indicators/custom';
import type { ScenarioDoc } from '../../src/scenario/document';
import { UTF8_BOM } from '../../src/export/cells';
import { buildCompareCsv } from '../../src/ui/export/compare-csv';
import { compareCustomRows } from '../../src/ui/state/compare-custom';
import { parseCsv } from '../support/parse-csv';

// From outputs to the Compare view's custom rows and CSV: the model evaluates each scenario's own
// indicators on its own outputs (as the worker does), and the comparison only reads the results.

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

/** A scenario document with its indicators, and its result: the model's custom indicators on the given 2025 outputs. */
function scenario(indicators: ScenarioDoc['indicators'], outputs2025: Record<string, number>): { doc: ScenarioDoc; result: WorkbenchResult } {
  const outputs = Object.fromEntries(Object.entries(outputs2025).map(([id, v]) => [id, YEARS.map((_, i) => (i === 0 ? v * 0.9 : v))]));
  const doc = { schemaVersion: 3, name: '', notes: '', overrides: {}, tracked: {}, ...(indicators ? { indicators } : {}) } as unknown as ScenarioDoc;
  const custom = customIndicators(indicators ?? [], YEARS, { scenario: outputs, modifiedBaseline: outputs, baseline: outputs });
  return { doc, result: { scenario: { years: YEARS, outputs }, scorecard: [], custom } as unknown as WorkbenchResult };
}

describe('custom indicators from the model’s outputs to the comparison', () => {
  const target = { comparator: '>=', threshold: 0.62, year: 2025 } as const;
  const runs = [
    // Rural 35,000 over 56,000 yuan: 0.625, met (≥ 0.62); income is a quarter of GDP per head: 100 × 0.25 = 25.
    scenario(
      [
        { id: 'rural_share', label: { en: 'Rural share' }, expression: 'income_per_capita_rural / income_per_capita', target },
        { id: 'income_in_gdp', label: { en: 'Income in GDP' }, expression: '100 * income_to_gdp_pc_ratio', unit: '%' },
      ],
      { income_per_capita_rural: 35_000, income_per_capita: 56_000, income_to_gdp_pc_ratio: 0.25 },
    ),
    // Rural 33,600 over 56,000: 0.6, missed; no second indicator.
    scenario([{ id: 'ind_1', label: { en: 'Rural/all' }, expression: 'income_per_capita_rural/income_per_capita', target }], {
      income_per_capita_rural: 33_600,
      income_per_capita: 56_000,
      income_to_gdp_pc_ratio: 0.5,
    }),
    // No indicators at all.
    scenario(undefined, { income_per_capita_rural: 30_000, income_per_capita: 50_000, income_to_gdp_pc_ratio: 0.5 }),
  ];
  const docs = runs.map((r) => r.doc);
  const results = runs.map((r) => r.result);

  it('shows each scenario’s own model value and verdict, matched by expression, and a scenario without it as such', () => {
    const rows = compareCustomRows(docs, results, 'en');
    expect(rows.map((r) => [r.name, r.cells.map((c) => (c.kind === 'present' ? [c.number, c.state] : c.kind))])).toEqual([
      ['Rural share', [[0.625, 'reached'], [0.6, 'missed'], 'absent']],
      ['Income in GDP', [[25, 'none'], 'absent', 'absent']],
    ]);
    expect(rows[0]!.cells.map((c) => (c.kind === 'present' ? `${c.value} ${c.status}` : c.text))).toEqual([
      '0.625 Reached ✓',
      '0.600 Missed ✗',
      'not in this scenario',
    ]);
    expect(rows[1]!.cells[0]).toMatchObject({ value: '25.0 %' });
  });

  it('writes the same values, unrounded, into the comparison CSV', () => {
    const rows = parseCsv(buildCompareCsv({ names: ['A', 'B', 'C'], docs, results }, 'en').slice(UTF8_BOM.length)).filter((r) => r[0] === 'Custom indicators');
    expect(rows.map((r) => [r[1], r[8], r[9], r[11], r[12], r[14], r[15]])).toEqual([
      ['income_per_capita_rural/income_per_capita', '0.625', 'Reached', '0.6', 'Missed', '', 'not in this scenario'],
      ['100*income_to_gdp_pc_ratio', '25', 'no target', '', 'not in this scenario', '', 'not in this scenario'],
    ]);
  });
});
