/** The model worker: a thin comlink adapter over the pure core. */
// First: the life lock is asked for before the model's modules load.
import './life-lock';
import { expose } from 'comlink';
import type { ModelApi } from '../src/compute/model-api';
import { previewWorkbench, runHousehold, runOwnHousehold, runWorkbench, warmUpStep } from '../src/model/index';
import { goalSeek } from '../src/model/analysis/goal-seek';
import { waterfall } from '../src/model/analysis/waterfall';
import { leastCost } from '../src/model/analysis/least-cost';
import { loadLpSolver } from '../src/model/numerics/lp';
// The solver's WebAssembly as a file of the build (its loader's own lookup beside the script does
// not survive bundling); loaded at the first least-cost request, not at the worker's start.
import highsWasmUrl from 'highs/runtime?url';
import { globalSensitivity, tornadoSteps } from '../src/model/analysis/sensitivity';
import { checkExpression } from '../src/model/indicators/custom';

const api = {
  runWorkbench: (scenario) => runWorkbench(scenario),
  previewWorkbench: (scenario) => previewWorkbench(scenario),
  household: (scenario, selector) => runHousehold(scenario, selector),
  ownHousehold: (scenario, household) => runOwnHousehold(scenario, household),
  warmUp: (step) => warmUpStep(step),
  goalSeek: (scenario, request) => goalSeek(scenario.overrides, request, scenario.indicators),
  waterfall: (scenario, progress) => waterfall(scenario.overrides, progress),
  leastCost: (scenario, request, progress) =>
    leastCost(scenario.overrides, request, {
      solver: loadLpSolver({ locateFile: () => highsWasmUrl }),
      ...(scenario.indicators ? { indicators: scenario.indicators } : {}),
      ...(progress ? { onProgress: progress } : {}),
    }),
  async tornado(scenario, request, progress) {
    // Step by step, awaiting the page between steps: it can stop the tornado there (cancel).
    const steps = tornadoSteps(scenario.overrides, request, scenario.indicators ? { indicators: scenario.indicators } : {});
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      if (!(await progress(step.value.done, step.value.total))) return null;
    }
  },
  globalSensitivity: (input, target) => globalSensitivity(input, target),
  checkExpression: (expression) => checkExpression(expression),
} satisfies ModelApi;

expose(api);
