import { describe, expect, it } from 'vitest';
import type { McApi, McIndicator, McResult } from '../../compute/mc-api';
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

  it("gives a custom indicator's fan from the current result only for the expression the run evaluated", async () => {
    const fan = { p5: [1], p10: [2], p50: [3], p90: [4], p95: [5] };
    let sent: readonly McIndicator[] | undefined;
    const api: McApi = {
      plan: (_seed, draws) => [[0, draws]],
      runChunk: () => [],
      summarise: (_o, _s, _d, _c, indicators) => {
        sent = indicators;
        return { ...resultOf(0.5), customQuantiles: { share: fan, bad: null } };
      },
    };
    const pool = new McPool(() => ({ api, lost: new Promise(() => {}), terminate: () => {} }), 1);
    const share = { id: 'share', expression: 'income_per_capita_rural / income_per_capita' };
    const bad = { id: 'bad', expression: 'gini +* 2' };
    let scenario = { overrides: {}, indicators: [share, bad] } as unknown as ScenarioDoc;
    const mc = new Uncertainty(pool, () => scenario);
    expect(mc.customFan('share', share.expression)).toBeUndefined();
    await mc.run();
    // Every indicator goes to the pool, with or without a target.
    expect(sent).toEqual([share, bad]);
    expect(mc.customFan('share', share.expression)).toEqual({ kind: 'fan', fan, draws: 8, seed: 1 });
    expect(mc.customFan('bad', bad.expression)).toEqual({ kind: 'unavailable' });
    // An indicator without a target added or edited since: the result stays current, but it has no fan from this run.
    scenario = { overrides: {}, indicators: [{ ...share, expression: '2 * gini' }, bad, { id: 'new', expression: 'gini' }] } as unknown as ScenarioDoc;
    expect(mc.shown?.stale).toBe(false);
    expect(mc.customFan('share', '2 * gini')).toEqual({ kind: 'not-run' });
    expect(mc.customFan('new', 'gini')).toEqual({ kind: 'not-run' });
    // A stale result draws no fan, as for the outputs.
    scenario = { overrides: { dibao_uplift: 60 }, indicators: [share, bad] } as unknown as ScenarioDoc;
    expect(mc.shown?.stale).toBe(true);
    expect(mc.customFan('share', share.expression)).toBeUndefined();
  });

  it('offers a test-only draw count before 500 and 2,000 only when one is given', () => {
    const scenario = { overrides: {} } as unknown as ScenarioDoc;
    expect(new Uncertainty(undefined, () => scenario).choices).toEqual([500, 2000]);
    expect(new Uncertainty(undefined, () => scenario, { testDraws: 16 }).choices).toEqual([16, 500, 2000]);
  });
});
