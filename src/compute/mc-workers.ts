/** Starts the app's Monte Carlo pool: real Workers behind comlink, each watched for failure like the model workers. */
import { proxy, transfer, wrap } from 'comlink';
import type { McApi } from './mc-api';
import { McPool, poolSize, type McWorkerHandle } from './mc-pool';
import { watchWorker } from './model-workers';

/** The page's Monte Carlo pool, sized for this device (poolSize). */
export function startMcPool(): McPool {
  return new McPool(startMcWorker, poolSize(navigator.hardwareConcurrency));
}

function startMcWorker(index: number): McWorkerHandle {
  const name = `mc-${index}-${crypto.randomUUID()}`;
  const worker = new Worker(new URL('../../workers/mc.worker.ts', import.meta.url), { type: 'module', name });
  const remote = wrap<McApi>(worker);
  return {
    api: {
      plan: (seed, draws, chunks) => remote.plan(seed, draws, chunks),
      // The progress callback crosses the boundary as a comlink proxy.
      runChunk: (request, progress) => remote.runChunk(request, proxy(progress)),
      // The chunks' buffers move to the worker rather than being copied; the custom indicators
      // go too (their fans and P(met) are computed there).
      summarise: (overrides, seed, draws, chunks, indicators) =>
        remote.summarise(
          overrides,
          seed,
          draws,
          transfer(
            chunks,
            chunks.flatMap((c) => [c.scenario.buffer, c.baseline.buffer, c.met.buffer]),
          ),
          indicators,
        ),
    },
    ...watchWorker(worker, name, 'Monte Carlo worker'),
  };
}
