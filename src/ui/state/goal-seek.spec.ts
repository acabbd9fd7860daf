import { describe, expect, it } from 'vitest';
import type { GoalSeekRequest, GoalSeekResult, ModelApi } from '../../compute/model-api';
import { ModelClient } from '../../compute/model-client';
import type { ScenarioDoc, ScenarioOverride } from '../../scenario/document';
import { GoalSeek } from './goal-seek.svelte';

/** The answer "reached at 1.5" to a request, as the fake workers give it. */
function reachedAt15(request: GoalSeekRequest): GoalSeekResult {
  return {
    target: request.target,
    basis: 'model',
    year: request.year ?? 2025,
    threshold: request.threshold ?? 45,
    comparator: '>=',
    lever: request.lever,
    status: 'reached',
    current: 0,
    value: 1.5,
    achieved: 45.01,
    fiscalCostCumulative: 3.6e10,
    crossings: [1.5],
    runs: { exact: 4, preview: 11 },
    modelVersion: '2.0.0',
  };
}

/** A worker whose goal-seek answers "reached at 1.5" for whatever it is asked, and records the requests. */
function fakeClient(): { client: ModelClient; requests: GoalSeekRequest[] } {
  const requests: GoalSeekRequest[] = [];
  const api = {
    goalSeek: (_scenario: ScenarioDoc, request: GoalSeekRequest): GoalSeekResult => {
      requests.push(request);
      return reachedAt15(request);
    },
  } as unknown as ModelApi;
  return { client: new ModelClient(api), requests };
}

/** A scenario held in memory, edited as the workbench's editor would. */
function host(initial: Record<string, ScenarioOverride>) {
  let doc = { schemaVersion: 2, name: '', notes: '', overrides: initial, tracked: {} } as unknown as ScenarioDoc;
  const set = (id: string, value: ScenarioOverride | undefined): void => {
    const overrides = { ...doc.overrides };
    if (value === undefined) delete overrides[id];
    else overrides[id] = value;
    doc = { ...doc, overrides };
  };
  return {
    scenario: () => doc,
    setScalar: (id: string, value: number) => set(id, value),
    setOverride: set,
    /** Replaces the scenario's custom indicators, as the indicators panel does. */
    setIndicators: (indicators: ScenarioDoc['indicators']) => {
      doc = { ...doc, indicators } as ScenarioDoc;
    },
  };
}

