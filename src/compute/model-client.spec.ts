import { describe, expect, it } from 'vitest';
import type { ModelApi } from './model-api';
import { LatestOnly, ModelClient } from './model-client';
import { SupervisedWorker, WorkerDownError, type WorkerHandle } from './supervised-worker';

/** A fake job whose runs finish only when the test releases them. */
function controllableJob() {
  const started: { input: number; finish: (error?: Error) => void }[] = [];
  const job = (input: number) =>
    new Promise<number>((resolve, reject) => {
      started.push({ input, finish: (error?: Error) => (error ? reject(error) : resolve(input * 10)) });
    });
  return { job, started };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('LatestOnly', () => {
  it('delivers the result of a single request', async () => {
    const { job, started } = controllableJob();
    const runner = new LatestOnly(job);
    const outcome = runner.run(1);
    await flush();
    started[0]!.finish();
    await expect(outcome).resolves.toEqual({ status: 'done', result: 10 });
  });

  it('keeps one run in flight and coalesces rapid requests so only the latest waiting one runs', async () => {
    const { job, started } = controllableJob();
    const runner = new LatestOnly(job);
    const first = runner.run(1);
    const second = runner.run(2);
    const third = runner.run(3);
    const fourth = runner.run(4);
    await flush();
    expect(started).toHaveLength(1);
    await expect(second).resolves.toEqual({ status: 'superseded' });
    await expect(third).resolves.toEqual({ status: 'superseded' });
    started[0]!.finish();
    expect((await first).status).toBe('done');
    await flush();
    expect(started.map((s) => s.input)).toEqual([1, 4]);
    started[1]!.finish();
    await expect(fourth).resolves.toEqual({ status: 'done', result: 40 });
    expect(runner.busy).toBe(false);
  });

  it('reports a failed run and goes on serving later requests', async () => {
    const { job, started } = controllableJob();
    const runner = new LatestOnly(job);
    const failing = runner.run(1);
    await flush();
    started[0]!.finish(new Error('boom'));
    await expect(failing).resolves.toEqual({ status: 'failed', message: 'boom' });
    const next = runner.run(2);
    await flush();
    started[1]!.finish();
    expect((await next).status).toBe('done');
  });

  it('with two lanes starts a new request at once while one runs, and never delivers an older result after a newer one', async () => {
    const { job, started } = controllableJob();
    const runner = new LatestOnly([job, job]);
    const first = runner.run(1);
    const second = runner.run(2);
    await flush();
    expect(started.map((s) => s.input)).toEqual([1, 2]);
    const third = runner.run(3);
    await flush();
    // Both lanes busy: the third waits. The second finishes first and is shown…
    started[1]!.finish();
    await expect(second).resolves.toEqual({ status: 'done', result: 20 });
    await flush();
    expect(started.map((s) => s.input)).toEqual([1, 2, 3]);
    // …so the first, finishing later, is stale.
    started[0]!.finish();
    await expect(first).resolves.toEqual({ status: 'superseded' });
    started[2]!.finish();
    await expect(third).resolves.toEqual({ status: 'done', result: 30 });
    expect(runner.busy).toBe(false);
  });
});

describe('LatestOnly with a lane down', () => {
  /** A lane whose worker is down: every job rejects at once, as a SupervisedWorker that gave up does. */
  function downLane() {
    let calls = 0;
    const job = (_input: number): Promise<number> => {
      calls++;
      return Promise.reject(new WorkerDownError('the model worker could not be started'));
    };
    return { job, calls: () => calls };
  }

  it('moves the request of a lane found down to a lane that is up, and sends later requests only there', async () => {
    const down = downLane();
    const up = controllableJob();
    const runner = new LatestOnly([down.job, up.job]);
    const first = runner.run(1);
    await flush();
    expect(up.started.map((s) => s.input)).toEqual([1]);
    up.started[0]!.finish();
    await expect(first).resolves.toEqual({ status: 'done', result: 10 });
    const second = runner.run(2);
    await flush();
    up.started[1]!.finish();
    await expect(second).resolves.toEqual({ status: 'done', result: 20 });
    expect(down.calls()).toBe(1);
  });

  it('with every lane down resolves requests as unavailable, with the reason, and is not busy; revive() tries the lanes again', async () => {
    const a = downLane();
    const b = downLane();
    const runner = new LatestOnly([a.job, b.job]);
    await expect(runner.run(1)).resolves.toEqual({ status: 'unavailable', message: 'the model worker could not be started' });
    expect(runner.busy).toBe(false);
    await expect(runner.run(2)).resolves.toMatchObject({ status: 'unavailable' });
    const callsBefore = a.calls() + b.calls();
    runner.revive();
    await runner.run(3);
    // After revive, the first lane is tried before the request is handed on.
    expect(a.calls() + b.calls()).toBe(callsBefore + 2);
  });
});

describe('ModelClient over supervised workers', () => {
  it('a request no worker can run resolves as unavailable; after revive() it runs on a worker that starts', async () => {
    let scriptMissing = true;
    const spawn = (): WorkerHandle => {
      const api = { previewWorkbench: () => Promise.resolve({ preview: true }), runWorkbench: () => Promise.resolve({ exact: true }) } as unknown as ModelApi;
      // A missing script: the worker never answers and reports an error.
      const lost = scriptMissing ? Promise.resolve('the model worker could not be started') : new Promise<string>(() => {});
      return { api: scriptMissing ? ({ runWorkbench: () => new Promise(() => {}) } as unknown as ModelApi) : api, lost, terminate: () => {} };
    };
    const client = new ModelClient([new SupervisedWorker(spawn), new SupervisedWorker(spawn)]);
    await expect(client.runWorkbench({ version: 1 } as never)).resolves.toEqual({ status: 'unavailable', message: 'the model worker could not be started' });
    expect(client.busy).toBe(false);
    scriptMissing = false;
    await expect(client.runWorkbench({ version: 1 } as never)).resolves.toMatchObject({ status: 'unavailable' });
    client.revive();
    await expect(client.runWorkbench({ version: 1 } as never)).resolves.toEqual({ status: 'done', result: { exact: true } });
  });
});

describe('LatestOnly.occupy', () => {
  it('keeps requests off a lane busy with outside work: they start on a free lane instead', async () => {
    const laneA = controllableJob();
    const laneB = controllableJob();
    const runner = new LatestOnly([laneA.job, laneB.job]);
    let releaseOutside!: () => void;
    const outside = runner.occupy(0, () => new Promise<void>((resolve) => (releaseOutside = resolve)));
    const request = runner.run(1);
    await flush();
    expect(laneA.started).toHaveLength(0);
    expect(laneB.started.map((s) => s.input)).toEqual([1]);
    laneB.started[0]!.finish();
    await expect(request).resolves.toEqual({ status: 'done', result: 10 });
    releaseOutside();
    await outside;
  });

  it('is not busy once its requests are done, though a lane is still occupied by outside work (the page would stay "computing")', async () => {
    const laneA = controllableJob();
    const laneB = controllableJob();
    const runner = new LatestOnly([laneA.job, laneB.job]);
    let releaseOutside!: () => void;
    const outside = runner.occupy(0, () => new Promise<void>((resolve) => (releaseOutside = resolve)));
    const request = runner.run(1);
    await flush();
    expect(runner.busy).toBe(true);
    laneB.started[0]!.finish();
    await expect(request).resolves.toEqual({ status: 'done', result: 10 });
    expect(runner.busy).toBe(false);
    releaseOutside();
    await outside;
    expect(runner.busy).toBe(false);
  });

  it('with every lane occupied, the latest request waits and runs on the first lane freed', async () => {
    const { job, started } = controllableJob();
    const runner = new LatestOnly(job);
    let releaseOutside!: () => void;
    const outside = runner.occupy(0, () => new Promise<string>((resolve) => (releaseOutside = () => resolve('warm'))));
    const older = runner.run(1);
    const newer = runner.run(2);
    await flush();
    expect(started).toHaveLength(0);
    expect(runner.busy).toBe(true);
    await expect(older).resolves.toEqual({ status: 'superseded' });
    releaseOutside();
    await expect(outside).resolves.toBe('warm');
    await flush();
    expect(started.map((s) => s.input)).toEqual([2]);
    started[0]!.finish();
    await expect(newer).resolves.toEqual({ status: 'done', result: 20 });
  });

  it('refuses a lane that is already running a request', async () => {
    const { job } = controllableJob();
    const runner = new LatestOnly(job);
    void runner.run(1);
    await expect(runner.occupy(0, () => 'x')).rejects.toThrow(/lane 0 is busy/);
  });
});

/** A fake worker that records its warm-up steps; each step finishes only when the test releases it. */
function fakeWorker(steps: number, failAt?: number) {
  const ran: number[] = [];
  const previews: unknown[] = [];
  const pending: (() => void)[] = [];
  const api: ModelApi = {
    runWorkbench: () => Promise.reject(new Error('not used')),
    previewWorkbench: (scenario) => {
      previews.push(scenario);
      return Promise.resolve({ preview: true } as never);
    },
    household: () => Promise.reject(new Error('not used')),
    ownHousehold: () => Promise.reject(new Error('not used')),
    goalSeek: () => Promise.reject(new Error('not used')),
    waterfall: () => Promise.reject(new Error('not used')),
    leastCost: () => Promise.reject(new Error('not used')),
    tornado: () => Promise.reject(new Error('not used')),
    globalSensitivity: () => Promise.reject(new Error('not used')),
    checkExpression: () => null,
    warmUp: (step) =>
      new Promise<boolean>((resolve, reject) => {
        ran.push(step);
        pending.push(() => (step === failAt ? reject(new Error('step failed')) : resolve(step + 1 < steps)));
      }),
  };
  const releaseAll = async () => {
    while (pending.length) {
      pending.shift()!();
      await flush();
    }
  };
  return { api, ran, previews, releaseAll };
}

describe('ModelClient.warmUp', () => {
  it('runs every warm-up step on every worker, one at a time', async () => {
    const a = fakeWorker(3);
    const b = fakeWorker(3);
    const done = new ModelClient([a.api, b.api]).warmUp();
    await flush();
    // One step in flight per worker: the next is asked for only when the last has finished.
    expect(a.ran).toEqual([0]);
    expect(b.ran).toEqual([0]);
    await Promise.all([a.releaseAll(), b.releaseAll()]);
    await done;
    expect(a.ran).toEqual([0, 1, 2]);
    expect(b.ran).toEqual([0, 1, 2]);
  });

  it("gives way for good to the user's first request", async () => {
    const worker = fakeWorker(10);
    const client = new ModelClient(worker.api);
    const done = client.warmUp();
    await flush();
    void client.household({ version: 1 } as never, { city: 'hangzhou' } as never);
    await worker.releaseAll();
    await done;
    expect(worker.ran).toEqual([0]);
  });

  it('a request made during a warm-up step does not wait inside that worker: it runs on the first worker to finish its step', async () => {
    const a = fakeWorker(10);
    const b = fakeWorker(10);
    const client = new ModelClient([a.api, b.api]);
    const done = client.warmUp();
    await flush();
    const outcome = client.runWorkbench({ version: 1 } as never, { preview: true });
    await flush();
    expect(a.previews).toHaveLength(0);
    expect(b.previews).toHaveLength(0);
    await b.releaseAll();
    await expect(outcome).resolves.toMatchObject({ status: 'done' });
    expect(b.previews).toHaveLength(1);
    expect(a.previews).toHaveLength(0);
    await a.releaseAll();
    await done;
    // Both warm-ups gave way after the step they were running.
    expect(a.ran).toEqual([0]);
    expect(b.ran).toEqual([0]);
  });

  it('ends quietly when a step fails', async () => {
    const worker = fakeWorker(10, 1);
    const done = new ModelClient(worker.api).warmUp();
    await worker.releaseAll();
    await expect(done).resolves.toBeUndefined();
    expect(worker.ran).toEqual([0, 1]);
  });
});

/** A fake worker whose exact runs finish only when the test releases them; a run's result names its scenario. */
function runWorker() {
  const started: { name: string; finish: () => void }[] = [];
  const api: ModelApi = {
    runWorkbench: (scenario) => new Promise((resolve) => started.push({ name: scenario.name, finish: () => resolve({ ran: scenario.name } as never) })),
    previewWorkbench: () => Promise.reject(new Error('not used')),
    household: () => Promise.reject(new Error('not used')),
    ownHousehold: () => Promise.reject(new Error('not used')),
    warmUp: () => Promise.resolve(false),
    checkExpression: () => null,
    goalSeek: () => Promise.reject(new Error('not used')),
    waterfall: () => Promise.reject(new Error('not used')),
    leastCost: () => Promise.reject(new Error('not used')),
    tornado: () => Promise.reject(new Error('not used')),
    globalSensitivity: () => Promise.reject(new Error('not used')),
  };
  return { api, started };
}

const named = (name: string) => ({ name }) as never;

describe('ModelClient.runMany', () => {
  it('runs one scenario per worker at a time, reports n of N after each, and gives the results in the order asked', async () => {
    const a = runWorker();
    const b = runWorker();
    const progress: string[] = [];
    const outcome = new ModelClient([a.api, b.api]).runMany(['p1', 'p2', 'p3'].map(named), { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    await flush();
    expect([a.started.map((s) => s.name), b.started.map((s) => s.name)]).toEqual([['p1'], ['p2']]);
    b.started[0]!.finish();
    await flush();
    // The worker that finished first takes the next scenario.
    expect(b.started.map((s) => s.name)).toEqual(['p2', 'p3']);
    b.started[1]!.finish();
    await flush();
    a.started[0]!.finish();
    await expect(outcome).resolves.toEqual({ status: 'done', result: [{ ran: 'p1' }, { ran: 'p2' }, { ran: 'p3' }] });
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('cancelled, starts no further scenario, reports no further progress and resolves as cancelled', async () => {
    const worker = runWorker();
    const progress: number[] = [];
    const stop = new AbortController();
    const outcome = new ModelClient(worker.api).runMany(['p1', 'p2', 'p3'].map(named), { onProgress: (done) => progress.push(done), signal: stop.signal });
    await flush();
    worker.started[0]!.finish();
    await flush();
    stop.abort();
    worker.started[1]!.finish();
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });
    expect(worker.started.map((s) => s.name)).toEqual(['p1', 'p2']);
    expect(progress).toEqual([1]);
  });

  it('a newer request stops the one in flight (superseded) and then runs in full', async () => {
    const worker = runWorker();
    const client = new ModelClient(worker.api);
    const older = client.runMany(['old1', 'old2'].map(named));
    await flush();
    const newer = client.runMany(['new1'].map(named));
    worker.started[0]!.finish();
    await expect(older).resolves.toEqual({ status: 'superseded' });
    await flush();
    expect(worker.started.map((s) => s.name)).toEqual(['old1', 'new1']);
    worker.started[1]!.finish();
    await expect(newer).resolves.toEqual({ status: 'done', result: [{ ran: 'new1' }] });
  });
});

/** A fake worker whose least-cost search takes three steps, each released by the test, asking the page's callback after each whether to go on. */
function searchWorker() {
  const gates: (() => void)[] = [];
  const api: ModelApi = {
    runWorkbench: () => Promise.reject(new Error('not used')),
    previewWorkbench: () => Promise.reject(new Error('not used')),
    household: () => Promise.reject(new Error('not used')),
    ownHousehold: () => Promise.reject(new Error('not used')),
    warmUp: () => Promise.resolve(false),
    goalSeek: () => Promise.reject(new Error('not used')),
    waterfall: () => Promise.reject(new Error('not used')),
    tornado: () => Promise.reject(new Error('not used')),
    globalSensitivity: () => Promise.reject(new Error('not used')),
    checkExpression: () => null,
    leastCost: async (scenario, _request, progress) => {
      for (let step = 1; step <= 3; step++) {
        await new Promise<void>((resolve) => gates.push(resolve));
        if ((await progress?.(step, 3)) === false) throw new Error('the least-cost search was cancelled');
      }
      return { searched: scenario.name } as never;
    },
  };
  const release = async () => {
    gates.shift()?.();
    await flush();
  };
  return { api, release };
}

describe('ModelClient.leastCost', () => {
  const request = { targets: [{ target: 't' }], levers: ['l'] };

  it('reports each step and gives the result', async () => {
    const worker = searchWorker();
    const progress: string[] = [];
    const outcome = new ModelClient(worker.api).leastCost(named('s'), request, { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    for (let i = 0; i < 3; i++) await worker.release();
    await expect(outcome).resolves.toEqual({ status: 'done', result: { searched: 's' } });
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('cancelled, the search hears it at its next step, reports no further progress and resolves as cancelled', async () => {
    const worker = searchWorker();
    const progress: number[] = [];
    const stop = new AbortController();
    const outcome = new ModelClient(worker.api).leastCost(named('s'), request, { onProgress: (done) => progress.push(done), signal: stop.signal });
    await worker.release();
    stop.abort();
    await worker.release();
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });
    expect(progress).toEqual([1]);
  });

  it('a newer request stops the one in flight (superseded) and then runs in full', async () => {
    const worker = searchWorker();
    const client = new ModelClient(worker.api);
    const older = client.leastCost(named('old'), request);
    await worker.release();
    const newer = client.leastCost(named('new'), request);
    await worker.release();
    await expect(older).resolves.toEqual({ status: 'superseded' });
    for (let i = 0; i < 3; i++) await worker.release();
    await expect(newer).resolves.toEqual({ status: 'done', result: { searched: 'new' } });
  });
});

/**
 * A fake worker whose tornado takes `steps` steps like the real one: it awaits the progress
 * callback after each (the test releases each step) and stops, resolving null, when told false.
 */
function tornadoWorker(steps: number) {
  const release: (() => void)[] = [];
  const asked: string[] = [];
  const api: ModelApi = {
    ...runWorker().api,
    tornado: async (scenario, request, progress) => {
      asked.push(`${scenario.name}:${request.target}`);
      for (let done = 1; done <= steps; done++) {
        await new Promise<void>((resolve) => release.push(resolve));
        if (!(await progress(done, steps))) return null;
      }
      return { target: request.target, ran: scenario.name } as never;
    },
  };
  const step = async (): Promise<void> => {
    await flush();
    release.shift()?.();
    await flush();
  };
  return { api, asked, step };
}

describe('ModelClient.tornado', () => {
  it('reports each step and resolves with the worker’s tornado', async () => {
    const worker = tornadoWorker(3);
    const progress: string[] = [];
    const outcome = new ModelClient(worker.api).tornado(
      named('s'),
      { target: 'income_per_capita' },
      { onProgress: (done, total) => progress.push(`${done}/${total}`) },
    );
    for (let i = 0; i < 3; i++) await worker.step();
    await expect(outcome).resolves.toEqual({ status: 'done', result: { target: 'income_per_capita', ran: 's' } });
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('cancelled, tells the worker to stop at its next step, reports no further progress and resolves as cancelled', async () => {
    const worker = tornadoWorker(5);
    const progress: number[] = [];
    const stop = new AbortController();
    const outcome = new ModelClient(worker.api).tornado(
      named('s'),
      { target: 'income_per_capita' },
      { onProgress: (done) => progress.push(done), signal: stop.signal },
    );
    await worker.step();
    stop.abort();
    await worker.step();
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });
    expect(progress).toEqual([1]);
  });

  it('a newer request stops the one in flight (superseded) and then runs', async () => {
    const worker = tornadoWorker(2);
    const client = new ModelClient(worker.api);
    const older = client.tornado(named('old'), { target: 'income_per_capita' });
    await worker.step();
    const newer = client.tornado(named('new'), { target: 'urban_rural_income_ratio' });
    await worker.step();
    await expect(older).resolves.toEqual({ status: 'superseded' });
    await worker.step();
    await worker.step();
    await expect(newer).resolves.toEqual({ status: 'done', result: { target: 'urban_rural_income_ratio', ran: 'new' } });
    expect(worker.asked).toEqual(['old:income_per_capita', 'new:urban_rural_income_ratio']);
  });
});
