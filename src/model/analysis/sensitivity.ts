// Which assumptions decide whether a target is met, two ways.
//
// The tornado moves one Monte Carlo parameter at a time to its distribution's P10 and P90 (the
// rest as the scenario has them) and reads the target in its year. ~90 runs would take seconds on
// the full population, so they run on the Monte Carlo population (MC_POPULATION) and are anchored
// to the scenario's exact result the way a preview is (index.ts, previewWorkbench):
//
//   value(x) = exact(scenario) + small(x) − small(scenario)
//
// so the tornado's base is the scenario's own exact value, and each bar carries the small
// population's response to one parameter, applied exactly as a Monte Carlo draw applies it
// (uncertainty/sample.ts, drawnOverride).
//
// Global sensitivity uses the Monte Carlo draws themselves: the standardised regression
// coefficients (SRC) of the target's value on every drawn parameter, all varying at once. An SRC
// is the change in the target, in its standard deviations, for one standard deviation of the
// parameter; R² says how much of the target's spread a linear model in the parameters explains
// (with R² near 1 the SRCs rank the parameters; well below 1 the response is not linear enough
// for them to tell the whole story).

import { lusolve, multiply, transpose } from 'mathjs';
import { MODEL_VERSION, PARAMETERS, SRC_SPARE_DRAWS } from '../catalog';
import { thresholdHolds, type ThresholdComparator } from '../../shared/comparator';
import { YEARS, type OverrideValue } from '../params';
import { run } from '../index';
import { clip, mcQuantile } from '../uncertainty/distributions';
import { MC_POPULATION, runDraws } from '../uncertainty/run';
import { DRAWN_PARAMETERS, type DrawnParameter, type McSample } from '../uncertainty/sample';
import type { McPopulation } from '../uncertainty/anchor';
import type { McSummary } from '../uncertainty/summarise';
import type { CustomIndicatorInput } from '../indicators/custom';
import { resolveSeekTarget, type SeekBasis } from './seek-target';

/** The tornado's two ends: the 10th and 90th percentiles of each parameter's distribution. */
export const TORNADO_LOW = 0.1;
export const TORNADO_HIGH = 0.9;

/** A request for a tornado: a modelled target with a threshold (its output id), and the year (default: the target's). */
export interface TornadoRequest {
  readonly target: string;
  readonly year?: number;
}

/** Options of a tornado: the population its runs use (default MC_POPULATION, anchored to the exact run). */
export interface TornadoOptions {
  readonly population?: McPopulation;
  /** The scenario's custom indicators, where a custom target is looked up. */
  readonly indicators?: readonly CustomIndicatorInput[];
}

/** One parameter's bar: the target at the parameter's P10 and at its P90. */
export interface TornadoBar {
  /** The parameter's catalog id. */
  readonly id: string;
  /** `value`: low and high are the parameter's value; `shift`: a deviation from its default path (from 2025 on). */
  readonly mode: 'value' | 'shift';
  /** The parameter at its distribution's P10 (clipped to its range) and P90. */
  readonly low: number;
  readonly high: number;
  /** The target's value in the year with the parameter at `low` and at `high`. */
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow|: the bars are sorted by it, largest first. */
  readonly swing: number;
  readonly metAtLow: boolean;
  readonly metAtHigh: boolean;
}

/** A target's tornado. Deterministic: no random draws (the P10 and P90 are computed from each distribution). */
export interface Tornado {
  readonly modelVersion: string;
  readonly target: string;
  readonly basis: SeekBasis;
  readonly year: number;
  readonly threshold: number;
  readonly comparator: ThresholdComparator;
  /** The target's value in the scenario as it is (its exact run). */
  readonly base: number;
  readonly baseMet: boolean;
  /** One bar per parameter the scenario leaves free, largest swing first (ties in catalog order). */
  readonly bars: readonly TornadoBar[];
  /** Parameters with a distribution that the scenario sets itself: held at its value (as Monte Carlo holds them). */
  readonly held: readonly string[];
  /** The population the bars were run on. */
  readonly population: McPopulation;
  /** Model runs: one exact, and one per point on the small population (the scenario, then two per parameter). */
  readonly runs: { readonly exact: number; readonly small: number };
}

/** A request that cannot be answered: the field and the reason. */
export class SensitivityError extends Error {
  constructor(
    readonly field: 'target' | 'year' | 'draws',
    message: string,
  ) {
    super(message);
    this.name = 'SensitivityError';
  }
}

/**
 * A parameter's P10 and P90 from its distribution's definition (uniform, normal, triangular: see
 * mcQuantile), a `value` parameter's clipped to its catalog range as a draw is.
 */
export function tornadoEnds(p: DrawnParameter): { readonly low: number; readonly high: number } {
  const low = mcQuantile(p.mc, TORNADO_LOW);
  const high = mcQuantile(p.mc, TORNADO_HIGH);
  if (p.mode === 'shift') return { low, high };
  const def = PARAMETERS.find((d) => d.id === p.id)!;
  return { low: clip(low, def.min, def.max), high: clip(high, def.min, def.max) };
}

