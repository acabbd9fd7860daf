// The edit journal and its replay: an edit is in localStorage the moment it is recorded, the
// IndexedDB mirror writes only the latest of a burst, and a closed tab's record is written into the
// library (merged with another tab's later save) or the draft on the next load.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioDoc } from '../scenario/document';
import { emptyScenario } from '../scenario/parse';
import { SandboxDb } from './db';
import {
  DexieJournalMirror,
  EditJournal,
  JOURNAL_PREFIX,
  MIRROR_INTERVAL_MS,
  journalRecords,
  type JournalMirror,
  type JournalRecord,
  type JournalStorage,
} from './journal';
import { replayJournal } from './journal-replay';
import type { ScenarioLibrary } from './library';
import { DexieLibrary } from './library-dexie';
import { MemoryLibrary } from './library-memory';
import { DexieScenarioStore, MemoryScenarioStore } from './scenario-store';

/** localStorage as a Map. */
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

/** A mirror whose writes wait until released, recording what it was asked to write. */
class GatedMirror implements JournalMirror {
  readonly puts: number[] = [];
  readonly removes: string[] = [];
  readonly rows = new Map<string, JournalRecord>();
  #release: (() => void)[] = [];
  gated = true;
  #wait(): Promise<void> {
    return this.gated ? new Promise((resolve) => this.#release.push(resolve)) : Promise.resolve();
  }
  releaseAll(): void {
    this.gated = false;
    for (const release of this.#release.splice(0)) release();
  }
  async put(record: JournalRecord): Promise<void> {
    this.puts.push(record.seq);
    await this.#wait();
    this.rows.set(record.tab, record);
  }
  async remove(tab: string): Promise<void> {
    this.removes.push(tab);
    await this.#wait();
    this.rows.delete(tab);
  }
  async list(): Promise<unknown[]> {
    return [...this.rows.values()];
  }
}

function doc(overrides: ScenarioDoc['overrides'], name = 'S'): ScenarioDoc {
  return { ...emptyScenario(), name, overrides };
}

const stored = (local: MapStorage, tab: string): JournalRecord | undefined => {
  const text = local.getItem(`${JOURNAL_PREFIX}${tab}`);
  return text === null ? undefined : (JSON.parse(text) as JournalRecord);
};

describe('EditJournal', () => {
  it('has the edit in localStorage as soon as record returns, before any await', () => {
    const local = new MapStorage();
    const journal = new EditJournal('tab-a', local, new GatedMirror());
    journal.record({ scope: { kind: 'draft' }, doc: doc({ dibao_uplift: 20 }) });
    expect(stored(local, 'tab-a')?.doc.overrides).toEqual({ dibao_uplift: 20 });
  });

  it('writes the first edit to the mirror at once and, of a burst during that write, only the last', async () => {
    const mirror = new GatedMirror();
    const journal = new EditJournal('tab-a', new MapStorage(), mirror);
    for (let v = 1; v <= 5; v++) journal.record({ scope: { kind: 'draft' }, doc: doc({ dibao_uplift: v }) });
    expect(mirror.puts).toEqual([1]);
    mirror.releaseAll();
    await journal.idle();
    expect(mirror.puts).toEqual([1, 5]);
    expect(mirror.rows.get('tab-a')?.doc.overrides).toEqual({ dibao_uplift: 5 });
  });

  it(`starts mirror writes at least ${MIRROR_INTERVAL_MS} ms apart during a stream of edits, the last edit last`, async () => {
    const starts: { at: number; seq: number }[] = [];
    const mirror: JournalMirror = {
      put: async (record) => {
        starts.push({ at: Date.now(), seq: record.seq });
      },
      remove: async () => undefined,
      list: async () => [],
    };
    const journal = new EditJournal('tab-a', new MapStorage(), mirror);
    // 30 edits 5 ms apart (a 150 ms drag).
    for (let v = 1; v <= 30; v++) {
      journal.record({ scope: { kind: 'draft' }, doc: doc({ dibao_uplift: v }) });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await journal.idle();
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(starts.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!.at - starts[i - 1]!.at).toBeGreaterThanOrEqual(MIRROR_INTERVAL_MS - 2);
    expect(starts.at(-1)?.seq).toBe(30);
  });

  it('clears both copies once the latest edit is stored, but not when a later edit is waiting', async () => {
    const local = new MapStorage();
    const mirror = new GatedMirror();
    mirror.gated = false;
    const journal = new EditJournal('tab-a', local, mirror);
    const first = journal.record({ scope: { kind: 'draft' }, doc: doc({ dibao_uplift: 1 }) });
    const second = journal.record({ scope: { kind: 'draft' }, doc: doc({ dibao_uplift: 2 }) });
    journal.settle(first);
    await journal.idle();
    expect(stored(local, 'tab-a')?.seq).toBe(second);
    expect(mirror.rows.get('tab-a')?.seq).toBe(second);
    journal.settle(second);
    await journal.idle();
    expect(stored(local, 'tab-a')).toBeUndefined();
    expect(mirror.rows.has('tab-a')).toBe(false);
  });

  it('reads the later of the two copies per tab, and skips what is not a record', async () => {
    const local = new MapStorage();
    const mirror = new GatedMirror();
    mirror.gated = false;
    const older: JournalRecord = { tab: 't', seq: 3, at: 1, scope: { kind: 'draft' }, doc: doc({ dibao_uplift: 3 }) };
    const newer: JournalRecord = { ...older, seq: 4, doc: doc({ dibao_uplift: 4 }) };
    local.setItem(`${JOURNAL_PREFIX}t`, JSON.stringify(newer));
    local.setItem(`${JOURNAL_PREFIX}bad`, '{"tab":"bad"}');
    local.setItem('unrelated', '1');
    await mirror.put(older);
    const records = await journalRecords(local, mirror);
    expect(records.map((r) => [r.tab, r.seq])).toEqual([['t', 4]]);
  });
});

describe('replayJournal', () => {
  const dbs: SandboxDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await db.delete();
    }
  });

