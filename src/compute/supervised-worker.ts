import type { ModelApi } from './model-api';

/** One started model worker, as the supervisor sees it. */
export interface WorkerHandle {
  /** The worker's functions (a comlink proxy, or a fake in tests). */
  readonly api: ModelApi;
  /**
   * Settles with the reason once the worker is known to be unusable: its script failed to load
   * or threw, it raised an uncaught error, or it has gone (closed or crashed). Never rejects.
   */
  readonly lost: Promise<string>;
  /** Stops the worker (a no-op if it has gone already). */
  terminate(): void;
}

/** How a supervisor waits and retries; see DEFAULT_SUPERVISION. */
export interface Supervision {
  /** A call unanswered this long counts as a hung worker: it is stopped and a new one started. */
  readonly timeoutMs: number;
  /** New workers started in a row, after the first, before the supervisor gives up. */
  readonly maxRespawns: number;
}

/**
 * A call has no answer after 20 s. An exact run takes 13–60 ms and a cold worker's first run
 * well under a second here (docs/ui-performance.md): the timeout leaves a slow device two orders
 * of magnitude of room, and only catches a worker that is stuck. A worker that dies is noticed at
 * once (WorkerHandle.lost), not by the timeout.
 */
export const DEFAULT_SUPERVISION: Supervision = { timeoutMs: 20_000, maxRespawns: 2 };

/** The supervisor gave up: its worker failed to start or died again after every respawn. */
export class WorkerDownError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WorkerDownError';
  }
}

/** A worker was lost during a call (the call is then tried again on a new one). */
class WorkerLostError extends Error {}

/**
 * Keeps one model worker alive: starts it on first use, notices when it fails to load, errors,
 * dies or stops answering (WorkerHandle.lost, or a call over the timeout), then stops it, starts a
 * new one and makes the same call again. After `maxRespawns` new workers in a row without one
 * answer it gives up: the call, and every later call until `revive()`, rejects with
 * WorkerDownError. Any answer (a result or an error thrown by the model) resets the count.
 */
export class SupervisedWorker {
  readonly #spawn: () => WorkerHandle;
  readonly #supervision: Supervision;
  #current: WorkerHandle | undefined;
  /** Workers lost in a row since the last answer. */
  #losses = 0;
  #lastReason = '';
  /** Per worker, how to fail each call waiting on it when it is lost. */
  readonly #inFlight = new WeakMap<WorkerHandle, Set<(reason: string) => void>>();

  constructor(spawn: () => WorkerHandle, supervision: Supervision = DEFAULT_SUPERVISION) {
    this.#spawn = spawn;
    this.#supervision = supervision;
  }

  /** Whether the supervisor has given up (until `revive()`). */
  get down(): boolean {
    return this.#losses > this.#supervision.maxRespawns;
  }

  /**
   * Makes `job` on the worker, respawning and retrying as described on the class. `timeoutMs`
   * replaces the supervision's for a call known to be long (a least-cost search: seconds of runs).
   */
  async call<T>(job: (api: ModelApi) => T | Promise<T>, { timeoutMs }: { timeoutMs?: number } = {}): Promise<T> {
    for (;;) {
      if (this.down) throw new WorkerDownError(this.#lastReason);
      const handle = (this.#current ??= this.#start());
      try {
        const answer = await this.#answerOrLoss(handle, job, timeoutMs ?? this.#supervision.timeoutMs);
        this.#losses = 0;
        return answer;
      } catch (cause) {
        if (!(cause instanceof WorkerLostError)) {
          // The worker answered with an error: it is alive.
          this.#losses = 0;
          throw cause;
        }
        this.#drop(handle, cause.message);
      }
    }
  }

  /** Stops a lost worker and counts the loss, once: several calls in flight on it all see it. */
  #drop(handle: WorkerHandle, reason: string): void {
    if (this.#current !== handle) return;
    this.#current = undefined;
    handle.terminate();
    this.#losses++;
    this.#lastReason = reason;
  }

  /** Lets the supervisor try again after it gave up (the user asked to retry). */
  revive(): void {
    if (this.down) this.#losses = 0;
  }

  /** Stops the worker for good (the page is going away, or a test ends). */
  terminate(): void {
    this.#current?.terminate();
    this.#current = undefined;
  }

  #start(): WorkerHandle {
    const handle = this.#spawn();
    const waiting = new Set<(reason: string) => void>();
    this.#inFlight.set(handle, waiting);
    void handle.lost.then((reason) => {
      // Lost while idle too (a crash between runs): the next call starts a new worker.
      this.#drop(handle, reason);
      for (const lose of waiting) lose(reason);
    });
    return handle;
  }

  /** The job's answer, or a WorkerLostError when the worker is lost or the timeout passes first. */
  #answerOrLoss<T>(handle: WorkerHandle, job: (api: ModelApi) => T | Promise<T>, timeoutMs: number): Promise<T> {
    const waiting = this.#inFlight.get(handle)!;
    return new Promise<T>((resolve, reject) => {
      const lose = (reason: string) => {
        finish();
        reject(new WorkerLostError(reason));
      };
      const timer = setTimeout(() => lose(`no answer in ${timeoutMs / 1000} s`), timeoutMs);
      // One listener per worker (in #start), not per call: a drag makes thousands of calls.
      const finish = () => {
        clearTimeout(timer);
        waiting.delete(lose);
      };
      waiting.add(lose);
      let answer: T | Promise<T>;
      try {
        answer = job(handle.api);
      } catch (cause) {
        finish();
        reject(cause);
        return;
      }
      Promise.resolve(answer).then(
        (value) => {
          finish();
          resolve(value);
        },
        (cause: unknown) => {
          finish();
          reject(cause);
        },
      );
    });
  }
}
