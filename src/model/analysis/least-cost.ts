// The least-cost package: the values of several levers that meet every chosen target at the
// lowest cumulative 2021–2025 fiscal cost.
//
// The model is not linear in its levers, so the package is found by sequential linear programming
// (SLP). At the current point each target and the cost are linearised: their exact values there,
// and their slopes by finite differences, one step per lever, on the preview population (a preview
// run costs about a sixth of an exact one; the slopes of the two populations agree closely, as a
// preview's anchoring relies on: analysis/goal-seek.ts). HiGHS solves the linear program — minimise
// the linearised cost subject to the linearised targets, the levers' ranges and a trust region —
// and an exact run checks its answer: a step that lowers the merit (the cost, plus a large penalty
// per unit of shortfall) is taken, and the trust region grows; one that does not is refused, and
// the region shrinks (and a target the linear model over-promised gets a margin). A few such
// iterations converge.
//
// First, though, each lever alone: goal-seek finds, for each target, the value of the lever that
// meets it; the furthest of those values meets every target if the responses are monotone, and an
// exact run says whether it does. The cheapest such single-lever package is the benchmark and the
// SLP's starting point, so the SLP only ever takes steps that keep every target met and lower the
// cost, and the package returned is never costlier than the cheapest single lever. A linearised
// search can miss a cheaper optimum elsewhere (the cost is not convex in the levers), so the
// package is labelled indicative.

import { FISCAL_COST_CUMULATIVE, MODEL_VERSION, PARAMETERS, PREVIEW_HOUSEHOLDS } from '../catalog';
import { thresholdHolds, type ThresholdComparator } from '../../shared/comparator';
import { YEARS, type OverrideValue } from '../params';
import { run } from '../index';
import { goalSeek, leverValueIn } from './goal-seek';
import { loadLpSolver, type LpSolver } from '../numerics/lp';
import type { CustomIndicatorInput } from '../indicators/custom';
import { resolveSeekTarget, type SeekBasis, type SeekTarget } from './seek-target';

/** The year of the cumulative fiscal cost minimised (its 2021–2025 total). */
const FISCAL_COST_YEAR = 2025;
/** Levers a package may combine: each adds a preview run per iteration and a goal-seek per target. */
export const LEAST_COST_MAX_LEVERS = 8;
/** Targets a package may aim at together. */
export const LEAST_COST_MAX_TARGETS = 6;
/** SLP iterations (linear programs solved) at most. */
const MAX_ITERATIONS = 16;
/** The trust region's first half-width, as a share of each lever's range. */
const FIRST_TRUST = 0.5;
/** The search ends when the trust region is narrower than this share of each lever's range. */
const MIN_TRUST = 0.002;
/** The finite-difference step, as a share of a lever's range. */
const SLOPE_STEP = 0.1;
/** Exact runs at most to polish each lever at the end. */
const POLISH_RUNS = 6;
/** The package's resolution: a tenth of each lever's step (as goal-seek answers). */
const FINE_STEPS_PER_STEP = 10;
/** The cost's unit inside the linear program (a billion yuan), so its numbers are of order one. */
const COST_UNIT = 1e9;
/** Penalty per unit of relative shortfall, in COST_UNITs: a shortfall of one millionth outweighs a billion yuan. */
const SHORTFALL_PENALTY = 1e6;

/**
 * One target of a package: a modelled plan target (its output id) or a custom indicator's target
 * (its id); year and threshold default to the plan's (the indicator's).
 */
export interface LeastCostTarget {
  readonly target: string;
  readonly threshold?: number;
  readonly year?: number;
}

/** What to find: the targets to meet together, and the levers that may move. */
export interface LeastCostRequest {
  readonly targets: readonly LeastCostTarget[];
  readonly levers: readonly string[];
}

/**
 * `already`: the scenario meets every target as it is (nothing to change); `reached`: the package
 * meets every target; `infeasible`: no combination found within the levers' ranges meets them all
 * (the linearised model says none does), and the package is the best effort: the smallest shortfall.
 */
export type LeastCostStatus = 'already' | 'reached' | 'infeasible';

