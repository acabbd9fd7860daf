/** The model worker: a thin comlink adapter over the pure core. */
import { expose } from 'comlink';
import type { ModelApi } from '../src/compute/model-api';
import { MODEL_VERSION, previewWorkbench, runHousehold, runWorkbench } from '../src/model/index';

const api = {
  modelVersion: () => MODEL_VERSION,
  runWorkbench: (scenario) => runWorkbench(scenario),
  previewWorkbench: (scenario) => previewWorkbench(scenario),
  household: (scenario, selector) => runHousehold(scenario, selector),
  warmUp: () => {
    // A few lever runs let the JIT compile the lever paths before a user drags a slider.
    for (let i = 1; i <= 4; i++) {
      runWorkbench({ overrides: { dibao_uplift: i, labour_share_policy: i / 10 } });
      previewWorkbench({ overrides: { dibao_uplift: i, labour_share_policy: i / 10 } });
    }
  },
} satisfies ModelApi;

expose(api);
