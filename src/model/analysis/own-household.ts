/**
 * A household the user describes, followed through the baseline and the scenario by the model's
 * own rules. The household becomes one more row of the synthetic population with a negligible
 * weight (OWN_ROW_PERSONS), so every rule the engine applies row by row (uprating, the wage and
 * other-income anchors, the minimum wage, the labour share, transfers, the dibao and its indexed
 * standard, the income tax) applies to it exactly as to the typical households, while the
 * province's totals move by less than float noise.
 */
import { EARNERS_PER_PERSON } from '../data/baseline';
import { normalInv } from '../numerics/normal';
import type { ResolvedParams } from '../params';
import type { Population } from '../population/build';
import { followRow, type HouseholdYear } from './household';

/** The household as the user enters it: household totals in yuan for 2020, the model's base year. */
export interface OwnHousehold {
  /** City index in CITIES order. */
  readonly city: number;
  readonly urban: boolean;
  /** Persons in the household (the page asks for 1 … 10). */
  readonly members: number;
  /** Wage earners; the model's assumption (EARNERS_PER_PERSON × members) when absent. */
  readonly earners?: number;
  /** Members who draw the urban-rural resident basic pension (0 when absent). */
  readonly pensioners?: number;
  /** Household income in 2020 by source (yuan/year): wages, net business, net property, and net transfers other than the dibao. */
  readonly wage: number;
  readonly business: number;
  readonly property: number;
  readonly transfers: number;
}

/** One year of the household's path: the sources, the dibao and the total, plus what the income tax and any financing levy took or gave. */
export interface OwnHouseholdYear extends HouseholdYear {
  /** Total − (wage + business + property + transfers + dibao): the PIT change, its recycling and the financing levy (yuan/year). */
  readonly taxAndLevy: number;
}

/** Scenario minus baseline in one year: in yuan, in per cent of the baseline, and by source. */
export interface OwnHouseholdChange {
  readonly yuan: number;
  /** Null when the baseline total is 0. */
  readonly percent: number | null;
  readonly bySource: Readonly<Record<OwnHouseholdSource, number>>;
}

/** The sources the change is broken down into. */
export type OwnHouseholdSource = 'wage' | 'business' | 'property' | 'transfers' | 'dibao' | 'taxAndLevy';
export const OWN_HOUSEHOLD_SOURCES: readonly OwnHouseholdSource[] = ['wage', 'business', 'property', 'transfers', 'dibao', 'taxAndLevy'];

/** The household's disposable income path under the baseline and the scenario, and the change year by year. */
export interface OwnHouseholdPath {
  readonly years: number[];
  readonly baseline: OwnHouseholdYear[];
  readonly scenario: OwnHouseholdYear[];
  readonly change: OwnHouseholdChange[];
}

/**
 * Persons the household's row stands for: small enough that every provincial total, share and
 * solved anchor moves by less than float noise (a row of the default build stands for thousands of
 * persons), and not zero, because the lever rules skip rows without persons.
 */
export const OWN_ROW_PERSONS = 1e-6;

/**
 * The stratum the household joins: its city and area, outside the 26 mountain counties where the
 * city has both (as pickHousehold chooses the typical household).
 */
function stratumOf(pop: Population, h: OwnHousehold): number {
  let found = -1;
  for (let s = 0; s < pop.strataCity.length; s++) {
    if (pop.strataCity[s] !== h.city || (pop.strataUrban[s] === 1) !== h.urban) continue;
    if (found < 0 || (pop.strataMountain[found] === 1 && pop.strataMountain[s] === 0)) found = s;
  }
  if (found < 0) throw new Error(`bug: no stratum for city ${h.city}`);
  return found;
}

/**
 * The household's income rank within its stratum in 2020: the share of the stratum's rows (which
 * carry equal weight) with a lower pre-dibao income per capita, counting rows with the same income
 * (within 1e-9) as half below, so a household equal to a row gets that row's rank.
 */
function rankIn(pop: Population, stratum: number, perCapita: number): number {
  let below = 0;
  let equal = 0;
  let rows = 0;
  for (let r = 0; r < pop.originals; r++) {
    if (pop.stratum[r] !== stratum) continue;
    rows++;
    const y = pop.wage[r]! + pop.business[r]! + pop.property[r]! + pop.transfer[r]!;
    if (Math.abs(y - perCapita) <= 1e-9 * Math.max(1, perCapita)) equal++;
    else if (y < perCapita) below++;
  }
  const rank = (below + 0.5 * equal) / rows;
  // Keep the rank inside (0, 1), where the build's ranks lie (its normal score must be finite).
  return Math.min(1 - 0.5 / rows, Math.max(0.5 / rows, rank));
}

/** Checks the household (the page validates the form first; this guards the core against bugs). */
function check(pop: Population, h: OwnHousehold): void {
  const finite = [h.members, h.wage, h.business, h.property, h.transfers, h.earners ?? 0, h.pensioners ?? 0].every(Number.isFinite);
  if (!finite || h.members <= 0 || !Number.isInteger(h.city) || h.city < 0 || h.city >= pop.cities.population.length) {
    throw new Error('bug: an own household needs a city, at least one member and finite incomes');
  }
  if ([h.wage, h.business, h.property, h.transfers].some((v) => v < 0) || (h.earners ?? 1) <= 0 || (h.pensioners ?? 0) < 0) {
    throw new Error('bug: an own household has no negative income, earners or pensioners');
  }
}