/**
 * How the package was found: `as-is` (the scenario already met the targets), `slp` (the
 * sequential linear programs found a package cheaper than any single lever), `single-lever` (the
 * cheapest single lever meeting every target, which the SLP could not improve on).
 */
export type LeastCostMethod = 'as-is' | 'slp' | 'single-lever';

/** A target as the package meets it, from the package's exact run. */
export interface LeastCostAchieved {
  readonly target: string;
  readonly basis: SeekBasis;
  readonly year: number;
  readonly threshold: number;
  readonly comparator: ThresholdComparator;
  /** The target's value in `year` under the package (NaN: a custom expression that cannot be evaluated there). */
  readonly value: number;
  readonly met: boolean;
}

/** The cheapest package that one lever alone makes, meeting every target (exact run). */
export interface SingleLeverPackage {
  readonly lever: string;
  readonly value: number;
  readonly fiscalCostCumulative: number;
}

/** A least-cost package; every figure in it comes from an exact run of the model. */
export interface LeastCostResult {
  readonly status: LeastCostStatus;
  readonly method: LeastCostMethod;
  /**
   * The lever values to set over the scenario (each one value for every year, as its slider sets
   * it): the levers the package changes; empty for `already`.
   */
  readonly overrides: Readonly<Record<string, number>>;
  /** The cumulative 2021–2025 fiscal cost of the scenario with the package, yuan. */
  readonly fiscalCostCumulative: number;
  /** Each target, in the order asked. */
  readonly achieved: readonly LeastCostAchieved[];
  /** The benchmark: the cheapest single lever that meets every target; null when none does. */
  readonly singleLever: SingleLeverPackage | null;
  /** Linear programs solved. */
  readonly iterations: number;
  /** Model runs made: exact and on the preview population (goal-seeks' runs included). */
  readonly runs: { readonly exact: number; readonly preview: number };
  /** The model version that made it; the search has no random element, so the same inputs give the same package. */
  readonly modelVersion: string;
  /** The linear-programming solver that made it ("HiGHS 1.x.y"). */
  readonly solver: string;
  /** Always true: a linearised search, not a proof of the optimum. */
  readonly indicative: true;
}

/** A request that cannot be answered: the field and the reason. */
export class LeastCostError extends Error {
  constructor(
    readonly field: 'targets' | 'target' | 'levers' | 'lever' | 'year' | 'threshold',
    message: string,
  ) {
    super(message);
    this.name = 'LeastCostError';
  }
}

/** The caller asked to stop (its progress callback returned false). */
export class LeastCostCancelled extends Error {
  constructor() {
    super('the least-cost search was cancelled');
    this.name = 'LeastCostCancelled';
  }
}

/**
 * Told after each step (a goal-seek or a model run) with the steps done and an upper bound on all
 * of them; returning false (or a promise of false) stops the search with LeastCostCancelled. A
 * worker's callback is a round trip to the page, so awaiting it also lets a cancel arrive.
 */
export type LeastCostProgress = (done: number, total: number) => boolean | void | Promise<boolean | void>;

/** Options of leastCost. */
export interface LeastCostOptions {
  /** The solver to use (loaded with loadLpSolver() when absent). */
  readonly solver?: LpSolver | Promise<LpSolver>;
  readonly onProgress?: LeastCostProgress;
  /** The scenario's custom indicators, where a custom target is looked up. */
  readonly indicators?: readonly CustomIndicatorInput[];
}

interface TargetSpec {
  readonly target: SeekTarget;
  readonly year: number;
  readonly index: number;
  readonly threshold: number;
  readonly comparator: ThresholdComparator;
  /** The unit of relative shortfall: |threshold| (1 for a zero threshold). */
  readonly scale: number;
  /** Whether the target is met from above (≥, >): +1, or from below (≤, <): −1. */
  readonly sense: 1 | -1;
}

interface LeverSpec {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly fine: number;
  /** The scenario's own value in 2025. */
  readonly current: number;
}

/** What a run gives the search: each target's value, and the cost. */
interface Outcome {
  readonly values: readonly number[];
  readonly cost: number;
}

