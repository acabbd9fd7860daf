/**
 * The contract between the main thread and a Monte Carlo pool worker (workers/mc.worker.ts). The
 * worker implements it over the pure core (`satisfies McApi`), which checks that these shapes
 * match the core's; the main thread only sees these types (the model stays in the workers).
 */

/** A scenario's overrides, as the model takes them (a scalar, or a path of [year, value] points). */
export type McOverrides = Readonly<Record<string, number | { readonly path: readonly (readonly [number, number])[] }>>;

/**
 * Options of a run: the population the draws use, the outputs whose fans are kept and the custom
 * indicators, whose outputs are kept too (the core's McRunOptions).
 */
export interface McOptions {
  readonly population?: { readonly households: number; readonly minPerStratum: number };
  readonly anchorTo?: number | null;
  readonly outputs?: readonly string[];
  readonly indicators?: readonly McIndicator[];
}

/** A custom indicator as Monte Carlo evaluates it: a fan, and with a target a P(met) (the core's CustomIndicatorInput). */
export interface McIndicator {
  readonly id: string;
  readonly expression: string;
  readonly target?: { readonly comparator: '>=' | '>' | '<=' | '<'; readonly threshold: number; readonly year: number };
}

/** One job for a pool worker: draws [from, to) of the sample of `draws` draws from `seed`, for a scenario. */
export interface McChunkRequest {
  readonly overrides: McOverrides;
  readonly seed: number;
  readonly draws: number;
  readonly from: number;
  readonly to: number;
  readonly options: McOptions;
}

/** The compact per-draw results of a range of draws (the core's DrawChunk). */
export interface McChunk {
  readonly from: number;
  readonly to: number;
  readonly outputIds: readonly string[];
  readonly scenario: Float64Array<ArrayBuffer>;
  readonly baseline: Float64Array<ArrayBuffer>;
  readonly met: Uint8Array<ArrayBuffer>;
}

/** One output's percentiles, one value per simulated year. */
export interface McFan {
  readonly p5: number[];
  readonly p10: number[];
  readonly p50: number[];
  readonly p90: number[];
  readonly p95: number[];
}

/** The summary of a run (the core's McSummary; see src/model/uncertainty/summarise.ts). */
export interface McResult {
  readonly seed: number;
  readonly draws: number;
  readonly years: number[];
  readonly quantiles: Record<string, McFan>;
  readonly baselineQuantiles: Record<string, McFan>;
  readonly effectQuantiles: Record<string, McFan>;
  /** Share of draws in which each modelled target holds in the target year, by target (output) id. */
  readonly pMet: Record<string, number>;
  /** Share of draws in which all of them hold at once. */
  readonly pAllMet: number;
  /** Share of draws in which each custom target holds, by custom indicator id (null: not computable); absent without custom targets. */
  readonly customPMet?: Record<string, number | null>;
  /** Percentiles of each custom indicator, by id (null: its expression cannot be evaluated; NaN in a year no draw has a value); absent without custom indicators. */
  readonly customQuantiles?: Record<string, McFan | null>;
  readonly firstYearAtP50: Record<string, number | null>;
  readonly drawn: { readonly id: string; readonly mode: 'value' | 'shift'; readonly values: number[] }[];
  /** Each modelled target's value in its year, one per draw (beside `drawn`), by target (output) id. */
  readonly targetDraws: Record<string, number[]>;
}

/** The functions a pool worker exposes. */
export interface McApi {
  /** The draw ranges of a run, in at most `chunks` pieces of whole build-point blocks (blockAlignedChunks). */
  plan(seed: number, draws: number, chunks: number): [number, number][] | Promise<[number, number][]>;
  /**
   * Runs the request's draws a few at a time (slices within build-point blocks), calling and
   * awaiting `progress` with the draws finished after each slice (so the bar moves within a chunk
   * and the page can hold the next slice back), and returns one chunk per slice.
   */
  runChunk(request: McChunkRequest, progress: (drawsDone: number) => void | Promise<void>): McChunk[] | Promise<McChunk[]>;
  /** Merges every chunk of a run, in draw order (summarise), with the fans of the custom indicators given and P(met) of their targets. */
  summarise(overrides: McOverrides, seed: number, draws: number, chunks: McChunk[], indicators?: readonly McIndicator[]): McResult | Promise<McResult>;
}
