// "What would it take?" for one lever and one target: the lever value, nearest the scenario's own,
// at which the target is met in its year.
//
// Each exact run costs about 0.1 s, so the search runs on the preview population, anchored to the
// exact result at the scenario's own lever value the way a preview is (index.ts, previewWorkbench):
//
//   f̂(v) = F(current) + s(v) − s(current)
//
// A grid over the lever's whole range finds every crossing of the threshold (a response need not
// be monotone); bisection on f̂ narrows each to the lever's step. Exact runs then confirm the
// crossing nearest the scenario's own value: a value that meets the target and one a step nearer
// that does not (widening by doubling when the estimate was off, so a far miss costs a few runs,
// not one per step), and interpolate between the two to a tenth of the step.

import { FISCAL_COST_CUMULATIVE, MODEL_VERSION, PARAMETERS, PREVIEW_HOUSEHOLDS } from '../catalog';
import { thresholdHolds, type ThresholdComparator } from '../../shared/comparator';
import { YEARS, type OverrideValue } from '../params';
import { run } from '../index';
import { pathValueAt } from '../../shared/path';
import type { CustomIndicatorInput } from '../indicators/custom';
import { resolveSeekTarget, type SeekBasis } from './seek-target';

/** The year of the cumulative fiscal cost reported with an answer. */
const FISCAL_COST_YEAR = 2025;
/** Grid points over a lever's range (fewer when the range has fewer steps). */
const GRID_POINTS = 9;
/** The answer's resolution: a tenth of the lever's step (the slider's step is too coarse to say how much is just enough). */
const FINE_STEPS_PER_STEP = 10;

/**
 * What to seek: a modelled plan target (its output id) or a custom indicator's target (its id),
 * and a lever; year and threshold default to the plan's (the indicator's).
 */
export interface GoalSeekRequest {
  readonly target: string;
  readonly lever: string;
  readonly year?: number;
  readonly threshold?: number;
}

/**
 * `already`: the scenario meets the target as it is; `reached`: `value` meets it; `unreachable`:
 * no value inside the lever's range does (the best one is reported).
 */
export type GoalSeekStatus = 'already' | 'reached' | 'unreachable';

/** The answer of a goal-seek; every number in it comes from an exact run of the model. */
export interface GoalSeekResult {
  readonly target: string;
  readonly basis: SeekBasis;
  readonly year: number;
  readonly threshold: number;
  readonly comparator: ThresholdComparator;
  readonly lever: string;
  readonly status: GoalSeekStatus;
  /** The lever's value in the scenario before the seek (a year-by-year path: its value in `year`). */
  readonly current: number;
  /**
   * The lever value found (to a tenth of the lever's step), the scenario's own for `already`, the
   * best reachable for `unreachable` (on the lever's step).
   */
  readonly value: number;
  /** The target's output in `year` at `value` (exact run). */
  readonly achieved: number;
  /** The cumulative 2021–2025 fiscal cost at `value` (exact run), yuan. */
  readonly fiscalCostCumulative: number;
  /**
   * Every lever value at which the verdict changes, on the preview-population grid narrowed to the
   * lever's step (more than one: the response is not monotone in the lever), ascending.
   */
  readonly crossings: readonly number[];
  /** Model runs made: exact and on the preview population. */
  readonly runs: { readonly exact: number; readonly preview: number };
  /** The model version that made it; the search has no random element, so the same inputs give the same answer. */
  readonly modelVersion: string;
}

/** A request that cannot be answered: the field and the reason. */
export class GoalSeekError extends Error {
  constructor(
    readonly field: 'target' | 'lever' | 'year' | 'threshold',
    message: string,
  ) {
    super(message);
    this.name = 'GoalSeekError';
  }
}

/** A lever value as the scenario holds it: a number, or a path's value in `year` (the default where none is set). */
export function leverValueIn(override: OverrideValue | undefined, fallback: number, year: number): number {
  if (override === undefined) return fallback;
  if (typeof override === 'number') return override;
  return pathValueAt(override.path, year) ?? fallback;
}

/**
 * Finds the value of `request.lever`, nearest the scenario's own, at which the target holds in
 * its year, and reports its fiscal cost; the lever is set to one value for every year (as its
 * slider sets it). A custom target is looked up in `indicators`, the scenario's custom
 * indicators. Pure and deterministic. Throws GoalSeekError for a request it cannot answer.
 */