/** Checks a request and reads its targets and levers from the catalog; throws LeastCostError naming the field. */
function specify(
  overrides: Readonly<Record<string, OverrideValue>>,
  request: LeastCostRequest,
  indicators: readonly CustomIndicatorInput[],
): { targets: TargetSpec[]; levers: LeverSpec[] } {
  if (request.targets.length === 0) throw new LeastCostError('targets', 'choose at least one target');
  if (request.targets.length > LEAST_COST_MAX_TARGETS)
    throw new LeastCostError('targets', `at most ${LEAST_COST_MAX_TARGETS} targets at once, got ${request.targets.length}`);
  if (request.levers.length === 0) throw new LeastCostError('levers', 'choose at least one lever');
  if (request.levers.length > LEAST_COST_MAX_LEVERS)
    throw new LeastCostError('levers', `at most ${LEAST_COST_MAX_LEVERS} levers at once, got ${request.levers.length}`);
  const seen = new Set<string>();
  const targets = request.targets.map((asked): TargetSpec => {
    const target = resolveSeekTarget(asked.target, indicators);
    if (typeof target === 'string') throw new LeastCostError('target', target);
    const year = asked.year ?? target.year;
    const index = YEARS.indexOf(year);
    if (index < 0 || year <= YEARS[0]!)
      throw new LeastCostError('year', `${year} (target "${asked.target}") is outside the projection (${YEARS[1]}–${YEARS[YEARS.length - 1]})`);
    const key = `${asked.target}@${year}`;
    if (seen.has(key)) throw new LeastCostError('target', `"${asked.target}" in ${year} is asked twice`);
    seen.add(key);
    const threshold = asked.threshold ?? target.threshold;
    if (!Number.isFinite(threshold)) throw new LeastCostError('threshold', `the threshold of "${asked.target}" must be a finite number`);
    const comparator = target.comparator;
    const sense = comparator === '>=' || comparator === '>' ? 1 : -1;
    return { target, year, index, threshold, comparator, scale: Math.abs(threshold) || 1, sense };
  });
  const levers = request.levers.map((id): LeverSpec => {
    const lever = PARAMETERS.find((p) => p.id === id);
    if (!lever || lever.kind !== 'lever') throw new LeastCostError('lever', `"${id}" is not a policy lever`);
    if (lever.choices) throw new LeastCostError('lever', `"${id}" is a choice, not a level to set`);
    if (request.levers.indexOf(id) !== request.levers.lastIndexOf(id)) throw new LeastCostError('lever', `"${id}" is listed twice`);
    return {
      id,
      min: lever.min,
      max: lever.max,
      fine: lever.step / FINE_STEPS_PER_STEP,
      current: leverValueIn(overrides[id], lever.default, FISCAL_COST_YEAR),
    };
  });
  return { targets, levers };
}

/**
 * Finds the cheapest combination of `request.levers` (each set to one value for every year) that
 * meets every target in `request.targets`, over the scenario `overrides`. Deterministic: the same
 * scenario and request give the same package. Throws LeastCostError for a request it cannot
 * answer, LeastCostCancelled when `onProgress` asks it to stop.
 */
