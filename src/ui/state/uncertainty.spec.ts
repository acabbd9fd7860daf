import { describe, expect, it } from 'vitest';
import type { McApi, McResult } from '../../compute/mc-api';
import { McPool } from '../../compute/mc-pool';
import type { ScenarioDoc } from '../../scenario/document';
import { Uncertainty } from './uncertainty.svelte';

/** A result whose pAllMet tells which run made it. */
const resultOf = (pAllMet: number): McResult =>
  ({
    seed: 1,
    draws: 8,
    years: [],
    quantiles: {},
    baselineQuantiles: {},
    effectQuantiles: {},
    pMet: {},
    pAllMet,
    firstYearAtP50: {},
    drawn: [],
    targetDraws: {},
  }) as McResult;

/** A one-worker pool answering each run with the next result, in one block of all draws. */
function fakePool(): McPool {
  let runs = 0;
  const api: McApi = {
    plan: (_seed, draws) => [[0, draws]],
    runChunk: async (request, progress) => {
      await progress(request.to - request.from);
      return [];
    },
    summarise: () => resultOf(++runs / 10),
  };
  return new McPool(() => ({ api, lost: new Promise(() => {}), terminate: () => {} }), 1);
}

describe('the Uncertainty state', () => {
  it('shows a result as current for its scenario, as stale after an edit, and as current again when the edit is undone', async () => {
    let scenario = { overrides: { dibao_uplift: 40 } } as unknown as ScenarioDoc;
    const mc = new Uncertainty(fakePool(), () => scenario);
    expect(mc.shown).toBeUndefined();
    await mc.run();
    expect(mc.shown).toEqual({ result: resultOf(0.1), stale: false });
    expect(mc.done).toBe(mc.total);
    scenario = { overrides: { dibao_uplift: 60 } } as unknown as ScenarioDoc;
    expect(mc.shown).toEqual({ result: resultOf(0.1), stale: true });
    await mc.run();
    expect(mc.shown).toEqual({ result: resultOf(0.2), stale: false });
    scenario = { overrides: { dibao_uplift: 40 } } as unknown as ScenarioDoc;
    expect(mc.shown).toEqual({ result: resultOf(0.1), stale: false });
  });

  it('marks the result stale when the draws chosen differ from those it used', async () => {
    const scenario = { overrides: {} } as unknown as ScenarioDoc;
    const mc = new Uncertainty(fakePool(), () => scenario);
    await mc.run();
    mc.draws = 2000;
    expect(mc.shown?.stale).toBe(true);
  });

  it('says the run stalled when no worker reports for the stall time, and stops running', async () => {
    const scenario = { overrides: {} } as unknown as ScenarioDoc;
    const silent: McApi = { plan: () => new Promise(() => {}), runChunk: () => new Promise(() => {}), summarise: () => resultOf(0) };
    const mc = new Uncertainty(new McPool(() => ({ api: silent, lost: new Promise(() => {}), terminate: () => {} }), 1, 20), () => scenario);
    await mc.run();
    expect(mc.error).toEqual({ kind: 'stalled' });
    expect(mc.running).toBe(false);
    expect(mc.shown).toBeUndefined();
  });

  it('offers a test-only draw count before 500 and 2,000 only when one is given', () => {
    const scenario = { overrides: {} } as unknown as ScenarioDoc;
    expect(new Uncertainty(undefined, () => scenario).choices).toEqual([500, 2000]);
    expect(new Uncertainty(undefined, () => scenario, { testDraws: 16 }).choices).toEqual([16, 500, 2000]);
  });
});
