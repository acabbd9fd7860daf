/**
 * The Monte Carlo worker pool: splits a run's draws into block-aligned chunks, deals them to
 * whichever worker is free, and merges the chunks in draw order (summarise, on a worker), so the same seed
 * gives the same summary whatever the pool size. Separate from the model workers, so a slider
 * edit never waits behind Monte Carlo.
 */
import type { McApi, McChunk, McIndicator, McOverrides, McResult } from './mc-api';

/** The seed a run uses when none is given: the core's DEFAULT_SEED (the CLI's), which a test checks. */
export const MC_DEFAULT_SEED = 20210610;

/** One started pool worker, as the pool sees it (a comlink proxy, or an in-process fake in tests). */
export interface McWorkerHandle {
  readonly api: McApi;
  /** Settles with the reason once the worker is known to be unusable (failed to load, crashed, closed). Never rejects. */
  readonly lost: Promise<string>;
  /** Stops the worker at once (a no-op if it has gone already). */
  terminate(): void;
}

/** What a run asks for. */
export interface McRequest {
  readonly overrides: McOverrides;
  readonly draws: number;
  readonly seed?: number;
  /** The outputs whose fans are kept (default: every catalog output). */
  readonly outputs?: readonly string[];
  /** The population the draws use (default: the core's MC_POPULATION, anchored to the full population). */
  readonly population?: { readonly households: number; readonly minPerStratum: number };
  /** The scenario's custom indicators: each gets a fan (the outputs it reads are kept), those with a target a P(met). */
  readonly indicators?: readonly McIndicator[];
}

/** How a Monte Carlo run ended. */
export type McOutcome =
  | { readonly status: 'done'; readonly summary: McResult }
  /** Cancelled by the user or replaced by a newer run; nothing is shown for it. */
  | { readonly status: 'cancelled' }
  /** A worker failed or died: the run is abandoned with the reason (never a hang). */
  | { readonly status: 'failed'; readonly message: string }
  /** No worker reported for STALL_MS: the run is abandoned and the workers stopped. */
  | { readonly status: 'stalled' };

/** A run in flight: its outcome, and a way to stop it at once. */
export interface McRun {
  readonly outcome: Promise<McOutcome>;
  cancel(): void;
}

/** The pool size: one worker per core but one (the page and the model workers need a core), at least 1, at most 4. */
export function poolSize(hardwareConcurrency: number | undefined): number {
  return Math.min(4, Math.max(1, (hardwareConcurrency ?? 2) - 1));
}

/**
 * Chunks per worker: more chunks than workers so a fast worker takes more of them (the VM is
 * shared), few enough that each keeps several build-point blocks.
 */
const CHUNKS_PER_WORKER = 4;

/**
 * How long a run waits without hearing from any worker before it gives up: a slice of draws
 * takes well under a second, so a minute of silence is a worker that hangs (a worker that dies is
 * noticed at once through `lost`). The run then fails with a message and the workers are stopped.
 */
export const STALL_MS = 60_000;

/** Monte Carlo on `size` workers, started lazily and stopped on cancel (started again by the next run). */
export class McPool {
  readonly #spawn: (index: number) => McWorkerHandle;
  readonly size: number;
  #workers: McWorkerHandle[] = [];
  #current: { cancel(): void } | undefined;

  readonly #stallMs: number;

  /** `stallMs`: the silence after which a run is given up (STALL_MS; tests shorten it). */
  constructor(spawn: (index: number) => McWorkerHandle, size: number, stallMs = STALL_MS) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`McPool: size must be a positive integer, got ${size}`);
    this.#spawn = spawn;
    this.size = size;
    this.#stallMs = stallMs;
  }

  /**
   * Starts a run (cancelling one in flight). `progress` is told the draws finished so far, each
   * time a worker finishes a slice of draws. After each slice the worker waits until `quiet`
   * resolves (the page's own runs come first); the stall watchdog does not count that wait.
   */
  run(request: McRequest, progress: (done: number, total: number) => void = () => {}, quiet: () => Promise<void> = () => Promise.resolve()): McRun {
    this.#current?.cancel();
    const seed = request.seed ?? MC_DEFAULT_SEED;
    const { overrides, draws } = request;
    const options = {
      ...(request.outputs && { outputs: request.outputs }),
      ...(request.population && { population: request.population }),
      ...(request.indicators?.length && { indicators: request.indicators }),
    };
    if (this.#workers.length === 0) this.#workers = this.#start();
    const workers = this.#workers;

    let settled = false;
    let finish!: (outcome: McOutcome) => void;
    const outcome = new Promise<McOutcome>((resolve) => (finish = resolve));
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const heard = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => end({ status: 'stalled' }, true), this.#stallMs);
    };
    const end = (o: McOutcome, stopWorkers: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (this.#current === run) this.#current = undefined;
      if (stopWorkers) this.#stopWorkers(workers);
      finish(o);
    };
    const fail = (cause: unknown): void => end({ status: 'failed', message: cause instanceof Error ? cause.message : String(cause) }, true);
    const run = { cancel: () => end({ status: 'cancelled' }, true) };
    this.#current = run;
    for (const worker of workers) void worker.lost.then((reason) => end({ status: 'failed', message: reason }, true));

    const work = async (): Promise<McResult> => {
      heard();
      const ranges = await workers[0]!.api.plan(seed, draws, this.size * CHUNKS_PER_WORKER);
      heard();
      let done = 0;
      let next = 0;
      const chunks: McChunk[] = [];
      const onBlock = async (n: number): Promise<void> => {
        if (settled) return;
        done += n;
        progress(done, draws);
        clearTimeout(watchdog);
        await quiet();
        if (!settled) heard();
      };
      const lane = async (worker: McWorkerHandle): Promise<void> => {
        while (!settled && next < ranges.length) {
          const [from, to] = ranges[next++]!;
          chunks.push(...(await worker.api.runChunk({ overrides, seed, draws, from, to, options }, onBlock)));
        }
      };
      await Promise.all(workers.map(lane));
      heard();
      return workers[0]!.api.summarise(overrides, seed, draws, chunks, request.indicators);
    };
    work().then((summary) => end({ status: 'done', summary }, false), fail);
    return { outcome, cancel: run.cancel };
  }

  /** Stops the workers for good (the page is going away, or a test ends). */
  terminate(): void {
    this.#current?.cancel();
    this.#stopWorkers(this.#workers);
  }

  /** Starts a set of workers; one lost even while idle stops the set, so the next run starts afresh. */
  #start(): McWorkerHandle[] {
    const workers = Array.from({ length: this.size }, (_, i) => this.#spawn(i));
    for (const w of workers) void w.lost.then(() => this.#stopWorkers(workers));
    return workers;
  }

  /** Stops these workers at once; the next run starts new ones. */
  #stopWorkers(workers: McWorkerHandle[]): void {
    for (const w of workers) w.terminate();
    if (this.#workers === workers) this.#workers = [];
  }
}
