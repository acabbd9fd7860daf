import type { ScenarioDoc } from '../scenario/document';
import { proxy } from 'comlink';
import type {
  LeastCostRequest,
  LeastCostResult,
  GlobalSensitivity,
  SensitivityInput,
  Tornado,
  TornadoRequest,
  ExpressionError,
  Waterfall,
  GoalSeekRequest,
  GoalSeekResult,
  HouseholdPath,
  HouseholdSelector,
  ModelApi,
  OwnHousehold,
  OwnHouseholdPath,
  WorkbenchResult,
} from './model-api';
import { SupervisedWorker, WorkerDownError } from './supervised-worker';

/** How a requested run ended. */
export type RunOutcome<T> =
  | { readonly status: 'done'; readonly result: T }
  /** A newer request replaced this one before it started; nothing was computed for it. */
  | { readonly status: 'superseded' }
  | { readonly status: 'failed'; readonly message: string }
  /** No worker could run it: they failed to start or kept dying (see SupervisedWorker); nothing was computed. */
  | { readonly status: 'unavailable'; readonly message: string };

/** How a run of many scenarios ended: as a single run can, or cancelled by its caller (its results are dropped). */
export type ManyOutcome<T> = RunOutcome<T> | { readonly status: 'cancelled' };

/** Options of ModelClient.runMany. */
export interface RunManyOptions {
  /** Called after each scenario's run, with how many of how many are done (in any order). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting it stops the run after the runs in flight (at most one per worker); it then resolves as `cancelled`. */
  readonly signal?: AbortSignal;
}

/**
 * A least-cost search has no answer after 5 minutes: it takes a few seconds (`npm run bench`), a
 * slow device or a busy machine perhaps ten times that, so the usual 20 s timeout would take a
 * working search for a hung worker.
 */
const LEAST_COST_TIMEOUT_MS = 300_000;

/** Options of ModelClient.leastCost. */
export interface LeastCostOptions {
  /** Told after each step of the search, with the steps done and an upper bound on all of them. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting it stops the search after its current step (a model run or a goal-seek); it then resolves as `cancelled`. */
  readonly signal?: AbortSignal;
}

/** A least-cost search as the queue holds it: its own stop signal, aborted by the caller or by a newer request. */
interface LeastCostJob {
  readonly scenario: ScenarioDoc;
  readonly request: LeastCostRequest;
  readonly onProgress: (done: number, total: number) => void;
  readonly stop: AbortSignal;
}

/** Options of ModelClient.tornado. */
export interface TornadoOptions {
  /** Called after each step (the scenario, then each parameter's two ends), with how many of how many are done. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting it stops the tornado after the step in flight; it then resolves as `cancelled`. */
  readonly signal?: AbortSignal;
}

/** A tornado as its queue holds it: the scenario, the request, progress and its own stop signal. */
interface TornadoJob {
  readonly scenario: ScenarioDoc;
  readonly request: TornadoRequest;
  readonly onProgress: (done: number, total: number) => void;
  readonly stop: AbortSignal;
}

/** A run of many scenarios as the queue holds it: its own stop signal, aborted by the caller or by a newer request. */
interface ManyRequest {
  readonly scenarios: readonly ScenarioDoc[];
  readonly onProgress: (done: number, total: number) => void;
  readonly stop: AbortSignal;
}

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
 * the page never goes back to an older state. A lane whose job throws WorkerDownError is down: its
 * request moves to a lane that is not, and only when every lane is down does a request resolve as
 * `unavailable` (until `revive()`).
 */
export class LatestOnly<I, T> {
  readonly #lanes: readonly ((input: I) => T | Promise<T>)[];
  readonly #laneBusy: boolean[];
  /** Lanes busy with outside work (`occupy`) rather than a request. */
  readonly #laneOccupied: boolean[];
  readonly #laneDown: boolean[];
  #waiting: Pending<I, T> | undefined;
  #nextSeq = 0;
  /** The sequence number of the newest request whose result was delivered. */
  #delivered = -1;

