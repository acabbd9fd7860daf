import { describe, expect, it } from 'vitest';
import { LatestOnly } from './model-client';

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
