import { describe, expect, it } from 'vitest';
import { CITIES, type ScorecardRow, type WorkbenchResult } from '../../model/catalog';
import { keyTargetRows, PRESENT_AXIS_FONT, presentSpec } from './present-spec';

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);
const line = (start: number, step: number) => YEARS.map((_, i) => start + step * i);

/** The parts of a result the presentation reads, with hand-made series (2020 … 2035). */
function result(): WorkbenchResult {
  const outputs = (shift: number): Record<string, number[]> => {
    const out: Record<string, number[]> = {
      income_per_capita: line(50000 + shift, 3000),
      urban_rural_income_ratio: line(2.0, -0.01),
    };
    for (const city of CITIES) out[`city_income_${city}`] = line(40000 + shift, 2500);
    return out;
  };
  const shares = [0.1, 0.2, 0.4, 0.2, 0.1];
  return {
    scenario: { years: YEARS, outputs: outputs(1000), distributions: [{ year: 2025, shares, lorenz: [] }] },
    baseline: { years: YEARS, outputs: outputs(0), distributions: [{ year: 2025, shares, lorenz: [] }] },
    modifiedBaseline: { years: YEARS, outputs: outputs(0), distributions: [] },
  } as unknown as WorkbenchResult;
}

describe('presentSpec', () => {
  it("draws the focus output's trajectory for the trajectories view, with the scenario's values and large axis type", () => {
    const spec = presentSpec(result(), 'trajectories', 'income_per_capita', 'en');
    expect(spec?.kind).toBe('line');
    expect(spec?.series.find((s) => s.role === 'scenario')?.values).toEqual(line(51000, 3000));
    expect(spec?.series.find((s) => s.role === 'baseline')?.values).toEqual(line(50000, 3000));
    expect(spec?.fontSize).toBe(PRESENT_AXIS_FONT);
  });

  it('draws bars for the cities view and the distribution for the distribution view', () => {
    expect(presentSpec(result(), 'cities', 'income_per_capita', 'zh')?.kind).toBe('bar');
    expect(presentSpec(result(), 'distribution', 'income_per_capita', 'zh')?.kind).toBe('bar');
  });

  it('falls back to the trajectory for the household and compare views, and draws nothing for an unknown output', () => {
    expect(presentSpec(result(), 'household', 'urban_rural_income_ratio', 'en')?.series.find((s) => s.role === 'scenario')?.values).toEqual(line(2.0, -0.01));
    expect(presentSpec(result(), 'compare', 'income_per_capita', 'en')?.kind).toBe('line');
    expect(presentSpec(result(), 'trajectories', 'no_such_output', 'en')).toBeUndefined();
  });
});

describe('keyTargetRows', () => {
  const row = (id: string, kind: 'modeled' | 'tracked'): ScorecardRow => ({ id, kind }) as ScorecardRow;
  const scorecard = [
    row('income_per_capita', 'modeled'),
    row('labour_share_gdp', 'modeled'),
    row('urban_rural_income_ratio', 'modeled'),
    row('some_tracked_target', 'tracked'),
  ];

  it("puts the step's own modelled target first, then the headline's, each once", () => {
    expect(keyTargetRows(scorecard, 'labour_share_gdp').map((r) => r.id)).toEqual(['labour_share_gdp', 'income_per_capita', 'urban_rural_income_ratio']);
    expect(keyTargetRows(scorecard, 'urban_rural_income_ratio').map((r) => r.id)).toEqual(['urban_rural_income_ratio', 'income_per_capita']);
  });

  it('shows only the headline targets for an output that is no modelled target', () => {
    expect(keyTargetRows(scorecard, 'gdp_nominal').map((r) => r.id)).toEqual(['income_per_capita', 'urban_rural_income_ratio']);
    expect(keyTargetRows(scorecard, 'some_tracked_target').map((r) => r.id)).toEqual(['income_per_capita', 'urban_rural_income_ratio']);
  });
});