/** What a parameter is when not drawn: its default (a `value`), or no deviation (a `shift`). */
function centralOf(p: DrawnParameter): number {
  return p.mode === 'shift' ? 0 : PARAMETERS.find((d) => d.id === p.id)!.default;
}

/** The progress a tornado reports between its steps. */
export interface TornadoProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The tornado as steps: each `next()` runs the scenario or one parameter's two ends and yields the
 * progress, so a worker can report it and stop between steps; the return value is the tornado.
 * Throws SensitivityError for a request it cannot answer (at the first `next()`).
 */
export function* tornadoSteps(
  overrides: Readonly<Record<string, OverrideValue>>,
  request: TornadoRequest,
  options: TornadoOptions = {},
): Generator<TornadoProgress, Tornado, void> {
  const target = resolveSeekTarget(request.target, options.indicators);
  if (typeof target === 'string') throw new SensitivityError('target', target);
  const year = request.year ?? target.year;
  const t = YEARS.indexOf(year);
  if (t < 0 || year <= YEARS[0]!) throw new SensitivityError('year', `${year} is outside the projection (${YEARS[1]}–${YEARS[YEARS.length - 1]})`);
  const comparator = target.comparator;
  const threshold = target.threshold;
  const population = options.population ?? MC_POPULATION;

  const free = DRAWN_PARAMETERS.filter((p) => overrides[p.id] === undefined);
  const held = DRAWN_PARAMETERS.filter((p) => overrides[p.id] !== undefined).map((p) => p.id);
  // Build parameters last: each of their points builds a population, and the small population of
  // every other point is the scenario's own (kept between runs; see uncertainty/run.ts).
  const order = [...free.filter((p) => !p.build), ...free.filter((p) => p.build)];
  const ends = order.map(tornadoEnds);
  // A sample whose draw 0 is the scenario and draws 2k + 1, 2k + 2 move parameter k alone to its
  // ends, so each point is run exactly as a Monte Carlo draw is run (runDraws), unanchored.
  const points = 1 + 2 * order.length;
  const values = DRAWN_PARAMETERS.map((p) => {
    const column = new Float64Array(points).fill(centralOf(p));
    const k = order.indexOf(p);
    if (k >= 0) {
      column[2 * k + 1] = ends[k]!.low;
      column[2 * k + 2] = ends[k]!.high;
    }
    return column;
  });
  const sample: McSample = { seed: 0, draws: points, parameters: DRAWN_PARAMETERS, values, buildPoint: new Int32Array(points) };
  const small = (from: number, to: number): number[] => {
    const chunk = runDraws(overrides, sample, from, to, { population, anchorTo: null, outputs: target.outputs });
    // scenario[(draw · outputs + o) · years + year]: each point's kept outputs, read as the target reads a run's.
    const years = YEARS.length;
    const stride = chunk.outputIds.length * years;
    return Array.from({ length: to - from }, (_, i) => {
      const outputs: Record<string, number[]> = {};
      chunk.outputIds.forEach((id, o) => (outputs[id] = Array.from(chunk.scenario.subarray(i * stride + o * years, i * stride + (o + 1) * years))));
      return target.read(outputs, t);
    });
  };
  const total = 1 + order.length;

  const base = target.read(run({ overrides }, { whoGains: false }).outputs, t);
  const smallBase = small(0, 1)[0]!;
  const anchored = (v: number): number => base + (v - smallBase);
  yield { done: 1, total };
  const bars: TornadoBar[] = [];
  for (let k = 0; k < order.length; k++) {
    const [low, high] = small(2 * k + 1, 2 * k + 3);
    const atLow = anchored(low!);
    const atHigh = anchored(high!);
    bars.push({
      id: order[k]!.id,
      mode: order[k]!.mode,
      low: ends[k]!.low,
      high: ends[k]!.high,
      atLow,
      atHigh,
      swing: Math.abs(atHigh - atLow),
      metAtLow: thresholdHolds(comparator, atLow, threshold),
      metAtHigh: thresholdHolds(comparator, atHigh, threshold),
    });
    yield { done: k + 2, total };
  }
  const catalogIndex = (id: string): number => DRAWN_PARAMETERS.findIndex((p) => p.id === id);
  // A bar without a value at an end (a custom expression that has none there: NaN) sorts last.
  const swingOf = (bar: TornadoBar): number => (Number.isFinite(bar.swing) ? bar.swing : -1);
  bars.sort((a, b) => swingOf(b) - swingOf(a) || catalogIndex(a.id) - catalogIndex(b.id));
  return {
    modelVersion: MODEL_VERSION,
    target: target.id,
    basis: target.basis,
    year,
    threshold,
    comparator,
    base,
    baseMet: thresholdHolds(comparator, base, threshold),
    bars,
    held,
    population,
    runs: { exact: 1, small: points },
  };
}

