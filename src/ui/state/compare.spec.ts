import { describe, expect, it } from 'vitest';
import type { ModelApi, WorkbenchResult } from '../../compute/model-api';
import { ModelClient } from '../../compute/model-client';
import type { ScorecardRow } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { Comparison, type CompareCandidate } from './compare.svelte';
import { compareFiscalTotals, compareSettingRows, compareTargetRows, metCounts } from './compare-tables';
import { tradeOffPoints } from './compare-trade-off';

const doc = (overrides: ScenarioDoc['overrides']): ScenarioDoc => ({ schemaVersion: 1, name: '', notes: '', overrides, tracked: {} }) as unknown as ScenarioDoc;

/** A scorecard row with only what the comparison reads. */
const row = (
  id: string,
  state: ScorecardRow['state'],
  basis: ScorecardRow['basis'],
  value: number,
  comparator: ScorecardRow['comparator'] = '>=',
): ScorecardRow =>
  ({
    id,
    section: 1,
    kind: 'modeled',
    comparator,
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
    expect(rows[0]!.id).toBe('dibao_uplift');
    expect(rows[0]!.everyYear).toBe(true);
    expect(rows[0]!.values[0]).toBe(rows[0]!.values[2]);
    expect(rows[0]!.values[1]).toMatch(/ \(default\)$/);
    // The pension path 20 → 60 over 2021–2025 (10 a year), flat after: a row per year it differs in, 2025 on as one span.
    expect(rows.slice(1).map((r) => [r.id, r.from, r.to, r.numbers])).toEqual([
      ['pension_uplift', 2021, 2021, [0, 0, 20]],
      ['pension_uplift', 2022, 2022, [0, 0, 30]],
      ['pension_uplift', 2023, 2023, [0, 0, 40]],
      ['pension_uplift', 2024, 2024, [0, 0, 50]],
      ['pension_uplift', 2025, 2035, [0, 0, 60]],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(compareSettingRows([doc({ dibao_uplift: 40 }), doc({ dibao_uplift: 40 })], 'en', (v) => v)).toEqual([]);
  });

  it('shows a schedule by the years in which the scenarios differ, and nothing where a path and a number give the same values', () => {
    const later = compareSettingRows([doc({}), doc({ dibao_uplift: { path: [[2023, 30]] } })], 'en', (v) => v);
    // Before its first point a path leaves the default (0): the scenarios differ from 2023 on, all at 30.
    expect(later.map((r) => [r.key, r.from, r.to, r.everyYear, r.numbers])).toEqual([['dibao_uplift', 2023, 2035, false, [0, 30]]]);
    expect(compareSettingRows([doc({ dibao_uplift: 30 }), doc({ dibao_uplift: { path: [[2021, 30]] } })], 'en', (v) => v)).toEqual([]);
    // A parameter read in its first year only (not time-varying) is one row, whatever the rest of its path.
    const choice = compareSettingRows(
      [
        doc({}),
        doc({
          mountain_share_direct: {
            path: [
              [2021, 0.5],
              [2030, 0.9],
            ],
          },
        }),
      ],
      'en',
      (v) => v,
    );
    expect(choice.map((r) => [r.key, r.everyYear, r.numbers])).toEqual([['mountain_share_direct', true, [0.3, 0.5]]]);
  });

  it('reads each scenario’s total fiscal cost per year 2021–2025 and cumulative from its outputs', () => {
    const years = [2020, 2021, 2022, 2023, 2024, 2025];
    const run = (total: number[], cumulative: number[]): WorkbenchResult =>
      ({ scenario: { years, outputs: { fiscal_cost_total: total, fiscal_cost_total_cumulative: cumulative } }, scorecard: [] }) as unknown as WorkbenchResult;
    expect(compareFiscalTotals([run([0, 1, 2, 3, 4, 5], [0, 1, 3, 6, 10, 15])])).toEqual([{ years: [1, 2, 3, 4, 5], cumulative: 15 }]);
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
    // A custom indicator added or edited changes the custom rows: not current either.
    current = { ...current, indicators: [{ id: 'ind_1', expression: 'gini' }] };
    expect(comparison.current(candidates)).toBe(false);
    await comparison.run(candidates);
    expect(comparison.current(candidates)).toBe(true);
    current = { ...current, indicators: [{ id: 'ind_1', expression: 'gini * 100' }] };
    expect(comparison.current(candidates)).toBe(false);
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
    expect(points.map((p) => [p.cost, p.y, p.efficient])).toEqual([
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

describe('the trade-off against a target’s 2025 gap', () => {
  /** A result with a cumulative cost in 2025 and one target, of a comparator, at a 2025 gap (value − 75,000), or without data. */
  const scenario = (cost: number, gap: number | null, comparator: ScorecardRow['comparator']): WorkbenchResult =>
    ({
      scenario: { years: [2024, 2025], outputs: { fiscal_cost_total_cumulative: [0, cost] } },
      scorecard: [
        gap === null ? { ...row('t', 'no_data', null, 0, comparator), value: null, gap: null } : row('t', 'missed', 'model', 75000 + gap, comparator),
      ],
    }) as unknown as WorkbenchResult;
  const axis = { kind: 'gap', targetId: 't' } as const;
  // Costs 0, 10, 20, 30 with gaps +100, +20, +50, −30 (and a fifth, free, without data).
  const gaps = [
    [0, 100],
    [10, 20],
    [20, 50],
    [30, -30],
    [0, null],
  ] as const;

  it('for a ≤ target, lower gaps are better: the dearer scenario with the larger gap is dominated', () => {
    // 20 for +50 is beaten by 10 for +20 (cheaper and further below the threshold); 0 for +100 is cheapest; 30 for −30 is lowest.
    const points = tradeOffPoints(
      gaps.map(([cost, gap]) => scenario(cost, gap, '<=')),
      2025,
      axis,
    );
    expect(points.map((p) => [p.y, p.efficient])).toEqual([
      [100, true],
      [20, true],
      [50, false],
      [-30, true],
      [undefined, false],
    ]);
    expect(tradeOffPoints([scenario(0, 20, '<'), scenario(5, 10, '<')], 2025, axis).map((p) => p.efficient)).toEqual([true, true]);
  });

  it('for a ≥ target, higher gaps are better: the free scenario furthest above the threshold dominates the rest', () => {
    const points = tradeOffPoints(
      gaps.map(([cost, gap]) => scenario(cost, gap, '>=')),
      2025,
      axis,
    );
    expect(points.map((p) => p.efficient)).toEqual([true, false, false, false, false]);
  });

  it('still counts the modelled targets met (the table shows both) while the axis is a gap', () => {
    const met = { ...scenario(0, 5, '>='), scorecard: [row('t', 'reached', 'model', 75005), row('u', 'reached', 'model', 1)] } as WorkbenchResult;
    expect(tradeOffPoints([met], 2025, axis).map((p) => [p.met, p.y])).toEqual([[2, 5]]);
  });
});

describe('adding scenarios to a comparison from links and files', () => {
  const idle = new ModelClient({} as unknown as ModelApi);

  it('adds a share link’s scenario (the whole address or its #s= part) and picks it; a damaged link is refused with the reason and changes nothing', async () => {
    const { encodeScenarioLink } = await import('../../scenario/link');
    const { emptyScenario } = await import('../../scenario/parse');
    const linked = { ...emptyScenario(), name: 'Wage-led', overrides: { labour_share_policy: 2 } };
    const hash = await encodeScenarioLink(linked, 'en');
    const comparison = new Comparison(idle, () => doc({}));
    await comparison.addLink(`https://example.org/sandbox/${hash}`);
    expect(comparison.addErrors).toEqual([]);
    expect(comparison.added.map((c) => [c.name, c.doc.overrides])).toEqual([['Wage-led', { labour_share_policy: 2 }]]);
    expect(comparison.picks).toEqual([comparison.added[0]!.key]);
    // One character changed inside the payload: the checksum refuses it.
    const damaged = hash.slice(0, 12) + (hash[12] === 'A' ? 'B' : 'A') + hash.slice(13);
    await comparison.addLink(damaged);
    expect(comparison.addErrors.length).toBeGreaterThan(0);
    expect(comparison.addErrors[0]!.message.en).toMatch(/^Share link/);
    expect(comparison.added).toHaveLength(1);
    await comparison.addLink('https://example.org/no-scenario-here');
    expect(comparison.addErrors.map((e) => e.message.en)).toEqual(['Share link: this is not a scenario link (it should contain "#s=")']);
  });

  it('adds every scenario of the files read, lists a refused file’s errors, picks no more than three, and removes one on request', () => {
    const comparison = new Comparison(idle, () => doc({}));
    comparison.addReports([
      { file: 'a.json', docs: [doc({ dibao_uplift: 10 })], errors: [], moreErrors: 0, warnings: [], moreWarnings: 0 },
      {
        file: 'bad.json',
        docs: [],
        errors: [{ kind: 'empty_file', file: 'bad.json', path: '', message: { en: 'bad.json: the file is empty', zh: 'bad.json：文件为空' } }],
        moreErrors: 0,
        warnings: [],
        moreWarnings: 0,
      },
      {
        file: 'bundle.json',
        docs: [doc({ dibao_uplift: 20 }), doc({ dibao_uplift: 30 }), doc({ dibao_uplift: 40 })],
        errors: [],
        moreErrors: 0,
        warnings: [],
        moreWarnings: 0,
      },
    ]);
    expect(comparison.added.map((c) => c.name)).toEqual(['a.json', 'bundle.json · 1', 'bundle.json · 2', 'bundle.json · 3']);
    expect(comparison.addErrors.map((e) => e.file)).toEqual(['bad.json']);
    // The scenario on screen and three more: the fourth file's scenario is listed, not picked.
    expect(comparison.picks).toHaveLength(3);
    const first = comparison.added[0]!.key;
    comparison.removeAdded(first);
    expect(comparison.added.map((c) => c.key)).not.toContain(first);
    expect(comparison.picks).not.toContain(first);
  });
});
