import { HORIZON_YEAR, TARGET_YEAR, TARGETS, type TargetBasis } from '../catalog';
import { thresholdHolds } from '../../shared/comparator';
import { PLAN_TARGETS, type PlanComparator, type PlanTarget } from '../plan-targets';

/** A straight-line trend for a tracked target: value = start + change × (year − startYear), in every year (before startYear too). */
export interface TrackedTrend {
  readonly start: number;
  readonly startYear: number;
  /** Change per year, in the target's unit. */
  readonly change: number;
}

/**
 * How a target stands in 2025. "within_reach": missed in 2025 but reached by 2027 (the plan's next
 * milestone). "not_projected": a tracked target with an official value up to 2020 but no trend
 * entered, so nothing says where it will be in 2025 (never "missed"). "no_data": neither.
 */
export type TargetState = 'reached' | 'within_reach' | 'missed' | 'not_projected' | 'no_data';

/** One row of the scorecard: every plan target, modelled or tracked, judged the same way. */
export interface ScorecardRow {
  readonly id: string;
  readonly section: number;
  readonly kind: 'modeled' | 'tracked';
  readonly comparator: PlanComparator;
  /** The 2025 threshold (for "rising": the 2020 value). */
  readonly target: number | null;
  /** The value in 2025, or null without data. */
  readonly value: number | null;
  /** value − target in the target's unit (for "rising": the change since 2020). */
  readonly gap: number | null;
  readonly state: TargetState;
  /**
   * What the verdict rests on (see TargetBasis): `model` or `assumed-level` for modelled targets,
   * `trend` for a tracked target with a user's trend; null when nothing was projected.
   */
  readonly basis: TargetBasis | null;
  /** For an `assumed-level` verdict, the catalog parameter it rests on. */
  readonly assumption: string | null;
  /** The latest official value up to 2020 (tracked targets), shown when nothing is projected. */
  readonly official: { readonly value: number; readonly year: number } | null;
  /** First year from 2021 in which the target holds; null if never by 2035. */
  readonly firstYearReached: number | null;
  /** The trend in use for a tracked target, and whether the user set it. */
  readonly trend: (TrackedTrend & { readonly userSet: boolean }) | null;
  /** The value in every year 2020 … 2035 (null where unknown). */
  readonly path: (number | null)[];
}

/** Years that reach the plan's next milestone (the 2027 extension) count as "within reach". */
const WITHIN_REACH_YEAR = 2027;

function stateOf(targetYearHolds: boolean, firstYear: number | null): TargetState {
  if (targetYearHolds) return 'reached';
  return firstYear !== null && firstYear <= WITHIN_REACH_YEAR ? 'within_reach' : 'missed';
}

/** A row's verdict: target, value, gap, state and first year reached. */
type Verdict = Pick<ScorecardRow, 'target' | 'value' | 'gap' | 'state' | 'firstYearReached'>;

function judge(target: PlanTarget, years: readonly number[], path: (number | null)[]): Verdict {
  const index = years.indexOf(TARGET_YEAR);
  const value = path[index] ?? null;
  if (value === null) return { target: target.value, value: null, gap: null, state: 'no_data', firstYearReached: null };
  if (target.comparator === 'rising') {
    // Rises (beyond float noise) in every year from 2021 up to the year in question.
    const risingUntil = (last: number): boolean => years.slice(1, last + 1).every((_, i) => (path[i + 1] ?? -Infinity) > (path[i] ?? Infinity) * (1 + 1e-9));
    const start = path[0] ?? null;
    const reached = risingUntil(index);
    return {
      target: start,
      value,
      gap: start === null ? null : value - start,
      state: reached ? 'reached' : 'missed',
      firstYearReached: reached ? TARGET_YEAR : null,
    };
  }
  const threshold = target.value!;
  let first: number | null = null;
  for (let i = 1; i < years.length; i++) {
    const v = path[i];
    if (v !== null && v !== undefined && thresholdHolds(target.comparator, v, threshold)) {
      first = years[i]!;
      break;
    }
  }
  return {
    target: threshold,
    value,
    gap: value - threshold,
    state: stateOf(thresholdHolds(target.comparator, value, threshold), first),
    firstYearReached: first,
  };
}

const targetDefs = new Map(TARGETS.map((t) => [t.outputId, t]));

/**
 * A tracked target's row, written out field by field: an object literal that starts with a spread
 * (`{ ...common, … }`) sends V8 (Node 20) down a slow generic path for each row, and the scorecard
 * (run after every lever run) then takes about twenty times as long.
 */
function trackedRow(
  target: PlanTarget,
  official: ScorecardRow['official'],
  trend: ScorecardRow['trend'],
  path: (number | null)[],
  basis: TargetBasis | null,
  verdict: Verdict,
): ScorecardRow {
  return {
    id: target.id,
    section: target.section,
    kind: target.kind,
    comparator: target.comparator,
    assumption: null,
    official,
    trend,
    path,
    basis,
    target: verdict.target,
    value: verdict.value,
    gap: verdict.gap,
    state: verdict.state,
    firstYearReached: verdict.firstYearReached,
  };
}

/**
 * Builds the scorecard of all plan targets: modelled ones from the run's output series (basis
 * `model` or `assumed-level`, from the catalog), tracked ones from the user's straight-line trend
 * (basis `trend`). A tracked target without a user trend is "not projected" (its latest official
 * value is carried for display), or "no data" without an official value either.
 */
export function scorecard(
  years: readonly number[],
  outputs: Readonly<Record<string, readonly number[]>>,
  tracked: Readonly<Record<string, TrackedTrend>>,
): ScorecardRow[] {
  return PLAN_TARGETS.map((target): ScorecardRow => {
    const official = target.baseline ? { value: target.baseline.value, year: target.baseline.year } : null;
    if (target.kind === 'modeled') {
      const series = outputs[target.id];
      const path = years.map((_, i) => series?.[i] ?? null);
      const def = targetDefs.get(target.id);
      return {
        id: target.id,
        section: target.section,
        kind: target.kind,
        comparator: target.comparator,
        trend: null,
        path,
        basis: def?.basis ?? 'model',
        assumption: def?.assumption ?? null,
        official,
        ...judge(target, years, path),
      };
    }
    const user = tracked[target.id];
    if (!user) {
      const verdict: Verdict = { target: target.value, value: null, gap: null, state: official ? 'not_projected' : 'no_data', firstYearReached: null };
      return trackedRow(
        target,
        official,
        null,
        years.map(() => null),
        null,
        verdict,
      );
    }
    // The trend is a line through (startYear, start), read in every year it covers, before its
    // start year too: a trend that starts after the target year still gives a 2025 value.
    const path = years.map((year) => (year <= HORIZON_YEAR ? user.start + user.change * (year - user.startYear) : null));
    return trackedRow(target, official, { ...user, userSet: true }, path, 'trend', judge(target, years, path));
  });
}
