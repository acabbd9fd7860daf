import type { GoalSeekResult } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import { SEEKABLE_LEVERS, TARGETS } from '../../model/catalog';
import type { ScenarioDoc, ScenarioOverride } from '../../scenario/document';
import { sameValue } from '../../scenario/merge';
import { customTargetsKey, onlyAppliedSince } from './applied-edit';
import { SEEK_DONE_MARK, SEEK_START_MARK } from './bench-marks';

/** What the goal-seek needs from the workbench: the scenario on screen and a way to set one lever (an ordinary, saved edit). */
export interface GoalSeekHost {
  scenario(): ScenarioDoc;
  setScalar(id: string, value: number): void;
  setOverride(id: string, value: ScenarioOverride | undefined): void;
}

/** The lever value applied from a result, and what it replaced (for Undo). */
interface Applied {
  readonly lever: string;
  readonly value: number;
  readonly previous: ScenarioOverride | undefined;
}

/**
 * The state of "what would it take?" for the scorecard row it is open on: the chosen lever, year
 * and threshold, the worker's answer (every number in it from the model's exact runs), and
 * applying the answer to the scenario as an edit that Undo takes back. A result is of the
 * scenario as it was when it ran: once the scenario changes otherwise, it is marked not current.
 */
export class GoalSeek {
  /** The target whose row has the panel open, if any: a plan target's output id or a custom indicator's id. */
  target = $state<string | undefined>(undefined);
  lever = $state<string>(SEEKABLE_LEVERS[0]!);
  year = $state(2025);
  /** The threshold as typed (in the plan's unit); '' means the plan's. */
  threshold = $state('');
  computing = $state(false);
  result = $state.raw<GoalSeekResult | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  applied = $state.raw<Applied | undefined>(undefined);
  /** Set by Undo until the next search or apply, so the panel can say the value is back. */
  undone = $state(false);
  /** The overrides the result was computed for (reactive: `current` reads it). */
  #ranFor = $state.raw<Readonly<Record<string, ScenarioOverride>> | undefined>(undefined);
  /** The custom targets the result was computed for (an edited expression or target makes it not current). */
  #ranForCustom = $state.raw<readonly unknown[]>([]);
  /** Counts requests, so an answer to an earlier one (another row, or before the panel was reopened) is dropped. */
  #request = 0;
  readonly #client: ModelClient;
  readonly #host: GoalSeekHost;

  constructor(client: ModelClient, host: GoalSeekHost) {
    this.#client = client;
    this.#host = host;
  }

  /**
   * Opens the panel on a target's row (closing it when it is open there already), with the plan's
   * year and threshold; a custom indicator's target (not in the plan) opens on its own `year`.
   */
  toggle(target: string, year?: number): void {
    if (this.target === target) {
      this.close();
      return;
    }
    this.target = target;
    this.year = TARGETS.find((t) => t.outputId === target)?.year ?? year ?? 2025;
    this.threshold = '';
    this.#request++;
    this.computing = false;
    this.result = undefined;
    this.error = undefined;
    this.applied = undefined;
    this.undone = false;
  }

  close(): void {
    this.target = undefined;
    this.#request++;
    this.computing = false;
  }

  /** The typed threshold as a number: undefined for the plan's (empty), NaN when it is not a number. */
  get typedThreshold(): number | undefined {
    const text = this.threshold.trim().replace(/,/g, '');
    return text === '' ? undefined : Number(text);
  }

  /** Asks the model worker for the lever value; a typed threshold that is not a number is refused, naming the field. */
  async run(invalidThreshold: string): Promise<void> {
    const target = this.target;
    if (!target) return;
    const threshold = this.typedThreshold;
    if (threshold !== undefined && !Number.isFinite(threshold)) {
      this.error = invalidThreshold;
      return;
    }
    const scenario = this.#host.scenario();
    const request = ++this.#request;
    this.computing = true;
    this.error = undefined;
    this.applied = undefined;
    this.undone = false;
    performance.mark(SEEK_START_MARK);
    const outcome = await this.#client.goalSeek(scenario, { target, lever: this.lever, year: this.year, ...(threshold !== undefined ? { threshold } : {}) });
    if (outcome.status === 'superseded' || request !== this.#request) return;
    this.computing = false;
    if (outcome.status === 'done') {
      performance.mark(SEEK_DONE_MARK);
      this.result = outcome.result;
      this.#ranFor = scenario.overrides;
      this.#ranForCustom = customTargetsKey(scenario.indicators, [target]);
    } else {
      this.result = undefined;
      this.error = outcome.message;
    }
  }

  /** Whether the result shown is of the scenario on screen (or of it with its answer applied, and nothing else changed since). */
  get current(): boolean {
    const ranFor = this.#ranFor;
    if (!this.result || ranFor === undefined) return false;
    if (!sameValue(customTargetsKey(this.#host.scenario().indicators, [this.result.target]), this.#ranForCustom)) return false;
    const now = this.#host.scenario().overrides;
    return sameValue(now, ranFor) || this.#onlyApplied(now, ranFor);
  }

  /** Whether Undo still means "put the lever back": the answer is applied and nothing has been edited since. */
  get undoable(): boolean {
    const ranFor = this.#ranFor;
    return ranFor !== undefined && this.#onlyApplied(this.#host.scenario().overrides, ranFor);
  }

  #onlyApplied(now: Readonly<Record<string, ScenarioOverride>>, ranFor: Readonly<Record<string, ScenarioOverride>>): boolean {
    const applied = this.applied;
    return applied !== undefined && onlyAppliedSince(now, ranFor, { [applied.lever]: applied.value });
  }

  /** Sets the lever to the value found (an ordinary edit: run, saved, listed as changed); Undo takes it back. */
  apply(): void {
    const result = this.result;
    if (!result || result.status !== 'reached' || !this.current) return;
    const previous = this.#host.scenario().overrides[result.lever];
    this.#host.setScalar(result.lever, result.value);
    this.applied = { lever: result.lever, value: result.value, previous };
    this.undone = false;
  }

  /** Puts the lever back as it was before `apply` (nothing to undo once the scenario was edited since). */
  undo(): void {
    const applied = this.applied;
    if (!applied || !this.undoable) return;
    this.#host.setOverride(applied.lever, applied.previous);
    this.applied = undefined;
    this.undone = true;
  }
}
