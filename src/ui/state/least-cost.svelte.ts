import type { LeastCostResult, LeastCostTarget } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import { SEEKABLE_LEVERS, SEEKABLE_TARGETS } from '../../model/catalog';
import type { ScenarioDoc, ScenarioOverride } from '../../scenario/document';
import { sameValue } from '../../scenario/merge';
import { customTargetsKey, onlyAppliedSince } from './applied-edit';
import { LEAST_COST_DONE_MARK, LEAST_COST_START_MARK } from './bench-marks';

/** What the least-cost dialog needs from the workbench: the scenario on screen and a way to set several overrides as one edit. */
export interface LeastCostHost {
  scenario(): ScenarioDoc;
  setOverrides(changes: Readonly<Record<string, ScenarioOverride | undefined>>): void;
}

/** The targets and levers ticked when the dialog first opens: the plan's 45 % band share and urban/rural ratio, five levers. */
export const DEFAULT_TARGETS: readonly string[] = ['hh_income_200k_600k', 'urban_rural_income_ratio'];
export const DEFAULT_LEVERS: readonly string[] = ['labour_share_policy', 'dibao_uplift', 'property_income_rural', 'min_wage_uplift', 'rural_entrepreneurship'];

/** A package applied to the scenario, and what each of its levers replaced (for Undo). */
interface Applied {
  readonly changes: Readonly<Record<string, number>>;
  readonly previous: Readonly<Record<string, ScenarioOverride | undefined>>;
}

/**
 * The state of "最低成本组合 / Least-cost package": the ticked targets (with thresholds as typed)
 * and levers, the search in the model worker with its progress and cancel, its answer (every
 * figure from an exact run), and applying the package as one edit that Undo takes back. A result
 * is of the scenario as it was when it ran: once the scenario changes otherwise, it is marked not current.
 */
export class LeastCostRun {
  /** Ticked targets, by output id (a custom indicator's target by its id, unticked until ticked). */
  targets = $state<Record<string, boolean>>(Object.fromEntries(SEEKABLE_TARGETS.map((id) => [id, DEFAULT_TARGETS.includes(id)])));
  /** Thresholds as typed, by output id or custom indicator id; '' (or none) means the plan's (the indicator's). */
  thresholds = $state<Record<string, string>>(Object.fromEntries(SEEKABLE_TARGETS.map((id) => [id, ''])));
  /** Ticked levers, by id. */
  levers = $state<Record<string, boolean>>(Object.fromEntries(SEEKABLE_LEVERS.map((id) => [id, DEFAULT_LEVERS.includes(id)])));
  computing = $state(false);
  progress = $state.raw<{ readonly done: number; readonly total: number } | undefined>(undefined);
  result = $state.raw<LeastCostResult | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  cancelled = $state(false);
  applied = $state.raw<Applied | undefined>(undefined);
  undone = $state(false);
  #ranFor = $state.raw<Readonly<Record<string, ScenarioOverride>> | undefined>(undefined);
  /** The custom targets the result was computed for (an edited expression or target makes it not current). */
  #ranForCustom = $state.raw<readonly unknown[]>([]);
  #stop: AbortController | undefined;
  readonly #client: ModelClient;
  readonly #host: LeastCostHost;

  constructor(client: ModelClient, host: LeastCostHost) {
    this.#client = client;
    this.#host = host;
  }

