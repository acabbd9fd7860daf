/**
 * Asks for this worker's life lock before anything else runs (it is the worker's first import,
 * ahead of the model's modules): the worker holds the lock until it ends, so the page learns when
 * it has gone (closed, crashed or stopped), even if that happens while it is still starting.
 * See startModelWorker in src/compute/model-workers.ts.
 */
import { LIFE_LOCK_HELD, LIFE_LOCK_REQUESTED, lifeLockName } from '../src/compute/model-api';

if ('locks' in navigator) {
  // The promise that holds the lock is kept on the global: Chromium releases a lock whose
  // holding promise has been garbage-collected, which would read as the worker's end.
  const holder = self as unknown as { lifeLock?: Promise<never> };
  void navigator.locks.request(lifeLockName(self.name), () => {
    postMessage(LIFE_LOCK_HELD);
    return (holder.lifeLock = new Promise<never>(() => {}));
  });
  postMessage(LIFE_LOCK_REQUESTED);
}
