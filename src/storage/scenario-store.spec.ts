import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../shared/result';
import { emptyScenario } from '../scenario/parse';
import { SandboxDb } from './db';
import { CORRUPT_PREFIX, DexieScenarioStore, WORKING_ID } from './scenario-store';

let counter = 0;
const dbs: SandboxDb[] = [];
function freshDb(): SandboxDb {
  const db = new SandboxDb(`test-${counter++}`);
  dbs.push(db);
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('DexieScenarioStore', () => {
  it('reports an empty database as empty', async () => {
    expect(await new DexieScenarioStore(freshDb()).loadWorking()).toEqual(ok({ status: 'empty' }));
  });

  it('gives back the saved working scenario after reopening the database', async () => {
    const db = freshDb();
    const doc = { ...emptyScenario(), overrides: { dibao_uplift: 8 } };
    expect(await new DexieScenarioStore(db).saveWorking(doc)).toEqual(ok(undefined));
    db.close();
    dbs.splice(dbs.indexOf(db), 1);
    const reopened = new SandboxDb(db.name);
    dbs.push(reopened);
    expect(await new DexieScenarioStore(reopened).loadWorking()).toEqual(ok({ status: 'ok', doc }));
  });

  it('reports a corrupt record with its errors and leaves it in the database', async () => {
    const db = freshDb();
    await db.scenarios.put({ id: WORKING_ID, doc: { schemaVersion: 1, overrides: { dibao_uplift: 'fast' } }, updatedAt: 0 });
    const load = await new DexieScenarioStore(db).loadWorking();
    expect(load.ok && load.value.status).toBe('corrupt');
    if (load.ok && load.value.status === 'corrupt') expect(load.value.errors[0]).toMatchObject({ kind: 'wrong_type', path: 'overrides.dibao_uplift' });
    expect(await db.scenarios.get(WORKING_ID)).toBeDefined();
  });

  it('moves a corrupt record aside instead of overwriting it when new work is saved', async () => {
    const db = freshDb();
    const corrupt = { schemaVersion: 1, overrides: { dibao_uplift: 'fast' } };
    await db.scenarios.put({ id: WORKING_ID, doc: corrupt, updatedAt: 5 });
    const store = new DexieScenarioStore(db);
    const doc = { ...emptyScenario(), overrides: { dibao_uplift: 6 } };
    expect(await store.saveWorking(doc)).toEqual(ok(undefined));
    expect(await store.loadWorking()).toEqual(ok({ status: 'ok', doc }));
    const kept = (await db.scenarios.toArray()).filter((r) => r.id.startsWith(CORRUPT_PREFIX));
    expect(kept.map((r) => r.doc)).toEqual([corrupt]);
  });

  it('remembers settings', async () => {
    const store = new DexieScenarioStore(freshDb());
    expect(await store.setSetting('language', 'en')).toEqual(ok(undefined));
    expect(await store.getSetting('language')).toEqual(ok('en'));
    expect(await store.getSetting('missing')).toEqual(ok(undefined));
  });

  it('reports an unusable database instead of throwing', async () => {
    const db = freshDb();
    db.close({ disableAutoOpen: true });
    expect(await new DexieScenarioStore(db).loadWorking()).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });

  it('reports a failed write with its kind, as the library does', async () => {
    const db = freshDb();
    db.close({ disableAutoOpen: true });
    const store = new DexieScenarioStore(db);
    expect(await store.saveWorking(emptyScenario())).toMatchObject({
      ok: false,
      error: { kind: 'unavailable', message: expect.stringMatching(/DatabaseClosedError/) },
    });
    expect(await store.setSetting('language', 'en')).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });
});
