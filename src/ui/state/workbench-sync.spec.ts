// Autosave and two tabs: every edit is journalled at once and cleared once saved; two tabs editing
// different levers of one scenario both keep their edits; the same lever is a conflict the user
// resolves; a storage notice goes once a later save succeeds; an import whose write fails never
// says it imported. Two tabs are two Workbenches on two dexie instances of one (fake) database.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelApi, WorkbenchResult } from '../../compute/model-api';
import { ModelClient } from '../../compute/model-client';
import { findParameter } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { emptyScenario } from '../../scenario/parse';
import { err } from '../../shared/result';
import { SandboxDb } from '../../storage/db';
import { EditJournal, JOURNAL_PREFIX, type JournalStorage } from '../../storage/journal';
import type { ScenarioLibrary } from '../../storage/library';
import { DexieLibrary } from '../../storage/library-dexie';
import { MemoryLibrary } from '../../storage/library-memory';
import { MemoryScenarioStore, type ScenarioStore } from '../../storage/scenario-store';
import { LibraryView } from './library.svelte';
import { Workbench } from './workbench.svelte';
import { readScenarioFiles } from '../../scenario/files';

globalThis.requestAnimationFrame ??= (callback: FrameRequestCallback): number => setTimeout(() => callback(performance.now()), 0) as unknown as number;

