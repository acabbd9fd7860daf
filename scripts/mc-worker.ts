/**
 * A worker_threads worker for `npm run bench`: runs chunks of a Monte Carlo sample with the pure
 * core (runDraws) and posts the compact results back, their buffers transferred. It is what a
 * worker of the app's pool does, without the browser.
 */
import { parentPort } from 'node:worker_threads';
import { drawSample, runDraws, type McRunOptions, type McSample } from '../src/model/uncertainty';
import type { OverrideValue } from '../src/model/params';

/** One request: draws [from, to) of the sample of `draws` draws from `seed`, for a scenario. */
export interface McChunkRequest {
  readonly overrides: Readonly<Record<string, OverrideValue>>;
  readonly seed: number;
  readonly draws: number;
  readonly from: number;
  readonly to: number;
  readonly options: McRunOptions;
}

if (!parentPort) throw new Error('mc-worker.ts runs as a worker thread');
const port = parentPort;
// The sample is a function of (seed, draws): every chunk of one run reuses it.
let sample: McSample | null = null;
port.on('message', (request: McChunkRequest) => {
  if (!sample || sample.seed !== request.seed || sample.draws !== request.draws) sample = drawSample(request.seed, request.draws);
  const chunk = runDraws(request.overrides, sample, request.from, request.to, request.options);
  port.postMessage(chunk, [chunk.scenario.buffer, chunk.baseline.buffer, chunk.met.buffer]);
});
port.postMessage('ready');
