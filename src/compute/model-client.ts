import type { ScenarioDoc } from '../scenario/document';
import type { HouseholdPath, HouseholdSelector, ModelApi, WorkbenchResult } from './model-api';

/** How a requested run ended. */
export type RunOutcome<T> =
  | { readonly status: 'done'; readonly result: T }
  /** A newer request replaced this one before it started; nothing was computed for it. */
  | { readonly status: 'superseded' }
  | { readonly status: 'failed'; readonly message: string };

interface Pending<I, T> {
  readonly input: I;
  readonly resolve: (outcome: RunOutcome<T>) => void;
}

/**
 * Runs one kind of job with at most one in flight and at most one waiting behind it: a new
 * request replaces the waiting one (which resolves as `superseded`), so rapid slider input is
 * coalesced into one run at a time and the latest request always runs.
 */
export class LatestOnly<I, T> {
  readonly #job: (input: I) => T | Promise<T>;
  #inFlight = false;
  #waiting: Pending<I, T> | undefined;

  constructor(job: (input: I) => T | Promise<T>) {
    this.#job = job;
  }

  /** Requests a run; resolves when it is done, failed or superseded. */
  run(input: I): Promise<RunOutcome<T>> {
    return new Promise((resolve) => {
      this.#waiting?.resolve({ status: 'superseded' });
      this.#waiting = { input, resolve };
      if (!this.#inFlight) void this.#drain();
    });
  }

  /** Whether a run is in flight or waiting. */
  get busy(): boolean {
    return this.#inFlight || this.#waiting !== undefined;
  }

  async #drain(): Promise<void> {
    this.#inFlight = true;
    try {
      while (this.#waiting) {
        const next = this.#waiting;
        this.#waiting = undefined;
        try {
          next.resolve({ status: 'done', result: await this.#job(next.input) });
        } catch (cause) {
          next.resolve({ status: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
        }
      }
    } finally {
      this.#inFlight = false;
    }
  }
}

/** Owns the model worker's API on the main thread: one coalescing queue per kind of job. */
export class ModelClient {
  readonly #workbench: LatestOnly<ScenarioDoc, WorkbenchResult>;
  readonly #household: LatestOnly<{ scenario: ScenarioDoc; selector: HouseholdSelector }, HouseholdPath>;
  readonly #warmUp: LatestOnly<undefined, void>;

  constructor(api: ModelApi) {
    this.#warmUp = new LatestOnly(() => api.warmUp());
    this.#workbench = new LatestOnly((scenario) => api.runWorkbench(scenario));
    this.#household = new LatestOnly(({ scenario, selector }) => api.household(scenario, selector));
  }

  /** Runs a scenario with its baselines and scorecard (latest request wins). */
  runWorkbench(scenario: ScenarioDoc): Promise<RunOutcome<WorkbenchResult>> {
    return this.#workbench.run(scenario);
  }

  /** Follows a typical household (latest request wins). */
  household(scenario: ScenarioDoc, selector: HouseholdSelector): Promise<RunOutcome<HouseholdPath>> {
    return this.#household.run({ scenario, selector });
  }

  /** Asks the worker to compile its lever paths while the user reads the first result. */
  warmUp(): Promise<RunOutcome<void>> {
    return this.#warmUp.run(undefined);
  }

  /** Whether a workbench run is in flight or waiting. */
  get busy(): boolean {
    return this.#workbench.busy;
  }
}
