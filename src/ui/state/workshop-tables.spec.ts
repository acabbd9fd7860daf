import { describe, expect, it } from 'vitest';
import type { WorkbenchResult } from '../../compute/model-api';
import type { ScorecardRow } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { changedCount, median, rankParticipants, spreadRows } from './workshop-tables';

const doc = (overrides: ScenarioDoc['overrides']): ScenarioDoc => ({ schemaVersion: 2, name: '', notes: '', overrides }) as unknown as ScenarioDoc;

describe('median', () => {
  it('is the middle value of an odd count and the mean of the two middle values of an even count, in any order', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([30, 0, 20, 10])).toBe(15);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe('the lever spread', () => {
  it('counts a participant who left a lever alone at its default, and says how many changed it', () => {
    // dibao_uplift: default 0; values 10, (default 0), 30, 20 → sorted 0, 10, 20, 30.
    const [row, ...rest] = spreadRows([doc({ dibao_uplift: 10 }), doc({}), doc({ dibao_uplift: 30 }), doc({ dibao_uplift: 20 })]);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ default: 0, min: 0, median: 15, max: 30, changed: 3, total: 4 });
    expect(row!.def.id).toBe('dibao_uplift');
  });

  it('reads a year-by-year path at its 2025 value; a path that moves only after 2025 is a change whose 2025 value is the default', () => {
    const rows = spreadRows([
      doc({
        pension_uplift: {
          path: [
            [2021, 20],
            [2025, 120],
          ],
        },
      }),
      doc({
        pension_uplift: {
          path: [
            [2021, 0],
            [2023, 100],
          ],
        },
      }), // flat at 100 after 2023
      doc({ pension_uplift: { path: [[2027, 50]] } }), // the default (0) until 2027
      doc({}),
    ]);
    // 2025 values 120, 100, 0, 0 → median (0 + 100) / 2.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ min: 0, median: 50, max: 120, changed: 3, total: 4 });
  });

  it('takes a path default at its 2025 value (real GDP growth: 5.5 % in 2025)', () => {
    const [row] = spreadRows([doc({ gdp_real_growth: { path: [[2025, 4.5]] } }), doc({}), doc({})]);
    expect(row!.def.id).toBe('gdp_real_growth');
    expect(row).toMatchObject({ default: 5.5, min: 4.5, median: 5.5, max: 5.5, changed: 1, total: 3 });
  });

  it('does not count a setting equal to the default as a change, and lists levers before assumptions', () => {
    const rows = spreadRows([doc({ gdp_real_growth: { path: [[2025, 6]] }, dibao_uplift: 0, pension_uplift: 40 }), doc({})]);
    expect(rows.map((r) => r.def.id)).toEqual(['pension_uplift', 'gdp_real_growth']);
    expect(rows[0]).toMatchObject({ min: 0, median: 20, max: 40, changed: 1 });
    expect(changedCount(doc({ gdp_real_growth: { path: [[2025, 6]] }, dibao_uplift: 0, pension_uplift: 40 }))).toBe(2);
  });
});

/** A scorecard with `model` targets met on the model's basis and `assumed` on an assumed level (plus a missed one). */
function result(model: number, assumed: number, cost: number | undefined): WorkbenchResult {
  const row = (state: string, basis: string): ScorecardRow => ({ id: 'x', state, basis }) as unknown as ScorecardRow;
  const scorecard = [
    ...Array.from({ length: model }, () => row('reached', 'model')),
    ...Array.from({ length: assumed }, () => row('reached', 'assumed-level')),
    row('missed', 'model'),
  ];
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  const outputs = cost === undefined ? {} : { fiscal_cost_total_cumulative: [0, 1, 2, 3, 4, cost] };
  return { scenario: { years, outputs }, scorecard } as unknown as WorkbenchResult;
}

describe('the ranking of participants', () => {
  it('ranks by modelled targets met (assumed levels not counted), then by cost; ties share a rank and keep the order given', () => {
    const ranked = rankParticipants([
      result(3, 2, 100), // A: 3 by the model (its 2 on an assumed level do not count)
      result(3, 0, 50), // B
      result(5, 0, 500), // C: most targets met, though the dearest
      result(3, 0, 50), // D: equal to B on both counts
      result(1, 0, undefined), // E: cost unknown, after any known cost
      result(1, 0, 0), // F
    ]);
    expect(ranked.map((r) => [r.index, r.rank, r.met, r.cost])).toEqual([
      [2, 1, 5, 500],
      [1, 2, 3, 50],
      [3, 2, 3, 50],
      [0, 4, 3, 100],
      [5, 5, 1, 0],
      [4, 6, 1, undefined],
    ]);
  });
});
