/**
 * The workshop's two tables as data: how far the participants' levers and assumptions spread, and
 * the participants ranked by what their scenarios achieve and cost. Settings are read from the
 * scenario files; targets met and costs are the model's results (compare-tables.ts reads them).
 */
import type { WorkbenchResult } from '../../compute/model-api';
import { PARAMETERS, TARGET_YEAR, type ParameterDef } from '../../model/catalog';
import type { ScenarioDoc, ScenarioOverride } from '../../scenario/document';
import { SCHEDULE_YEARS, scheduleValues } from '../../scenario/paths';
import { tradeOffPoints } from './compare-trade-off';

/** The year whose value stands for a year-by-year path in the spread table. */
export const SPREAD_YEAR = TARGET_YEAR;

/** The middle value of a list (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value a parameter takes in SPREAD_YEAR under a setting (the default when unset), as the model reads it. */
export function valueInSpreadYear(def: ParameterDef, override: ScenarioOverride | undefined): number {
  return scheduleValues(def, override)[SCHEDULE_YEARS.indexOf(SPREAD_YEAR)]!;
}

/** Whether a setting moves a parameter off its default in any year of the schedule (a setting equal to the default is no change). */
export function changesDefault(def: ParameterDef, override: ScenarioOverride | undefined): boolean {
  if (override === undefined) return false;
  const base = scheduleValues(def, undefined);
  return scheduleValues(def, override).some((value, i) => value !== base[i]);
}

/** How many levers and assumptions a scenario moves off their defaults. */
export function changedCount(doc: ScenarioDoc): number {
  return PARAMETERS.filter((def) => changesDefault(def, doc.overrides[def.id])).length;
}

/** One lever or assumption that some participant changed, and its spread across all participants. */
export interface SpreadRow {
  readonly def: ParameterDef;
  /** The default in SPREAD_YEAR. */
  readonly default: number;
  /** Over every participant's value in SPREAD_YEAR (the default for those who did not change it). */
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** Participants whose setting differs from the default in some year. */
  readonly changed: number;
  /** Participants in all. */
  readonly total: number;
}

/**
 * The spread of every lever and assumption that at least one participant changed, in catalog
 * order (levers, then assumptions): min, median and max over all participants of the value in
 * SPREAD_YEAR, a participant who left it alone counting with the default.
 */
export function spreadRows(docs: readonly ScenarioDoc[]): SpreadRow[] {
  const rows: SpreadRow[] = [];
  for (const kind of ['lever', 'assumption'] as const) {
    for (const def of PARAMETERS.filter((p) => p.kind === kind)) {
      const changed = docs.filter((doc) => changesDefault(def, doc.overrides[def.id])).length;
      if (changed === 0) continue;
      const values = docs.map((doc) => valueInSpreadYear(def, doc.overrides[def.id]));
      rows.push({
        def,
        default: valueInSpreadYear(def, undefined),
        min: Math.min(...values),
        median: median(values),
        max: Math.max(...values),
        changed,
        total: docs.length,
      });
    }
  }
  return rows;
}

/** A participant's place in the ranking. */
export interface RankedParticipant {
  /** The participant's place in the list given. */
  readonly index: number;
  /** 1 for the best; participants equal on both counts share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Targets the model judges met in 2025 (basis `model` only). */
  readonly met: number;
  /** Cumulative 2021–2025 fiscal cost of the levers (yuan), undefined if unknown. */
  readonly cost: number | undefined;
}

/** Orders by targets met (more first), then cost (less first; unknown last). */
function better(a: { met: number; cost: number | undefined }, b: { met: number; cost: number | undefined }): number {
  if (a.met !== b.met) return b.met - a.met;
  if (a.cost === b.cost) return 0;
  if (a.cost === undefined) return 1;
  if (b.cost === undefined) return -1;
  return a.cost - b.cost;
}

/**
 * The participants ranked by modelled targets met (descending), then cumulative fiscal cost
 * (ascending); equal on both, they share a rank and keep the order given.
 */
export function rankParticipants(results: readonly WorkbenchResult[]): RankedParticipant[] {
  const ordered = tradeOffPoints(results, TARGET_YEAR)
    .map(({ index, met, cost }) => ({ index, met, cost }))
    .sort((a, b) => better(a, b) || a.index - b.index);
  return ordered.map((p, i) => {
    let first = i;
    while (first > 0 && better(ordered[first - 1]!, p) === 0) first--;
    return { ...p, rank: first + 1 };
  });
}
