import type { ScenarioDoc } from '../scenario/document';
import type { ModelApi, ModelRunResult } from './model-api';

/** How a requested run ended. */
export type RunOutcome =
  | { readonly status: 'done'; readonly result: ModelRunResult }
  /** A newer request replaced this one before it started; nothing was computed for it. */
  | { readonly status: 'superseded' }
  | { readonly status: 'failed'; readonly message: string };

interface PendingRun {
  readonly scenario: ScenarioDoc;
  readonly resolve: (outcome: RunOutcome) => void;
}

/**
 * Owns the model worker's API on the main thread. At most one run is in flight and at most one
 * waits behind it: a new request replaces the waiting one (which resolves as `superseded`), so
 * rapid slider input is coalesced into one run at a time and the latest request always runs.
 */
export class ModelClient {
  readonly #api: ModelApi;
  #inFlight = false;
  #waiting: PendingRun | undefined;

  constructor(api: ModelApi) {
    this.#api = api;
  }

  /** Requests a run of the scenario; resolves when it is done, failed or superseded. */
  run(scenario: ScenarioDoc): Promise<RunOutcome> {
    return new Promise((resolve) => {
      this.#waiting?.resolve({ status: 'superseded' });
      this.#waiting = { scenario, resolve };
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
          const result = await this.#api.run(next.scenario);
          next.resolve({ status: 'done', result });
        } catch (cause) {
          next.resolve({ status: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
        }
      }
    } finally {
      this.#inFlight = false;
    }
  }
}
