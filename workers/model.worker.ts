/** The model worker: a thin comlink adapter over the pure core. */
import { expose } from 'comlink';
import type { ModelApi } from '../src/compute/model-api';
import { MODEL_VERSION, runHousehold, runWorkbench } from '../src/model/index';

const api = {
  modelVersion: () => MODEL_VERSION,
  runWorkbench: (scenario) => runWorkbench(scenario),
  household: (scenario, selector) => runHousehold(scenario, selector),
} satisfies ModelApi;

expose(api);
