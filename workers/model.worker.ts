/** The model worker: a thin comlink adapter over the pure core. */
// First: the life lock is asked for before the model's modules load.
import './life-lock';
import { expose } from 'comlink';
import type { ModelApi } from '../src/compute/model-api';
import { previewWorkbench, runHousehold, runOwnHousehold, runWorkbench, warmUpStep } from '../src/model/index';
import { goalSeek } from '../src/model/analysis/goal-seek';
import { waterfall } from '../src/model/analysis/waterfall';
import { checkExpression } from '../src/model/indicators/custom';

const api = {
  runWorkbench: (scenario) => runWorkbench(scenario),
  previewWorkbench: (scenario) => previewWorkbench(scenario),
  household: (scenario, selector) => runHousehold(scenario, selector),
  ownHousehold: (scenario, household) => runOwnHousehold(scenario, household),
  warmUp: (step) => warmUpStep(step),
  goalSeek: (scenario, request) => goalSeek(scenario.overrides, request),
  waterfall: (scenario, progress) => waterfall(scenario.overrides, progress),
  checkExpression: (expression) => checkExpression(expression),
} satisfies ModelApi;

expose(api);
