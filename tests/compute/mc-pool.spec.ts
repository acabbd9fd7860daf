import { describe, expect, it } from 'vitest';
import type { McApi, McChunkRequest } from '../../src/compute/mc-api';
import { MC_DEFAULT_SEED, McPool, poolSize, STALL_MS, type McWorkerHandle } from '../../src/compute/mc-pool';
import { TARGETS } from '../../src/model/catalog';
import { blockAlignedChunks, DEFAULT_SEED, drawSample, monteCarlo, runDraws, summarise, type DrawChunk } from '../../src/model/uncertainty';

const OUTPUTS = TARGETS.map((t) => t.outputId);
const REQUEST = { overrides: { dibao_uplift: 40 }, draws: 48, seed: 7, outputs: OUTPUTS, population: { households: 400, minPerStratum: 25 } } as const;

/**
 * An in-process pool worker doing what workers/mc.worker.ts does (one runDraws per build-point
 * block), answering after a delay that differs by worker, so chunks finish out of order.
 */
function inProcessWorker(index: number): McWorkerHandle & { terminated: boolean } {
  const handle = {
    terminated: false,
    lost: new Promise<string>(() => {}),
    terminate: () => (handle.terminated = true),
    api: {
      plan: (seed, draws, chunks) => blockAlignedChunks(drawSample(seed, draws), chunks),
      summarise: (overrides, seed, draws, chunks, indicators) => summarise(overrides, drawSample(seed, draws), chunks, indicators),
      async runChunk(request: McChunkRequest, progress: (n: number) => void | Promise<void>): Promise<DrawChunk[]> {
        const sample = drawSample(request.seed, request.draws);
        const blocks: DrawChunk[] = [];
        for (let from = request.from; from < request.to;) {
          let to = from + 1;
          while (to < request.to && sample.buildPoint[to] === sample.buildPoint[from]) to++;
          await new Promise((r) => setTimeout(r, ((index * 7 + from) % 5) * 2));
          blocks.push(runDraws(request.overrides, sample, from, to, request.options));
          await progress(to - from);
          from = to;
        }
        return blocks;
      },
    } satisfies McApi,
  };
  return handle;
}

/** A pool worker that takes a job and never answers, and can be made to die. */
function stuckWorker(): McWorkerHandle & { terminated: boolean; die(reason: string): void } {
  let die!: (reason: string) => void;
  const handle = {
    terminated: false,
    lost: new Promise<string>((resolve) => (die = resolve)),
    die: (reason: string) => die(reason),
    terminate: () => (handle.terminated = true),
    api: { plan: () => [[0, 8] as [number, number]], runChunk: () => new Promise<DrawChunk[]>(() => {}), summarise: () => Promise.reject(new Error('never')) },
  };
  return handle;
}

