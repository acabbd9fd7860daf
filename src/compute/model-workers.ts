/**
 * Starts the app's model workers: each a real Worker behind comlink, watched for failure and
 * supervised (restarted when it fails; see SupervisedWorker).
 */
import { wrap } from 'comlink';
import { LIFE_LOCK_HELD, lifeLockName, type ModelApi } from './model-api';
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
 * Starts one model worker and watches it. Its loss is known from the Worker's `error` event (the
 * script failed to load, threw while starting, or raised an uncaught error later) and from its
 * life lock: the worker holds a Web Lock named after it while it lives, and says so; the page then
 * asks for the same lock, which it is granted only when the worker has gone (closed itself,
 * crashed or was stopped). A worker that hangs is caught by the supervisor's timeout instead.
 */
function startModelWorker(role: string): WorkerHandle {
  // A name unique to this start, so the lock of a worker in another tab or an earlier start is never mistaken for this one's.
  const name = `${role}-${crypto.randomUUID()}`;
  const worker = new Worker(new URL('../../workers/model.worker.ts', import.meta.url), { type: 'module', name });
  let terminated = false;
  const lost = new Promise<string>((resolve) => {
    worker.addEventListener('error', (event) => {
      // An ErrorEvent carries the worker's message; a script that failed to load gives a bare Event.
      resolve(event instanceof ErrorEvent && event.message ? event.message : 'the model worker could not be started');
    });
    worker.addEventListener('messageerror', () => resolve('a message from the model worker could not be read'));
    worker.addEventListener('message', function onHeld(event: MessageEvent<unknown>) {
      // Without Web Locks (a page not served over https or from localhost) only the timeout catches a worker that has gone.
      if (event.data !== LIFE_LOCK_HELD || !('locks' in navigator)) return;
      worker.removeEventListener('message', onHeld);
      void navigator.locks.request(lifeLockName(name), () => {
        if (!terminated) resolve('the model worker stopped');
      });
    });
  });
  return {
    api: wrap<ModelApi>(worker),
    lost,
    terminate: () => {
      terminated = true;
      worker.terminate();
    },
  };
}
