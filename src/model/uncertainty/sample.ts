// The Monte Carlo design: a Latin hypercube over every catalog parameter with a `mc`
// distribution, drawn from the seeded PRNG alone, so a seed and a number of draws give the same
// matrix on any machine and however the draws are later split among workers.

import { BASE_YEAR, HORIZON_YEAR, PARAMETERS, type ParameterDef } from '../catalog';
import type { McDistribution } from '../catalog/types';
import { Xoshiro128 } from '../numerics/prng';
import { BUILD_PARAMETERS, type OverrideValue } from '../params';
import { clip, mcQuantile } from './distributions';

/**
 * The first year a drawn deviation moves a path parameter (GDP growth, CPI, population growth,
 * potential growth): their 2021–2024 values are observed data, not assumptions, so only the
 * assumed part of the path is uncertain.
 */
export const SHIFT_FROM_YEAR = 2025;

/**
 * The number of distinct populations a sample builds. The eight build parameters (σ_U, σ_R, the
 * mountain and eco-county income factors, the vulnerable share, dibao take-up and inclusion error,
 * pension recipients) shape the 2020 synthetic population, and building one costs about as much
 * as a draw's two runs. So they take BUILD_POINTS values of their own Latin hypercube, and each
 * value serves a block of consecutive draws; every other parameter has one stratum per draw.
 */
export const BUILD_POINTS = 32;

/** The fewest draws that share one population in a small sample (so 50 draws build 7, not 50). */
export const DRAWS_PER_BUILD_POINT = 8;

/** The number of build points of a sample of `draws` draws: BUILD_POINTS, or fewer so each serves at least DRAWS_PER_BUILD_POINT draws. */
export function buildPointsFor(draws: number): number {
  return Math.min(BUILD_POINTS, Math.ceil(draws / DRAWS_PER_BUILD_POINT));
}

/** Largest number of draws a sample may have (the UI offers 500 and 2,000). */
export const MAX_DRAWS = 100_000;

/** One drawn parameter: how a draw applies it, and whether it shapes the population. */
export interface DrawnParameter {
  readonly id: string;
  /**
   * `value`: the draw is the parameter's value in every projected year (2021 on), clipped to its
   * range. `shift`: the parameter has a year-by-year default path and the draw is a deviation
   * added to it from SHIFT_FROM_YEAR on (each year's sum clipped to the range).
   */
  readonly mode: 'value' | 'shift';
  /** A build parameter: its draws come in blocks (see BUILD_POINTS). */
  readonly build: boolean;
  readonly mc: McDistribution;
}

/** A Latin-hypercube sample: a pure function of its seed and number of draws. */
export interface McSample {
  readonly seed: number;
  readonly draws: number;
  /** Every catalog parameter with a `mc` distribution, in catalog order. */
  readonly parameters: readonly DrawnParameter[];
  /** values[j][i]: parameter j's draw i (a value, or a deviation for `shift` parameters). */
  readonly values: readonly Float64Array[];
  /** buildPoint[i]: which of the sample's populations draw i uses (blocks of consecutive draws). */
  readonly buildPoint: Int32Array;
}

const isBuild = (id: string): boolean => (BUILD_PARAMETERS as readonly string[]).includes(id);

/** The drawn parameters, in catalog order. */
export const DRAWN_PARAMETERS: readonly DrawnParameter[] = PARAMETERS.flatMap((p: ParameterDef): DrawnParameter[] =>
  p.mc ? [{ id: p.id, mode: p.defaultPath ? 'shift' : 'value', build: isBuild(p.id), mc: p.mc }] : [],
);

/** A uniform strictly inside (0, 1): the midpoint of one of the PRNG's 2³² cells. */
function openUniform(rng: Xoshiro128): number {
  return (rng.nextUint32() + 0.5) / 4294967296;
}

/**
 * One Latin-hypercube column: n draws, one in each of the n equal-probability strata of `mc`,
 * in a random order. Consumes 2n − 1 PRNG outputs (the shuffle, then a position in each stratum).
 */
function lhsColumn(rng: Xoshiro128, mc: McDistribution, n: number): Float64Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  const column = new Float64Array(n);
  for (let i = 0; i < n; i++) column[i] = mcQuantile(mc, (order[i]! + openUniform(rng)) / n);
  return column;
}

