// "What would it take?" for one lever and one target: the lever value, nearest the scenario's own,
// at which the target is met in its year.
//
// Each exact run costs about 0.1 s, so the search runs on the preview population, anchored to the
// exact result at the scenario's own lever value the way a preview is (index.ts, previewWorkbench):
//
//   f̂(v) = F(current) + s(v) − s(current)
//
// A grid over the lever's whole range finds every crossing of the threshold (a response need not
// be monotone); bisection on f̂ narrows the nearest one to the lever's step; exact runs then
// confirm it and that one step less does not meet the target (walking a step at a time if the
// anchored estimate was off by a step), and interpolate between the two to a tenth of the step.

import { FISCAL_COST_CUMULATIVE, PARAMETERS, PREVIEW_HOUSEHOLDS, TARGETS } from '../catalog';
import type { TargetBasis } from '../catalog';
import { thresholdHolds, type ThresholdComparator } from '../../shared/comparator';
import { YEARS, type OverrideValue } from '../params';
import { run } from '../index';

/** The year of the cumulative fiscal cost reported with an answer. */
const FISCAL_COST_YEAR = 2025;
/** Grid points over a lever's range (fewer when the range has fewer steps). */
const GRID_POINTS = 9;
/** Exact runs allowed when walking from the anchored estimate to the exact answer, step by step. */
const MAX_EXACT_WALK = 6;
/** Exact runs allowed to narrow the answer below the lever's step. */
const MAX_REFINE_TRIES = 4;
/** The answer's resolution: a tenth of the lever's step (the slider's step is too coarse to say how much is just enough). */
const FINE_STEPS_PER_STEP = 10;

/** What to seek: a modelled target (its output id) and a lever; year and threshold default to the plan's. */
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
  readonly basis: Exclude<TargetBasis, 'trend'>;
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
function leverValueIn(override: OverrideValue | undefined, fallback: number, year: number): number {
  if (override === undefined) return fallback;
  if (typeof override === 'number') return override;
  let value = fallback;
  for (const [y, v] of override.path) if (y <= year) value = v;
  return value;
}

/**
 * Finds the value of `request.lever`, nearest the scenario's own, at which the target holds in
 * its year, and reports its fiscal cost; the lever is set to one value for every year (as its
 * slider sets it). Pure and deterministic. Throws GoalSeekError for a request it cannot answer.
 */