/** The tornado of one target (tornadoSteps run to the end). Pure and deterministic. */
export function tornado(overrides: Readonly<Record<string, OverrideValue>>, request: TornadoRequest, options: TornadoOptions = {}): Tornado {
  const steps = tornadoSteps(overrides, request, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What global sensitivity reads from a Monte Carlo result: its seed and draws, the drawn values and the targets' values. */
export type SensitivityInput = Pick<McSummary, 'seed' | 'draws' | 'drawn' | 'targetDraws'>;

/** One parameter's standardised regression coefficient. */
export interface SrcEntry {
  readonly id: string;
  /** The target's change, in its standard deviations, for one standard deviation of the parameter (the others held). */
  readonly src: number;
}

/** The global sensitivity of one target to the drawn parameters. */
export interface GlobalSensitivity {
  readonly modelVersion: string;
  readonly target: string;
  readonly seed: number;
  readonly draws: number;
  /** The draws used (those where the target is defined). */
  readonly used: number;
  /** Largest |SRC| first (ties in the order drawn). */
  readonly src: readonly SrcEntry[];
  /** Share of the target's variance across draws the linear fit explains; null when the target did not vary. */
  readonly r2: number | null;
  /** Drawn parameters left out because they did not vary across the draws. */
  readonly constant: readonly string[];
}

/**
 * A tiny ridge on the normal equations, relative to their diagonal (n − 1 for z-scores): it
 * changes a well-posed answer in the ninth digit, and keeps one defined when parameters move
 * together (a small sample's build parameters share few points, see uncertainty/sample.ts).
 */
const RIDGE = 1e-9;

/**
 * Standardised regression coefficients of a target's value (in its year, per draw) on every
 * drawn parameter that varied, by least squares on z-scores: (ZᵀZ) β = Zᵀy solved with mathjs's
 * LU solver. Draws where the target is undefined (NaN) are left out. Throws SensitivityError when
 * the result has no draws of the target, or fewer usable draws than varying parameters plus
 * SRC_SPARE_DRAWS.
 */
export function globalSensitivity(mc: SensitivityInput, targetId: string): GlobalSensitivity {
  const y = mc.targetDraws[targetId];
  if (!y) throw new SensitivityError('target', `the Monte Carlo result has no draws of "${targetId}"`);
  const rows = y.flatMap((v, i) => (Number.isFinite(v) ? [i] : []));
  const n = rows.length;
  if (n < 3) throw new SensitivityError('draws', `global sensitivity needs at least 3 draws where "${targetId}" is defined, got ${n}`);
  const standardise = (values: readonly number[]): { z: number[]; sd: number } => {
    let mean = 0;
    for (const i of rows) mean += values[i]!;
    mean /= n;
    let ss = 0;
    for (const i of rows) ss += (values[i]! - mean) ** 2;
    const sd = Math.sqrt(ss / (n - 1));
    // A spread within rounding of the mean is no spread (a column of one value repeated).
    const varies = sd > 1e-12 * Math.max(1, Math.abs(mean));
    return { z: rows.map((i) => (varies ? (values[i]! - mean) / sd : 0)), sd: varies ? sd : 0 };
  };
  const columns = mc.drawn.map((p) => ({ id: p.id, ...standardise(p.values) }));
  const varying = columns.filter((c) => c.sd > 0);
  const constant = columns.filter((c) => c.sd === 0).map((c) => c.id);
  if (n < varying.length + SRC_SPARE_DRAWS)
    throw new SensitivityError(
      'draws',
      `global sensitivity of ${varying.length} parameters needs at least ${varying.length + SRC_SPARE_DRAWS} draws, got ${n}`,
    );
  const target = standardise(y);
  const base = { modelVersion: MODEL_VERSION, target: targetId, seed: mc.seed, draws: mc.draws, used: n, constant };
  if (target.sd === 0 || varying.length === 0) return { ...base, src: varying.map((c) => ({ id: c.id, src: 0 })), r2: target.sd === 0 ? null : 0 };

  const Z = rows.map((_, r) => varying.map((c) => c.z[r]!));
  const Zt = transpose(Z);
  const normal = multiply(Zt, Z);
  normal.forEach((row, j) => (row[j]! += RIDGE * (n - 1)));
  const beta = (lusolve(normal, multiply(Zt, target.z)) as number[][]).map((row) => row[0]!);
  const fitted = multiply(Z, beta);
  let residual = 0;
  for (let r = 0; r < n; r++) residual += (target.z[r]! - fitted[r]!) ** 2;
  const r2 = Math.min(1, Math.max(0, 1 - residual / (n - 1)));
  const src = varying.map((c, j) => ({ id: c.id, src: beta[j]! }));
  const drawnIndex = (id: string): number => mc.drawn.findIndex((p) => p.id === id);
  src.sort((a, b) => Math.abs(b.src) - Math.abs(a.src) || drawnIndex(a.id) - drawnIndex(b.id));
  return { ...base, src, r2 };
}
