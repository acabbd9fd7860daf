/**
 * The contract between the main thread and the model worker. The worker implements it over the
 * pure core (`satisfies ModelApi`); the main thread only ever sees these types.
 */
import type { ScenarioDoc } from '../scenario/document';

/** The status of one target in the target year, as the model computed it. */
export interface TargetStatusResult {
  readonly outputId: string;
  readonly year: number;
  readonly comparator: '>=' | '>' | '<=' | '<' | 'rising';
  readonly target: number;
  readonly value: number;
  readonly gap: number;
  readonly reached: boolean;
  readonly firstYearReached: number | null;
}

/** Outputs of one run: one value per year for every output id, and each target's status. */
export interface ModelRunResult {
  readonly modelVersion: string;
  readonly years: number[];
  readonly outputs: Record<string, number[]>;
  readonly targets: TargetStatusResult[];
}

/** The functions the worker exposes. Results come back as promises across the boundary. */
export interface ModelApi {
  modelVersion(): string | Promise<string>;
  run(scenario: ScenarioDoc): ModelRunResult | Promise<ModelRunResult>;
}
