import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelApi, WorkbenchResult } from '../../compute/model-api';
import { ModelClient } from '../../compute/model-client';
import { SupervisedWorker, type WorkerHandle } from '../../compute/supervised-worker';
import type { ScenarioDoc } from '../../scenario/document';
import { MemoryScenarioStore } from '../../storage/scenario-store';
import type { Rehearsal } from './warm-up';
import { Workbench } from './workbench.svelte';

/** A fake worker API: results carry the dibao uplift they were computed for; it can be told to fail. Previews are marked. */
function fakeApi() {
  const state = { fail: false, runs: [] as ScenarioDoc[], previews: [] as ScenarioDoc[] };
  const result = (doc: ScenarioDoc, preview: boolean): WorkbenchResult => {
    if (state.fail) throw new Error('worker crashed');
    const value = typeof doc.overrides['dibao_uplift'] === 'number' ? doc.overrides['dibao_uplift'] : 0;
    return { scenario: { outputs: { marker: [value] } }, ...(preview ? { preview: true } : {}) } as unknown as WorkbenchResult;
  };
  const api: ModelApi = {
    runWorkbench: async (doc) => {
      state.runs.push(doc);
      return result(doc, false);
    },
    previewWorkbench: async (doc) => {
      state.previews.push(doc);
      return result(doc, true);
    },
    household: async () => {
      throw new Error('not used');
    },
    ownHousehold: async () => {
      throw new Error('not used');
    },
    goalSeek: async () => {
      throw new Error('not used');
    },
    waterfall: async () => {
      throw new Error('not used');
    },
    tornado: async () => {
      throw new Error('not used');
    },
    globalSensitivity: async () => {
      throw new Error('not used');
    },
    leastCost: async () => {
      throw new Error('not used');
    },
    warmUp: () => false,
    checkExpression: () => null,
  };
  return { api, state };
}

// Node has no animation frames; the state marks repaints in one (for the UI bench).
globalThis.requestAnimationFrame ??= (callback: FrameRequestCallback): number => setTimeout(() => callback(performance.now()), 0) as unknown as number;

const settle = () => new Promise((r) => setTimeout(r, 20));
const marker = (w: Workbench): number | undefined => w.result?.scenario.outputs['marker']?.[0];

/** A workbench on a fake worker and the given store (a fresh in-memory one by default), with its first result in. */
async function openWorkbench(store = new MemoryScenarioStore()) {
  const { api, state } = fakeApi();
  const workbench = new Workbench(new ModelClient(api), store);
  await workbench.init();
  return { api, state, workbench };
}

/**
 * Calls `seen` with every value assigned to `object[key]` until the returned function is called.
 * Works for a plain field and for an accessor (Svelte compiles a class's state either way).
 */
function watchAssignments<T extends object, K extends keyof T>(object: T, key: K, seen: (value: T[K]) => void): () => void {
  let owner: object | null = object;
  while (owner && !Object.getOwnPropertyDescriptor(owner, key)) owner = Object.getPrototypeOf(owner) as object | null;
  const field = owner && Object.getOwnPropertyDescriptor(owner, key);
  if (!field) throw new Error(`no field ${String(key)}`);
  let value = object[key];
  Object.defineProperty(object, key, {
    configurable: true,
    get: () => (field.get ? (field.get.call(object) as T[K]) : value),
    set: (next: T[K]) => {
      seen(next);
      if (field.set) field.set.call(object, next);
      else value = next;
    },
  });
  return () => {
    if (owner === object) Object.defineProperty(object, key, { ...field, value: field.get ? undefined : value });
    else delete object[key];
  };
}

/** A draft store in memory that records the dibao value of every draft it writes. */
function recordingStore(): { store: MemoryScenarioStore; written: number[] } {
  const store = new MemoryScenarioStore();
  const written: number[] = [];
  const saveWorking = store.saveWorking.bind(store);
  store.saveWorking = (doc) => {
    written.push(doc.overrides['dibao_uplift'] as number);
    return saveWorking(doc);
  };
  return { store, written };
}