describe('GoalSeek (the scorecard row’s "what would it take?")', () => {
  it('asks for the plan’s threshold when none is typed, and for the typed one otherwise', async () => {
    const { client, requests } = fakeClient();
    const seek = new GoalSeek(client, host({}));
    seek.toggle('hh_income_200k_600k');
    seek.lever = 'labour_share_policy';
    await seek.run('bad');
    expect(requests[0]).toEqual({ target: 'hh_income_200k_600k', lever: 'labour_share_policy', year: 2025 });
    seek.threshold = '45.5';
    await seek.run('bad');
    expect(requests[1]).toEqual({ target: 'hh_income_200k_600k', lever: 'labour_share_policy', year: 2025, threshold: 45.5 });
  });

  it('opens on a custom indicator’s target in the indicator’s own year, and asks for it by the indicator’s id', async () => {
    const { client, requests } = fakeClient();
    const seek = new GoalSeek(client, host({}));
    seek.toggle('rural_share', 2024);
    expect(seek.year).toBe(2024);
    seek.lever = 'property_income_rural';
    await seek.run('bad');
    expect(requests[0]).toEqual({ target: 'rural_share', lever: 'property_income_rural', year: 2024 });
    // A plan target keeps the plan's year whatever is passed.
    seek.toggle('hh_income_200k_600k', 2023);
    expect(seek.year).toBe(2025);
  });

  it('marks an answer on a custom target not current once its expression or target is edited, but not after a rename', async () => {
    const { client } = fakeClient();
    const scenario = host({});
    const share = {
      id: 'rural_share',
      expression: 'income_per_capita_rural / income_per_capita',
      target: { comparator: '>=' as const, threshold: 0.635, year: 2025 },
    };
    scenario.setIndicators([share]);
    const seek = new GoalSeek(client, scenario);
    seek.toggle('rural_share', 2025);
    await seek.run('bad');
    expect(seek.current).toBe(true);
    scenario.setIndicators([{ ...share, label: { en: 'Rural share' } }]);
    expect(seek.current).toBe(true);
    scenario.setIndicators([{ ...share, target: { ...share.target, threshold: 0.64 } }]);
    expect(seek.current).toBe(false);
    scenario.setIndicators([share]);
    expect(seek.current).toBe(true);
    scenario.setIndicators([{ ...share, expression: 'income_per_capita_rural / income_per_capita_urban' }]);
    expect(seek.current).toBe(false);
  });

  it('keeps an answer current when an indicator it did not aim at is added or edited', async () => {
    const { client } = fakeClient();
    const scenario = host({});
    const seek = new GoalSeek(client, scenario);
    seek.toggle('hh_income_200k_600k');
    await seek.run('bad');
    scenario.setIndicators([{ id: 'ind_1', expression: 'gini', target: { comparator: '<=', threshold: 0.3, year: 2025 } }]);
    expect(seek.current).toBe(true);
  });

  it('refuses a threshold that is not a number, naming the field, and asks nothing', async () => {
    const { client, requests } = fakeClient();
    const seek = new GoalSeek(client, host({}));
    seek.toggle('hh_income_200k_600k');
    seek.threshold = '45 percent';
    await seek.run('Target value: enter a number');
    expect(seek.error).toBe('Target value: enter a number');
    expect(requests).toEqual([]);
  });

  it('applies the value found as an edit, and Undo puts back what the lever held', async () => {
    const { client } = fakeClient();
    const scenario = host({ labour_share_policy: 0.5, dibao_uplift: 10 });
    const seek = new GoalSeek(client, scenario);
    seek.toggle('hh_income_200k_600k');
    seek.lever = 'labour_share_policy';
    await seek.run('bad');
    expect(seek.current).toBe(true);
    seek.apply();
    expect(scenario.scenario().overrides).toEqual({ labour_share_policy: 1.5, dibao_uplift: 10 });
    // The result stays current: the scenario is the one it was computed for, with its answer applied.
    expect(seek.current).toBe(true);
    seek.undo();
    expect(scenario.scenario().overrides).toEqual({ labour_share_policy: 0.5, dibao_uplift: 10 });
    expect(seek.undone).toBe(true);
  });

  it('Undo of a lever that was at its default removes the override again', async () => {
    const { client } = fakeClient();
    const scenario = host({});
    const seek = new GoalSeek(client, scenario);
    seek.toggle('hh_income_200k_600k');
    await seek.run('bad');
    seek.apply();
    seek.undo();
    expect(scenario.scenario().overrides).toEqual({});
  });

  it('marks a result not current once another setting changes, and will not apply it', async () => {
    const { client } = fakeClient();
    const scenario = host({});
    const seek = new GoalSeek(client, scenario);
    seek.toggle('hh_income_200k_600k');
    seek.lever = 'labour_share_policy';
    await seek.run('bad');
    scenario.setScalar('dibao_uplift', 20);
    expect(seek.current).toBe(false);
    seek.apply();
    expect(scenario.scenario().overrides).toEqual({ dibao_uplift: 20 });
  });

  it('offers no Undo once the scenario was edited after the answer was applied, so Undo cannot take back a later edit', async () => {
    const { client } = fakeClient();
    const scenario = host({ labour_share_policy: 0.5 });
    const seek = new GoalSeek(client, scenario);
    seek.toggle('hh_income_200k_600k');
    seek.lever = 'labour_share_policy';
    await seek.run('bad');
    seek.apply();
    expect(seek.undoable).toBe(true);
    // The user then drags the same lever on to 2 pp.
    scenario.setScalar('labour_share_policy', 2);
    expect(seek.undoable).toBe(false);
    seek.undo();
    expect(scenario.scenario().overrides).toEqual({ labour_share_policy: 2 });
  });

  it('takes the same settings in another key order as the scenario it was computed for', async () => {
    const { client } = fakeClient();
    const scenario = host({ dibao_uplift: 10, labour_share_policy: 0.5 });
    const seek = new GoalSeek(client, scenario);
    seek.toggle('hh_income_200k_600k');
    await seek.run('bad');
    // An edit and its undo can rebuild the overrides with their keys in another order.
    scenario.setOverride('dibao_uplift', undefined);
    scenario.setScalar('dibao_uplift', 10);
    expect(Object.keys(scenario.scenario().overrides)).toEqual(['labour_share_policy', 'dibao_uplift']);
    expect(seek.current).toBe(true);
  });

  it('drops an answer to a row the panel has left: opening another row while a search runs neither shows it there nor stays computing', async () => {
    let answer: (() => void) | undefined;
    const api = {
      goalSeek: (_scenario: ScenarioDoc, request: GoalSeekRequest) => new Promise<GoalSeekResult>((resolve) => (answer = () => resolve(reachedAt15(request)))),
    } as unknown as ModelApi;
    const seek = new GoalSeek(new ModelClient(api), host({}));
    seek.toggle('hh_income_200k_600k');
    const first = seek.run('bad');
    await new Promise((r) => setTimeout(r, 0));
    expect(seek.computing).toBe(true);
    seek.toggle('urban_rural_income_ratio');
    expect(seek.computing).toBe(false);
    answer?.();
    await first;
    expect(seek.target).toBe('urban_rural_income_ratio');
    expect(seek.result).toBeUndefined();
    expect(seek.computing).toBe(false);
  });
});
