import { describe, expect, it } from 'vitest';
import type { McResult } from '../../compute/mc-api';
import type { GlobalSensitivity, ModelApi, SensitivityInput, Tornado, TornadoRequest } from '../../compute/model-api';
import { ModelClient } from '../../compute/model-client';
import type { ScenarioDoc } from '../../scenario/document';
import { Sensitivity } from './sensitivity.svelte';
import type { ShownUncertainty } from './uncertainty.svelte';

/** A worker whose tornado and regression answer at once, recording what they were asked. */
function fakeClient() {
  const tornadoes: TornadoRequest[] = [];
  const regressions: { input: SensitivityInput; target: string }[] = [];
  const api = {
    tornado: async (_scenario: ScenarioDoc, request: TornadoRequest, progress: (done: number, total: number) => Promise<boolean> | boolean) => {
      tornadoes.push(request);
      await progress(1, 1);
      return { target: request.target, bars: [] } as unknown as Tornado;
    },
    globalSensitivity: (input: SensitivityInput, target: string) => {
      regressions.push({ input, target });
      return { target, src: [], r2: 1, seed: input.seed, draws: input.draws } as unknown as GlobalSensitivity;
    },
  } as unknown as ModelApi;
  return { client: new ModelClient(api), tornadoes, regressions };
}

/** A Monte Carlo result of `draws` draws of two parameters. */
const mcResult = (draws: number): McResult =>
  ({
    seed: 9,
    draws,
    drawn: [
      { id: 'a', mode: 'value', values: Array.from({ length: draws }, (_, i) => i) },
      { id: 'b', mode: 'shift', values: Array.from({ length: draws }, (_, i) => -i) },
    ],
    targetDraws: { income_per_capita: Array.from({ length: draws }, (_, i) => 2 * i), other: [] },
  }) as unknown as McResult;

function setup() {
  let doc = { schemaVersion: 2, name: '', notes: '', overrides: {}, tracked: {} } as unknown as ScenarioDoc;
  let shown: ShownUncertainty | undefined;
  const fake = fakeClient();
  const sensitivity = new Sensitivity(fake.client, { scenario: () => doc, uncertainty: () => shown });
  return {
    ...fake,
    sensitivity,
    edit: () => (doc = { ...doc, overrides: { dibao_uplift: 10 } }),
    setOverrides: (overrides: Record<string, number>) => (doc = { ...doc, overrides }),
    show: (value: ShownUncertainty | undefined) => (shown = value),
  };
}

describe('Sensitivity (the scorecard row’s tornado and coefficients)', () => {
  it('runs the open target’s tornado, and marks it not current once the scenario changes', async () => {
    const { sensitivity, tornadoes, edit } = setup();
    sensitivity.toggle('income_per_capita');
    await sensitivity.run();
    expect(tornadoes).toEqual([{ target: 'income_per_capita' }]);
    expect(sensitivity.tornado?.target).toBe('income_per_capita');
    expect(sensitivity.current).toBe(true);
    expect(sensitivity.done).toBe(1);
    edit();
    expect(sensitivity.current).toBe(false);
    // Toggling the same row closes the panel.
    sensitivity.toggle('income_per_capita');
    expect(sensitivity.target).toBeUndefined();
  });

  it('keeps a tornado current when an edit is undone by hand, whatever order the levers were set in', async () => {
    const { sensitivity, setOverrides } = setup();
    setOverrides({ dibao_uplift: 10, min_wage_uplift: 5 });
    sensitivity.toggle('income_per_capita');
    await sensitivity.run();
    setOverrides({ dibao_uplift: 10 });
    expect(sensitivity.current).toBe(false);
    setOverrides({ min_wage_uplift: 5, dibao_uplift: 10 });
    expect(sensitivity.current).toBe(true);
  });

  it('says a Monte Carlo result without draws of the open target has none (no error, no request), and ranks the next result that has them', async () => {
    const { sensitivity, regressions, show } = setup();
    sensitivity.toggle('rural_share');
    show({ result: mcResult(8), stale: false });
    expect(sensitivity.needsRanking).toBe(true);
    await sensitivity.rank();
    expect(sensitivity.srcNoDraws).toBe(true);
    expect(sensitivity.srcError).toBeUndefined();
    expect(sensitivity.needsRanking).toBe(false);
    expect(regressions).toEqual([]);
    const withIt = mcResult(8);
    (withIt.targetDraws as Record<string, number[]>)['rural_share'] = Array.from({ length: 8 }, (_, i) => i / 10);
    show({ result: withIt, stale: false });
    expect(sensitivity.srcNoDraws).toBe(false);
    expect(sensitivity.needsRanking).toBe(true);
    await sensitivity.rank();
    expect(regressions.map((r) => r.target)).toEqual(['rural_share']);
  });

  it('ranks only from a current Monte Carlo result, sending plain copies of the drawn values and this target’s draws', async () => {
    const { sensitivity, regressions, show } = setup();
    sensitivity.toggle('income_per_capita');
    expect(sensitivity.needsRanking).toBe(false);
    const result = mcResult(8);
    show({ result, stale: true });
    expect(sensitivity.draws).toBeUndefined();
    show({ result, stale: false });
    expect(sensitivity.needsRanking).toBe(true);
    await sensitivity.rank();
    expect(regressions).toHaveLength(1);
    expect(regressions[0]!.target).toBe('income_per_capita');
    expect(Object.keys(regressions[0]!.input.targetDraws)).toEqual(['income_per_capita']);
    expect(regressions[0]!.input.drawn[1]).toEqual({ id: 'b', mode: 'shift', values: result.drawn[1]!.values });
    expect(sensitivity.srcCurrent).toBe(true);
    expect(sensitivity.needsRanking).toBe(false);
    // Another result (a newer run) is ranked again; a stale one leaves the coefficients not current.
    show({ result: mcResult(8), stale: false });
    expect(sensitivity.needsRanking).toBe(true);
    show({ result, stale: true });
    expect(sensitivity.srcCurrent).toBe(false);
  });

  it('says how many draws a regression needs when the result has too few (one per parameter and two more)', () => {
    const { sensitivity, show } = setup();
    sensitivity.toggle('income_per_capita');
    show({ result: mcResult(3), stale: false });
    expect(sensitivity.drawsNeeded).toBe(4);
    expect(sensitivity.needsRanking).toBe(false);
    show({ result: mcResult(4), stale: false });
    expect(sensitivity.drawsNeeded).toBeUndefined();
  });
});
