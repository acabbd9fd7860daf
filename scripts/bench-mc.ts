/**
 * The Monte Carlo case of `npm run bench`: 1,000 draws on 1 and 2 worker threads
 * (scripts/mc-worker.ts runs chunks of the pure core), with the load average beside the wall
 * time, since the machine may be shared. Run alone: `node --import tsx scripts/bench-mc.ts`.
 */
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_HOUSEHOLDS, TARGETS } from '../src/model/catalog';
import {
  blockAlignedChunks,
  buildPointsFor,
  DEFAULT_SEED,
  DRAWN_PARAMETERS,
  drawSample,
  MC_POPULATION,
  summarise,
  type DrawChunk,
} from '../src/model/uncertainty';

/** Runs `draws` draws on `workers` worker threads, chunks dealt to whichever worker is free; returns the wall time of the run and its summary. */
async function monteCarloOnWorkers(
  workers: number,
  draws: number,
  overrides: Record<string, number>,
  outputs: readonly string[],
): Promise<{ ms: number; summary: string }> {
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./mc-worker-entry.mjs', import.meta.url)));
  await Promise.all(pool.map((w) => new Promise((resolve) => w.once('message', resolve))));
  // Eight chunks of whole build-point blocks (four populations each), dealt to whichever worker is free.
  const ranges = blockAlignedChunks(drawSample(DEFAULT_SEED, draws), 8);
  const start = performance.now();
  const chunks: DrawChunk[] = [];
  let next = 0;
  await Promise.all(
    pool.map(async (worker) => {
      while (next < ranges.length) {
        const [from, to] = ranges[next++]!;
        const done = new Promise<DrawChunk>((resolve) => worker.once('message', resolve));
        worker.postMessage({ overrides, seed: DEFAULT_SEED, draws, from, to, options: { outputs } });
        chunks.push(await done);
      }
    }),
  );
  const summary = summarise(overrides, drawSample(DEFAULT_SEED, draws), chunks);
  const ms = performance.now() - start;
  await Promise.all(pool.map((w) => w.terminate()));
  return { ms, summary: JSON.stringify(summary) };
}

/** Monte Carlo: 1,000 draws (each a baseline and a scenario) on the app's Monte Carlo population, on 1 and 2 worker threads. */
export async function monteCarloBench(): Promise<void> {
  const draws = 1000;
  const overrides = { dibao_uplift: 40 };
  // The fans the app shows: every modelled target's output.
  const outputs = TARGETS.map((t) => t.outputId);
  const load = (): string =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(
    `Monte Carlo: ${draws} draws of ${DRAWN_PARAMETERS.length} parameters, ${MC_POPULATION.households} households (at least ${MC_POPULATION.minPerStratum} per stratum) anchored to ${DEFAULT_HOUSEHOLDS}, ${buildPointsFor(draws)} populations, ${outputs.length} fans; ${cpus().length} CPUs, load average ${load()}`,
  );
  const results: string[] = [];
  for (const workers of [1, 2]) {
    const { ms, summary } = await monteCarloOnWorkers(workers, draws, overrides, outputs);
    results.push(summary);
    console.log(
      `Monte Carlo ${draws} draws on ${workers} worker thread${workers > 1 ? 's' : ''}`.padEnd(58),
      `wall    ${ms.toFixed(0).padStart(7)} ms   (load average after: ${load()})`,
    );
  }
  console.log(`Monte Carlo result identical on 1 and 2 workers: ${results[0] === results[1] ? 'yes' : 'NO'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await monteCarloBench();
