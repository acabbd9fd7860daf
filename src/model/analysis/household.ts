import { BAND_LIMITS } from '../data/baseline';
import { simulate, type BaselineAnchor, type Simulation, type YearView } from '../engine';
import type { ResolvedParams } from '../params';
import type { Population } from '../population/build';

/** Which typical household to follow: its city, area, household size and income position (percentile within city and area). */
export interface HouseholdSelector {
  readonly city: number;
  readonly urban: boolean;
  readonly size: number;
  /** 1 … 99: the household's per-capita income rank within its city and area in 2020. */
  readonly percentile: number;
}

/** A household's yearly income by component (household totals, yuan/year). */
export interface HouseholdYear {
  readonly wage: number;
  readonly business: number;
  readonly property: number;
  readonly transfers: number;
  readonly dibao: number;
  readonly total: number;
}

/** The household's income path under the baseline and the scenario, and when it first enters each band. */
export interface HouseholdPath {
  readonly years: number[];
  readonly baseline: HouseholdYear[];
  readonly scenario: HouseholdYear[];
  /** First year the household's total is at least 100,000 and 200,000 yuan (null: not by 2035). */
  readonly firstYearAbove: { readonly baseline: Record<'100k' | '200k', number | null>; readonly scenario: Record<'100k' | '200k', number | null> };
}

/** The original (2020) row of the city and area whose rank is closest to the percentile (non-mountain rows first). */
export function pickHousehold(pop: Population, selector: HouseholdSelector): number {
  let best = -1;
  let bestDistance = Infinity;
  const rank = selector.percentile / 100;
  for (let r = 0; r < pop.originals; r++) {
    if (pop.city[r] !== selector.city || (pop.urban[r] === 1) !== selector.urban || pop.vulnerable[r]) continue;
    // Prefer the non-mountain stratum where a city has both: it is the city's typical household.
    const distance = Math.abs(pop.rank[r]! - rank) + (pop.mountain[r] && pop.strataMountain.some((m, s) => !m && pop.strataCity[s] === selector.city) ? 1 : 0);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = r;
    }
  }
  if (best < 0) throw new Error(`bug: no household in city ${selector.city}`);
  return best;
}

/** Follows one row through a simulation: its income by source each year, for a household of `size` persons; and the simulation itself. */
export function followRow(
  pop: Population,
  params: ResolvedParams,
  anchor: BaselineAnchor | undefined,
  row: number,
  size: number,
): { readonly path: HouseholdYear[]; readonly simulation: Simulation } {
  const path: HouseholdYear[] = [];
  const simulation = simulate(pop, params, anchor, (view: YearView) => {
    const d = view.deltas;
    const wage = (d.wage[row]! + d.dWage[row]!) * size;
    const business = (d.business[row]! + d.dBusiness[row]!) * size;
    const property = (d.property[row]! + d.dProperty[row]!) * size;
    const transfers = (d.transfer[row]! + d.dTransfer[row]!) * size;
    const dibao = view.dibao[row]! * size;
    path.push({ wage, business, property, transfers, dibao, total: view.income[row]! * size });
  });
  return { path, simulation };
}

function firstAbove(years: readonly number[], path: readonly HouseholdYear[], threshold: number): number | null {
  const i = path.findIndex((y) => y.total >= threshold);
  return i < 0 ? null : years[i]!;
}

/** Follows one typical household through the baseline and the scenario (two simulations with probes). */
export function householdPath(
  pop: Population,
  baselineParams: ResolvedParams,
  scenarioParams: ResolvedParams,
  anchor: BaselineAnchor,
  years: readonly number[],
  selector: HouseholdSelector,
): HouseholdPath {
  const row = pickHousehold(pop, selector);
  const baseline = followRow(pop, baselineParams, undefined, row, selector.size).path;
  const scenario = scenarioParams.leversActive ? followRow(pop, scenarioParams, anchor, row, selector.size).path : baseline;
  const [low, high] = [BAND_LIMITS.band100to500[0], BAND_LIMITS.band200to600[0]];
  return {
    years: [...years],
    baseline,
    scenario,
    firstYearAbove: {
      baseline: { '100k': firstAbove(years, baseline, low), '200k': firstAbove(years, baseline, high) },
      scenario: { '100k': firstAbove(years, scenario, low), '200k': firstAbove(years, scenario, high) },
    },
  };
}