/**
 * The population with the household added as the last original row (and, when rural, its urban
 * shadow clone as the last row, as every rural original has). Nothing of the given population is
 * changed. Returns the new population and the household's row.
 */
export function withOwnHousehold(pop: Population, h: OwnHousehold): { readonly pop: Population; readonly row: number } {
  check(pop, h);
  const row = pop.originals;
  const rows = pop.rows + 1 + (h.urban ? 0 : 1);
  const stratum = stratumOf(pop, h);
  const members = h.members;
  const perCapita = (h.wage + h.business + h.property + h.transfers) / members;
  const rank = rankIn(pop, stratum, perCapita);
  const lastClone = rows - 1;

  // Copies a column with a slot at `row` (and at the end for a rural household's clone), then fills the slots.
  function column<A extends Float64Array | Uint8Array | Uint16Array | Int32Array>(source: A, own: number, clone: number = own): A {
    const out = new (source.constructor as new (n: number) => A)(rows);
    out.set(source.subarray(0, row), 0);
    out.set(source.subarray(row), row + 1);
    out[row] = own;
    if (!h.urban) out[lastClone] = clone;
    return out;
  }

  const earners = h.earners ?? EARNERS_PER_PERSON * members;
  // The user's household takes the dibao when eligible and is never an inclusion error: draw 0 and 1.
  const takeUpDraw = 0;
  const inclusionDraw = 1;
  const cloneRow = column(pop.cloneRow, h.urban ? -1 : lastClone, -1);
  // Every clone moved one row down.
  for (let r = 0; r < rows; r++) if (r !== row && cloneRow[r]! >= 0) cloneRow[r]! += 1;
  const cloneOf = column(pop.cloneOf, -1, row);
  const group = column(pop.group, stratum * 2, stratum * 2 + 1);

  const next: Population = {
    ...pop,
    rows,
    originals: pop.originals + 1,
    city: column(pop.city, h.city),
    urban: column(pop.urban, h.urban ? 1 : 0, 1),
    mountain: column(pop.mountain, pop.strataMountain[stratum]!),
    eco: column(pop.eco, 0),
    vulnerable: column(pop.vulnerable, 0),
    isClone: column(pop.isClone, 0, 1),
    cloneOf,
    cloneRow,
    rank: column(pop.rank, rank),
    rankScore: column(pop.rankScore, normalInv(rank)),
    size: column(pop.size, members),
    earners: column(pop.earners, earners),
    persons2020: column(pop.persons2020, OWN_ROW_PERSONS, 0),
    wage: column(pop.wage, h.wage / members),
    business: column(pop.business, h.business / members),
    property: column(pop.property, h.property / members),
    transfer: column(pop.transfer, h.transfers / members),
    // The 2020 dibao under the baseline rule: the gap to the city's line (the household takes it up).
    dibao2020: column(pop.dibao2020, Math.max(0, pop.dibaoLine2020[h.city]! - perCapita)),
    pensioners: column(pop.pensioners, h.pensioners ?? 0),
    takeUpDraw: column(pop.takeUpDraw, takeUpDraw),
    inclusionDraw: column(pop.inclusionDraw, inclusionDraw),
    stratum: column(pop.stratum, stratum),
    group,
  };
  return { pop: next, row };
}

/** Adds the taxAndLevy field: what the total holds beyond the sources and the dibao. */
function withTax(y: HouseholdYear): OwnHouseholdYear {
  return { ...y, taxAndLevy: y.total - (y.wage + y.business + y.property + y.transfers + y.dibao) };
}

/** Scenario minus baseline, in total and by source. */
function changeOf(b: OwnHouseholdYear, s: OwnHouseholdYear): OwnHouseholdChange {
  const yuan = s.total - b.total;
  const bySource = Object.fromEntries(OWN_HOUSEHOLD_SOURCES.map((k) => [k, s[k] - b[k]])) as Record<OwnHouseholdSource, number>;
  return { yuan, percent: b.total === 0 ? null : (100 * yuan) / b.total, bySource };
}

/**
 * Follows the user's household through the baseline (solving its own anchors, as the baseline
 * run does) and the scenario (on those anchors): two simulations of the population with the
 * household added. Pure: nothing is kept between calls.
 */
export function ownHouseholdPath(
  pop: Population,
  baselineParams: ResolvedParams,
  scenarioParams: ResolvedParams,
  years: readonly number[],
  household: OwnHousehold,
): OwnHouseholdPath {
  const own = withOwnHousehold(pop, household);
  const members = household.members;
  const baselineRun = followRow(own.pop, baselineParams, undefined, own.row, members);
  const baseline = baselineRun.path.map(withTax);
  const scenario = scenarioParams.leversActive
    ? followRow(own.pop, scenarioParams, baselineRun.simulation.anchor, own.row, members).path.map(withTax)
    : baseline;
  return { years: [...years], baseline, scenario, change: baseline.map((b, i) => changeOf(b, scenario[i]!)) };
}