export function goalSeek(
  overrides: Readonly<Record<string, OverrideValue>>,
  request: GoalSeekRequest,
  indicators: readonly CustomIndicatorInput[] = [],
): GoalSeekResult {
  const target = resolveSeekTarget(request.target, indicators);
  if (typeof target === 'string') throw new GoalSeekError('target', target);
  const lever = PARAMETERS.find((p) => p.id === request.lever);
  if (!lever || lever.kind !== 'lever') throw new GoalSeekError('lever', `"${request.lever}" is not a policy lever`);
  if (lever.choices) throw new GoalSeekError('lever', `"${request.lever}" is a choice, not a level to seek`);
  const year = request.year ?? target.year;
  const t = YEARS.indexOf(year);
  if (t < 0 || year <= YEARS[0]!) throw new GoalSeekError('year', `${year} is outside the projection (${YEARS[1]}–${YEARS[YEARS.length - 1]})`);
  const threshold = request.threshold ?? target.threshold;
  if (!Number.isFinite(threshold)) throw new GoalSeekError('threshold', 'must be a finite number');
  const comparator = target.comparator;
  const costIndex = YEARS.indexOf(FISCAL_COST_YEAR);

  const runs = { exact: 0, preview: 0 };
  const withLever = (value: number): Record<string, OverrideValue> => ({ ...overrides, [lever.id]: value });
  const exactCache = new Map<number, Exact>();
  const exactOf = (scenario: Readonly<Record<string, OverrideValue>>): Exact => {
    runs.exact++;
    const outputs = run({ overrides: scenario }, { whoGains: false }).outputs;
    return { achieved: target.read(outputs, t), cost: outputs[FISCAL_COST_CUMULATIVE]![costIndex]! };
  };
  const exact = (value: number): Exact => {
    let hit = exactCache.get(value);
    if (!hit) {
      hit = exactOf(withLever(value));
      exactCache.set(value, hit);
    }
    return hit;
  };
  const small = (value: number): number => {
    runs.preview++;
    return target.read(run({ overrides: withLever(value) }, { households: PREVIEW_HOUSEHOLDS, whoGains: false }).outputs, t);
  };
  const meets = (achieved: number): boolean => thresholdHolds(comparator, achieved, threshold);
  const snap = (v: number): number => {
    const snapped = lever.min + Math.round((v - lever.min) / lever.step) * lever.step;
    return Math.min(lever.max, Math.max(lever.min, Number(snapped.toFixed(10))));
  };

  const current = leverValueIn(overrides[lever.id], lever.default, year);
  const base = { target: target.id, basis: target.basis, year, threshold, comparator, lever: lever.id, current };
  const done = (status: GoalSeekStatus, value: number, at: Exact, crossings: readonly number[]): GoalSeekResult => ({
    ...base,
    status,
    value,
    achieved: at.achieved,
    fiscalCostCumulative: at.cost,
    crossings,
    runs,
    modelVersion: MODEL_VERSION,
  });
  // The scenario as it is (a year-by-year path of the lever kept): is the target met already?
  const override = overrides[lever.id];
  const asIs = override !== undefined && typeof override !== 'number' ? exactOf(overrides) : exact(current);
  if (meets(asIs.achieved)) return done('already', current, asIs, []);

  // The anchored estimate f̂(v), anchored at the scenario's own value (kept inside the range).
  const anchorValue = Math.min(lever.max, Math.max(lever.min, current));
  // A custom indicator may have no value at the scenario's own value (a division by zero): the
  // estimate is then the preview population's own, unanchored, and the exact runs still decide.
  const rawOffset = exact(anchorValue).achieved - small(anchorValue);
  const offset = Number.isFinite(rawOffset) ? rawOffset : 0;
  const estimates = new Map<number, number>(Number.isFinite(rawOffset) ? [[anchorValue, exact(anchorValue).achieved]] : []);
  const estimate = (v: number): number => {
    let hit = estimates.get(v);
    if (hit === undefined) {
      hit = small(v) + offset;
      estimates.set(v, hit);
    }
    return hit;
  };
  // A grid over the lever's range on its steps, with the scenario's own value; every change of
  // verdict between neighbours is narrowed by bisection on f̂ to two values a step apart or less.
  const steps = Math.round((lever.max - lever.min) / lever.step);
  const gridSteps = Math.min(steps, GRID_POINTS - 1);
  const grid = [
    ...new Set([...Array.from({ length: gridSteps + 1 }, (_, i) => snap(lever.min + ((lever.max - lever.min) * i) / gridSteps)), anchorValue]),
  ].sort((a, b) => a - b);
  const narrow = (lo: number, hi: number): Crossing => {
    const loMeets = meets(estimate(lo));
    let [a, b] = [lo, hi];
    for (;;) {
      const mid = snap((a + b) / 2);
      if (mid <= a || mid >= b) break;
      if (meets(estimate(mid)) === loMeets) a = mid;
      else b = mid;
    }
    return loMeets ? { met: a, unmet: b } : { met: b, unmet: a };
  };
  const crossings: Crossing[] = [];
  for (let i = 1; i < grid.length; i++) if (meets(estimate(grid[i]!)) !== meets(estimate(grid[i - 1]!))) crossings.push(narrow(grid[i - 1]!, grid[i]!));
  const crossingValues = crossings.map((c) => c.met);

  if (crossings.length === 0) {
    // No grid point meets the target by the estimate: the best one, confirmed by an exact run.
    // A value the estimate has none for ranks last.
    const better = (a: number, b: number): boolean =>
      Number.isFinite(a) && (!Number.isFinite(b) || (comparator === '>=' || comparator === '>' ? a > b : a < b));
    const best = grid.reduce((top, v) => (better(estimate(v), estimate(top)) ? v : top));
    if (!meets(exact(best).achieved)) return done('unreachable', best, exact(best), crossingValues);
    const unmet = exact(anchorValue).achieved;
    if (meets(unmet)) return done('reached', anchorValue, exact(anchorValue), crossingValues);
    crossings.push({ met: best, unmet: anchorValue });
  }
  // The crossing nearest the scenario's own value is the smallest change that meets the target;
  // when the exact runs find none there (the estimate was wrong), the next nearest is tried.
  const byDistance = [...crossings].sort((a, b) => Math.abs(a.met - current) - Math.abs(b.met - current));
  const anchorMisses = !meets(exact(anchorValue).achieved);
  for (const crossing of byDistance) {
    const bracket = confirm(crossing, lever, snap, (v) => meets(exact(v).achieved), anchorMisses ? anchorValue : undefined);
    if (!bracket) continue;
    const value = refine(bracket, lever.step / FINE_STEPS_PER_STEP, exact, meets, threshold);
    return done('reached', value, exact(value), crossingValues);
  }
  // No estimated crossing holds in exact runs: out of reach, the end of the range towards the nearest one the best tried.
  const nearest = byDistance[0]!;
  const end = nearest.met > nearest.unmet ? lever.max : lever.min;
  return done('unreachable', end, exact(end), []);
}

