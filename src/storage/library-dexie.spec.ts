// DexieLibrary behaviour that only IndexedDB has: the shared table with the draft store, rollback
// of a transaction that fails in the database, and the upgrade from database version 1.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioDoc } from '../scenario/document';
import { emptyScenario } from '../scenario/parse';
import { SandboxDb } from './db';
import { DexieLibrary } from './library-dexie';
import { CORRUPT_PREFIX, DexieScenarioStore, WORKING_ID } from './scenario-store';

let counter = 0;
const names: string[] = [];
const open: Dexie[] = [];

function freshName(): string {
  const name = `library-dexie-spec-${counter++}`;
  names.push(name);
  return name;
}

function track<T extends Dexie>(db: T): T {
  open.push(db);
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of open.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function doc(name: string, notes = ''): ScenarioDoc {
  return { ...emptyScenario(), name, notes };
}

describe('DexieLibrary and the draft store', () => {
  it('never lists, reads or deletes the working draft, valid or corrupt', async () => {
    const db = track(new SandboxDb(freshName()));
    const library = new DexieLibrary(db);
    expect(await new DexieScenarioStore(db).saveWorking(doc('Draft'))).toEqual({ ok: true, value: undefined });

    let snapshot = await new Promise<{ entries: readonly unknown[]; corrupt: readonly unknown[] }>((resolve) => {
      const stop = library.subscribe((s) => {
        resolve(s);
        queueMicrotask(stop);
      });
    });
    expect(snapshot).toEqual({ entries: [], corrupt: [] });
    expect(await library.get(WORKING_ID)).toEqual({ ok: true, value: undefined });
    expect(await library.remove(WORKING_ID)).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect(await library.save(WORKING_ID, doc('Hijack'), 0)).toMatchObject({ ok: false, error: { kind: 'missing' } });

    await db.scenarios.put({ id: WORKING_ID, doc: { schemaVersion: 2, overrides: 'broken' }, updatedAt: 1 });
    expect(await library.removeCorrupt(WORKING_ID)).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect(await db.scenarios.get(WORKING_ID)).toBeDefined();
    snapshot = await new Promise((resolve) => {
      const stop = library.subscribe((s) => {
        resolve(s);
        queueMicrotask(stop);
      });
    });
    expect(snapshot).toEqual({ entries: [], corrupt: [] });
  });

  it('lists a draft the store moved aside as corrupt, so the user can export or delete it', async () => {
    const db = track(new SandboxDb(freshName()));
    const broken = { schemaVersion: 2, overrides: { dibao_uplift: 'fast' } };
    await db.scenarios.put({ id: WORKING_ID, doc: broken, updatedAt: 3 });
    expect(await new DexieScenarioStore(db).saveWorking(doc('New draft'))).toEqual({ ok: true, value: undefined });
    const snapshot = await new Promise<{ corrupt: readonly { id: string; raw: unknown }[] }>((resolve) => {
      const stop = new DexieLibrary(db).subscribe((s) => {
        resolve(s);
        queueMicrotask(stop);
      });
    });
    expect(snapshot.corrupt).toHaveLength(1);
    expect(snapshot.corrupt[0]?.id.startsWith(CORRUPT_PREFIX)).toBe(true);
    expect(snapshot.corrupt[0]?.raw).toEqual(broken);
  });

  it('rolls back an import when the database fails part-way (quota), storing nothing', async () => {
    const db = track(new SandboxDb(freshName()));
    const library = new DexieLibrary(db);
    const realAdd = db.versions.add.bind(db.versions);
    let calls = 0;
    // The second version row fails as a full disk does: a QuotaExceededError that dexie wraps.
    vi.spyOn(db.versions, 'add').mockImplementation((row) => {
      if (++calls === 2) return Dexie.Promise.reject({ name: 'AbortError', message: 'wrapped', inner: { name: 'QuotaExceededError', message: 'full' } });
      return realAdd(row);
    });
    const result = await library.importAll([doc('A'), doc('B'), doc('C')]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(calls).toBe(2);
    expect(await db.scenarios.count()).toBe(0);
    expect(await db.versions.count()).toBe(0);
  });

  it('reports a closed database as unavailable instead of throwing', async () => {
    const db = track(new SandboxDb(freshName()));
    const library = new DexieLibrary(db);
    db.close({ disableAutoOpen: true });
    expect(await library.create(doc('X'))).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    expect(await library.get('x')).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    const failure = await new Promise((resolve) => library.subscribe(() => resolve('listener called'), resolve));
    expect(failure).toMatchObject({ kind: 'unavailable' });
  });
});

/** The database as the first release declared it: version 1 only. */
class VersionOneDb extends Dexie {
  declare scenarios: Dexie.Table<{ id: string; doc: unknown; updatedAt: number }, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ scenarios: 'id, updatedAt', settings: 'key' });
  }
}

describe('database upgrade from version 1', () => {
  it('keeps version-1 records listed and readable, and saves them with versions afterwards', async () => {
    const name = freshName();
    const v1 = new VersionOneDb(name);
    const legacyDoc = { schemaVersion: 1, overrides: { dibao_uplift: 20 }, notes: 'from the first release' };
    await v1.scenarios.put({ id: 'saved-long-ago', doc: legacyDoc, updatedAt: 1234 });
    await v1.scenarios.put({ id: WORKING_ID, doc: legacyDoc, updatedAt: 1235 });
    v1.close();

    const db = track(new SandboxDb(name));
    const library = new DexieLibrary(db);
    const snapshot = await new Promise<{ entries: readonly { id: string }[] }>((resolve, reject) => {
      const stop = library.subscribe(
        (s) => {
          resolve(s);
          queueMicrotask(stop);
        },
        (failure) => reject(new Error(failure.message)),
      );
    });
    expect(db.verno).toBe(3);
    expect(snapshot.entries.map((e) => e.id)).toEqual(['saved-long-ago']);
    const entry = await library.get('saved-long-ago');
    expect(entry).toEqual({
      ok: true,
      value: {
        id: 'saved-long-ago',
        doc: { ...emptyScenario(), overrides: { dibao_uplift: 20 }, notes: 'from the first release' },
        createdAt: 1234,
        updatedAt: 1234,
        revision: 0,
      },
    });
    const saved = await library.save('saved-long-ago', doc('Named now'), 0);
    expect(saved).toMatchObject({ ok: true, value: { overwroteOtherTab: false, entry: { revision: 1, createdAt: 1234 } } });
    expect(await library.versions('saved-long-ago')).toMatchObject({ ok: true, value: [{ doc: { name: 'Named now' } }] });
  });
});