  /** `job` runs on one lane; pass several (one per worker) to run requests side by side. */
  constructor(job: ((input: I) => T | Promise<T>) | readonly ((input: I) => T | Promise<T>)[]) {
    this.#lanes = typeof job === 'function' ? [job] : job;
    if (this.#lanes.length === 0) throw new Error('bug: LatestOnly needs at least one lane');
    this.#laneBusy = this.#lanes.map(() => false);
    this.#laneOccupied = this.#lanes.map(() => false);
    this.#laneDown = this.#lanes.map(() => false);
  }

  /** Requests a run; resolves when it is done, failed or superseded. */
  run(input: I): Promise<RunOutcome<T>> {
    return new Promise((resolve) => {
      this.#waiting?.resolve({ status: 'superseded' });
      this.#waiting = { input, seq: this.#nextSeq++, resolve };
      const idle = this.#idleLane();
      if (idle >= 0) void this.#drain(idle);
    });
  }

  /** Lets requests use the lanes found down again (the user asked to retry). */
  revive(): void {
    this.#laneDown.fill(false);
  }

  /** An idle lane that is up; with every lane down, any idle lane (its job fails fast and says so). */
  #idleLane(): number {
    const up = this.#laneBusy.findIndex((busy, lane) => !busy && !this.#laneDown[lane]);
    return up >= 0 || !this.#laneDown.every(Boolean) ? up : this.#laneBusy.indexOf(false);
  }

