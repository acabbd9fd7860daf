/**
 * Starts the app's model workers: each a real Worker behind comlink, watched for failure and
 * supervised (restarted when it fails; see SupervisedWorker).
 */
import { wrap } from 'comlink';
import { LIFE_LOCK_HELD, LIFE_LOCK_REQUESTED, lifeLockName, type ModelApi } from './model-api';
import { ModelClient } from './model-client';
import { SupervisedWorker, type WorkerHandle } from './supervised-worker';

/**
 * Two model workers: a new slider position starts at once on an idle one instead of waiting for
 * the run in flight (the client coalesces and never shows an older result after a newer).
 */
const MODEL_WORKERS = 2;

/** The model client of the page, over MODEL_WORKERS supervised workers. */
export function startModelClient(): ModelClient {
  return new ModelClient(Array.from({ length: MODEL_WORKERS }, (_, i) => new SupervisedWorker(() => startModelWorker(`model-${i}`))));
}

/**
 * How long the page, granted a worker's life lock, waits before it looks whether the worker's own
 * request for it is queued: the worker's request and its message saying so travel by different
 * routes, so the page may be granted the lock a moment before the worker's request arrives.
 */
const LIFE_LOCK_SETTLE_MS = 250;
/** Settle periods the page waits for a worker that has not yet said it holds its lock (2 s in all). */
const LIFE_LOCK_SETTLE_TRIES = 8;

/**
 * Starts one model worker and watches it. Its loss is known from the Worker's `error` event (the
 * script failed to load, threw while starting, or raised an uncaught error later) and from its
 * life lock: the worker asks for a Web Lock named after it as it starts and holds it while it
 * lives, and says it has asked; the page then asks for the same lock, which it gets only once the
 * worker has gone (closed itself, crashed or was stopped), or if the worker's request has not
 * reached the lock manager yet, which it checks. A worker that hangs is caught by the
 * supervisor's timeout instead.
 */
function startModelWorker(role: string): WorkerHandle {
  // A name unique to this start, so the lock of a worker in another tab or an earlier start is never mistaken for this one's.
  const name = `${role}-${crypto.randomUUID()}`;
  const worker = new Worker(new URL('../../workers/model.worker.ts', import.meta.url), { type: 'module', name });
  const watched = watchWorker(worker, name);
  return { api: wrap<ModelApi>(worker), ...watched };
}

/**
 * Watches a started worker whose first import is workers/life-lock.ts (see startModelWorker):
 * `lost` settles with the reason once it has gone; `terminate` stops it without that counting as a loss.
 */
export function watchWorker(worker: Worker, name: string, label = 'model worker'): { lost: Promise<string>; terminate(): void } {
  const lockName = lifeLockName(name);
  let terminated = false;
  const lost = new Promise<string>((resolve) => {
    worker.addEventListener('error', (event) => {
      // An ErrorEvent carries the worker's message; a script that failed to load gives a bare Event.
      resolve(event instanceof ErrorEvent && event.message ? event.message : `the ${label} could not be started`);
    });
    worker.addEventListener('messageerror', () => resolve(`a message from the ${label} could not be read`));
    // Once the worker has said it holds the lock, the page's getting it means the worker has gone.
    let held = false;
    worker.addEventListener('message', function onHeld(event: MessageEvent<unknown>) {
      if (event.data !== LIFE_LOCK_HELD) return;
      worker.removeEventListener('message', onHeld);
      held = true;
    });
    /**
     * Waits for the lock; true if the worker turned out to be alive: before it has said it holds
     * the lock, the page's request may simply have reached the lock manager first (on a loaded
     * machine by a wide margin), so the worker counts as alive while its own request is queued
     * behind the page's or until it says it holds the lock, checked for up to LIFE_LOCK_SETTLE_TRIES
     * settle periods.
     */
    const waitForLock = (): Promise<boolean> =>
      navigator.locks.request(lockName, async () => {
        for (let tries = 0; !terminated && !held && tries < LIFE_LOCK_SETTLE_TRIES; tries++) {
          await new Promise((r) => setTimeout(r, LIFE_LOCK_SETTLE_MS));
          const { pending = [] } = await navigator.locks.query();
          if (pending.some((request) => request.name === lockName)) return true;
        }
        return false;
      });
    const watch = (): void => {
      void waitForLock().then((alive) => {
        if (alive) watch();
        else if (!terminated) resolve(`the ${label} stopped`);
      });
    };
    worker.addEventListener('message', function onRequested(event: MessageEvent<unknown>) {
      // Without Web Locks (a page not served over https or from localhost) only the timeout catches a worker that has gone.
      if (event.data !== LIFE_LOCK_REQUESTED || !('locks' in navigator)) return;
      worker.removeEventListener('message', onRequested);
      watch();
    });
  });
  return {
    lost,
    terminate: () => {
      terminated = true;
      worker.terminate();
    },
  };
}
