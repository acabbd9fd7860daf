// Runs a range of a sample's draws: for each, the scenario's baseline (every lever at its default)
// and the scenario itself under the same drawn assumptions (common random numbers), keeping only
// the per-draw numbers the fans and P(met) need. A chunk depends on nothing but its inputs, so
// chunks run anywhere (one thread or a pool of workers) merge into the same result.

import { OUTPUTS, PREVIEW_HOUSEHOLDS, TARGETS, type TargetDef } from '../catalog';
import { simulate, type Simulation } from '../engine';
import { scorecard } from '../indicators/scorecard';
import { assumptionsOnly, resolveParams, YEAR_COUNT, YEARS, type OverrideValue, type ResolvedParams } from '../params';
import { buildPopulation, type Population } from '../population/build';
import { buildOptions } from '../build-options';
import { drawOverrides, type McSample } from './sample';

/** The targets Monte Carlo judges: the modelled ones whose verdict rests on a model mechanism (basis `model`). */
export const MC_TARGETS: readonly TargetDef[] = TARGETS.filter((t) => t.basis === 'model');

/** Options of a Monte Carlo run. */
export interface McRunOptions {
  /** Original households of the synthetic population (default PREVIEW_HOUSEHOLDS). */
  readonly households?: number;
  /** The outputs whose fans are kept (default: every catalog output, in catalog order). */
  readonly outputs?: readonly string[];
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

/** The one population a chunk is using: consecutive draws share a build point, so one entry is enough. */
interface PopulationMemo {
  key: string;
  population: Population;
}

function populationOf(memo: PopulationMemo | null, params: ResolvedParams, households: number): PopulationMemo {
  const key = `${households}|${params.buildKey}`;
  if (memo && memo.key === key) return memo;
  return { key, population: buildPopulation(buildOptions(params, households)) };
}

/** Whether each MC target holds in draw `sim` (the scorecard's own judgement, so the two never disagree). */
function targetsMet(sim: Simulation, into: Uint8Array, offset: number): void {
  const outputs: Record<string, readonly number[]> = {};
  for (const t of MC_TARGETS) outputs[t.outputId] = Array.from(sim.outputs.get(t.outputId)!);
  const rows = scorecard(YEARS, outputs, {});
  MC_TARGETS.forEach((t, k) => {
    into[offset + k] = rows.find((r) => r.id === t.outputId)?.state === 'reached' ? 1 : 0;
  });
}

function copyOutputs(sim: Simulation, outputIds: readonly string[], into: Float64Array, offset: number): void {
  outputIds.forEach((id, o) => {
    const series = sim.outputs.get(id);
    if (!series) throw new Error(`bug: output ${id} was not computed`);
    into.set(series, offset + o * YEAR_COUNT);
  });
}

/**
 * Runs draws [from, to) of `sample` for a scenario. Each draw's outputs are exactly those of
 * `run({ overrides: drawOverrides(sample, i, overrides) }, { households })`: the same population
 * build, the same baseline anchor, the same engine. Throws a RangeError for a range outside the
 * sample or an unknown output id.
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
  const households = options.households ?? PREVIEW_HOUSEHOLDS;
  const outputIds = options.outputs ?? OUTPUTS.map((o) => o.id);
  for (const id of outputIds) if (!OUTPUTS.some((o) => o.id === id)) throw new RangeError(`runDraws: unknown output ${id}`);
  const stride = outputIds.length * YEAR_COUNT;
  const count = to - from;
  const scenario = new Float64Array(count * stride);
  const baseline = new Float64Array(count * stride);
  const met = new Uint8Array(count * MC_TARGETS.length);
  let memo: PopulationMemo | null = null;
  for (let i = from; i < to; i++) {
    const drawn = drawOverrides(sample, i, overrides);
    const params = resolveParams(drawn);
    const baselineParams = params.leversActive ? resolveParams(assumptionsOnly(drawn)) : params;
    // The baseline and the scenario have the same build parameters (levers never shape the population).
    memo = populationOf(memo, baselineParams, households);
    const base = simulate(memo.population, baselineParams);
    const sim = params.leversActive ? simulate(memo.population, params, base.anchor) : base;
    const row = i - from;
    copyOutputs(base, outputIds, baseline, row * stride);
    copyOutputs(sim, outputIds, scenario, row * stride);
    targetsMet(sim, met, row * MC_TARGETS.length);
  }
  return { from, to, outputIds, scenario, baseline, met };
}
