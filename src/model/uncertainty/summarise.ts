// Merges the chunks of a Monte Carlo run into what the fans, the scorecard and the CLI show:
// percentiles of every kept output and of each custom indicator in every year, P(met) per target
// and jointly, the first year the median path reaches each target, and the drawn values. Draws
// are merged in index order, so the result does not depend on how the draws were split.

import { TARGETS } from '../catalog';
import { compileExpression, customSeries, judgeCustomTarget, type CustomIndicatorInput } from '../indicators/custom';
import { scorecard } from '../indicators/scorecard';
import { YEAR_COUNT, YEARS, type OverrideValue } from '../params';
import { MC_TARGETS, type DrawChunk } from './run';
import { variedParameters, type McSample } from './sample';

/** The percentiles a fan shows: P10–P90 dark, P5–P95 light, P50 the line. */
export const PERCENTILES = [5, 10, 50, 90, 95] as const;

/** One output's percentiles, each one value per simulated year. */
export interface Fan {
  readonly p5: number[];
  readonly p10: number[];
  readonly p50: number[];
  readonly p90: number[];
  readonly p95: number[];
}

/** The summary of a Monte Carlo run. */
export interface McSummary {
  readonly seed: number;
  readonly draws: number;
  readonly years: number[];
  /** Percentiles of the scenario's outputs, by output id. */
  readonly quantiles: Record<string, Fan>;
  /** Percentiles of the baseline's outputs under the same draws. */
  readonly baselineQuantiles: Record<string, Fan>;
  /** Percentiles of the scenario's effect, scenario − baseline, draw by draw (common random numbers). */
  readonly effectQuantiles: Record<string, Fan>;
  /** Share of draws in which each target with basis `model` holds in TARGET_YEAR, by target id. */
  readonly pMet: Record<string, number>;
  /** Share of draws in which all of them hold at once. */
  readonly pAllMet: number;
  /**
   * Share of draws in which each custom target holds in its year, by custom indicator id (only
   * indicators with a target; null when its expression cannot be evaluated on the kept outputs).
   * Not part of pAllMet, which counts the plan's targets only.
   */
  readonly customPMet?: Record<string, number | null>;
  /**
   * Percentiles of each custom indicator, by id (every indicator given): the expression evaluated
   * on each draw's kept outputs, and in each year the percentiles of the draws in which it has a
   * value (NaN when none has). Null when the expression cannot be evaluated (it does not compile,
   * reads an output the chunks do not keep, or has no value in any draw and year). Absent without
   * custom indicators.
   */
  readonly customQuantiles?: Record<string, Fan | null>;
  /** The first year from 2021 in which the P50 path meets each target (null: not by 2035). */
  readonly firstYearAtP50: Record<string, number | null>;
  /** The drawn values of each parameter the scenario leaves free (a value, or a path deviation), one per draw. */
  readonly drawn: { readonly id: string; readonly mode: 'value' | 'shift'; readonly values: number[] }[];
  /**
   * Each modelled target's value in its year, one per draw (in draw order, beside `drawn`), for
   * every target with a threshold whose output is kept, and each custom target's by its indicator
   * id (NaN in a draw where it has no value): what global sensitivity regresses on the drawn
   * values (analysis/sensitivity.ts).
   */
  readonly targetDraws: Record<string, number[]>;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of ascending `sorted`, interpolating linearly between order
 * statistics at position q·(n − 1) (Hyndman and Fan's type 7, R's default). NaN when empty.
 */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = q * (n - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Checks that the chunks cover draws 0 … draws − 1 exactly once and returns them in draw order. */
function ordered(chunks: readonly DrawChunk[], draws: number): DrawChunk[] {
  const sorted = [...chunks].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const c of sorted) {
    if (c.from !== next) throw new RangeError(`summarise: draws ${next}–${c.from - 1} are missing or run twice`);
    if (c.outputIds.join() !== sorted[0]!.outputIds.join()) throw new RangeError('summarise: chunks keep different outputs');
    next = c.to;
  }
  if (next !== draws) throw new RangeError(`summarise: the chunks end at draw ${next}, the sample has ${draws}`);
  return sorted;
}

/** Appends the percentiles of the first `n` values of `column` (sorting them in place) to a fan's paths. */
function pushPercentiles(fan: Fan, column: Float64Array, n: number): void {
  const sorted = column.subarray(0, n).sort();
  for (const p of PERCENTILES) fan[`p${p}`].push(quantileSorted(sorted, p / 100));
}

/** The fans of every kept output, from a per-draw value getter. */
function fans(chunks: readonly DrawChunk[], draws: number, value: (c: DrawChunk, index: number) => number): Record<string, Fan> {
  const outputIds = chunks[0]!.outputIds;
  const stride = outputIds.length * YEAR_COUNT;
  const out: Record<string, Fan> = {};
  const column = new Float64Array(draws);
  outputIds.forEach((id, o) => {
    const fan: Fan = { p5: [], p10: [], p50: [], p90: [], p95: [] };
    for (let t = 0; t < YEAR_COUNT; t++) {
      let n = 0;
      for (const c of chunks) {
        for (let row = 0; row < c.to - c.from; row++) {
          const v = value(c, row * stride + o * YEAR_COUNT + t);
          // An output undefined in a draw (NaN) has no place in its distribution.
          if (!Number.isNaN(v)) column[n++] = v;
        }
      }
      pushPercentiles(fan, column, n);
    }
    out[id] = fan;
  });
  return out;
}

/**
 * Merges the chunks of draws 0 … sample.draws − 1 (in any order) for a scenario with these
 * overrides. Throws a RangeError when the chunks do not cover the sample exactly once.
 */
export function summarise(
  overrides: Readonly<Record<string, OverrideValue>>,
  sample: McSample,
  chunks: readonly DrawChunk[],
  indicators: readonly CustomIndicatorInput[] = [],
): McSummary {
  const sorted = ordered(chunks, sample.draws);
  const draws = sample.draws;
  const quantiles = fans(sorted, draws, (c, i) => c.scenario[i]!);
  const baselineQuantiles = fans(sorted, draws, (c, i) => c.baseline[i]!);
  const effectQuantiles = fans(sorted, draws, (c, i) => c.scenario[i]! - c.baseline[i]!);

  const K = MC_TARGETS.length;
  const metCount = new Array<number>(K).fill(0);
  let allMet = 0;
  for (const c of sorted) {
    for (let row = 0; row < c.to - c.from; row++) {
      let all = true;
      for (let k = 0; k < K; k++) {
        if (c.met[row * K + k] === 1) metCount[k]!++;
        else all = false;
      }
      if (all) allMet++;
    }
  }
  const pMet: Record<string, number> = {};
  MC_TARGETS.forEach((t, k) => (pMet[t.outputId] = metCount[k]! / draws));

  // The median path judged as the scorecard judges a run (a target's output may not be kept as a fan: then null).
  const medians: Record<string, number[]> = {};
  for (const t of MC_TARGETS) if (quantiles[t.outputId]) medians[t.outputId] = quantiles[t.outputId]!.p50;
  const rows = scorecard(YEARS, medians, {});
  const firstYearAtP50: Record<string, number | null> = {};
  for (const t of MC_TARGETS) firstYearAtP50[t.outputId] = medians[t.outputId] ? (rows.find((r) => r.id === t.outputId)?.firstYearReached ?? null) : null;

  const outputIds = sorted[0]!.outputIds;
  const stride = outputIds.length * YEAR_COUNT;
  const targetDraws: Record<string, number[]> = {};
  for (const t of TARGETS) {
    const o = outputIds.indexOf(t.outputId);
    const y = YEARS.indexOf(t.year);
    if (t.comparator === 'rising' || o < 0 || y < 0 || targetDraws[t.outputId]) continue;
    const values: number[] = [];
    for (const c of sorted) for (let row = 0; row < c.to - c.from; row++) values.push(c.scenario[row * stride + o * YEAR_COUNT + y]!);
    targetDraws[t.outputId] = values;
  }

  const varied = new Set(variedParameters(overrides));
  const drawn = sample.parameters.flatMap((p, j) => (varied.has(p.id) ? [{ id: p.id, mode: p.mode, values: Array.from(sample.values[j]!) }] : []));
  const summary: McSummary = {
    seed: sample.seed,
    draws,
    years: [...YEARS],
    quantiles,
    baselineQuantiles,
    effectQuantiles,
    pMet,
    pAllMet: allMet / draws,
    firstYearAtP50,
    drawn,
    targetDraws,
  };
  if (indicators.length === 0) return summary;
  const series = new Map(indicators.map((i) => [i.id, customDrawSeries(i, sorted)]));
  const customQuantiles: Record<string, Fan | null> = {};
  for (const i of indicators) customQuantiles[i.id] = customFan(series.get(i.id)!);
  const targeted = indicators.filter((i) => i.target !== undefined);
  // A custom target's value in its year per draw (NaN where it has none), for global sensitivity as a plan target's.
  for (const indicator of targeted) {
    const draws = series.get(indicator.id);
    const y = YEARS.indexOf(indicator.target!.year);
    if (draws && y >= 0) targetDraws[indicator.id] = draws.map((values) => values[y] ?? NaN);
  }
  return targeted.length === 0 ? { ...summary, customQuantiles } : { ...summary, customPMet: customTargetsMet(targeted, series), customQuantiles };
}

/**
 * A custom indicator's values in every draw (draw order), each one value per year, null where the
 * expression has no value (a division by zero, a value that is not finite). Null when the
 * expression does not compile or reads an output the chunks do not keep.
 */
function customDrawSeries(indicator: CustomIndicatorInput, chunks: readonly DrawChunk[]): (number | null)[][] | null {
  const outputIds = chunks[0]!.outputIds;
  const stride = outputIds.length * YEAR_COUNT;
  const compiled = compileExpression(indicator.expression);
  if (!compiled.ok || !compiled.value.names.every((name) => outputIds.includes(name))) return null;
  const series: (number | null)[][] = [];
  for (const c of chunks) {
    for (let row = 0; row < c.to - c.from; row++) {
      const outputs: Record<string, number[]> = {};
      for (const name of compiled.value.names) {
        const at = row * stride + outputIds.indexOf(name) * YEAR_COUNT;
        outputs[name] = Array.from(c.scenario.subarray(at, at + YEAR_COUNT));
      }
      series.push(customSeries(compiled.value, YEARS, outputs).values);
    }
  }
  return series;
}

/**
 * A custom indicator's fan from its draws: in each year the percentiles of the draws in which it
 * has a value (a draw without one is left out, as an undefined output is; NaN when no draw has
 * one). Null for an indicator that cannot be evaluated: it does not compile, reads an output not
 * kept, or has no value in any draw and year.
 */
function customFan(series: (number | null)[][] | null): Fan | null {
  if (!series || series.length === 0) return null;
  const fan: Fan = { p5: [], p10: [], p50: [], p90: [], p95: [] };
  const column = new Float64Array(series.length);
  for (let t = 0; t < YEAR_COUNT; t++) {
    let n = 0;
    for (const values of series) {
      const v = values[t];
      if (v !== null && v !== undefined) column[n++] = v;
    }
    pushPercentiles(fan, column, n);
  }
  // No value in any draw and year (say a divisor that is always 0): nothing to draw.
  return fan.p50.every(Number.isNaN) ? null : fan;
}

/**
 * P(met) of each custom target: the indicator evaluated on each draw's kept outputs and judged as
 * a run's (judgeCustomTarget). A draw in which the indicator has no value in the target's year
 * counts as not met; an indicator whose expression does not compile or reads an output not kept gets null.
 */
function customTargetsMet(indicators: readonly CustomIndicatorInput[], series: ReadonlyMap<string, (number | null)[][] | null>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const indicator of indicators) {
    const draws = series.get(indicator.id);
    if (!draws || draws.length === 0) {
      out[indicator.id] = null;
      continue;
    }
    const met = draws.filter((values) => judgeCustomTarget(indicator.target!, YEARS, values).state === 'reached').length;
    out[indicator.id] = met / draws.length;
  }
  return out;
}
