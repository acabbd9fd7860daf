import { describe, expect, it } from 'vitest';
import type { LeastCostRequest, LeastCostResult, ModelApi } from '../../compute/model-api';
import { ModelClient } from '../../compute/model-client';
import type { ScenarioDoc, ScenarioOverride } from '../../scenario/document';
import { LeastCostRun } from './least-cost.svelte';

const MESSAGES = { chooseTarget: 'no target', chooseLever: 'no lever', thresholdInvalid: (target: string) => `bad ${target}` };

/** A worker whose search answers a fixed package for whatever it is asked, and records the requests. */
function fixture(overrides: Record<string, ScenarioOverride> = { dibao_uplift: 20 }) {
  const requests: LeastCostRequest[] = [];
  const api = {
    leastCost: (_scenario: ScenarioDoc, request: LeastCostRequest): LeastCostResult => {
      requests.push(request);
      return {
        status: 'reached',
        method: 'slp',
        overrides: { labour_share_policy: 0.87, dibao_uplift: 0 },
        fiscalCostCumulative: 1.8e10,
        achieved: [],
        singleLever: null,
        iterations: 3,
        runs: { exact: 5, preview: 9 },
        modelVersion: '2.0.0',
        solver: 'HiGHS 1.15.1',
        indicative: true,
      };
    },
  } as unknown as ModelApi;
  const doc = { overrides: { ...overrides } } as unknown as ScenarioDoc;
  const edits: Record<string, ScenarioOverride | undefined>[] = [];
  const host = {
    scenario: () => doc,
    setOverrides: (changes: Readonly<Record<string, ScenarioOverride | undefined>>) => {
      edits.push({ ...changes });
      const next = { ...doc.overrides };
      for (const [id, value] of Object.entries(changes)) {
        if (value === undefined) delete next[id];
        else next[id] = value;
      }
      (doc as { overrides: Record<string, ScenarioOverride> }).overrides = next;
    },
  };
  return { search: new LeastCostRun(new ModelClient(api), host), requests, doc, edits };
}

describe('LeastCostRun (the least-cost dialog)', () => {
  it('asks for the ticked targets with their typed thresholds and the ticked levers', async () => {
    const { search, requests } = fixture();
    search.thresholds['urban_rural_income_ratio'] = ' 1.85 ';
    await search.run(MESSAGES, (id) => id);
    expect(requests).toEqual([
      {
        targets: [{ target: 'hh_income_200k_600k' }, { target: 'urban_rural_income_ratio', threshold: 1.85 }],
        levers: ['labour_share_policy', 'min_wage_uplift', 'dibao_uplift', 'rural_entrepreneurship', 'property_income_rural'],
      },
    ]);
    expect(search.result?.method).toBe('slp');
    expect(search.current).toBe(true);
  });

  it('asks for a ticked custom target of the scenario after the plan’s, and not for one the scenario no longer has', async () => {
    const { search, requests, doc } = fixture();
    const withIndicators = doc as { indicators?: unknown };
    withIndicators.indicators = [
      { id: 'rural_share', expression: 'income_per_capita_rural / income_per_capita', target: { comparator: '>=', threshold: 0.635, year: 2025 } },
      { id: 'no_target', expression: 'gini' },
    ];
    search.targets['rural_share'] = true;
    search.targets['no_target'] = true;
    search.thresholds['rural_share'] = '0.64';
    await search.run(MESSAGES, (id) => id);
    expect(requests[0]?.targets).toEqual([
      { target: 'hh_income_200k_600k' },
      { target: 'urban_rural_income_ratio' },
      { target: 'rural_share', threshold: 0.64 },
    ]);
    withIndicators.indicators = [];
    await search.run(MESSAGES, (id) => id);
    expect(requests[1]?.targets).toEqual([{ target: 'hh_income_200k_600k' }, { target: 'urban_rural_income_ratio' }]);
  });

  it('refuses a threshold that is not a number, no target or no lever, naming what is wrong, without asking the worker', async () => {
    const { search, requests } = fixture();
    search.thresholds['hh_income_200k_600k'] = 'lots';
    await search.run(MESSAGES, (id) => id);
    expect(search.error).toBe('bad hh_income_200k_600k');
    search.thresholds['hh_income_200k_600k'] = '';
    for (const id of Object.keys(search.levers)) search.levers[id] = false;
    await search.run(MESSAGES, (id) => id);
    expect(search.error).toBe('no lever');
    for (const id of Object.keys(search.targets)) search.targets[id] = false;
    await search.run(MESSAGES, (id) => id);
    expect(search.error).toBe('no target');
    expect(requests).toEqual([]);
  });

  it('applies the package as one edit and Undo puts every lever back as it was, in one edit too', async () => {
    const { search, doc, edits } = fixture();
    await search.run(MESSAGES, (id) => id);
    search.apply();
    expect(edits).toEqual([{ labour_share_policy: 0.87, dibao_uplift: 0 }]);
    expect(doc.overrides).toEqual({ dibao_uplift: 0, labour_share_policy: 0.87 });
    expect(search.current).toBe(true);
    expect(search.undoable).toBe(true);
    search.undo();
    expect(edits[1]).toEqual({ labour_share_policy: undefined, dibao_uplift: 20 });
    expect(doc.overrides).toEqual({ dibao_uplift: 20 });
    expect(search.undone).toBe(true);
  });

  it('marks a result not current once the scenario changes otherwise, and applies nothing then', async () => {
    const { search, doc, edits } = fixture();
    await search.run(MESSAGES, (id) => id);
    (doc as { overrides: Record<string, ScenarioOverride> }).overrides = { dibao_uplift: 30 };
    expect(search.current).toBe(false);
    search.apply();
    expect(edits).toEqual([]);
  });
});
