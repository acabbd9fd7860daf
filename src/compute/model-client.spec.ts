import { describe, expect, it } from 'vitest';
import { emptyScenario } from '../scenario/parse';
import type { ScenarioDoc } from '../scenario/document';
import type { ModelApi, ModelRunResult } from './model-api';
import { ModelClient } from './model-client';

/** A fake worker API whose runs finish only when the test releases them. */
function controllableApi() {
  const started: { scenario: ScenarioDoc; finish: (r?: Error) => void }[] = [];
  const api: ModelApi = {
    modelVersion: () => 'test',
    run: (scenario) =>
      new Promise<ModelRunResult>((resolve, reject) => {
        started.push({
          scenario,
          finish: (error?: Error) =>
            error ? reject(error) : resolve({ modelVersion: 'test', years: [2020], outputs: { x: [Number(scenario.notes)] }, targets: [] }),
        });
      }),
  };
  return { api, started };
}

const scenarioNo = (n: number): ScenarioDoc => ({ ...emptyScenario(), notes: String(n) });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('ModelClient', () => {
  it('delivers the result of a single request', async () => {
    const { api, started } = controllableApi();
    const client = new ModelClient(api);
    const outcome = client.run(scenarioNo(1));
    await flush();
    started[0]!.finish();
    await expect(outcome).resolves.toEqual({ status: 'done', result: { modelVersion: 'test', years: [2020], outputs: { x: [1] }, targets: [] } });
  });

  it('keeps one run in flight and coalesces rapid requests so only the latest waiting one runs', async () => {
    const { api, started } = controllableApi();
    const client = new ModelClient(api);
    const first = client.run(scenarioNo(1));
    const second = client.run(scenarioNo(2));
    const third = client.run(scenarioNo(3));
    const fourth = client.run(scenarioNo(4));
    await flush();
    expect(started).toHaveLength(1);
    await expect(second).resolves.toEqual({ status: 'superseded' });
    await expect(third).resolves.toEqual({ status: 'superseded' });
    started[0]!.finish();
    expect((await first).status).toBe('done');
    await flush();
    expect(started).toHaveLength(2);
    expect(started[1]!.scenario.notes).toBe('4');
    started[1]!.finish();
    const last = await fourth;
    expect(last.status === 'done' && last.result.outputs['x']).toEqual([4]);
    expect(client.busy).toBe(false);
  });

  it('reports a failed run and goes on serving later requests', async () => {
    const { api, started } = controllableApi();
    const client = new ModelClient(api);
    const failing = client.run(scenarioNo(1));
    await flush();
    started[0]!.finish(new Error('boom'));
    await expect(failing).resolves.toEqual({ status: 'failed', message: 'boom' });
    const next = client.run(scenarioNo(2));
    await flush();
    started[1]!.finish();
    expect((await next).status).toBe('done');
  });
});