/**
 * Draws the Latin-hypercube sample for `draws` draws from `seed` (an integer in [0, 2³²)).
 *
 * Every non-build parameter has one stratum of its distribution per draw; the build parameters
 * have buildPointsFor(draws) strata, and draw i uses build point
 * ⌊i · points / draws⌋, so a chunk of consecutive draws needs few populations. A `value`
 * parameter's draw is clipped to its catalog range here; a `shift` is clipped year by year when
 * it is applied (see drawOverrides). Throws a RangeError for a bad seed or number of draws.
 */
export function drawSample(seed: number, draws: number): McSample {
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS)
    throw new RangeError(`drawSample: draws must be an integer in [1, ${MAX_DRAWS}], got ${draws}`);
  const rng = new Xoshiro128(seed);
  const points = buildPointsFor(draws);
  const buildPoint = new Int32Array(draws);
  for (let i = 0; i < draws; i++) buildPoint[i] = Math.floor((i * points) / draws);
  const values = DRAWN_PARAMETERS.map((p) => {
    const def = PARAMETERS.find((d) => d.id === p.id)!;
    if (!p.build) {
      const column = lhsColumn(rng, p.mc, draws);
      if (p.mode === 'value') for (let i = 0; i < draws; i++) column[i] = clip(column[i]!, def.min, def.max);
      return column;
    }
    const atPoint = lhsColumn(rng, p.mc, points);
    return Float64Array.from(buildPoint, (k) => clip(atPoint[k]!, def.min, def.max));
  });
  return { seed, draws, parameters: DRAWN_PARAMETERS, values, buildPoint };
}

/**
 * The overrides that draw i puts on a scenario: every drawn parameter the scenario leaves at its
 * default, as a path from 2021 (the base year stays calibrated). A parameter the scenario sets
 * itself is the scenario's stated assumption and is held at it; levers are never drawn (the
 * catalog gives them no `mc`), so they stay as the scenario says.
 */
export function drawOverrides(sample: McSample, draw: number, scenario: Readonly<Record<string, OverrideValue>>): Record<string, OverrideValue> {
  const out: Record<string, OverrideValue> = { ...scenario };
  sample.parameters.forEach((p, j) => {
    if (scenario[p.id] !== undefined) return;
    out[p.id] = drawnOverride(p, sample.values[j]![draw]!);
  });
  return out;
}

/**
 * The override a drawn value puts on one parameter: for a `value` parameter, that value in every
 * projected year (from 2021); for a `shift` parameter, its default path plus the deviation from
 * SHIFT_FROM_YEAR on, each year clipped to the parameter's range.
 */
export function drawnOverride(p: DrawnParameter, drawn: number): OverrideValue {
  if (p.mode === 'value') return { path: [[BASE_YEAR + 1, drawn]] };
  const def = PARAMETERS.find((d) => d.id === p.id)!;
  const path: [number, number][] = [];
  for (let year = SHIFT_FROM_YEAR; year <= HORIZON_YEAR; year++) path.push([year, clip((def.defaultPath?.[year] ?? def.default) + drawn, def.min, def.max)]);
  return { path };
}

/** The ids of the drawn parameters a scenario leaves free to vary (those it does not set itself). */
export function variedParameters(scenario: Readonly<Record<string, OverrideValue>>): string[] {
  return DRAWN_PARAMETERS.filter((p) => scenario[p.id] === undefined).map((p) => p.id);
}

/**
 * Splits a sample's draws into at most `chunks` contiguous ranges [from, to) that cover every
 * draw once and start on a build-point boundary, so no population is built by two chunks (a pool
 * deals them to its workers; the result does not depend on the split). Throws a RangeError unless
 * `chunks` is a positive integer.
 */
export function blockAlignedChunks(sample: McSample, chunks: number): [number, number][] {
  if (!Number.isInteger(chunks) || chunks < 1) throw new RangeError(`blockAlignedChunks: chunks must be a positive integer, got ${chunks}`);
  const starts: number[] = [0];
  for (let i = 1; i < sample.draws; i++) if (sample.buildPoint[i] !== sample.buildPoint[i - 1]) starts.push(i);
  const n = Math.min(chunks, starts.length);
  const ranges: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const from = starts[Math.floor((k * starts.length) / n)]!;
    const to = k + 1 < n ? starts[Math.floor(((k + 1) * starts.length) / n)]! : sample.draws;
    ranges.push([from, to]);
  }
  return ranges;
}
