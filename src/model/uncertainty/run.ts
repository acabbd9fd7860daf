// Runs a range of a sample's draws: for each, the scenario's baseline (every lever at its default)
// and the scenario itself under the same drawn assumptions (common random numbers), keeping only
// the per-draw numbers the fans and P(met) need. A chunk depends on nothing but its inputs, so
// chunks run anywhere (one thread or a pool of workers) merge into the same result.

import { DEFAULT_HOUSEHOLDS, OUTPUTS, TARGETS, type TargetDef } from '../catalog';
import { simulate, type Simulation } from '../engine';
import { compileExpression, type CustomIndicatorInput } from '../indicators/custom';
import { scorecard } from '../indicators/scorecard';
import { assumptionsOnly, resolveParams, YEAR_COUNT, YEARS, type OverrideValue, type ResolvedParams } from '../params';
import { buildPopulation, type Population } from '../population/build';
import { buildOptions } from '../build-options';
import { drawOverrides, type McSample } from './sample';
import { drawAnchor, LEAN, type DrawAnchor, type McPopulation } from './anchor';

/** The targets Monte Carlo judges: the modelled ones whose verdict rests on a model mechanism (basis `model`). */
export const MC_TARGETS: readonly TargetDef[] = TARGETS.filter((t) => t.basis === 'model');

/**
 * The population draws run on by default: 1,000 households with at least 25 per stratum (about
 * 1,500 rows against 22,900 for the full population), anchored to the full population (see
 * anchor.ts). scripts/mc-population-check.ts compares it with full-population draws.
 */
export const MC_POPULATION: McPopulation = { households: 1000, minPerStratum: 25 };

/** Options of a Monte Carlo run. */
export interface McRunOptions {
  /** The population the draws run on (default MC_POPULATION). */
  readonly population?: McPopulation;
  /**
   * Households of the full population the draws are anchored to (default DEFAULT_HOUSEHOLDS);
   * null: no anchor, each draw is exactly an ordinary run on `population`.
   */
  readonly anchorTo?: number | null;
  /** The outputs whose fans are kept (default: every catalog output, in catalog order). */
  readonly outputs?: readonly string[];
  /**
   * The scenario's custom indicators: every output they read is kept too (keptOutputs), so
   * summarise can evaluate each of them on every draw.
   */
  readonly indicators?: readonly CustomIndicatorInput[];
}

/**
 * The outputs a run keeps: `outputs` (default every catalog output, in catalog order), then each
 * output a custom indicator reads that is not among them, in order of first use. An indicator
 * whose expression does not compile reads nothing (summarise reports it as unavailable).
 */
export function keptOutputs(outputs: readonly string[] | undefined, indicators: readonly CustomIndicatorInput[] = []): string[] {
  const kept = outputs ? [...outputs] : OUTPUTS.map((o) => o.id);
  for (const indicator of indicators) {
    const compiled = compileExpression(indicator.expression);
    if (!compiled.ok) continue;
    for (const name of compiled.value.names) if (!kept.includes(name)) kept.push(name);
  }
  return kept;
}

/**
 * The compact results of draws [from, to): for each draw, each kept output's value in every year
 * for the scenario and for its baseline, and whether each of MC_TARGETS is met in the target year.
 * Plain typed arrays, so a worker can transfer them.
 */
export interface DrawChunk {
  readonly from: number;
  readonly to: number;
  readonly outputIds: readonly string[];
  /** scenario[((i − from) · outputs + o) · years + t]: output o of draw i in year index t. */
  readonly scenario: Float64Array<ArrayBuffer>;
  /** The same for the baseline under the draw's assumptions (equal to scenario when no lever is set). */
  readonly baseline: Float64Array<ArrayBuffer>;
  /** met[(i − from) · MC_TARGETS.length + k]: 1 when target k holds in its year in draw i. */
  readonly met: Uint8Array<ArrayBuffer>;
}

/**
 * The population in use: consecutive draws share a build point, so one entry is enough, and it
 * is kept between calls, so a caller may run a block of draws in several slices at no extra build.
 */
let memo: { key: string; population: Population } | undefined;