describe('the Monte Carlo pool', () => {
  it('sizes itself at one worker per core but one, between 1 and 4', () => {
    expect([1, 2, 3, 4, 8, 16].map(poolSize)).toEqual([1, 1, 2, 3, 4, 4]);
    expect(poolSize(undefined)).toBe(1);
  });

  it("uses the core's default seed when none is given", () => {
    expect(MC_DEFAULT_SEED).toBe(DEFAULT_SEED);
  });

  it('gives the one-thread result for the same seed on 1, 2 and 4 workers, and reports progress up to every draw', async () => {
    const expected = monteCarlo(REQUEST.overrides, { draws: REQUEST.draws, seed: REQUEST.seed, outputs: OUTPUTS, population: REQUEST.population });
    for (const size of [1, 2, 4]) {
      const seen: number[] = [];
      const run = new McPool(inProcessWorker, size).run(REQUEST, (done, total) => {
        expect(total).toBe(REQUEST.draws);
        seen.push(done);
      });
      const outcome = await run.outcome;
      expect(outcome.status, `${size} workers`).toBe('done');
      if (outcome.status !== 'done') return;
      expect(JSON.stringify(outcome.summary), `${size} workers`).toBe(JSON.stringify(expected));
      expect(seen.at(-1)).toBe(REQUEST.draws);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    }
  }, 120_000);

  it("gives custom indicators' fans identical to the one-thread result on 1 and 2 workers, keeping the outputs they read", async () => {
    const indicators = [
      { id: 'double', expression: '2 * income_per_capita' },
      { id: 'share', expression: 'income_per_capita_rural / income_per_capita', target: { comparator: '>=' as const, threshold: 0.5, year: 2025 } },
    ];
    const request = { ...REQUEST, draws: 24, outputs: ['gini'], indicators };
    const expected = monteCarlo(request.overrides, { draws: 24, seed: request.seed, outputs: ['gini'], population: request.population, indicators });
    expect(Object.keys(expected.customQuantiles!)).toEqual(['double', 'share']);
    for (const size of [1, 2]) {
      const outcome = await new McPool(inProcessWorker, size).run(request).outcome;
      expect(outcome.status, `${size} workers`).toBe('done');
      if (outcome.status !== 'done') return;
      expect(outcome.summary.customQuantiles!['share']!.p50.every(Number.isFinite), `${size} workers`).toBe(true);
      expect(JSON.stringify(outcome.summary), `${size} workers`).toBe(JSON.stringify(expected));
    }
  }, 120_000);

  it('stops its workers at once on cancel, and starts new ones for the next run', async () => {
    const started: ReturnType<typeof stuckWorker>[] = [];
    const pool = new McPool(() => {
      const w = stuckWorker();
      started.push(w);
      return w;
    }, 2);
    const first = pool.run({ overrides: {}, draws: 48 });
    first.cancel();
    await expect(first.outcome).resolves.toEqual({ status: 'cancelled' });
    expect(started.map((w) => w.terminated)).toEqual([true, true]);
    pool.run({ overrides: {}, draws: 48 });
    expect(started).toHaveLength(4);
    expect(started.slice(2).map((w) => w.terminated)).toEqual([false, false]);
  });

  it('fails the run with the reason when a worker dies, instead of waiting for it forever', async () => {
    const started: ReturnType<typeof stuckWorker>[] = [];
    const pool = new McPool(() => {
      const w = stuckWorker();
      started.push(w);
      return w;
    }, 2);
    const run = pool.run({ overrides: {}, draws: 48 });
    started[1]!.die('the Monte Carlo worker stopped');
    await expect(run.outcome).resolves.toEqual({ status: 'failed', message: 'the Monte Carlo worker stopped' });
    expect(started.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('gives a run up with a message when no worker reports for the stall time, and stops the workers', async () => {
    const started: ReturnType<typeof stuckWorker>[] = [];
    const pool = new McPool(
      () => {
        const w = stuckWorker();
        started.push(w);
        return w;
      },
      2,
      30,
    );
    const run = pool.run({ overrides: {}, draws: 48 });
    await expect(run.outcome).resolves.toEqual({ status: 'stalled' });
    expect(started.map((w) => w.terminated)).toEqual([true, true]);
    expect(STALL_MS).toBe(60_000);
  });

  it('pauses between blocks while the page is busy and goes on once it is quiet, with the same result', async () => {
    let release!: () => void;
    const busy = new Promise<void>((resolve) => (release = resolve));
    const seen: number[] = [];
    const pool = new McPool(inProcessWorker, 1, 30);
    const run = pool.run(
      REQUEST,
      (done) => seen.push(done),
      () => busy,
    );
    // Longer than the stall time: a pause for the page is not a stall.
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toHaveLength(1);
    release();
    const outcome = await run.outcome;
    expect(outcome.status).toBe('done');
    expect(seen[seen.length - 1]).toBe(REQUEST.draws);
  });

  it('cancels a run in flight when a new run starts', async () => {
    const pool = new McPool(() => stuckWorker(), 1);
    const first = pool.run({ overrides: {}, draws: 48 });
    pool.run({ overrides: {}, draws: 48 });
    await expect(first.outcome).resolves.toEqual({ status: 'cancelled' });
  });
});