  /**
   * Runs `job` on a lane outside the queue (a worker's warm-up step) while keeping requests off
   * that lane: a request goes to another idle lane, or waits (latest only) until a lane is free,
   * instead of queueing inside the worker behind the job. The lane must be idle.
   */
  async occupy<R>(lane: number, job: () => R | Promise<R>): Promise<R> {
    if (this.#laneBusy[lane] !== false) throw new Error(`bug: lane ${lane} is busy or does not exist`);
    this.#laneBusy[lane] = true;
    this.#laneOccupied[lane] = true;
    try {
      return await job();
    } finally {
      this.#laneBusy[lane] = false;
      this.#laneOccupied[lane] = false;
      if (this.#waiting) void this.#drain(lane);
    }
  }

  /**
   * Whether a request is in flight or waiting. Outside work (`occupy`) does not count: nothing
   * would tell the page when it ends, so a page that read it as busy would stay "computing".
   */
  get busy(): boolean {
    return this.#laneBusy.some((busy, lane) => busy && !this.#laneOccupied[lane]) || this.#waiting !== undefined;
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
          this.#laneDown[lane] = false;
        } catch (cause) {
          if (cause instanceof WorkerDownError) {
            this.#laneDown[lane] = true;
            const up = this.#laneDown.indexOf(false);
            if (up >= 0) {
              // Hand the request to a lane that is up (unless a newer one already waits) and leave this one.
              if (this.#waiting) next.resolve({ status: 'superseded' });
              else this.#waiting = next;
              if (!this.#laneBusy[up]) void this.#drain(up);
              return;
            }
            outcome = { status: 'unavailable', message: cause.message };
          } else {
            outcome = { status: 'failed', message: cause instanceof Error ? cause.message : String(cause) };
          }
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

/** What the client runs jobs on: a supervised worker, or (in tests of the queueing alone) an API called directly. */
interface Lane {
  call<T>(job: (api: ModelApi) => T | Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  readonly down: boolean;
  revive(): void;
}

function directLane(api: ModelApi): Lane {
  return { call: async (job) => job(api), down: false, revive: () => {} };
}

/**
 * Runs a request's scenarios on every lane that is up, one scenario per lane at a time, and gives
 * the results in the scenarios' order; undefined once the request's stop signal is aborted. A
 * lane found down hands its scenario back and leaves; when every lane is down the
 * WorkerDownError propagates (the queue then reports `unavailable`).
 */
async function runOnLanes(lanes: readonly Lane[], { scenarios, onProgress, stop }: ManyRequest): Promise<WorkbenchResult[] | undefined> {
  const results: WorkbenchResult[] = new Array<WorkbenchResult>(scenarios.length);
  const todo = scenarios.map((_, index) => index);
  let done = 0;
  let lastDown: WorkerDownError | undefined;
  const work = async (lane: Lane): Promise<void> => {
    for (let index = todo.shift(); index !== undefined && !stop.aborted; index = todo.shift()) {
      try {
        results[index] = await lane.call((api) => api.runWorkbench(scenarios[index]!));
      } catch (cause) {
        if (!(cause instanceof WorkerDownError)) {
          todo.length = 0; // the model failed: the other lanes stop too
          throw cause;
        }
        todo.unshift(index);
        lastDown = cause;
        return;
      }
      if (!stop.aborted) onProgress(++done, scenarios.length);
    }
  };
  // A scenario handed back by a lane that went down after the others had finished runs in another round.
  for (let up = lanes.filter((lane) => !lane.down); todo.length > 0 && up.length > 0 && !stop.aborted; up = lanes.filter((lane) => !lane.down)) {
    await Promise.all(up.map(work));
  }
  if (stop.aborted) return undefined;
  if (todo.length > 0) throw lastDown ?? new WorkerDownError('no model worker is available');
  return results;
}

/**
 * Owns the model workers on the main thread: one coalescing queue per kind of job. Workbench
 * runs use every worker given (a pool); the typical household uses the first worker that is not
 * down, and every worker is warmed up. Given SupervisedWorkers, a worker that fails is replaced
 * and its request run again (see SupervisedWorker); a request no worker can run resolves as
 * `unavailable`.
 */
export class ModelClient {
  readonly #workbench: LatestOnly<{ scenario: ScenarioDoc; preview: boolean }, WorkbenchResult>;
  readonly #household: LatestOnly<{ scenario: ScenarioDoc; selector: HouseholdSelector }, HouseholdPath>;
  readonly #ownHousehold: LatestOnly<{ scenario: ScenarioDoc; household: OwnHousehold }, OwnHouseholdPath>;
  readonly #compare: LatestOnly<readonly ScenarioDoc[], WorkbenchResult[]>;
  readonly #goalSeek: LatestOnly<{ scenario: ScenarioDoc; request: GoalSeekRequest }, GoalSeekResult>;
  readonly #waterfall: LatestOnly<{ scenario: ScenarioDoc; progress: (done: number, total: number) => void }, Waterfall>;
  readonly #many: LatestOnly<ManyRequest, WorkbenchResult[] | undefined>;
  readonly #leastCost: LatestOnly<LeastCostJob, LeastCostResult>;
  /** Stops the least-cost search in flight when a newer one is requested. */
  #leastCostStop: AbortController | undefined;
  readonly #tornado: LatestOnly<TornadoJob, Tornado | null>;
  /** Stops the tornado in flight when a newer one is requested. */
  #tornadoStop: AbortController | undefined;
  readonly #sensitivity: LatestOnly<{ input: SensitivityInput; target: string }, GlobalSensitivity>;
  readonly #check: LatestOnly<string, ExpressionError | null>;
  /** Stops the run of many scenarios in flight when a newer one is requested. */
  #manyStop: AbortController | undefined;
  readonly #lanes: readonly Lane[];
  /** Set by the user's first request: the warm-up gives way for good (real work warms up the JIT too). */
  #warmUpStopped = false;

  constructor(workers: ModelApi | readonly ModelApi[] | readonly SupervisedWorker[]) {
    const list: readonly (ModelApi | SupervisedWorker)[] = Array.isArray(workers) ? workers : [workers as ModelApi];
    const lanes = list.map((w) => (w instanceof SupervisedWorker ? w : directLane(w)));
    if (lanes.length === 0) throw new Error('bug: ModelClient needs at least one worker');
    this.#lanes = lanes;
    this.#workbench = new LatestOnly(
      lanes.map(
        (lane) =>
          ({ scenario, preview }: { scenario: ScenarioDoc; preview: boolean }) =>
            lane.call((api) => (preview ? api.previewWorkbench(scenario) : api.runWorkbench(scenario))),
      ),
    );
    this.#household = new LatestOnly(({ scenario, selector }) =>
      (lanes.find((lane) => !lane.down) ?? lanes[0]!).call((api) => api.household(scenario, selector)),
    );
    this.#ownHousehold = new LatestOnly(({ scenario, household }) =>
      (lanes.find((lane) => !lane.down) ?? lanes[0]!).call((api) => api.ownHousehold(scenario, household)),
    );
    this.#goalSeek = new LatestOnly(({ scenario, request }) => (lanes.find((lane) => !lane.down) ?? lanes[0]!).call((api) => api.goalSeek(scenario, request)));
    this.#waterfall = new LatestOnly(({ scenario, progress }) =>
      // The progress callback crosses to the worker as a comlink proxy (called directly by an in-process API).
      (lanes.find((lane) => !lane.down) ?? lanes[0]!).call((api) => api.waterfall(scenario, proxy(progress))),
    );
    this.#compare = new LatestOnly(async (scenarios: readonly ScenarioDoc[]) => {
      const results: WorkbenchResult[] = [];
      for (const scenario of scenarios) results.push(await (lanes.find((lane) => !lane.down) ?? lanes[0]!).call((api) => api.runWorkbench(scenario)));
      return results;
    });
    this.#many = new LatestOnly((request: ManyRequest) => runOnLanes(lanes, request));
    this.#leastCost = new LatestOnly(({ scenario, request, onProgress, stop }: LeastCostJob) =>
      // The callback crosses as a comlink proxy; its answer (false once stopped) is how the search
      // in the worker hears of a cancel between its steps.
      (lanes.find((lane) => !lane.down) ?? lanes[0]!).call(
        (api) =>
          api.leastCost(
            scenario,
            request,
            proxy((done: number, total: number) => {
              if (!stop.aborted) onProgress(done, total);
              return !stop.aborted;
            }),
          ),
        { timeoutMs: LEAST_COST_TIMEOUT_MS },
      ),
    );
    this.#tornado = new LatestOnly(({ scenario, request, onProgress, stop }: TornadoJob) =>
      // The worker awaits the progress proxy between steps; its answer false stops the tornado there.
      (lanes.find((lane) => !lane.down) ?? lanes[0]!).call((api) =>
        api.tornado(
          scenario,
          request,
          proxy((done: number, total: number) => {
            if (!stop.aborted) onProgress(done, total);
            return !stop.aborted;
          }),
        ),
      ),
    );
    this.#sensitivity = new LatestOnly(({ input, target }) =>
      (lanes.find((lane) => !lane.down) ?? lanes[0]!).call((api) => api.globalSensitivity(input, target)),
    );
    this.#check = new LatestOnly((expression: string) => (lanes.find((lane) => !lane.down) ?? lanes[0]!).call((api) => api.checkExpression(expression)));
  }

  /**
   * The least-cost package of several levers meeting several targets (a queue of its own, latest
   * request wins: a newer request stops this one, which resolves as `superseded`). `cancelled`
   * when the caller's signal stops it.
   */
  async leastCost(
    scenario: ScenarioDoc,
    request: LeastCostRequest,
    { onProgress = () => {}, signal }: LeastCostOptions = {},
  ): Promise<ManyOutcome<LeastCostResult>> {
    this.#warmUpStopped = true;
    this.#leastCostStop?.abort();
    const stop = new AbortController();
    this.#leastCostStop = stop;
    const cancel = (): void => stop.abort();
    signal?.addEventListener('abort', cancel);
    if (signal?.aborted) stop.abort();
    try {
      const outcome = await this.#leastCost.run({ scenario, request, onProgress, stop: stop.signal });
      if (outcome.status === 'done' || !stop.signal.aborted) return outcome;
      return signal?.aborted ? { status: 'cancelled' } : { status: 'superseded' };
    } finally {
      signal?.removeEventListener('abort', cancel);
      if (this.#leastCostStop === stop) this.#leastCostStop = undefined;
    }
  }

  /**
   * A target's tornado (each Monte Carlo parameter at its P10 and P90), with progress and cancel:
   * a queue of its own where the latest request wins (a newer one stops this one after its step
   * in flight, and it resolves as `superseded`).
   */
  async tornado(scenario: ScenarioDoc, request: TornadoRequest, { onProgress = () => {}, signal }: TornadoOptions = {}): Promise<ManyOutcome<Tornado>> {
    this.#warmUpStopped = true;
    this.#tornadoStop?.abort();
    const stop = new AbortController();
    this.#tornadoStop = stop;
    const cancel = (): void => stop.abort();
    signal?.addEventListener('abort', cancel);
    if (signal?.aborted) stop.abort();
    try {
      const outcome = await this.#tornado.run({ scenario, request, onProgress, stop: stop.signal });
      if (outcome.status !== 'done') return outcome;
      if (outcome.result !== null && !stop.signal.aborted) return { status: 'done', result: outcome.result };
      return signal?.aborted ? { status: 'cancelled' } : { status: 'superseded' };
    } finally {
      signal?.removeEventListener('abort', cancel);
      if (this.#tornadoStop === stop) this.#tornadoStop = undefined;
    }
  }

  /** Standardised regression coefficients of a target on a Monte Carlo result's draws (latest request wins; a queue of its own). */
  globalSensitivity(input: SensitivityInput, target: string): Promise<RunOutcome<GlobalSensitivity>> {
    this.#warmUpStopped = true;
    return this.#sensitivity.run({ input, target });
  }

  /** Checks a custom indicator's expression as it is typed (latest request wins; a queue of its own): null, or its problem. */
  checkExpression(expression: string): Promise<RunOutcome<ExpressionError | null>> {
    return this.#check.run(expression);
  }

  /**
   * Runs many scenarios exactly (a workshop's participants), one per worker at a time on every
   * worker that is up, reporting progress; the results come back in the order given. A queue of
   * its own (the run on screen is never superseded) where the latest request wins: a newer request
   * stops this one after its runs in flight, and it resolves as `superseded`.
   */
  async runMany(scenarios: readonly ScenarioDoc[], { onProgress = () => {}, signal }: RunManyOptions = {}): Promise<ManyOutcome<WorkbenchResult[]>> {
    this.#warmUpStopped = true;
    this.#manyStop?.abort();
    const stop = new AbortController();
    this.#manyStop = stop;
    const cancel = (): void => stop.abort();
    signal?.addEventListener('abort', cancel);
    if (signal?.aborted) stop.abort();
    try {
      const outcome = await this.#many.run({ scenarios, onProgress, stop: stop.signal });
      if (outcome.status !== 'done') return outcome;
      if (outcome.result !== undefined) return { status: 'done', result: outcome.result };
      return signal?.aborted ? { status: 'cancelled' } : { status: 'superseded' };
    } finally {
      signal?.removeEventListener('abort', cancel);
      if (this.#manyStop === stop) this.#manyStop = undefined;
    }
  }

  /**
   * Runs several scenarios exactly, one after another, for a side-by-side comparison (latest
   * request wins). A queue of its own, so a comparison never supersedes the run on screen.
   */
  compare(scenarios: readonly ScenarioDoc[]): Promise<RunOutcome<WorkbenchResult[]>> {
    this.#warmUpStopped = true;
    return this.#compare.run(scenarios);
  }

  /**
   * Runs a scenario with its baselines and scorecard (latest request wins, previews and exact runs
   * alike). `preview`: the fast approximation for a slider being dragged.
   */
  runWorkbench(scenario: ScenarioDoc, { preview = false }: { preview?: boolean } = {}): Promise<RunOutcome<WorkbenchResult>> {
    this.#warmUpStopped = true;
    return this.#workbench.run({ scenario, preview });
  }

  /** What would it take: seeks one lever's value for one target (latest request wins; a queue of its own). */
  goalSeek(scenario: ScenarioDoc, request: GoalSeekRequest): Promise<RunOutcome<GoalSeekResult>> {
    this.#warmUpStopped = true;
    return this.#goalSeek.run({ scenario, request });
  }

  /** The gap-closing waterfall of a scenario (latest request wins; a queue of its own); `progress` hears of each model run. */
  waterfall(scenario: ScenarioDoc, progress: (done: number, total: number) => void): Promise<RunOutcome<Waterfall>> {
    this.#warmUpStopped = true;
    return this.#waterfall.run({ scenario, progress });
  }

  /** Follows a typical household (latest request wins). */
  household(scenario: ScenarioDoc, selector: HouseholdSelector): Promise<RunOutcome<HouseholdPath>> {
    this.#warmUpStopped = true;
    return this.#household.run({ scenario, selector });
  }

  /** Follows the user's own household (latest request wins; the household goes to the worker and nowhere else). */
  ownHousehold(scenario: ScenarioDoc, household: OwnHousehold): Promise<RunOutcome<OwnHouseholdPath>> {
    this.#warmUpStopped = true;
    return this.#ownHousehold.run({ scenario, household });
  }

  /**
   * While the user reads the first result, has every worker run the model's warm-up, one short
   * step at a time, so the JIT has compiled the engine before the first drag. It stops at the
   * user's next request (which then waits for one step at most) and at the first failure.
   */
  async warmUp(): Promise<void> {
    this.#warmUpStopped = false;
    await Promise.all(
      this.#lanes.map(async (lane, index) => {
        try {
          // Each step holds its worker's lane, so a request arriving meanwhile goes to another
          // worker if one is free rather than waiting inside this one behind the step.
          for (let step = 0; !this.#warmUpStopped; step++) if (!(await this.#workbench.occupy(index, () => lane.call((api) => api.warmUp(step))))) return;
        } catch {
          // A warm-up is an optimisation: a failing step changes nothing the user sees.
        }
      }),
    );
  }

  /** After every worker was found down: lets the workers start again for the next request (the user asked to retry). */
  revive(): void {
    for (const lane of this.#lanes) lane.revive();
    this.#workbench.revive();
    this.#household.revive();
    this.#ownHousehold.revive();
    this.#compare.revive();
    this.#goalSeek.revive();
    this.#waterfall.revive();
    this.#many.revive();
    this.#leastCost.revive();
    this.#tornado.revive();
    this.#sensitivity.revive();
    this.#check.revive();
  }

  /** Whether a workbench run is in flight or waiting. */
  get busy(): boolean {
    return this.#workbench.busy;
  }
}
