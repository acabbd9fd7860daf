import { describe, expect, it } from 'vitest';
import { averageGrowth, backcast, buildPopulation2015 } from '../../src/model/calibration/backcast';
import { sigmaMoments } from '../../src/model/calibration/fit';
import { DEFAULT_HOUSEHOLDS, PARAMETERS } from '../../src/model/catalog';
import { run } from '../../src/model/index';
import { resolveParams } from '../../src/model/params';
import type { Population } from '../../src/model/population/build';

const defaults = resolveParams({});
const pop2015 = buildPopulation2015(defaults, DEFAULT_HOUSEHOLDS);
const years = backcast(pop2015, defaults);
const at2020 = years.find((y) => y.year === 2020)!;

/** Mean income per person of one area of a build's base year, dibao included. */
function areaMean(pop: Population, urban: boolean): number {
  let persons = 0;
  let income = 0;
  for (let r = 0; r < pop.rows; r++) {
    if ((pop.urban[r] === 1) !== urban) continue;
    const p = pop.persons2020[r]!;
    persons += p;
    income += p * (pop.wage[r]! + pop.business[r]! + pop.property[r]! + pop.transfer[r]! + pop.dibao2020[r]!);
  }
  return income / persons;
}

describe('the 2015 build', () => {
  it('reproduces the 2015 urban and rural means (43,674 and 21,137, the 2020 levels deflated by the official 7.5 % and 8.6 %)', () => {
    expect(Math.abs(areaMean(pop2015, true) - 43674)).toBeLessThan(1);
    expect(Math.abs(areaMean(pop2015, false) - 21137)).toBeLessThan(1);
  });
});

describe('the back-cast 2015 → 2020 with the catalog defaults', () => {
  it('lands on the official 2016–20 rural − urban growth differential (8.6 − 7.5 = 1.1 pp a year) within 0.2 pp', () => {
    const differential = averageGrowth(years, 'rural', 2015, 2020) - averageGrowth(years, 'urban', 2015, 2020);
    expect(Math.abs(differential - (8.6 - 7.5))).toBeLessThan(0.2);
  });

  it('lands on the official 2020 urban, rural and all-resident means (62,699 / 31,930 / 52,397) within 1 %', () => {
    expect(Math.abs(at2020.urban / 62699 - 1)).toBeLessThan(0.01);
    expect(Math.abs(at2020.rural / 31930 - 1)).toBeLessThan(0.01);
    expect(Math.abs(at2020.all / 52397 - 1)).toBeLessThan(0.01);
  });

  it('follows the observed survey urban weight (0.6652 in 2020) with its movers', () => {
    expect(at2020.surveyWeight).toBeCloseTo(0.6652, 3);
  });
});

describe('the fitted build parameters', () => {
  it('the 2020 build has the notes’ dibao caseload, 0.6 million ± 2 %', () => {
    const recipients = run({ overrides: {} }).outputs['dibao_recipients']![0]!;
    expect(Math.abs(recipients / 0.6e6 - 1)).toBeLessThan(0.02);
  });

  it('the σ defaults are a local minimum of the documented objective on the 0.01 lattice', { timeout: 120_000 }, () => {
    const sigmaUrban = PARAMETERS.find((p) => p.id === 'sigma_urban')!.default;
    const sigmaRural = PARAMETERS.find((p) => p.id === 'sigma_rural')!.default;
    const objective = (u: number, r: number): number => sigmaMoments(u, r).objective;
    const atDefaults = objective(sigmaUrban, sigmaRural);
    for (const [du, dr] of [
      [0.01, 0],
      [-0.01, 0],
      [0, 0.01],
      [0, -0.01],
    ] as const) {
      expect(atDefaults).toBeLessThanOrEqual(objective(sigmaUrban + du, sigmaRural + dr));
    }
  });
});