const api: ModelApi = {
  runWorkbench: async () => ({ scenario: { outputs: {} } }) as unknown as WorkbenchResult,
  previewWorkbench: async () => ({ scenario: { outputs: {} }, preview: true }) as unknown as WorkbenchResult,
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

class MapStorage implements JournalStorage {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const dbs: SandboxDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A library on a fresh fake database, and a function giving further "tabs" (libraries on their own dexie instance of it). */
function sharedDatabase(): () => DexieLibrary {
  const name = `workbench-sync-${Math.random()}`;
  return () => {
    const db = new SandboxDb(name);
    dbs.push(db);
    return new DexieLibrary(db);
  };
}

async function tab(library: ScenarioLibrary, journal?: EditJournal, store = new MemoryScenarioStore()): Promise<Workbench> {
  const workbench = new Workbench(new ModelClient(api), store, library, journal);
  await workbench.init();
  return workbench;
}

async function stored(library: ScenarioLibrary, id: string): Promise<ScenarioDoc> {
  const entry = await library.get(id);
  if (!entry.ok || !entry.value) throw new Error('entry missing');
  return entry.value.doc;
}

describe('autosave through the edit journal', () => {
  it('journals an edit of a library scenario before any save, and clears it once the save commits', async () => {
    const library = sharedDatabase()();
    const local = new MapStorage();
    const workbench = await tab(library, new EditJournal('tab-a', local, undefined));
    await workbench.saveToLibrary('Journalled');
    workbench.setScalar('dibao_uplift', 20);
    const record = JSON.parse(local.getItem(`${JOURNAL_PREFIX}tab-a`) ?? 'null') as { doc: ScenarioDoc; scope: { kind: string; knownRevision: number } };
    expect(record.doc.overrides).toEqual({ dibao_uplift: 20 });
    expect(record.scope).toMatchObject({ kind: 'library', knownRevision: 1 });
    await workbench.flushSave();
    expect(local.items.size).toBe(0);
    expect((await stored(library, workbench.openEntryId!)).overrides).toEqual({ dibao_uplift: 20 });
  });
});

describe('two tabs on one library scenario', () => {
  it('keeps all of 20 alternating edits of different levers', async () => {
    const newTab = sharedDatabase();
    const a = await tab(newTab());
    await a.saveToLibrary('Shared');
    const id = a.openEntryId!;
    const libraryB = newTab();
    const b = await tab(libraryB);
    const entry = await libraryB.get(id);
    if (!entry.ok || !entry.value) throw new Error('missing');
    b.openScenario(entry.value.doc, entry.value);
    // Tab A edits eight levers, tab B eight others, alternately: steps 0–15 move each lever one step
    // up from its minimum, steps 16–19 move the first two levers of each tab a second step.
    const leversA = [
      'min_wage_uplift',
      'dibao_uplift',
      'dibao_take_up_gain',
      'mountain_transfer',
      'collective_economy_investment',
      'hukou_citizenisation',
      'pension_uplift',
      'low_income_topup',
    ];
    const leversB = [
      'labour_share_policy',
      'rural_entrepreneurship',
      'property_income_rural',
      'property_income_urban',
      'pit_top_rate_change',
      'mountain_share_direct',
      'mountain_share_jobs',
      'hukou_pace',
    ];
    const steps = (lever: string): number => (leversA.slice(0, 2).includes(lever) || leversB.slice(0, 2).includes(lever) ? 2 : 1);
    const target = (lever: string, n: number): number => {
      const def = findParameter(lever)!;
      return Math.round((def.min + n * def.step) * 1e6) / 1e6;
    };
    for (let step = 0; step < 20; step++) {
      const [workbench, levers] = step % 2 === 0 ? [a, leversA] : [b, leversB];
      const lever = levers[Math.floor(step / 2) % 8]!;
      workbench.setScalar(lever, target(lever, step < 16 ? 1 : 2));
      await workbench.flushSave();
    }
    const expected = Object.fromEntries([...leversA, ...leversB].map((lever) => [lever, target(lever, steps(lever))]));
    // Written out: e.g. the minimum wage ends two 1-point steps up, the pension one 10-yuan step.
    expect(expected).toMatchObject({ min_wage_uplift: 2, pension_uplift: 10, labour_share_policy: 0.2, hukou_pace: 0.001, property_income_urban: -2.9 });
    const final = await stored(libraryB, id);
    expect(final.overrides).toEqual(expected);
    expect(a.conflicts).toEqual([]);
    expect(b.conflicts).toEqual([]);
    expect(b.otherTabNotice).toBe('merged');
    // The last tab to save shows every lever: its save merged the other tab's.
    expect(b.scenario.overrides).toEqual(final.overrides);
  });

  it('shows an edit of the same lever in both as a conflict with both values; the history and "use theirs" keep the other', async () => {
    const newTab = sharedDatabase();
    const libraryA = newTab();
    const a = await tab(libraryA);
    await a.saveToLibrary('Same lever');
    const id = a.openEntryId!;
    const libraryB = newTab();
    const b = await tab(libraryB);
    const entry = await libraryB.get(id);
    if (!entry.ok || !entry.value) throw new Error('missing');
    b.openScenario(entry.value.doc, entry.value);
    a.setScalar('min_wage_uplift', 10);
    await a.flushSave();
    b.setScalar('min_wage_uplift', 20);
    await b.flushSave();
    expect(b.conflicts).toEqual([{ field: 'overrides', key: 'min_wage_uplift', mine: 20, theirs: 10 }]);
    expect((await stored(libraryB, id)).overrides).toEqual({ min_wage_uplift: 20 });
    const history = await libraryB.versions(id);
    expect(history.ok && history.value.map((v) => v.doc.overrides['min_wage_uplift'])).toEqual([20, 10, undefined]);
    b.useTheirs(b.conflicts[0]!);
    expect(b.conflicts).toEqual([]);
    await b.flushSave();
    expect((await stored(libraryB, id)).overrides).toEqual({ min_wage_uplift: 10 });
  });
});

describe('storage messages that tell the truth', () => {
  it('takes "storage is full" away once a later save succeeds', async () => {
    let full = true;
    const memory = new MemoryScenarioStore();
    /** A draft store whose disk is full until `full` is cleared. */
    const store: ScenarioStore = {
      loadWorking: () => memory.loadWorking(),
      saveWorking: async (doc) => (full ? err({ kind: 'quota', message: 'QuotaExceededError' }) : memory.saveWorking(doc)),
      getSetting: (key) => memory.getSetting(key),
      setSetting: (key, value) => memory.setSetting(key, value),
    };
    const workbench = new Workbench(new ModelClient(api), store);
    await workbench.init();
    workbench.setScalar('dibao_uplift', 10);
    await workbench.flushSave();
    expect(workbench.storageNotice).toEqual({ kind: 'quota', reason: 'QuotaExceededError' });
    expect(workbench.saveState).toBe('unsaved');
    full = false;
    workbench.setScalar('dibao_uplift', 11);
    await workbench.flushSave();
    expect(workbench.storageNotice).toBeUndefined();
    expect(workbench.saveState).toBe('saved');
  });

  it('keeps the draft’s last edit when a library scenario is opened while an earlier draft write is still on its way', async () => {
    const memory = new MemoryScenarioStore();
    /** A draft store whose writes take 50 ms, as a busy disk's do. */
    const store: ScenarioStore = {
      loadWorking: () => memory.loadWorking(),
      saveWorking: async (doc) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return memory.saveWorking(doc);
      },
      getSetting: (key) => memory.getSetting(key),
      setSetting: (key, value) => memory.setSetting(key, value),
    };
    const library = new MemoryLibrary();
    const created = await library.create({ ...emptyScenario(), name: 'Saved', overrides: { min_wage_uplift: 5 } });
    if (!created.ok) throw new Error('could not create');
    const workbench = new Workbench(new ModelClient(api), store, library);
    await workbench.init();
    // The first edit is written at once (50 ms on this disk); the second, 10 ms later, waits its turn.
    workbench.setScalar('dibao_uplift', 7);
    await new Promise((resolve) => setTimeout(resolve, 10));
    workbench.setScalar('dibao_uplift', 8);
    workbench.openScenario(created.value.doc, created.value);
    await workbench.flushSave();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const draft = await memory.loadWorking();
    expect(draft.ok && draft.value.status === 'ok' ? draft.value.doc.overrides : undefined).toEqual({ dibao_uplift: 8 });
    // And the library scenario opened is as it was stored.
    expect(workbench.scenario.overrides).toEqual({ min_wage_uplift: 5 });
  });

  it('while storage is held (a story presented), scenarios opened are shown but the stored draft stays the user’s, so a page killed then reopens on it', async () => {
    const store = new MemoryScenarioStore();
    const workbench = new Workbench(new ModelClient(api), store);
    await workbench.init();
    workbench.setScalar('dibao_uplift', 12);
    await workbench.flushSave();
    workbench.autosave.hold();
    workbench.openScenario({ ...emptyScenario(), name: 'Step 1', overrides: { labour_share_policy: 2 } });
    expect(workbench.scenario.overrides).toEqual({ labour_share_policy: 2 });
    await workbench.flushSave();
    await new Promise((resolve) => setTimeout(resolve, 400));
    // A new page on the same storage (the old one killed mid-presentation) finds the user's draft.
    const reopened = new Workbench(new ModelClient(api), store);
    await reopened.init();
    expect(reopened.scenario.overrides).toEqual({ dibao_uplift: 12 });
    workbench.autosave.release();
  });

  it('never reports an import as done when its write fails for quota', async () => {
    const library = new MemoryLibrary();
    library.importAll = async () => ({ ok: false, error: { kind: 'quota', message: 'QuotaExceededError' } });
    const workbench = new Workbench(new ModelClient(api), new MemoryScenarioStore(), library);
    // Files are read on this thread here (the app reads them in a worker, through the same interface).
    const view = new LibraryView(workbench, library, { readFiles: readScenarioFiles });
    const text = `${JSON.stringify({ ...emptyScenario(), name: 'Imported' })}\n`;
    await view.importFiles([{ name: 'one.json', size: text.length, text: async () => text } as unknown as File]);
    const line = view.importReportLine(view.importReport![0]!);
    expect(line).toBe('one.json：文件有效（1 个情景），但未能写入存储，未导入任何情景');
    expect(line).not.toContain('已导入');
    expect(view.failure).toEqual({ kind: 'quota', message: 'QuotaExceededError' });
  });
});
