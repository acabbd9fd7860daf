/** The model worker: a thin comlink adapter over the pure core. */
import { expose } from 'comlink';
import type { ModelApi } from '../src/compute/model-api';
import { MODEL_VERSION, run } from '../src/model/index';

const api = {
  modelVersion: () => MODEL_VERSION,
  run: (scenario) => run(scenario),
} satisfies ModelApi;

expose(api);
