/**
 * Monte Carlo over the catalog's assumptions (docs/model.md, "Uncertainty"): a Latin-hypercube
 * sample from a seed (drawSample), draws run in chunks anywhere (runDraws), merged in draw order
 * (summarise). monteCarlo does all three in one thread.
 */
import type { OverrideValue } from '../params';
import { runDraws, type McRunOptions } from './run';
import { drawSample } from './sample';
import { summarise, type McSummary } from './summarise';

export { clip, mcQuantile } from './distributions';
export {
  BUILD_POINTS,
  DRAWS_PER_BUILD_POINT,
  DRAWN_PARAMETERS,
  blockAlignedChunks,
  buildPointsFor,
  MAX_DRAWS,
  SHIFT_FROM_YEAR,
  drawOverrides,
  drawnOverride,
  drawSample,
  variedParameters,
  type DrawnParameter,
  type McSample,
} from './sample';
export { keptOutputs, MC_POPULATION, MC_TARGETS, runDraws, type DrawChunk, type McRunOptions } from './run';
export { drawAnchor, type DrawAnchor, type McPopulation } from './anchor';
export { PERCENTILES, quantileSorted, summarise, type Fan, type McSummary } from './summarise';

/** The seed a Monte Carlo run uses when none is given (the CLI's and the app's default). */
export const DEFAULT_SEED = 20210610;

/**
 * Options of monteCarlo: the number of draws and the seed, and the population, the kept outputs
 * and the custom indicators (McRunOptions): each indicator gets a fan (McSummary.customQuantiles)
 * and, with a target, a P(met) (McSummary.customPMet).
 */
export interface MonteCarloOptions extends McRunOptions {
  readonly draws: number;
  readonly seed?: number;
}

/** Runs every draw of a scenario's Monte Carlo in this thread and summarises it. */
export function monteCarlo(overrides: Readonly<Record<string, OverrideValue>>, options: MonteCarloOptions): McSummary {
  const sample = drawSample(options.seed ?? DEFAULT_SEED, options.draws);
  return summarise(overrides, sample, [runDraws(overrides, sample, 0, sample.draws, options)], options.indicators);
}