export async function leastCost(
  overrides: Readonly<Record<string, OverrideValue>>,
  request: LeastCostRequest,
  { solver: givenSolver, onProgress, indicators = [] }: LeastCostOptions = {},
): Promise<LeastCostResult> {
  const { targets, levers } = specify(overrides, request, indicators);
  const solver = await (givenSolver ?? loadLpSolver());
  const n = levers.length;
  const costIndex = YEARS.indexOf(FISCAL_COST_YEAR);
  const runs = { exact: 0, preview: 0 };

  let done = 0;
  const total = n * targets.length + 2 + MAX_ITERATIONS * (n + 2);
  const tick = async (): Promise<void> => {
    done = Math.min(done + 1, total - 1);
    if (onProgress && (await onProgress(done, total)) === false) throw new LeastCostCancelled();
  };

  const outcomeOf = (outputs: Readonly<Record<string, readonly number[]>>): Outcome => ({
    values: targets.map((t) => t.target.read(outputs, t.index)),
    cost: outputs[FISCAL_COST_CUMULATIVE]![costIndex]!,
  });
  const exactOf = async (scenario: Readonly<Record<string, OverrideValue>>): Promise<Outcome> => {
    runs.exact++;
    const outcome = outcomeOf(run({ overrides: scenario }, { whoGains: false }).outputs);
    await tick();
    return outcome;
  };
  // A custom target with no value (NaN) falls short by its whole threshold: never met, never preferred.
  const shortfallOf = (t: TargetSpec, value: number): number => (Number.isFinite(value) ? Math.max(0, (t.sense * (t.threshold - value)) / t.scale) : 1);
  const shortfall = (outcome: Outcome): number => targets.reduce((sum, t, k) => sum + shortfallOf(t, outcome.values[k]!), 0);
  const meetsAll = (outcome: Outcome): boolean => targets.every((t, k) => thresholdHolds(t.comparator, outcome.values[k]!, t.threshold));
  const merit = (outcome: Outcome): number => outcome.cost / COST_UNIT + SHORTFALL_PENALTY * shortfall(outcome);
  const achievedOf = (outcome: Outcome): LeastCostAchieved[] =>
    targets.map((t, k) => ({
      target: t.target.id,
      basis: t.target.basis,
      year: t.year,
      threshold: t.threshold,
      comparator: t.comparator,
      value: outcome.values[k]!,
      met: thresholdHolds(t.comparator, outcome.values[k]!, t.threshold),
    }));
  let iterations = 0;
  const finish = (
    status: LeastCostStatus,
    method: LeastCostMethod,
    changes: Record<string, number>,
    outcome: Outcome,
    singleLever: SingleLeverPackage | null,
  ): LeastCostResult => ({
    status,
    method,
    overrides: changes,
    fiscalCostCumulative: outcome.cost,
    achieved: achievedOf(outcome),
    singleLever,
    iterations,
    runs,
    modelVersion: MODEL_VERSION,
    solver: `HiGHS ${solver.version}`,
    indicative: true,
  });

  // The scenario as it is (year-by-year paths kept).
  const asIs = await exactOf(overrides);
  if (meetsAll(asIs)) return finish('already', 'as-is', {}, asIs, null);

  // Each lever alone: the furthest of its goal-seek answers, confirmed by an exact run.
  let singleLever: SingleLeverPackage | null = null;
  let singleOutcome: Outcome | undefined;
  for (const lever of levers) {
    const values: number[] = [];
    for (const t of targets) {
      const seek = goalSeek(overrides, { target: t.target.id, lever: lever.id, year: t.year, threshold: t.threshold }, indicators);
      runs.exact += seek.runs.exact;
      runs.preview += seek.runs.preview;
      await tick();
      if (seek.status === 'unreachable') break;
      values.push(seek.value);
    }
    if (values.length < targets.length) continue;
    const up = values.some((v) => v > lever.current);
    const down = values.some((v) => v < lever.current);
    if (up && down) continue; // the targets pull the lever both ways: no single value is sure to meet both
    const value = up ? Math.max(...values) : Math.min(...values);
    const outcome = await exactOf({ ...overrides, [lever.id]: value });
    if (meetsAll(outcome) && (!singleLever || outcome.cost < singleLever.fiscalCostCumulative)) {
      singleLever = { lever: lever.id, value, fiscalCostCumulative: outcome.cost };
      singleOutcome = outcome;
    }
  }

  // The SLP, in each lever's range scaled to [0, 1], from the cheapest single lever (or the scenario's own values).
  const span = levers.map((l) => l.max - l.min);
  const toValue = (j: number, u: number): number => {
    const l = levers[j]!;
    const fine = l.min + Math.round((u * span[j]!) / l.fine) * l.fine;
    return Math.min(l.max, Math.max(l.min, Number(fine.toFixed(10))));
  };
  const toShare = (j: number, v: number): number => (v - levers[j]!.min) / span[j]!;
  const scenarioAt = (point: readonly number[]): Record<string, OverrideValue> => {
    const scenario: Record<string, OverrideValue> = { ...overrides };
    levers.forEach((l, j) => (scenario[l.id] = point[j]!));
    return scenario;
  };
  const exactCache = new Map<string, Outcome>();
  const exactAt = async (point: readonly number[]): Promise<Outcome> => {
    const key = point.join(',');
    let hit = exactCache.get(key);
    if (!hit) {
      hit = await exactOf(scenarioAt(point));
      exactCache.set(key, hit);
    }
    return hit;
  };
  const previewAt = async (point: readonly number[]): Promise<Outcome> => {
    runs.preview++;
    const outcome = outcomeOf(run({ overrides: scenarioAt(point) }, { households: PREVIEW_HOUSEHOLDS, whoGains: false }).outputs);
    await tick();
    return outcome;
  };
  /** Slopes per unit of each lever's range (column j), of each target (rows) and of the cost, on the preview population. */
  const slopesAt = async (point: readonly number[]): Promise<{ targets: number[][]; cost: number[] }> => {
    const here = await previewAt(point);
    const slopes = { targets: targets.map(() => new Array<number>(n).fill(0)), cost: new Array<number>(n).fill(0) };
    for (let j = 0; j < n; j++) {
      const u = toShare(j, point[j]!);
      const moved = [...point];
      moved[j] = toValue(j, u + SLOPE_STEP <= 1 ? u + SLOPE_STEP : u - SLOPE_STEP);
      const du = toShare(j, moved[j]!) - u;
      if (du === 0) continue;
      const there = await previewAt(moved);
      // A custom target without a value at either point has no slope there (0: the LP does not lean on it).
      targets.forEach((_, k) => (slopes.targets[k]![j] = finiteOr0((there.values[k]! - here.values[k]!) / du)));
      slopes.cost[j] = (there.cost - here.cost) / du;
    }
    return slopes;
  };

  const start = levers.map((l, j) => (singleLever && l.id === singleLever.lever ? singleLever.value : toValue(j, toShare(j, l.current))));
  let point = start;
  let here = await exactAt(point);
  let slopes: { targets: number[][]; cost: number[] } | undefined;
  let trust = FIRST_TRUST;
  // Per target, a margin (relative) the linear model must clear: raised when it promised a target the exact run then missed.
  const margins = targets.map(() => 0);
  let costSlopes: readonly number[] = new Array<number>(n).fill(0);
  let best: { point: readonly number[]; outcome: Outcome } | undefined = meetsAll(here) ? { point, outcome: here } : undefined;
  let leastShort = { point, outcome: here };
  while (iterations < MAX_ITERATIONS && trust >= MIN_TRUST) {
    slopes ??= await slopesAt(point);
    costSlopes = slopes.cost;
    const u = point.map((v, j) => toShare(j, v));
    // Variables: the move of each lever (share of its range), then each target's slack (relative shortfall).
    const m = targets.length;
    const costs = [...slopes.cost.map((c) => c / COST_UNIT), ...targets.map(() => SHORTFALL_PENALTY)];
    const rows = targets.map((t, k) => {
      const coefficients = [...slopes!.targets[k]!.map((s) => (t.sense * s) / t.scale), ...targets.map((_, i) => (i === k ? 1 : 0))];
      // sense·(value + slope·d − threshold)/scale + slack ≥ margin
      const short = Number.isFinite(here.values[k]!) ? (t.sense * (t.threshold - here.values[k]!)) / t.scale : shortfallOf(t, NaN);
      return { coefficients, lower: short + margins[k]! };
    });
    const lower = [...u.map((uj) => Math.max(-trust, -uj)), ...new Array<number>(m).fill(0)];
    const upper = [...u.map((uj) => Math.min(trust, 1 - uj)), ...new Array<number>(m).fill(1e6)];
    const lp = solver.solve({ costs, rows, lower, upper });
    iterations++;
    if (lp.status !== 'optimal') break;
    const next = u.map((uj, j) => toValue(j, uj + lp.x[j]!));
    if (next.every((v, j) => v === point[j])) {
      // The linear model sees no better move on this grid: narrow the region once more, or stop.
      trust /= 2;
      continue;
    }
    const there = await exactAt(next);
    const promised = lp.x.slice(n).every((slack) => slack <= 1e-9);
    let raised = false;
    if (promised)
      targets.forEach((t, k) => {
        const miss = shortfallOf(t, there.values[k]!);
        if (miss > 0) {
          margins[k] = margins[k]! + miss;
          raised = true;
        }
      });
    if (meetsAll(there) && (!best || there.cost < best.outcome.cost)) best = { point: next, outcome: there };
    if (shortfall(there) < shortfall(leastShort.outcome)) leastShort = { point: next, outcome: there };
    // The exact runs' secant corrects the slopes along the step (Broyden's update): the preview
    // population's slopes of a band share are coarse (a few of its 4,000 households cross a band's edge).
    const step = next.map((v, j) => toShare(j, v) - u[j]!);
    const secant = (row: number[], change: number): void => {
      const norm = step.reduce((sum, d) => sum + d * d, 0);
      const error = change - row.reduce((sum, g, j) => sum + g * step[j]!, 0);
      if (!Number.isFinite(error)) return;
      for (let j = 0; j < n; j++) row[j] = row[j]! + (error * step[j]!) / norm;
    };
    targets.forEach((_, k) => secant(slopes!.targets[k]!, there.values[k]! - here.values[k]!));
    secant(slopes.cost, there.cost - here.cost);
    if (merit(there) < merit(here)) {
      point = next;
      here = there;
      slopes = undefined;
      trust = Math.min(1, trust * 2);
    } else if (!raised) trust /= 2; // a raised margin corrects the linear model's level: try again at the same width
  }

  // Polish: a linear program stops short of the edge by its margins and grid. Along each lever
  // whose move saves money (by its last slope), the furthest value that still meets every target,
  // by exact runs: regula falsi on the tightest target's relative slack, as goal-seek refines.
  if (best) {
    for (let j = 0; j < n; j++) {
      const direction = -Math.sign(costSlopes[j]!);
      const from: number = best.point[j]!;
      const end = direction > 0 ? levers[j]!.max : levers[j]!.min;
      if (direction === 0 || from === end) continue;
      const at = (v: number): number[] => best!.point.map((w, i) => (i === j ? v : w));
      const slack = (outcome: Outcome): number => Math.min(...targets.map((t, k) => (t.sense * (outcome.values[k]! - t.threshold)) / t.scale));
      let [met, unmet]: [number, number] = [from, end];
      let [sMet, sUnmet] = [slack(best.outcome), slack(await exactAt(at(end)))];
      if (sUnmet >= 0 && meetsAll(await exactAt(at(end)))) [met, sMet] = [end, sUnmet];
      const fine = levers[j]!.fine;
      for (let tries = 0; tries < POLISH_RUNS && Math.round(Math.abs(unmet - met) / fine) > 1 && met !== end; tries++) {
        const width = Math.round(Math.abs(unmet - met) / fine);
        const interpolate = Number.isFinite(sMet) && Number.isFinite(sUnmet) && sMet !== sUnmet;
        const k = Math.min(width - 1, Math.max(1, interpolate ? Math.floor((sMet / (sMet - sUnmet)) * width) : Math.round(width / 2)));
        const candidate = Number((met + Math.sign(unmet - met) * k * fine).toFixed(10));
        const outcome = await exactAt(at(candidate));
        if (meetsAll(outcome)) [met, sMet] = [candidate, slack(outcome)];
        else [unmet, sUnmet] = [candidate, slack(outcome)];
      }
      const polished = await exactAt(at(met));
      if (meetsAll(polished) && polished.cost < best.outcome.cost) best = { point: at(met), outcome: polished };
    }
  }

  const changesAt = (at: readonly number[]): Record<string, number> => {
    const changes: Record<string, number> = {};
    levers.forEach((l, j) => {
      if (at[j] !== l.current || typeof overrides[l.id] === 'object') changes[l.id] = at[j]!;
    });
    return changes;
  };
  if (done < total) await onProgress?.(total, total);
  if (best && (!singleLever || best.outcome.cost < singleLever.fiscalCostCumulative))
    return finish('reached', 'slp', changesAt(best.point), best.outcome, singleLever);
  if (singleLever && singleOutcome) return finish('reached', 'single-lever', { [singleLever.lever]: singleLever.value }, singleOutcome, singleLever);
  return finish('infeasible', 'slp', changesAt(leastShort.point), leastShort.outcome, null);
}

/** A finite number as it is, anything else as 0. */
function finiteOr0(value: number): number {
  return Number.isFinite(value) ? value : 0;
}
