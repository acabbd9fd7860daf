import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelApi } from './model-api';
import { SupervisedWorker, WorkerDownError, type WorkerHandle } from './supervised-worker';

const flush = () => new Promise((r) => setTimeout(r, 0));

/**
 * Fake workers, one per start: each records the calls it got, answers them as its `behaviour`
 * says, and can be lost (as a worker whose script fails, or that closes or crashes, is).
 */
function fakeWorkers(behaviours: readonly ('answers' | 'fails-to-load' | 'hangs' | 'throws-in-run')[]) {
  const started: { lose: (reason: string) => void; terminated: boolean; calls: number }[] = [];
  const spawn = (): WorkerHandle => {
    const behaviour = behaviours[started.length] ?? 'answers';
    let lose!: (reason: string) => void;
    const lost = new Promise<string>((resolve) => (lose = resolve));
    const worker = { lose, terminated: false, calls: 0 };
    started.push(worker);
    const index = started.length;
    if (behaviour === 'fails-to-load') setTimeout(() => lose(`worker ${index} failed to load`), 1);
    const run = (): Promise<number> => {
      worker.calls++;
      if (behaviour === 'answers') return Promise.resolve(index);
      if (behaviour === 'throws-in-run') return Promise.reject(new Error('the model threw'));
      return new Promise<number>(() => {}); // hangs, or never loaded
    };
    const api = { runWorkbench: run, previewWorkbench: run } as unknown as ModelApi;
    return { api, lost, terminate: () => (worker.terminated = true) };
  };
  return { spawn, started };
}

const runOn = (supervisor: SupervisedWorker) => supervisor.call((api) => api.runWorkbench({} as never) as unknown as Promise<number>);

afterEach(() => {
  vi.useRealTimers();
});

describe('SupervisedWorker', () => {
  it('starts a worker on first use and keeps using it', async () => {
    const { spawn, started } = fakeWorkers(['answers']);
    const supervisor = new SupervisedWorker(spawn);
    expect(started).toHaveLength(0);
    await expect(runOn(supervisor)).resolves.toBe(1);
    await expect(runOn(supervisor)).resolves.toBe(1);
    expect(started).toHaveLength(1);
    expect(started[0]!.calls).toBe(2);
  });

  it('replaces a worker that fails to load and runs the same request on the new one', async () => {
    const { spawn, started } = fakeWorkers(['fails-to-load', 'answers']);
    const supervisor = new SupervisedWorker(spawn);
    await expect(runOn(supervisor)).resolves.toBe(2);
    expect(started.map((w) => w.terminated)).toEqual([true, false]);
    expect(started[1]!.calls).toBe(1);
  });

  it('gives up after the respawn limit: the request and every later one reject as down, with the reason, starting no more workers', async () => {
    const { spawn, started } = fakeWorkers(['fails-to-load', 'fails-to-load', 'fails-to-load', 'fails-to-load']);
    const supervisor = new SupervisedWorker(spawn, { timeoutMs: 60_000, maxRespawns: 2 });
    const failure = runOn(supervisor);
    await expect(failure).rejects.toBeInstanceOf(WorkerDownError);
    await expect(failure).rejects.toThrow('worker 3 failed to load');
    // The first worker and two respawns.
    expect(started).toHaveLength(3);
    expect(supervisor.down).toBe(true);
    await expect(runOn(supervisor)).rejects.toBeInstanceOf(WorkerDownError);
    expect(started).toHaveLength(3);
  });

  it('after giving up, revive() lets the next request start a worker again', async () => {
    const { spawn } = fakeWorkers(['fails-to-load', 'fails-to-load', 'answers']);
    const supervisor = new SupervisedWorker(spawn, { timeoutMs: 60_000, maxRespawns: 1 });
    await expect(runOn(supervisor)).rejects.toBeInstanceOf(WorkerDownError);
    supervisor.revive();
    expect(supervisor.down).toBe(false);
    await expect(runOn(supervisor)).resolves.toBe(3);
  });

  it('counts losses in a row only: an answer in between restores the full respawn budget', async () => {
    const { spawn, started } = fakeWorkers(['fails-to-load', 'answers', 'answers']);
    const supervisor = new SupervisedWorker(spawn, { timeoutMs: 60_000, maxRespawns: 1 });
    await expect(runOn(supervisor)).resolves.toBe(2);
    // Two losses with one respawn allowed, but an answer came between them.
    started[1]!.lose('crashed');
    await flush();
    await expect(runOn(supervisor)).resolves.toBe(3);
  });

  it('notices a worker lost while idle (a crash between runs) and starts a new one for the next request', async () => {
    const { spawn, started } = fakeWorkers(['answers', 'answers']);
    const supervisor = new SupervisedWorker(spawn);
    await runOn(supervisor);
    started[0]!.lose('the model worker stopped');
    await flush();
    expect(started[0]!.terminated).toBe(true);
    await expect(runOn(supervisor)).resolves.toBe(2);
  });

  it('fails every call in flight on a lost worker over to one new worker', async () => {
    const { spawn, started } = fakeWorkers(['hangs', 'answers']);
    const supervisor = new SupervisedWorker(spawn);
    const first = runOn(supervisor);
    const second = runOn(supervisor);
    await flush();
    started[0]!.lose('the model worker stopped');
    await expect(Promise.all([first, second])).resolves.toEqual([2, 2]);
    // One loss, one respawn, both calls made again there.
    expect(started).toHaveLength(2);
    expect(started[1]!.calls).toBe(2);
  });

  it('stops a worker that does not answer within the timeout and runs the request on a new one', async () => {
    vi.useFakeTimers();
    const { spawn, started } = fakeWorkers(['hangs', 'answers']);
    const supervisor = new SupervisedWorker(spawn, { timeoutMs: 20_000, maxRespawns: 2 });
    const outcome = runOn(supervisor);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toBe(2);
    expect(started[0]!.terminated).toBe(true);
  });

  it('a hung worker every time: gives up after the first worker and the respawns have each had the full timeout', async () => {
    vi.useFakeTimers();
    const { spawn, started } = fakeWorkers(['hangs', 'hangs', 'hangs']);
    const supervisor = new SupervisedWorker(spawn, { timeoutMs: 20_000, maxRespawns: 2 });
    const outcome = runOn(supervisor);
    const settled = vi.fn();
    outcome.catch(settled);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).rejects.toThrow('no answer in 20 s');
    expect(started).toHaveLength(3);
  });

  it('passes an error the model throws through as it is, without replacing the worker (it answered)', async () => {
    const { spawn, started } = fakeWorkers(['throws-in-run']);
    const supervisor = new SupervisedWorker(spawn);
    await expect(runOn(supervisor)).rejects.toThrow('the model threw');
    expect(started).toHaveLength(1);
    expect(started[0]!.terminated).toBe(false);
  });
});