export function goalSeek(overrides: Readonly<Record<string, OverrideValue>>, request: GoalSeekRequest): GoalSeekResult {
  const target = TARGETS.find((t) => t.outputId === request.target);
  if (!target) throw new GoalSeekError('target', `"${request.target}" is not a modelled plan target`);
  if (target.comparator === 'rising') throw new GoalSeekError('target', `"${request.target}" is judged on its whole path, not against a threshold`);
  const lever = PARAMETERS.find((p) => p.id === request.lever);
  if (!lever || lever.kind !== 'lever') throw new GoalSeekError('lever', `"${request.lever}" is not a policy lever`);
  if (lever.choices) throw new GoalSeekError('lever', `"${request.lever}" is a choice, not a level to seek`);
  const year = request.year ?? target.year;
  const t = YEARS.indexOf(year);
  if (t < 0 || year <= YEARS[0]!) throw new GoalSeekError('year', `${year} is outside the projection (${YEARS[1]}–${YEARS[YEARS.length - 1]})`);
  const threshold = request.threshold ?? target.value;
  if (!Number.isFinite(threshold)) throw new GoalSeekError('threshold', 'must be a finite number');
  const comparator = target.comparator;
  const costIndex = YEARS.indexOf(FISCAL_COST_YEAR);

  const runs = { exact: 0, preview: 0 };
  const withLever = (value: number): Record<string, OverrideValue> => ({ ...overrides, [lever.id]: value });
  const exactCache = new Map<number, Exact>();
  const exactOf = (scenario: Readonly<Record<string, OverrideValue>>): Exact => {
    runs.exact++;
    const outputs = run({ overrides: scenario }, { whoGains: false }).outputs;
    return { achieved: outputs[target.outputId]![t]!, cost: outputs[FISCAL_COST_CUMULATIVE]![costIndex]! };
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
    return run({ overrides: withLever(value) }, { households: PREVIEW_HOUSEHOLDS, whoGains: false }).outputs[target.outputId]![t]!;
  };
  const meets = (achieved: number): boolean => thresholdHolds(comparator, achieved, threshold);
  const snap = (v: number): number => {
    const snapped = lever.min + Math.round((v - lever.min) / lever.step) * lever.step;
    return Math.min(lever.max, Math.max(lever.min, Number(snapped.toFixed(10))));
  };

  const current = leverValueIn(overrides[lever.id], lever.default, year);
  const base = { target: target.outputId, basis: target.basis, year, threshold, comparator, lever: lever.id, current };
  const done = (status: GoalSeekStatus, value: number, at: Exact, crossings: readonly number[]): GoalSeekResult => ({
    ...base,
    status,
    value,
    achieved: at.achieved,
    fiscalCostCumulative: at.cost,
    crossings,
    runs,
  });
  // The scenario as it is (a year-by-year path of the lever kept): is the target met already?
  const override = overrides[lever.id];
  const asIs = override !== undefined && typeof override !== 'number' ? exactOf(overrides) : exact(current);
  if (meets(asIs.achieved)) return done('already', current, asIs, []);

  // The anchored estimate f̂(v) over a grid of the lever's range, then every change of verdict
  // narrowed to the lever's step by bisection on f̂.
  const anchorValue = snap(current);
  const offset = exact(anchorValue).achieved - small(anchorValue);
  const estimates = new Map<number, number>([[anchorValue, exact(anchorValue).achieved]]);
  const estimate = (v: number): number => {
    let hit = estimates.get(v);
    if (hit === undefined) {
      hit = small(v) + offset;
      estimates.set(v, hit);
    }
    return hit;
  };
  const steps = Math.round((lever.max - lever.min) / lever.step);
  const gridSteps = Math.min(steps, GRID_POINTS - 1);
  const grid = [
    ...new Set([...Array.from({ length: gridSteps + 1 }, (_, i) => snap(lever.min + ((lever.max - lever.min) * i) / gridSteps)), anchorValue]),
  ].sort((a, b) => a - b);
  const narrow = (lo: number, hi: number): number => {
    const loMeets = meets(estimate(lo));
    let [a, b] = [lo, hi];
    while (Math.round((b - a) / lever.step) > 1) {
      const mid = snap(a + Math.floor(Math.round((b - a) / lever.step) / 2) * lever.step);
      if (meets(estimate(mid)) === loMeets) a = mid;
      else b = mid;
    }
    return loMeets ? a : b;
  };
  const crossings: number[] = [];
  for (let i = 1; i < grid.length; i++) if (meets(estimate(grid[i]!)) !== meets(estimate(grid[i - 1]!))) crossings.push(narrow(grid[i - 1]!, grid[i]!));

  let start: number;
  if (crossings.length > 0) {
    // The crossing nearest the scenario's own value is the smallest change that meets the target.
    start = crossings.reduce((a, b) => (Math.abs(b - current) < Math.abs(a - current) ? b : a));
  } else {
    // No grid point meets the target by the estimate: the best one, confirmed by an exact run.
    const better = (a: number, b: number): boolean => (comparator === '>=' || comparator === '>' ? a > b : a < b);
    start = grid.reduce((best, v) => (better(estimate(v), estimate(best)) ? v : best));
    if (!meets(exact(start).achieved)) return done('unreachable', start, exact(start), crossings);
  }

  // Exact runs from the estimate: step away from the scenario's value until the target is met.
  const away: 1 | -1 = start >= anchorValue ? 1 : -1;
  let met = start;
  for (let walk = 0; !meets(exact(met).achieved); walk++) {
    const next = snap(met + away * lever.step);
    if (next === met || walk === MAX_EXACT_WALK) return done('unreachable', met, exact(met), crossings);
    met = next;
  }
  // The unmet side: the scenario's own value (exact, unmet), or a step back when the estimate was
  // too far out and that step is still met… until an unmet value is found.
  let unmet = anchorValue;
  if (meets(exact(anchorValue).achieved)) unmet = met; // a path scenario met at its 2025 value alone: nothing nearer to find
  const value = refine(met, unmet, away, lever.step / FINE_STEPS_PER_STEP, exact, meets, threshold);
  return done('reached', value, exact(value), crossings);
}

/** An exact run's two numbers a goal-seek reports. */
interface Exact {
  readonly achieved: number;
  readonly cost: number;
}

/**
 * The lever value where the target is first met, between an unmet value and a met one, to `fine`:
 * regula falsi on exact results (each try interpolated linearly between the nearest unmet and met
 * values and rounded away from the unmet side; the Illinois rule halves a side's weight when it
 * is kept twice), stopping once the met and unmet values are a fine step apart or after a few
 * tries. A near-linear response needs one exact run.
 */
function refine(
  met: number,
  unmet: number,
  away: 1 | -1,
  fine: number,
  exact: (value: number) => Exact,
  meets: (achieved: number) => boolean,
  threshold: number,
): number {
  if (unmet === met) return met;
  let [fMet, fUnmet] = [exact(met).achieved - threshold, exact(unmet).achieved - threshold];
  let kept: 'met' | 'unmet' | undefined;
  for (let tries = 0; tries < MAX_REFINE_TRIES && away * (met - unmet) > fine * 1.5; tries++) {
    const crossing = fMet === fUnmet ? (met + unmet) / 2 : unmet + (fUnmet / (fUnmet - fMet)) * (met - unmet);
    const fineSteps = Math.min(Math.round((away * (met - unmet)) / fine) - 1, Math.max(1, Math.ceil(Number(((away * (crossing - unmet)) / fine).toFixed(6)))));
    const candidate = Number((unmet + away * fineSteps * fine).toFixed(10));
    const f = exact(candidate).achieved - threshold;
    if (meets(f + threshold)) {
      [met, fMet] = [candidate, f];
      if (kept === 'unmet') fUnmet /= 2;
      kept = 'unmet';
    } else {
      [unmet, fUnmet] = [candidate, f];
      if (kept === 'met') fMet /= 2;
      kept = 'met';
    }
  }
  return met;
}