  /** The request the ticks and thresholds make, or the reason it cannot be made (`messages` words it). */
  request(messages: { chooseTarget: string; chooseLever: string; thresholdInvalid: (target: string) => string }, label: (target: string) => string) {
    const targets: LeastCostTarget[] = [];
    // The plan's targets, then the scenario's custom targets, in the scenario's order.
    const custom = (this.#host.scenario().indicators ?? []).filter((i) => i.target !== undefined).map((i) => i.id);
    for (const id of [...SEEKABLE_TARGETS, ...custom]) {
      if (!this.targets[id]) continue;
      const text = (this.thresholds[id] ?? '').trim().replace(/,/g, '');
      const threshold = text === '' ? undefined : Number(text);
      if (threshold !== undefined && !Number.isFinite(threshold)) return { error: messages.thresholdInvalid(label(id)) } as const;
      targets.push({ target: id, ...(threshold !== undefined ? { threshold } : {}) });
    }
    const levers = SEEKABLE_LEVERS.filter((id) => this.levers[id]);
    if (targets.length === 0) return { error: messages.chooseTarget } as const;
    if (levers.length === 0) return { error: messages.chooseLever } as const;
    return { request: { targets, levers } } as const;
  }

  /** Runs the search in the model worker for the scenario on screen, with progress; `cancel` stops it. */
  async run(messages: Parameters<LeastCostRun['request']>[0], label: (target: string) => string): Promise<void> {
    const asked = this.request(messages, label);
    if ('error' in asked) {
      this.error = asked.error;
      return;
    }
    this.#stop?.abort();
    const stop = new AbortController();
    this.#stop = stop;
    const scenario = this.#host.scenario();
    this.computing = true;
    this.progress = undefined;
    this.error = undefined;
    this.cancelled = false;
    this.applied = undefined;
    this.undone = false;
    performance.mark(LEAST_COST_START_MARK);
    const outcome = await this.#client.leastCost(scenario, asked.request, {
      onProgress: (done, total) => {
        if (this.#stop === stop) this.progress = { done, total };
      },
      signal: stop.signal,
    });
    if (this.#stop !== stop) return;
    this.#stop = undefined;
    this.computing = false;
    this.progress = undefined;
    if (outcome.status === 'done') {
      performance.mark(LEAST_COST_DONE_MARK);
      this.result = outcome.result;
      this.#ranFor = scenario.overrides;
      this.#ranForCustom = customTargetsKey(
        scenario.indicators,
        asked.request.targets.map((t) => t.target),
      );
    } else if (outcome.status === 'cancelled') this.cancelled = true;
    else if (outcome.status !== 'superseded') this.error = outcome.message;
  }

  /** Stops the search in flight (it ends after its current step). */
  cancel(): void {
    this.#stop?.abort();
  }

  /** Whether the result shown is of the scenario on screen (or of it with the package applied, and nothing else changed since). */
  get current(): boolean {
    const ranFor = this.#ranFor;
    if (!this.result || ranFor === undefined) return false;
    const aimed = this.result.achieved.map((a) => a.target);
    if (!sameValue(customTargetsKey(this.#host.scenario().indicators, aimed), this.#ranForCustom)) return false;
    const now = this.#host.scenario().overrides;
    return sameValue(now, ranFor) || this.#onlyApplied(now, ranFor);
  }

  /** Whether Undo still means "put the levers back": the package is applied and nothing has been edited since. */
  get undoable(): boolean {
    const ranFor = this.#ranFor;
    return ranFor !== undefined && this.#onlyApplied(this.#host.scenario().overrides, ranFor);
  }

  #onlyApplied(now: Readonly<Record<string, ScenarioOverride>>, ranFor: Readonly<Record<string, ScenarioOverride>>): boolean {
    const applied = this.applied;
    return applied !== undefined && onlyAppliedSince(now, ranFor, applied.changes);
  }

  /** Sets every lever of the package (one edit: run, saved, listed as changed); Undo takes it back. */
  apply(): void {
    const result = this.result;
    if (!result || result.status !== 'reached' || !this.current || this.applied) return;
    const overrides = this.#host.scenario().overrides;
    const previous = Object.fromEntries(Object.keys(result.overrides).map((id) => [id, overrides[id]]));
    this.#host.setOverrides(result.overrides);
    this.applied = { changes: result.overrides, previous };
    this.undone = false;
  }

  /** Puts the levers back as they were before `apply`, as one edit (nothing to undo once the scenario was edited since). */
  undo(): void {
    const applied = this.applied;
    if (!applied || !this.undoable) return;
    this.#host.setOverrides(applied.previous);
    this.applied = undefined;
    this.undone = true;
  }
}
