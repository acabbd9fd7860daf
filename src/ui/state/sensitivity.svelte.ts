import type { McResult } from '../../compute/mc-api';
import type { GlobalSensitivity, SensitivityInput, Tornado } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import { SRC_SPARE_DRAWS } from '../../model/catalog';
import type { ScenarioDoc, ScenarioOverride } from '../../scenario/document';
import { sameValue } from '../../scenario/merge';
import { customTargetsKey } from './applied-edit';
import { TORNADO_DONE_MARK, TORNADO_START_MARK } from './bench-marks';
import type { ShownUncertainty } from './uncertainty.svelte';

/** What the sensitivity panel reads from the workbench: the scenario on screen and its Monte Carlo result, if any. */
export interface SensitivityHost {
  scenario(): ScenarioDoc;
  uncertainty(): ShownUncertainty | undefined;
}

/**
 * The state of "敏感性 / Sensitivity" on the scorecard row it is open on: the target's tornado
 * (run in the model worker, with progress and cancel) and the standardised regression
 * coefficients of the target on the Monte Carlo draws of the scenario (when it has a result).
 * Every number comes from the worker; a result is of the scenario as it was when it ran, and is
 * marked not current once the scenario changes.
 */
export class Sensitivity {
  /** The target (output id) whose row has the panel open, if any. */
  target = $state<string | undefined>(undefined);
  tornado = $state.raw<Tornado | undefined>(undefined);
  computing = $state(false);
  done = $state(0);
  total = $state(0);
  error = $state<string | undefined>(undefined);
  /** The last tornado was stopped by the user. */
  cancelled = $state(false);
  src = $state.raw<GlobalSensitivity | undefined>(undefined);
  ranking = $state(false);
  srcError = $state<string | undefined>(undefined);
  /** The Monte Carlo result found to hold no draws of the open target (one run before the target was added). */
  #noDrawsIn = $state.raw<McResult | undefined>(undefined);
  /** The overrides the result was computed for (compared by value: an edit undone by hand leaves it current). */
  #ranFor = $state.raw<Readonly<Record<string, ScenarioOverride>> | undefined>(undefined);
  /** The custom targets the tornado was computed for (an edited expression or target makes it not current). */
  #ranForCustom = $state.raw<readonly unknown[]>([]);
  /** The Monte Carlo result `src` was computed from. */
  #srcFrom = $state.raw<McResult | undefined>(undefined);
  #abort: AbortController | undefined;
  readonly #client: ModelClient;
  readonly #host: SensitivityHost;

  constructor(client: ModelClient, host: SensitivityHost) {
    this.#client = client;
    this.#host = host;
  }

  /** Opens the panel on a target's row (closing it when it is open there already). */
  toggle(target: string): void {
    if (this.target === target) {
      this.close();
      return;
    }
    this.cancel();
    this.target = target;
    this.tornado = undefined;
    this.error = undefined;
    this.cancelled = false;
    this.src = undefined;
    this.srcError = undefined;
    this.#noDrawsIn = undefined;
    this.#srcFrom = undefined;
  }

  /** Closes the panel, stopping a tornado in flight. */
  close(): void {
    this.cancel();
    this.target = undefined;
  }

  /** Runs the open target's tornado for the scenario on screen (stopping one in flight). */
  async run(): Promise<void> {
    const target = this.target;
    if (!target) return;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const scenario = this.#host.scenario();
    this.computing = true;
    this.done = 0;
    this.total = 0;
    this.error = undefined;
    this.cancelled = false;
    performance.mark(TORNADO_START_MARK);
    const outcome = await this.#client.tornado(
      scenario,
      { target },
      {
        signal: abort.signal,
        onProgress: (done, total) => {
          this.done = done;
          this.total = total;
        },
      },
    );
    if (this.#abort !== abort) return;
    this.#abort = undefined;
    this.computing = false;
    if (outcome.status === 'done') {
      performance.mark(TORNADO_DONE_MARK);
      this.tornado = outcome.result;
      this.#ranFor = scenario.overrides;
      this.#ranForCustom = customTargetsKey(scenario.indicators, [target]);
    } else if (outcome.status === 'cancelled') {
      this.cancelled = true;
    } else if (outcome.status === 'failed' || outcome.status === 'unavailable') {
      this.error = outcome.message;
    }
  }

  /** Stops the tornado in flight (the one shown before stays). */
  cancel(): void {
    const abort = this.#abort;
    if (!abort) return;
    this.#abort = undefined;
    abort.abort();
    this.computing = false;
    this.cancelled = true;
  }

  /** Whether the tornado shown is of the scenario on screen. */
  get current(): boolean {
    const scenario = this.#host.scenario();
    return (
      this.tornado !== undefined &&
      this.#ranFor !== undefined &&
      sameValue(this.#ranFor, scenario.overrides) &&
      sameValue(this.#ranForCustom, customTargetsKey(scenario.indicators, [this.tornado.target]))
    );
  }

  /** The scenario's Monte Carlo result, when it is current (the draws of another scenario do not rank this one's assumptions). */
  get draws(): McResult | undefined {
    const shown = this.#host.uncertainty();
    return shown && !shown.stale ? shown.result : undefined;
  }

  /**
   * The draws a regression on the current result would need, when it has fewer (one per drawn
   * parameter and SRC_SPARE_DRAWS more); undefined when it has enough or there is no result.
   */
  get drawsNeeded(): number | undefined {
    const draws = this.draws;
    if (!draws) return undefined;
    const need = draws.drawn.length + SRC_SPARE_DRAWS;
    return draws.draws < need ? need : undefined;
  }

  /** Whether the coefficients shown are of the current Monte Carlo result. */
  get srcCurrent(): boolean {
    return this.src !== undefined && this.#srcFrom !== undefined && this.#srcFrom === this.draws && this.src.target === this.target;
  }

  /** Whether the open target has a current Monte Carlo result not yet ranked (the panel then ranks it). */
  get needsRanking(): boolean {
    const draws = this.draws;
    return (
      this.target !== undefined &&
      draws !== undefined &&
      this.drawsNeeded === undefined &&
      !this.ranking &&
      !(this.#srcFrom === draws && this.src?.target === this.target) &&
      this.srcError === undefined &&
      !this.srcNoDraws
    );
  }

  /** Whether the current Monte Carlo result holds no draws of the open target (the panel says to run it again). */
  get srcNoDraws(): boolean {
    return this.#noDrawsIn !== undefined && this.#noDrawsIn === this.draws;
  }

  /** Ranks the drawn assumptions for the open target from the current Monte Carlo result (in the model worker). */
  async rank(): Promise<void> {
    const target = this.target;
    const draws = this.draws;
    if (!target || !draws) return;
    const values = draws.targetDraws[target];
    if (!values) {
      this.#noDrawsIn = draws;
      return;
    }
    this.ranking = true;
    this.srcError = undefined;
    // Plain copies: the result may sit in reactive state, and only this target's draws are needed.
    const input: SensitivityInput = {
      seed: draws.seed,
      draws: draws.draws,
      drawn: draws.drawn.map((d) => ({ id: d.id, mode: d.mode, values: [...d.values] })),
      targetDraws: { [target]: [...values] },
    };
    const outcome = await this.#client.globalSensitivity(input, target);
    if (outcome.status === 'superseded') return;
    this.ranking = false;
    if (outcome.status === 'done') {
      this.src = outcome.result;
      this.#srcFrom = draws;
    } else {
      this.srcError = outcome.message;
    }
  }
}
