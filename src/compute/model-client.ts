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
  readonly seq: number;
  readonly resolve: (outcome: RunOutcome<T>) => void;
}

/**
 * Runs one kind of job on one or more workers ("lanes"), with at most one run in flight per lane
 * and at most one request waiting: a new request starts at once on an idle lane, otherwise it
 * replaces the waiting one (which resolves as `superseded`). So rapid slider input is coalesced,
 * the latest request always runs, and with two lanes it need not wait for a whole run already in
 * flight. A result that arrives after the result of a newer request resolves as `superseded`, so
 * the page never goes back to an older state.
 */
export class LatestOnly<I, T> {
  readonly #lanes: readonly ((input: I) => T | Promise<T>)[];
  readonly #laneBusy: boolean[];
  #waiting: Pending<I, T> | undefined;
  #nextSeq = 0;
  /** The sequence number of the newest request whose result was delivered. */
  #delivered = -1;

  /** `job` runs on one lane; pass several (one per worker) to run requests side by side. */
  constructor(job: ((input: I) => T | Promise<T>) | readonly ((input: I) => T | Promise<T>)[]) {
    this.#lanes = typeof job === 'function' ? [job] : job;
    if (this.#lanes.length === 0) throw new Error('bug: LatestOnly needs at least one lane');
    this.#laneBusy = this.#lanes.map(() => false);
  }

  /** Requests a run; resolves when it is done, failed or superseded. */
  run(input: I): Promise<RunOutcome<T>> {
    return new Promise((resolve) => {
      this.#waiting?.resolve({ status: 'superseded' });
      this.#waiting = { input, seq: this.#nextSeq++, resolve };
      const idle = this.#laneBusy.indexOf(false);
      if (idle >= 0) void this.#drain(idle);
    });
  }

  /**
   * Runs `job` on a lane outside the queue (a worker's warm-up step) while keeping requests off
   * that lane: a request goes to another idle lane, or waits (latest only) until a lane is free,
   * instead of queueing inside the worker behind the job. The lane must be idle.
   */
  async occupy<R>(lane: number, job: () => R | Promise<R>): Promise<R> {
    if (this.#laneBusy[lane] !== false) throw new Error(`bug: lane ${lane} is busy or does not exist`);
    this.#laneBusy[lane] = true;
    try {
      return await job();
    } finally {
      this.#laneBusy[lane] = false;
      if (this.#waiting) void this.#drain(lane);
    }
  }

  /** Whether a run is in flight or waiting. */
  get busy(): boolean {
    return this.#laneBusy.includes(true) || this.#waiting !== undefined;
  }

  async #drain(lane: number): Promise<void> {
    this.#laneBusy[lane] = true;
    try {
      while (this.#waiting) {
        const next = this.#waiting;
        this.#waiting = undefined;
        let outcome: RunOutcome<T>;
        try {
          outcome = { status: 'done', result: await this.#lanes[lane]!(next.input) };
        } catch (cause) {
          outcome = { status: 'failed', message: cause instanceof Error ? cause.message : String(cause) };
        }
        if (next.seq < this.#delivered) {
          next.resolve({ status: 'superseded' });
        } else {
          this.#delivered = next.seq;
          next.resolve(outcome);
        }
      }
    } finally {
      this.#laneBusy[lane] = false;
    }
  }
}

/**
 * Owns the model workers' APIs on the main thread: one coalescing queue per kind of job. Workbench
 * runs use every worker given (a pool); the typical household uses the first, and every worker is
 * warmed up.
 */
export class ModelClient {
  readonly #workbench: LatestOnly<{ scenario: ScenarioDoc; preview: boolean }, WorkbenchResult>;
  readonly #household: LatestOnly<{ scenario: ScenarioDoc; selector: HouseholdSelector }, HouseholdPath>;
  readonly #apis: readonly ModelApi[];
  /** Set by the user's first request: the warm-up gives way for good (real work warms up the JIT too). */
  #warmUpStopped = false;

  constructor(api: ModelApi | readonly ModelApi[]) {
    const apis: readonly ModelApi[] = Array.isArray(api) ? api : [api as ModelApi];
    const first = apis[0]!;
    this.#apis = apis;
    this.#workbench = new LatestOnly(apis.map((a) => ({ scenario, preview }: { scenario: ScenarioDoc; preview: boolean }) => (preview ? a.previewWorkbench(scenario) : a.runWorkbench(scenario))));
    this.#household = new LatestOnly(({ scenario, selector }) => first.household(scenario, selector));
  }

  /**
   * Runs a scenario with its baselines and scorecard (latest request wins, previews and exact runs
   * alike). `preview`: the fast approximation for a slider being dragged.
   */
  runWorkbench(scenario: ScenarioDoc, { preview = false }: { preview?: boolean } = {}): Promise<RunOutcome<WorkbenchResult>> {
    this.#warmUpStopped = true;
    return this.#workbench.run({ scenario, preview });
  }

  /** Follows a typical household (latest request wins). */
  household(scenario: ScenarioDoc, selector: HouseholdSelector): Promise<RunOutcome<HouseholdPath>> {
    this.#warmUpStopped = true;
    return this.#household.run({ scenario, selector });
  }

  /**
   * While the user reads the first result, has every worker run the model's warm-up, one short
   * step at a time, so the JIT has compiled the engine before the first drag. It stops at the
   * user's next request (which then waits for one step at most) and at the first failure.
   */
  async warmUp(): Promise<void> {
    this.#warmUpStopped = false;
    await Promise.all(
      this.#apis.map(async (api, lane) => {
        try {
          // Each step holds its worker's lane, so a request arriving meanwhile goes to another
          // worker if one is free rather than waiting inside this one behind the step.
          for (let step = 0; !this.#warmUpStopped; step++) if (!(await this.#workbench.occupy(lane, () => api.warmUp(step)))) return;
        } catch {
          // A warm-up is an optimisation: a failing step changes nothing the user sees.
        }
      }),
    );
  }

  /** Whether a workbench run is in flight or waiting. */
  get busy(): boolean {
    return this.#workbench.busy;
  }
}
