/** The model worker: a thin comlink adapter over the pure core. */
import { expose } from 'comlink';
import { LIFE_LOCK_HELD, lifeLockName, type ModelApi } from '../src/compute/model-api';
import { MODEL_VERSION, previewWorkbench, runHousehold, runWorkbench, warmUpStep } from '../src/model/index';

const api = {
  modelVersion: () => MODEL_VERSION,
  runWorkbench: (scenario) => runWorkbench(scenario),
  previewWorkbench: (scenario) => previewWorkbench(scenario),
  household: (scenario, selector) => runHousehold(scenario, selector),
  warmUp: (step) => warmUpStep(step),
} satisfies ModelApi;

expose(api);

// Holds this worker's life lock until the worker ends, so the page learns when it has gone
// (closed, crashed or stopped): see startModelWorker in src/compute/model-workers.ts.
if ('locks' in navigator) {
  void navigator.locks.request(lifeLockName(self.name), () => {
    postMessage(LIFE_LOCK_HELD);
    return new Promise<never>(() => {});
  });
}
