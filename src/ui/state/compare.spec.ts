import { describe, expect, it } from 'vitest';
import type { ModelApi, WorkbenchResult } from '../../compute/model-api';
import { ModelClient } from '../../compute/model-client';
import type { ScorecardRow } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { Comparison, type CompareCandidate } from './compare.svelte';
import { compareSettingRows, compareTargetRows, metCounts, tradeOffPoints } from './compare-tables';

const doc = (overrides: ScenarioDoc['overrides']): ScenarioDoc => ({ schemaVersion: 1, name: '', notes: '', overrides, tracked: {} }) as unknown as ScenarioDoc;

/** A scorecard row with only what the comparison reads. */
const row = (id: string, state: ScorecardRow['state'], basis: ScorecardRow['basis'], value: number): ScorecardRow =>
  ({
    id,
    section: 1,
    kind: 'modeled',
    comparator: 'ge',
    target: 75000,
    value,
    gap: value - 75000,
    state,
    basis,
    assumption: null,
    official: null,
    firstYearReached: null,
    trend: null,
    path: [],
  }) as unknown as ScorecardRow;
const result = (rows: ScorecardRow[]): WorkbenchResult => ({ scorecard: rows }) as unknown as WorkbenchResult;

describe('the comparison tables', () => {
  it('lists only the levers and assumptions that differ, with a default shown as such', () => {
    const rows = compareSettingRows(
      [
        doc({ dibao_uplift: 40, hukou_pace: 2 }),
        doc({ hukou_pace: 2 }),
        doc({
          dibao_uplift: 40,
          hukou_pace: 2,
          pension_uplift: {
            path: [
              [2021, 20],
              [2025, 60],
            ],
          },
        }),
      ],
      'en',
      (v) => `${v} (default)`,
    );
    expect(rows.map((r) => r.id)).toEqual(['dibao_uplift', 'pension_uplift']);
    expect(rows[0]!.values[0]).toBe(rows[0]!.values[2]);
    expect(rows[0]!.values[1]).toMatch(/ \(default\)$/);
    expect(rows[1]!.values[2]).toMatch(/^2021: .*, 2025: /);
    expect(compareSettingRows([doc({ dibao_uplift: 40 }), doc({ dibao_uplift: 40 })], 'en', (v) => v)).toEqual([]);
  });

  it('puts the scorecards side by side in the first scenario’s order and marks the rows whose verdicts differ', () => {
    const a = result([row('income_per_capita', 'missed', 'model', 71000), row('urbanization_rate', 'reached', 'model', 76)]);
    const b = result([row('income_per_capita', 'reached', 'model', 76000), row('urbanization_rate', 'reached', 'model', 76.5)]);
    const rows = compareTargetRows([a, b], 'en');
    expect(rows.map((r) => [r.id, r.differs])).toEqual([
      ['income_per_capita', true],
      ['urbanization_rate', false],
    ]);
    expect(rows[0]!.cells.map((c) => c.state)).toEqual(['missed', 'reached']);
  });

  it('counts the targets met by what each verdict rests on, never summing the bases', () => {
    const counts = metCounts([
      result([row('a', 'reached', 'model', 1), row('b', 'reached', 'assumed-level', 1), row('c', 'missed', 'model', 1), row('d', 'reached', 'trend', 1)]),
    ]);
    expect(counts).toEqual([{ model: 1, assumed: 1, trend: 1 }]);
  });
});

describe('the Comparison state', () => {
  const candidates: CompareCandidate[] = ['a', 'b', 'c', 'd'].map((k, i) => ({ key: `preset:${k}`, name: k, doc: doc({ dibao_uplift: 10 * (i + 1) }) }));

  /** A client whose worker answers each scenario with a result carrying its dibao uplift. */
  function client(): { client: ModelClient; runs: ScenarioDoc[] } {
    const runs: ScenarioDoc[] = [];
    const api = {
      runWorkbench: async (scenario: ScenarioDoc) => {
        runs.push(scenario);
        return { scenario: { outputs: { marker: [scenario.overrides['dibao_uplift'] ?? 0] } }, scorecard: [] } as unknown as WorkbenchResult;
      },
    } as unknown as ModelApi;
    return { client: new ModelClient(api), runs };
  }

  it('compares the scenario on screen with at most three picks, in the order picked', async () => {
    let current = doc({});
    const { client: c, runs } = client();
    const comparison = new Comparison(c, () => current);
    for (const k of ['preset:c', 'preset:a', 'preset:b', 'preset:d']) comparison.toggle(k);
    expect(comparison.picks).toEqual(['preset:c', 'preset:a', 'preset:b']);
    expect(comparison.full).toBe(true);
    await comparison.run(candidates);
    expect(runs.map((d) => d.overrides['dibao_uplift'] ?? 0)).toEqual([0, 30, 10, 20]);
    expect(comparison.compared?.keys).toEqual(['current', 'preset:c', 'preset:a', 'preset:b']);
    expect(comparison.current(candidates)).toBe(true);
    // The scenario on screen changes: the comparison is no longer current until it runs again.
    current = doc({ dibao_uplift: 5 });
    expect(comparison.current(candidates)).toBe(false);
    comparison.toggle('preset:a');
    await comparison.run(candidates);
    expect(comparison.compared?.keys).toEqual(['current', 'preset:c', 'preset:b']);
    expect(comparison.current(candidates)).toBe(true);
  });
});

describe('the trade-off of the compared scenarios', () => {
  /** A result with a cumulative fiscal cost in 2025 and `met` modelled targets reached. */
  const scenario = (cost: number, met: number): WorkbenchResult =>
    ({
      scenario: { years: [2024, 2025], outputs: { fiscal_cost_total_cumulative: [0, cost] } },
      scorecard: [
        ...Array.from({ length: met }, (_, i) => row(`m${i}`, 'reached', 'model', 1)),
        row('assumed', 'reached', 'assumed-level', 1),
        row('missed', 'missed', 'model', 1),
      ],
    }) as unknown as WorkbenchResult;

  it('marks as efficient exactly the scenarios no other beats on both cost and modelled targets met', () => {
    // Free with 7 met; 30 bn for 8; 50 bn for 8 (dominated by the 30 bn one); 60 bn for 9.
    const points = tradeOffPoints([scenario(0, 7), scenario(30e9, 8), scenario(50e9, 8), scenario(60e9, 9)], 2025);
    expect(points.map((p) => [p.cost, p.met, p.efficient])).toEqual([
      [0, 7, true],
      [30e9, 8, true],
      [50e9, 8, false],
      [60e9, 9, true],
    ]);
  });

  it('keeps two scenarios equal on both counts both efficient', () => {
    expect(tradeOffPoints([scenario(10, 8), scenario(10, 8)], 2025).map((p) => p.efficient)).toEqual([true, true]);
  });
});