function populationOf(params: ResolvedParams, population: McPopulation): Population {
  const key = `${population.households}|${population.minPerStratum}|${params.buildKey}`;
  if (memo?.key !== key)
    memo = { key, population: buildPopulation({ ...buildOptions(params, population.households), minPerStratum: population.minPerStratum }) };
  return memo.population;
}

const OUTPUT_INDEX = new Map<string, number>(OUTPUTS.map((o, i) => [o.id, i]));

/** Output `id` of a draw's run, plus its anchor (zero without one). */
function anchored(sim: Simulation, id: string, shift: Float64Array | undefined): Float64Array {
  const series = sim.outputs.get(id);
  if (!series) throw new Error(`bug: output ${id} was not computed`);
  if (!shift) return series;
  const at = OUTPUT_INDEX.get(id)! * YEAR_COUNT;
  return series.map((v, t) => v + shift[at + t]!);
}

/** Whether each MC target holds in a draw (the scorecard's own judgement, so the two never disagree). */
function targetsMet(sim: Simulation, shift: Float64Array | undefined, into: Uint8Array, offset: number): void {
  const outputs: Record<string, readonly number[]> = {};
  for (const t of MC_TARGETS) outputs[t.outputId] = Array.from(anchored(sim, t.outputId, shift));
  const rows = scorecard(YEARS, outputs, {});
  MC_TARGETS.forEach((t, k) => {
    into[offset + k] = rows.find((r) => r.id === t.outputId)?.state === 'reached' ? 1 : 0;
  });
}

function copyOutputs(sim: Simulation, shift: Float64Array | undefined, outputIds: readonly string[], into: Float64Array, offset: number): void {
  outputIds.forEach((id, o) => into.set(anchored(sim, id, shift), offset + o * YEAR_COUNT));
}

/**
 * Runs draws [from, to) of `sample` for a scenario. Without an anchor (`anchorTo: null`) each
 * draw's outputs are exactly those of an ordinary run with `drawOverrides(sample, i, overrides)`
 * on the population: the same build, the same baseline anchor, the same engine. With one, each
 * output also carries its anchor (anchor.ts), and targets are judged on the anchored outputs.
 * Throws a RangeError for a range outside the sample or an unknown output id.
 */
export function runDraws(
  overrides: Readonly<Record<string, OverrideValue>>,
  sample: McSample,
  from: number,
  to: number,
  options: McRunOptions = {},
): DrawChunk {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > sample.draws) {
    throw new RangeError(`runDraws: range [${from}, ${to}) is not within the sample's ${sample.draws} draws`);
  }
  const population = options.population ?? MC_POPULATION;
  const anchorTo = options.anchorTo === undefined ? DEFAULT_HOUSEHOLDS : options.anchorTo;
  const anchor: DrawAnchor | undefined = anchorTo === null ? undefined : drawAnchor(overrides, population, anchorTo);
  const outputIds = keptOutputs(options.outputs, options.indicators);
  for (const id of outputIds) if (!OUTPUTS.some((o) => o.id === id)) throw new RangeError(`runDraws: unknown output ${id}`);
  const stride = outputIds.length * YEAR_COUNT;
  const count = to - from;
  const scenario = new Float64Array(count * stride);
  const baseline = new Float64Array(count * stride);
  const met = new Uint8Array(count * MC_TARGETS.length);
  for (let i = from; i < to; i++) {
    const drawn = drawOverrides(sample, i, overrides);
    const params = resolveParams(drawn);
    const baselineParams = params.leversActive ? resolveParams(assumptionsOnly(drawn)) : params;
    // The baseline and the scenario have the same build parameters (levers never shape the population).
    const pop = populationOf(baselineParams, population);
    const base = simulate(pop, baselineParams, undefined, undefined, LEAN);
    const sim = params.leversActive ? simulate(pop, params, base.anchor, undefined, LEAN) : base;
    const row = i - from;
    copyOutputs(base, anchor?.baseline, outputIds, baseline, row * stride);
    copyOutputs(sim, anchor?.scenario, outputIds, scenario, row * stride);
    targetsMet(sim, anchor?.scenario, met, row * MC_TARGETS.length);
  }
  return { from, to, outputIds, scenario, baseline, met };
}