/** An exact run's two numbers a goal-seek reports. */
interface Exact {
  readonly achieved: number;
  readonly cost: number;
}

/** A change of verdict between two lever values: the one that meets the target and the one that does not. */
interface Crossing {
  readonly met: number;
  readonly unmet: number;
}

/**
 * An exact bracket around an estimated crossing: a value the exact run meets and one a step or
 * less from it, on the unmet side, that it does not. Starting from the estimate, it widens by
 * doubling the distance (towards the met side while the met value fails, towards the unmet side
 * while the unmet value holds, never past `knownUnmet`, the scenario's own value when it misses),
 * then bisects on the lever's steps. Undefined when no value from the crossing to that end of the
 * range meets the target.
 */
function confirm(
  estimated: Crossing,
  lever: { readonly min: number; readonly max: number; readonly step: number },
  snap: (value: number) => number,
  holds: (value: number) => boolean,
  knownUnmet: number | undefined,
): Crossing | undefined {
  const away: 1 | -1 = estimated.met > estimated.unmet ? 1 : -1;
  const clamp = (v: number): number => snap(Math.min(lever.max, Math.max(lever.min, v)));
  let { met, unmet } = estimated;
  for (let span = lever.step; !holds(met); span *= 2) {
    const next = clamp(met + away * span);
    // The end of the range (snapped, so a range that is not a whole number of steps ends too).
    if (away * (next - met) <= 0) return undefined;
    unmet = met;
    met = next;
  }
  for (let span = lever.step; holds(unmet); span *= 2) {
    let next = clamp(unmet - away * span);
    if (knownUnmet !== undefined && away * (unmet - knownUnmet) > 0 && away * (next - knownUnmet) < 0) next = knownUnmet;
    met = unmet;
    // The whole range on that side meets the target: its end is where it is first met.
    if (away * (unmet - next) <= 0) return { met, unmet: met };
    unmet = next;
  }
  for (;;) {
    const mid = snap((met + unmet) / 2);
    if (away * (mid - unmet) <= 0 || away * (met - mid) <= 0) break;
    if (holds(mid)) met = mid;
    else unmet = mid;
  }
  return { met, unmet };
}

/**
 * The lever value where the target is first met, inside an exact bracket a step wide or less, to
 * `fine`: each try is interpolated linearly between the unmet and met values (regula falsi) and
 * rounded towards the met side on the fine grid; when a try did not halve the bracket the next is
 * its midpoint, so it ends in a few exact runs whatever the response's shape. A near-linear
 * response needs one or two.
 */
function refine(bracket: Crossing, fine: number, exact: (value: number) => Exact, meets: (achieved: number) => boolean, threshold: number): number {
  let { met, unmet } = bracket;
  if (met === unmet) return met;
  const away = met > unmet ? 1 : -1;
  const fineSteps = (a: number, b: number): number => Math.round(Math.abs(b - a) / fine);
  let [fMet, fUnmet] = [exact(met).achieved - threshold, exact(unmet).achieved - threshold];
  let halved = true;
  while (fineSteps(unmet, met) > 1) {
    const width = fineSteps(unmet, met);
    let k: number;
    // (A custom indicator may have no value at a try, NaN: then the midpoint.)
    if (halved && Number.isFinite(fMet) && Number.isFinite(fUnmet) && fMet !== fUnmet) {
      const interpolated = (fUnmet / (fUnmet - fMet)) * width;
      k = Math.ceil(Number(interpolated.toFixed(6)));
    } else k = Math.round(width / 2);
    k = Math.min(width - 1, Math.max(1, k));
    const candidate = Number((unmet + away * k * fine).toFixed(10));
    const f = exact(candidate).achieved - threshold;
    if (meets(f + threshold)) [met, fMet] = [candidate, f];
    else [unmet, fUnmet] = [candidate, f];
    halved = fineSteps(unmet, met) * 2 <= width;
  }
  return met;
}
