import type { Waterfall } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import type { ScenarioDoc, ScenarioOverride } from '../../scenario/document';
import { sameValue } from '../../scenario/merge';

/**
 * The gap-closing waterfall of the scenario on screen: its run in the model worker (with the
 * progress of its model runs) and its result, for every modelled target at once. A result is of
 * the scenario as it was when it ran: once the scenario changes, it is marked not current.
 */
export class WaterfallRun {
  result = $state.raw<Waterfall | undefined>(undefined);
  computing = $state(false);
  done = $state(0);
  total = $state(0);
  error = $state<string | undefined>(undefined);
  /** The overrides the result was computed for (compared by value: an edit undone by hand leaves it current). */
  #ranFor = $state.raw<Readonly<Record<string, ScenarioOverride>> | undefined>(undefined);
  readonly #client: ModelClient;
  readonly #scenario: () => ScenarioDoc;

  constructor(client: ModelClient, scenario: () => ScenarioDoc) {
    this.#client = client;
    this.#scenario = scenario;
  }

  /** Runs the waterfall of the scenario on screen. */
  async run(): Promise<void> {
    const scenario = this.#scenario();
    this.computing = true;
    this.done = 0;
    this.total = 0;
    this.error = undefined;
    const outcome = await this.#client.waterfall(scenario, (done, total) => {
      this.done = done;
      this.total = total;
    });
    if (outcome.status === 'superseded') return;
    this.computing = false;
    if (outcome.status === 'done') {
      this.result = outcome.result;
      this.#ranFor = scenario.overrides;
    } else {
      this.error = outcome.message;
    }
  }

  /** Whether the result shown is of the scenario on screen. */
  get current(): boolean {
    return this.result !== undefined && this.#ranFor !== undefined && sameValue(this.#ranFor, this.#scenario().overrides);
  }
}
