// Monte Carlo draws run on a small population so that a thousand of them take seconds. Its
// coarser strata shift a few outputs a little (a band share by about half a point at 1,000
// households), so each draw is anchored to the full population the way a preview is
// (index.ts, previewWorkbench):
//
//   draw(x) = full(central) + small(x) − small(central)
//
// where `central` is the scenario with no parameter drawn. The draws then carry the small
// population's response to the drawn assumptions around the full population's own result, and
// with nothing drawn a draw is the app's exact result.

import { OUTPUTS } from '../catalog';
import { simulate, type Simulation } from '../engine';
import { assumptionsOnly, resolveParams, YEAR_COUNT, type OverrideValue, type ResolvedParams } from '../params';
import { buildPopulation } from '../population/build';
import { buildOptions } from '../build-options';

/** The population Monte Carlo draws run on: households and the fewest per stratum (see MC_POPULATION). */
export interface McPopulation {
  readonly households: number;
  readonly minPerStratum: number;
}

/** What anchoring adds to every draw: full(central) − small(central), per output (OUTPUTS order) and year. */
export interface DrawAnchor {
  readonly scenario: Float64Array;
  readonly baseline: Float64Array;
}

/** A run's outputs skip what only "who gains" needs. */
export const LEAN = { recordIncomes: false } as const;

/** One anchor is kept: every chunk of a run asks for the same one. */
let memo: { key: string; anchor: DrawAnchor } | undefined;

function differences(full: Simulation, small: Simulation): Float64Array {
  const out = new Float64Array(OUTPUTS.length * YEAR_COUNT);
  OUTPUTS.forEach((def, o) => {
    const f = full.outputs.get(def.id)!;
    const s = small.outputs.get(def.id)!;
    for (let t = 0; t < YEAR_COUNT; t++) out[o * YEAR_COUNT + t] = f[t]! - s[t]!;
  });
  return out;
}

/** The scenario and its baseline at the central assumptions on a population of these options. */
function central(params: ResolvedParams, baselineParams: ResolvedParams, households: number, minPerStratum: number | undefined): [Simulation, Simulation] {
  const options = buildOptions(baselineParams, households);
  const pop = buildPopulation(minPerStratum === undefined ? options : { ...options, minPerStratum });
  const base = simulate(pop, baselineParams, undefined, undefined, LEAN);
  return [params.leversActive ? simulate(pop, params, base.anchor, undefined, LEAN) : base, base];
}

/**
 * The anchor of a scenario's draws on `population` to the full population of `fullHouseholds`
 * households (both at the central assumptions: four runs and two population builds, once per
 * scenario and population).
 */
export function drawAnchor(overrides: Readonly<Record<string, OverrideValue>>, population: McPopulation, fullHouseholds: number): DrawAnchor {
  const key = `${JSON.stringify(overrides)}|${population.households}|${population.minPerStratum}|${fullHouseholds}`;
  if (memo?.key === key) return memo.anchor;
  const params = resolveParams(overrides);
  const baselineParams = params.leversActive ? resolveParams(assumptionsOnly(overrides)) : params;
  const [fullScenario, fullBaseline] = central(params, baselineParams, fullHouseholds, undefined);
  const [smallScenario, smallBaseline] = central(params, baselineParams, population.households, population.minPerStratum);
  const anchor = { scenario: differences(fullScenario, smallScenario), baseline: differences(fullBaseline, smallBaseline) };
  memo = { key, anchor };
  return anchor;
}
