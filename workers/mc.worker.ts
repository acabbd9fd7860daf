/** A Monte Carlo pool worker: a thin comlink adapter over the pure core (src/model/uncertainty). */
// First: the life lock is asked for before the model's modules load.
import './life-lock';
import { expose, transfer } from 'comlink';
import type { McApi } from '../src/compute/mc-api';
import { blockAlignedChunks, drawSample, runDraws, summarise, type DrawChunk, type McSample } from '../src/model/uncertainty';

/** Draws between two reports to the page: about 40 ms of work, the longest a slider waits for a core. */
const MC_SLICE = 8;

// The sample is a function of (seed, draws): every call of one run reuses it.
let sample: McSample | null = null;
function sampleOf(seed: number, draws: number): McSample {
  if (!sample || sample.seed !== seed || sample.draws !== draws) sample = drawSample(seed, draws);
  return sample;
}

const api = {
  plan: (seed, draws, chunks) => blockAlignedChunks(sampleOf(seed, draws), chunks),
  async runChunk(request, progress) {
    const s = sampleOf(request.seed, request.draws);
    const blocks: DrawChunk[] = [];
    let from = request.from;
    while (from < request.to) {
      // A slice of at most MC_SLICE draws within one build-point block: the core keeps the
      // block's population between calls, so slicing costs no extra build.
      let to = from + 1;
      while (to < request.to && to - from < MC_SLICE && s.buildPoint[to] === s.buildPoint[from]) to++;
      blocks.push(runDraws(request.overrides, s, from, to, request.options));
      // Awaited, so the page hears of each slice before the next starts, and can hold the next
      // one back while its own runs come first (McPool's `quiet`).
      await progress(to - from);
      from = to;
    }
    return transfer(
      blocks,
      blocks.flatMap((b) => [b.scenario.buffer, b.baseline.buffer, b.met.buffer]),
    );
  },
  summarise: (overrides, seed, draws, chunks, indicators) => summarise(overrides, sampleOf(seed, draws), chunks, indicators),
} satisfies McApi;

expose(api);
