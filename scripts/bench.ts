/**
 * `npm run bench`: times the model core in Node and prints medians and totals. Figures, not
 * assertions: the issue notes report them.
 */
import { simulate } from '../src/model/engine';
import {
  clearModelCaches,
  DEFAULT_HOUSEHOLDS,
  populationFor,
  PREVIEW_HOUSEHOLDS,
  previewWorkbench,
  run,
  runWorkbench,
  WARM_UP_STEPS,
  warmUpStep,
} from '../src/model/index';
import { resolveParams } from '../src/model/params';
import type { Population } from '../src/model/population/build';
import { monteCarloBench } from './bench-mc';
import { goalSeekBench } from './bench-goal-seek';
import { leastCostBench } from './bench-least-cost';
import { regressionBench, sensitivityBench } from './bench-sensitivity';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(label: string, runs: number, body: (i: number) => void): void {
  for (let i = 0; i < Math.min(20, runs); i++) body(i); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    body(i);
    samples.push(performance.now() - t0);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
  // The minimum shows the machine's unloaded speed: this shared VM's speed drifts by up to half.
  console.log(
    `${label.padEnd(58)} median ${median(samples).toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   min ${sorted[0]!.toFixed(2).padStart(7)} ms   (${runs} runs)`,
  );
}

function populationBytes(pop: Population): number {
  let bytes = 0;
  for (const value of Object.values(pop)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  return bytes;
}

console.log(`Prosperity Sandbox model bench — node ${process.version}, ${process.platform}/${process.arch}`);

const t0 = performance.now();
const pop = populationFor(resolveParams({}));
console.log(`build the 2020 population (${pop.originals} households, ${pop.rows} rows with clones): ${(performance.now() - t0).toFixed(0)} ms (once; cached)`);
const baselineParams = resolveParams({});

// What a worker does after the page's first result: the warm-up, every step once, on code that
// has run only the default so far (as in a fresh worker). Timed once, before anything else warms the JIT.
runWorkbench({ overrides: {} });
const warmUpStart = performance.now();
for (let step = 0; warmUpStep(step); step++);
console.log(
  `worker warm-up after the first result (${WARM_UP_STEPS.length} previews, once, cold JIT)`.padEnd(58),
  `total   ${(performance.now() - warmUpStart).toFixed(0).padStart(7)} ms`,
);

time(`full default run 2020→2035 (${DEFAULT_HOUSEHOLDS} households, uncached)`, 200, () => {
  simulate(pop, baselineParams);
});

let uplift = 0;
time('slider move: run() with a lever changed (baseline cached)', 200, () => {
  run({ overrides: { dibao_uplift: (uplift++ % 100) + 1 } });
});

time(`slider step while dragging: previewWorkbench (${PREVIEW_HOUSEHOLDS}-household sample)`, 200, () => {
  previewWorkbench({ overrides: { dibao_uplift: (uplift++ % 100) + 1 } });
});

let transfer = 0;
time('slider step, slowest lever (mountain counties transfer)', 200, () => {
  previewWorkbench({ overrides: { mountain_transfer: (transfer++ % 60) + 1 } });
});

time('slider at rest: runWorkbench with a lever changed (exact)', 200, () => {
  runWorkbench({ overrides: { dibao_uplift: (uplift++ % 100) + 1 } });
});

{
  // 200 runs of the full default population with different assumptions, one simulation each (what
  // a Monte Carlo draw of assumptions costs when it needs only its baseline).
  const batch: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const start = performance.now();
    for (let i = 0; i < 200; i++)
      simulate(pop, resolveParams({ gdp_real_growth: { path: [[2025, 4 + (i % 20) * 0.1]] }, city_convergence: 0.01 + (i % 7) * 0.005 }));
    batch.push(performance.now() - start);
  }
  console.log(
    `batch of 200 baseline runs with different assumptions (${DEFAULT_HOUSEHOLDS} households)`.padEnd(58),
    `median ${median(batch).toFixed(0).padStart(7)} ms   (3 batches)`,
  );
}

for (const households of [DEFAULT_HOUSEHOLDS, 4000]) {
  populationFor(baselineParams, households);
  const batch: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const start = performance.now();
    // 200 Monte Carlo-like draws of non-structural assumptions plus a lever: every run needs its
    // own baseline (the anchor) and then the scenario, so each is two simulations.
    for (let i = 0; i < 200; i++) {
      run(
        {
          overrides: {
            gdp_real_growth: { path: [[2025, 4 + (i % 20) * 0.1]] },
            city_convergence: 0.01 + (i % 7) * 0.005,
            mover_selection: (i % 5) * 0.2,
            labour_share_policy: (i % 3) * 0.5,
          },
        },
        { households },
      );
    }
    batch.push(performance.now() - start);
  }
  console.log(
    `batch of 200 runs with different assumptions (${households} households)`.padEnd(58),
    `median ${median(batch).toFixed(0).padStart(7)} ms   (3 batches)`,
  );
}

time('rebuild the 2020 population (a build parameter such as σ changed)', 20, (i) => {
  populationFor(resolveParams({ sigma_urban: 0.4 + i * 0.001 }));
});

const bytes = populationBytes(pop);
console.log(
  `population memory: ${(bytes / 1e6).toFixed(1)} MB in typed arrays (${pop.rows} rows); per-run scratch ≈ ${((16 * pop.rows * 8) / 1e6).toFixed(1)} MB, reused`,
);
clearModelCaches();
if (typeof globalThis.gc === 'function') globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
populationFor(resolveParams({}));
const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
console.log(`heap + array buffers grown by one build: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);

goalSeekBench();
sensitivityBench();
regressionBench();

await leastCostBench();

await monteCarloBench();