describe('Workbench', () => {
  it('is quiet for Monte Carlo only once a drag has rested and its exact run is in', async () => {
    const { state, workbench } = await openWorkbench();
    // Taken before the edit: the scheduler stamps the edit inside setScalar, after this.
    const editedAt = performance.now();
    workbench.setScalar('dibao_uplift', 20);
    let quietAt: number | undefined;
    void workbench.runs.quiet().then(() => (quietAt = performance.now()));
    await settle();
    expect(quietAt).toBeUndefined();
    await new Promise((r) => setTimeout(r, 600));
    expect(quietAt).toBeDefined();
    // Not before the stream gap (300 ms) after the edit, and after the exact run that followed the preview.
    expect(quietAt! - editedAt).toBeGreaterThanOrEqual(300);
    expect(state.runs.at(-1)?.overrides['dibao_uplift']).toBe(20);
  });

  it('keeps the last good result on screen when a run fails, and says why', async () => {
    const { state, workbench } = await openWorkbench();
    workbench.setScalar('dibao_uplift', 20);
    await settle();
    expect(marker(workbench)).toBe(20);
    state.fail = true;
    workbench.setScalar('dibao_uplift', 30);
    await settle();
    expect(marker(workbench)).toBe(20);
    expect(workbench.runError).toBe('worker crashed');
    state.fail = false;
    workbench.setScalar('dibao_uplift', 40);
    await settle();
    expect(marker(workbench)).toBe(40);
    expect(workbench.runError).toBeUndefined();
  });

  it('when no worker can run, keeps the last result but marks it not current and stops saying it computes; Retry clears the mark once a run succeeds', async () => {
    const { api } = fakeApi();
    // Workers that the test can make die, and make fail to start (as a missing worker script does).
    const workers = { startFails: false, live: [] as ((reason: string) => void)[] };
    const spawn = (): WorkerHandle => {
      let lose!: (reason: string) => void;
      const lost = new Promise<string>((resolve) => (lose = resolve));
      if (!workers.startFails) {
        workers.live.push(lose);
        return { api, lost, terminate: () => {} };
      }
      // A worker that never started answers nothing; its error arrives a moment later.
      setTimeout(() => lose('the model worker could not be started'), 1);
      const silent = () => new Promise<never>(() => {});
      return { api: { ...api, runWorkbench: silent, previewWorkbench: silent, warmUp: silent }, lost, terminate: () => {} };
    };
    const workbench = new Workbench(new ModelClient([new SupervisedWorker(spawn), new SupervisedWorker(spawn)]), new MemoryScenarioStore());
    // Edits this close together are a stream: their exact run follows 150 ms after the last.
    const settleExact = () => new Promise((r) => setTimeout(r, 250));
    await workbench.init();
    workbench.setScalar('dibao_uplift', 20);
    await settle();
    expect(marker(workbench)).toBe(20);

    // Both workers die and no new one starts.
    workers.startFails = true;
    for (const lose of workers.live.splice(0)) lose('the model worker stopped');
    workbench.setScalar('dibao_uplift', 30);
    await settleExact();
    expect(marker(workbench)).toBe(20);
    expect(workbench.modelUnavailable).toBe('the model worker could not be started');
    expect(workbench.computing).toBe(false);
    // Later edits are not computed either, and do not leave the page busy.
    workbench.setScalar('dibao_uplift', 35);
    await settleExact();
    expect(marker(workbench)).toBe(20);
    expect(workbench.computing).toBe(false);

    workers.startFails = false;
    workbench.retryModel();
    await settle();
    expect(marker(workbench)).toBe(35);
    expect(workbench.modelUnavailable).toBeUndefined();
  });

  it('edits a single year of a schedule and leaves the others', async () => {
    const { workbench } = await openWorkbench();
    workbench.setScalar('dibao_uplift', 10);
    workbench.setYear('dibao_uplift', 2024, 35);
    const schedule = workbench.schedule('dibao_uplift');
    expect(schedule[2024 - 2021]).toBe(35);
    expect(schedule.filter((v) => v !== 10)).toEqual([35]);
  });

  it('applies a preset, recognises it, and reset all returns to the baseline preset', async () => {
    const { workbench } = await openWorkbench();
    workbench.applyPreset('transfers-led');
    expect(workbench.presetId).toBe('transfers-led');
    expect(workbench.scenario.overrides['pit_recycling']).toBe(1);
    workbench.setScalar('pension_uplift', 250);
    expect(workbench.presetId).toBeUndefined();
    workbench.resetAll();
    expect(workbench.presetId).toBe('baseline');
  });

  it('saves the latest scenario, so a reload finds it', async () => {
    const store = new MemoryScenarioStore();
    const { api, workbench } = await openWorkbench(store);
    for (let v = 1; v <= 5; v++) workbench.setScalar('dibao_uplift', v * 10);
    expect(workbench.saveState).toBe('unsaved');
    // Hiding or closing the page writes what is waiting at once.
    await workbench.flushSave();
    expect(workbench.saveState).toBe('saved');
    const reloaded = new Workbench(new ModelClient(api), store);
    await reloaded.init();
    expect(reloaded.scalarValue('dibao_uplift')).toBe(50);
  });

  describe('with a clock the test moves', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('shows a stream of edits (a slider drag) as previews, then runs the last edit exactly once it rests', async () => {
      const { state, workbench } = await openWorkbench();
      const exactBefore = state.runs.length;
      for (let step = 1; step <= 20; step++) {
        workbench.setScalar('dibao_uplift', step);
        await vi.advanceTimersByTimeAsync(16);
      }
      // While the slider moves: previews, following it.
      expect(workbench.result?.preview).toBe(true);
      expect(marker(workbench)).toBe(20);
      expect(state.previews.length).toBeGreaterThanOrEqual(18);
      expect(workbench.computing).toBe(true);
      await vi.advanceTimersByTimeAsync(400);
      // At rest: one exact run of the last position replaces the preview.
      expect(workbench.result?.preview).toBeUndefined();
      expect(marker(workbench)).toBe(20);
      expect(workbench.computing).toBe(false);
      const exactRuns = state.runs.slice(exactBefore);
      expect(exactRuns.at(-1)?.overrides['dibao_uplift']).toBe(20);
      expect(exactRuns.length).toBeLessThanOrEqual(2); // the first edit of the stream, and the rest position
    });

    it('shows a drag of the slider itself as previews from its first step, with one exact run at rest', async () => {
      const { state, workbench } = await openWorkbench();
      await vi.advanceTimersByTimeAsync(1000);
      const exactBefore = state.runs.length;
      for (let step = 1; step <= 20; step++) {
        workbench.setScalar('dibao_uplift', step, { fromSlider: true });
        await vi.advanceTimersByTimeAsync(16);
      }
      expect(state.previews.map((doc) => doc.overrides['dibao_uplift'])[0]).toBe(1);
      await vi.advanceTimersByTimeAsync(400);
      expect(state.runs.slice(exactBefore).map((doc) => doc.overrides['dibao_uplift'])).toEqual([20]);
    });

    it('shows a slider step as a preview at once, even the first of a drag, and the exact result when the slider rests', async () => {
      const { state, workbench } = await openWorkbench();
      await vi.advanceTimersByTimeAsync(1000);
      const exactBefore = state.runs.length;
      workbench.setScalar('dibao_uplift', 12, { fromSlider: true });
      await vi.advanceTimersByTimeAsync(5);
      // The drag's first frame does not wait for an exact run.
      expect(workbench.result?.preview).toBe(true);
      expect(marker(workbench)).toBe(12);
      expect(state.runs.length).toBe(exactBefore);
      expect(workbench.computing).toBe(true);
      await vi.advanceTimersByTimeAsync(400);
      expect(workbench.result?.preview).toBeUndefined();
      expect(marker(workbench)).toBe(12);
      expect(state.runs.slice(exactBefore).map((doc) => doc.overrides['dibao_uplift'])).toEqual([12]);
      expect(workbench.computing).toBe(false);
    });

    it('is not left computing when an older run comes back after a newer one (a preset chosen again at once, two workers)', async () => {
      // Worker 1 holds its run until released; worker 2 answers at once.
      const held = fakeApi();
      const quick = fakeApi();
      let hold = false;
      let release: () => void = () => {};
      const holding: ModelApi = {
        ...held.api,
        runWorkbench: async (doc) => {
          if (hold) await new Promise<void>((resolve) => (release = resolve));
          return held.api.runWorkbench(doc);
        },
      };
      const workbench = new Workbench(new ModelClient([holding, quick.api]), new MemoryScenarioStore());
      await workbench.init();
      await vi.advanceTimersByTimeAsync(1000);
      hold = true;
      workbench.applyPreset('transfers-led');
      workbench.applyPreset('transfers-led');
      await vi.advanceTimersByTimeAsync(400);
      // The newer runs are in on worker 2; worker 1 still holds the first.
      expect(quick.state.runs.length + quick.state.previews.length).toBeGreaterThan(0);
      release();
      await vi.advanceTimersByTimeAsync(50);
      expect(workbench.computing).toBe(false);
    });

    it('runs a single edit (a typed value, a preset) exactly at once, without a preview', async () => {
      const { state, workbench } = await openWorkbench();
      await vi.advanceTimersByTimeAsync(1000);
      workbench.setScalar('dibao_uplift', 35);
      await vi.advanceTimersByTimeAsync(5);
      expect(marker(workbench)).toBe(35);
      expect(workbench.result?.preview).toBeUndefined();
      expect(state.previews).toHaveLength(0);
    });

    it('rehearses an edit of every lever on a stage away from the page while the first result is read: nothing run, saved or changed on screen', async () => {
      const store = new MemoryScenarioStore();
      let saves = 0;
      const saveWorking = store.saveWorking.bind(store);
      store.saveWorking = (doc) => {
        saves++;
        return saveWorking(doc);
      };
      const { state, workbench } = await openWorkbench(store);
      const rehearsals: Rehearsal[] = [];
      workbench.warmUp.stage = (rehearsal) => rehearsals.push(rehearsal);
      const before = { scenario: workbench.scenario, result: workbench.result, presetId: workbench.presetId, saveState: workbench.saveState };
      const runsBefore = state.runs.length;
      // Every scenario the page is given meanwhile.
      const shown: ScenarioDoc[] = [];
      const stopWatching = watchAssignments(workbench.editor, 'scenario', (doc) => shown.push(doc));
      await vi.advanceTimersByTimeAsync(2000);
      stopWatching();
      // The stage was given every lever moved, shown as a preview…
      expect(rehearsals.length).toBeGreaterThan(0);
      expect(Object.keys(rehearsals[0]!.scenario.overrides)).toEqual(expect.arrayContaining(['dibao_uplift', 'labour_share_policy', 'pit_recycling']));
      expect(rehearsals[0]!.result.preview).toBe(true);
      // …and the page never held it: the same scenario object as before, nothing run or saved.
      expect(shown).toEqual([]);
      expect(workbench.scenario).toBe(before.scenario);
      // (The warm-up's plain rounds show the result again as new objects: the same numbers.)
      expect(workbench.result).toStrictEqual(before.result);
      expect(workbench.result?.preview).toBeUndefined();
      expect(workbench.presetId).toBe(before.presetId);
      expect(workbench.saveState).toBe(before.saveState);
      expect(workbench.computing).toBe(false);
      expect(state.runs.length).toBe(runsBefore);
      expect(state.previews).toHaveLength(0);
      expect(saves).toBe(0);
    });

    it('stops rehearsing once the user edits', async () => {
      const { workbench } = await openWorkbench();
      const rehearsals: Rehearsal[] = [];
      workbench.warmUp.stage = (rehearsal) => rehearsals.push(rehearsal);
      workbench.setScalar('dibao_uplift', 15);
      const afterEdit = workbench.scenario;
      await vi.advanceTimersByTimeAsync(2000);
      expect(rehearsals).toEqual([]);
      expect(workbench.scenario).toBe(afterEdit);
      expect(Object.keys(workbench.scenario.overrides)).toEqual(['dibao_uplift']);
    });

    it('writes a stream of edits (a slider drag) to storage a few times, not once per step, and the last edit last', async () => {
      const { store, written } = recordingStore();
      const { workbench } = await openWorkbench(store);
      // 60 steps, one per 16 ms frame: about one second of dragging.
      for (let step = 1; step <= 60; step++) {
        workbench.setScalar('dibao_uplift', step);
        await vi.advanceTimersByTimeAsync(16);
      }
      await vi.advanceTimersByTimeAsync(1000);
      expect(written.length).toBeGreaterThanOrEqual(2);
      expect(written.length).toBeLessThanOrEqual(5);
      expect(written.at(-1)).toBe(60);
      expect(workbench.saveState).toBe('saved');
    });

    it('writes a single edit after a pause at once, not after the stream interval (a browser killed a moment later keeps it)', async () => {
      const { store, written } = recordingStore();
      const { workbench } = await openWorkbench(store);
      await vi.advanceTimersByTimeAsync(1000);
      written.length = 0;
      workbench.setScalar('dibao_uplift', 7);
      await vi.advanceTimersByTimeAsync(0);
      expect(written).toEqual([7]);
      expect(workbench.saveState).toBe('saved');
    });
  });
});