  it('writes a closed tab’s library edit merged with another tab’s later save, then clears it (IndexedDB)', async () => {
    const db = new SandboxDb(`journal-spec-${Math.random()}`);
    dbs.push(db);
    const library = new DexieLibrary(db);
    const mirror = new DexieJournalMirror(db);
    const local = new MapStorage();
    const base = doc({ min_wage_uplift: 5 });
    const created = await library.create(base);
    if (!created.ok) throw new Error('create failed');
    const id = created.value.id;
    // Tab A records an edit (dibao 20) and closes before saving; tab B saved pension 100 meanwhile.
    const journal = new EditJournal('tab-a', local, mirror);
    journal.record({ scope: { kind: 'library', id, knownRevision: 1, base }, doc: doc({ min_wage_uplift: 5, dibao_uplift: 20 }) });
    await journal.idle();
    await library.save(id, doc({ min_wage_uplift: 5, pension_uplift: 100 }), 1, base);

    const outcome = await replayJournal({ local, mirror, liveTabs: new Set() }, library, new DexieScenarioStore(db));
    expect(outcome).toEqual({ written: 1, alreadyStored: 0, failures: [] });
    const entry = await library.get(id);
    expect(entry.ok && entry.value?.doc.overrides).toEqual({ min_wage_uplift: 5, pension_uplift: 100, dibao_uplift: 20 });
    expect(entry.ok && entry.value?.revision).toBe(3);
    expect(await journalRecords(local, mirror)).toEqual([]);
    // Replaying again finds nothing to write.
    expect(await replayJournal({ local, mirror, liveTabs: new Set() }, library, new DexieScenarioStore(db))).toEqual({
      written: 0,
      alreadyStored: 0,
      failures: [],
    });
  });

  it('writes a draft record into the draft store, leaves an open tab’s record, and counts a stored one', async () => {
    const local = new MapStorage();
    const store = new MemoryScenarioStore();
    const library = new MemoryLibrary();
    new EditJournal('closed', local, undefined).record({ scope: { kind: 'draft' }, doc: doc({ dibao_uplift: 7 }) });
    new EditJournal('open', local, undefined).record({ scope: { kind: 'draft' }, doc: doc({ dibao_uplift: 9 }) });
    const outcome = await replayJournal({ local, mirror: undefined, liveTabs: new Set(['open']) }, library, store);
    expect(outcome.written).toBe(1);
    const load = await store.loadWorking();
    expect(load.ok && load.value.status === 'ok' && load.value.doc.overrides).toEqual({ dibao_uplift: 7 });
    expect([...local.items.keys()]).toEqual([`${JOURNAL_PREFIX}open`]);
    new EditJournal('again', local, undefined).record({ scope: { kind: 'draft' }, doc: doc({ dibao_uplift: 7 }) });
    expect(await replayJournal({ local, mirror: undefined, liveTabs: new Set(['open']) }, library, store)).toEqual({
      written: 0,
      alreadyStored: 1,
      failures: [],
    });
  });

  it('keeps a record whose write fails, for the next load', async () => {
    const local = new MapStorage();
    const library = new MemoryLibrary();
    const created = await library.create(doc({}));
    if (!created.ok) throw new Error('create failed');
    const failing: ScenarioLibrary = Object.assign(Object.create(library) as ScenarioLibrary, {
      get: library.get.bind(library),
      save: async () => ({ ok: false as const, error: { kind: 'quota' as const, message: 'QuotaExceededError' } }),
    });
    new EditJournal('t', local, undefined).record({
      scope: { kind: 'library', id: created.value.id, knownRevision: 1, base: doc({}) },
      doc: doc({ dibao_uplift: 1 }),
    });
    const outcome = await replayJournal({ local, mirror: undefined, liveTabs: new Set() }, failing, new MemoryScenarioStore());
    expect(outcome.failures).toEqual([{ kind: 'quota', message: 'QuotaExceededError' }]);
    expect(local.items.size).toBe(1);
  });

  it('keeps an edit of an entry deleted meanwhile as a new entry', async () => {
    const local = new MapStorage();
    const library = new MemoryLibrary();
    new EditJournal('t', local, undefined).record({
      scope: { kind: 'library', id: 'gone', knownRevision: 2, base: doc({}, 'Old') },
      doc: doc({ dibao_uplift: 1 }, 'Old'),
    });
    expect((await replayJournal({ local, mirror: undefined, liveTabs: new Set() }, library, new MemoryScenarioStore())).written).toBe(1);
    let names: string[] = [];
    library.subscribe((snapshot) => (names = snapshot.entries.map((e) => e.doc.name)));
    expect(names).toEqual(['Old']);
  });
});
