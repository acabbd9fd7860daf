// The behaviour every ScenarioLibrary must have, run against DexieLibrary (on fake-indexeddb) and
// MemoryLibrary. "Another tab" is a second DexieLibrary on its own dexie instance of the same
// database; for MemoryLibrary (nothing to share between instances) it is the same instance, which
// still exercises "someone else wrote since you read".
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENARIO_NAME_MAX, type ScenarioDoc } from '../scenario/document';
import { emptyScenario } from '../scenario/parse';
import { SandboxDb, type ScenarioRecord } from './db';
import { VERSIONS_KEPT, type LibrarySnapshot, type ScenarioLibrary } from './library';
import { DexieLibrary } from './library-dexie';
import { MemoryLibrary } from './library-memory';

interface Harness {
  /** A library on fresh storage that already holds `records` (raw, as if written by an older build or damaged). */
  open(records?: ScenarioRecord[]): Promise<ScenarioLibrary>;
  /** A second library on the same storage: another tab. */
  another(): ScenarioLibrary;
  cleanup(): Promise<void>;
}

let dbCounter = 0;

function dexieHarness(): Harness {
  const name = `library-spec-${dbCounter++}`;
  const dbs: SandboxDb[] = [];
  const db = (): SandboxDb => {
    const instance = new SandboxDb(name);
    dbs.push(instance);
    return instance;
  };
  return {
    async open(records = []) {
      const first = db();
      await first.scenarios.bulkPut(records);
      return new DexieLibrary(first);
    },
    another: () => new DexieLibrary(db()),
    async cleanup() {
      for (const instance of dbs) instance.close();
      await new SandboxDb(name).delete();
    },
  };
}

function memoryHarness(): Harness {
  let library: MemoryLibrary | undefined;
  return {
    async open(records = []) {
      // Seeded as "corrupt" raw records: the library classifies them itself, as DexieLibrary does on read.
      library = new MemoryLibrary({ corrupt: records.map((r) => ({ id: r.id, raw: r.doc, errors: [], updatedAt: r.updatedAt })) });
      return library;
    },
    another() {
      if (!library) throw new Error('open() first');
      return library;
    },
    async cleanup() {},
  };
}

function doc(name: string, notes = ''): ScenarioDoc {
  return { ...emptyScenario(), name, notes };
}

function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Resolves with the first snapshot `library` reports that satisfies `wanted` (fails the test after 2 s). */
function snapshotWhere(library: ScenarioLibrary, wanted: (s: LibrarySnapshot) => boolean): Promise<LibrarySnapshot> {
  return new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => reject(new Error('no matching snapshot within 2 s')), 2000);
    const unsubscribe = library.subscribe(
      (snapshot) => {
        if (done || !wanted(snapshot)) return;
        done = true;
        clearTimeout(timer);
        // The first call may come before subscribe has returned the unsubscribe function: stop a moment later.
        queueMicrotask(() => unsubscribe());
        resolve(snapshot);
      },
      (failure) => reject(new Error(failure.message)),
    );
  });
}

async function names(library: ScenarioLibrary): Promise<string[]> {
  return (await snapshotWhere(library, () => true)).entries.map((e) => e.doc.name).sort();
}

describe.each([
  ['DexieLibrary', dexieHarness],
  ['MemoryLibrary', memoryHarness],
])('%s', (_label, makeHarness) => {
  let harness: Harness;
  beforeEach(() => {
    harness = makeHarness();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await harness.cleanup();
  });

  it('creates an entry at revision 1 with one version, and reads it back', async () => {
    const library = await harness.open();
    const entry = valueOf(await library.create(doc('Dibao plan', 'first')));
    expect(entry).toMatchObject({ doc: doc('Dibao plan', 'first'), revision: 1 });
    expect(entry.createdAt).toBe(entry.updatedAt);
    expect(valueOf(await library.get(entry.id))).toEqual(entry);
    expect(valueOf(await library.versions(entry.id)).map((v) => v.doc)).toEqual([doc('Dibao plan', 'first')]);
    expect((await snapshotWhere(library, () => true)).entries).toEqual([entry]);
  });

  it('gives a missing id as undefined and refuses to save, rename, duplicate or remove it', async () => {
    const library = await harness.open();
    expect(valueOf(await library.get('nope'))).toBeUndefined();
    for (const result of [
      await library.save('nope', doc('x'), 0),
      await library.rename('nope', 'y'),
      await library.duplicate('nope'),
      await library.remove('nope'),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { kind: 'missing' } });
    }
  });

  it('saves a new document with the next revision and a new version, keeping createdAt', async () => {
    const library = await harness.open();
    let clock = 1000;
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const created = valueOf(await library.create(doc('Plan', 'v1')));
    clock = 2000;
    const outcome = valueOf(await library.save(created.id, doc('Plan', 'v2'), created.revision));
    expect(outcome.overwroteOtherTab).toBe(false);
    expect(outcome.entry).toEqual({ id: created.id, doc: doc('Plan', 'v2'), createdAt: 1000, updatedAt: 2000, revision: 2 });
    expect(valueOf(await library.get(created.id))).toEqual(outcome.entry);
    expect(valueOf(await library.versions(created.id)).map((v) => [v.savedAt, v.doc.notes])).toEqual([
      [2000, 'v2'],
      [1000, 'v1'],
    ]);
  });

  it('refuses a document the parser would reject, so it never turns up as corrupt', async () => {
    const library = await harness.open();
    const tooLong = 'x'.repeat(SCENARIO_NAME_MAX + 1);
    expect(await library.create(doc(tooLong))).toMatchObject({ ok: false, error: { kind: 'other' } });
    const entry = valueOf(await library.create(doc('ok')));
    expect(await library.rename(entry.id, tooLong)).toMatchObject({ ok: false, error: { kind: 'other' } });
    expect(await library.importAll([doc('fine'), doc(tooLong)])).toMatchObject({ ok: false });
    const snapshot = await snapshotWhere(library, () => true);
    expect(snapshot.entries.map((e) => e.doc.name)).toEqual(['ok']);
    expect(snapshot.corrupt).toEqual([]);
  });

  it('renames: only the name changes, as a new revision and version', async () => {
    const library = await harness.open();
    const created = valueOf(await library.create(doc('Old', 'notes stay')));
    const renamed = valueOf(await library.rename(created.id, 'New'));
    expect(renamed).toMatchObject({ id: created.id, doc: doc('New', 'notes stay'), revision: 2 });
    expect(valueOf(await library.versions(created.id))).toHaveLength(2);
  });

  it('duplicates under copy names that no entry has, in English and Chinese', async () => {
    const library = await harness.open();
    const plan = valueOf(await library.create(doc('Plan', 'n')));
    const first = valueOf(await library.duplicate(plan.id));
    const second = valueOf(await library.duplicate(plan.id));
    expect(first.doc).toEqual(doc('Plan (copy)', 'n'));
    expect(second.doc.name).toBe('Plan (copy 2)');
    expect(new Set([plan.id, first.id, second.id]).size).toBe(3);
    expect(first.revision).toBe(1);
    expect(valueOf(await library.versions(first.id))).toHaveLength(1);
    const chinese = valueOf(await library.create(doc('共富方案')));
    expect(valueOf(await library.duplicate(chinese.id)).doc.name).toBe('共富方案（副本）');
  });

  it('keeps a copy name within the name limit', async () => {
    const library = await harness.open();
    const longest = valueOf(await library.create(doc('n'.repeat(SCENARIO_NAME_MAX))));
    const copy = valueOf(await library.duplicate(longest.id));
    expect(copy.doc.name.length).toBeLessThanOrEqual(SCENARIO_NAME_MAX);
    expect(copy.doc.name).not.toBe(longest.doc.name);
    expect((await snapshotWhere(library, () => true)).corrupt).toEqual([]);
  });

  it('removes an entry with its versions, and restore gives back the same entry and versions', async () => {
    const library = await harness.open();
    const created = valueOf(await library.create(doc('Keep me', 'a')));
    valueOf(await library.save(created.id, doc('Keep me', 'b'), 1));
    const before = valueOf(await library.get(created.id));
    const versionsBefore = valueOf(await library.versions(created.id));

    const removed = valueOf(await library.remove(created.id));
    expect(removed).toEqual({ entry: before, versions: versionsBefore });
    expect(valueOf(await library.get(created.id))).toBeUndefined();
    expect(valueOf(await library.versions(created.id))).toEqual([]);
    expect((await snapshotWhere(library, () => true)).entries).toEqual([]);

    expect(valueOf(await library.restore(removed))).toEqual(before);
    expect(valueOf(await library.get(created.id))).toEqual(before);
    expect(valueOf(await library.versions(created.id))).toEqual(versionsBefore);
  });

  it('does not let a second undo overwrite work saved after the first', async () => {
    const library = await harness.open();
    const created = valueOf(await library.create(doc('Twice')));
    const removed = valueOf(await library.remove(created.id));
    valueOf(await library.restore(removed));
    const edited = valueOf(await library.save(created.id, doc('Twice', 'newer'), 1)).entry;
    expect(valueOf(await library.restore(removed))).toEqual(edited);
    expect(valueOf(await library.get(created.id))).toEqual(edited);
  });

  it(`keeps only the newest ${VERSIONS_KEPT} versions, newest first`, async () => {
    const library = await harness.open();
    // Every save in the same millisecond (as quick edits can be): the order must still follow the order of the saves.
    vi.spyOn(Date, 'now').mockReturnValue(5000);
    const created = valueOf(await library.create(doc('Busy', 'save 0')));
    const saves = VERSIONS_KEPT + 5;
    for (let n = 1; n <= saves; n++) valueOf(await library.save(created.id, doc('Busy', `save ${n}`), n));
    const versions = valueOf(await library.versions(created.id));
    expect(versions.map((v) => v.doc.notes)).toEqual(Array.from({ length: VERSIONS_KEPT }, (_, i) => `save ${saves - i}`));
  });

  it('imports clashing names as copies (also within one batch) and never overwrites', async () => {
    const library = await harness.open();
    const existing = valueOf(await library.create(doc('Plan', 'mine')));
    const imported = valueOf(await library.importAll([doc('Plan', 'theirs 1'), doc('Plan', 'theirs 2'), doc('Other')]));
    expect(imported.map((e) => e.doc.name)).toEqual(['Plan (copy)', 'Plan (copy 2)', 'Other']);
    expect(imported.map((e) => e.doc.notes)).toEqual(['theirs 1', 'theirs 2', '']);
    expect(new Set(imported.map((e) => e.id)).size).toBe(3);
    expect(valueOf(await library.get(existing.id))).toEqual(existing);
    expect(await names(library)).toEqual(['Other', 'Plan', 'Plan (copy 2)', 'Plan (copy)']);
    for (const entry of imported) expect(valueOf(await library.versions(entry.id))).toHaveLength(1);
  });

  it('imports all or nothing: a failure part-way through stores none of the batch', async () => {
    const library = await harness.open();
    const existing = valueOf(await library.create(doc('Existing')));
    const realUuid = crypto.randomUUID.bind(crypto);
    let calls = 0;
    // The third new id fails, after two scenarios of the batch were already written (or prepared).
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      if (++calls === 3) throw new Error('simulated failure mid-batch');
      return realUuid();
    });
    const result = await library.importAll([doc('A'), doc('B'), doc('C'), doc('D')]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'other', message: 'Error: simulated failure mid-batch' } });
    expect(calls).toBe(3);
    const snapshot = await snapshotWhere(library, () => true);
    expect(snapshot.entries).toEqual([existing]);
  });

  it('flags a save that overwrote another tab’s write, and the last write wins', async () => {
    const library = await harness.open();
    const created = valueOf(await library.create(doc('Shared', 'start')));
    const otherTab = harness.another();
    const seen = valueOf(await otherTab.get(created.id));
    expect(seen?.revision).toBe(1);
    expect(valueOf(await otherTab.save(created.id, doc('Shared', 'other tab'), 1)).overwroteOtherTab).toBe(false);

    const outcome = valueOf(await library.save(created.id, doc('Shared', 'this tab'), created.revision));
    expect(outcome.overwroteOtherTab).toBe(true);
    expect(outcome.entry.revision).toBe(3);
    expect(valueOf(await otherTab.get(created.id))?.doc.notes).toBe('this tab');
    expect(valueOf(await library.versions(created.id)).map((v) => v.doc.notes)).toEqual(['this tab', 'other tab', 'start']);
  });

  it('merges a save into another tab’s write lever by lever when given the base it started from', async () => {
    const library = await harness.open();
    const start = { ...doc('Shared', 'start'), overrides: { min_wage_uplift: 5 } };
    const created = valueOf(await library.create(start));
    const otherTab = harness.another();
    // The other tab changes the minimum wage and adds a pension uplift; this tab, still at revision 1, adds dibao.
    valueOf(await otherTab.save(created.id, { ...start, overrides: { min_wage_uplift: 10, pension_uplift: 100 } }, 1, start));
    const outcome = valueOf(await library.save(created.id, { ...start, overrides: { min_wage_uplift: 5, dibao_uplift: 20 } }, 1, start));
    expect(outcome.overwroteOtherTab).toBe(true);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.entry.doc.overrides).toEqual({ min_wage_uplift: 10, pension_uplift: 100, dibao_uplift: 20 });
    expect(valueOf(await otherTab.get(created.id))?.doc.overrides).toEqual({ min_wage_uplift: 10, pension_uplift: 100, dibao_uplift: 20 });
  });

  it('reports the same lever changed in both tabs, keeps this save’s value and the other in the history', async () => {
    const library = await harness.open();
    const start = { ...doc('Shared', 'start'), overrides: { min_wage_uplift: 5 } };
    const created = valueOf(await library.create(start));
    const otherTab = harness.another();
    valueOf(await otherTab.save(created.id, { ...start, overrides: { min_wage_uplift: 12 } }, 1, start));
    const outcome = valueOf(await library.save(created.id, { ...start, overrides: { min_wage_uplift: 30 } }, 1, start));
    expect(outcome.conflicts).toEqual([{ field: 'overrides', key: 'min_wage_uplift', mine: 30, theirs: 12 }]);
    expect(outcome.entry.doc.overrides).toEqual({ min_wage_uplift: 30 });
    expect(valueOf(await library.versions(created.id)).map((v) => v.doc.overrides['min_wage_uplift'])).toEqual([30, 12, 5]);
  });

  it('tells a subscriber about the current state, then about a change made by another tab', async () => {
    const library = await harness.open();
    valueOf(await library.create(doc('Before')));
    const snapshots: string[][] = [];
    const changed = new Promise<void>((resolve) => {
      const unsubscribe = library.subscribe((snapshot) => {
        snapshots.push(snapshot.entries.map((e) => e.doc.name).sort());
        if (snapshot.entries.length === 2) {
          resolve();
          queueMicrotask(unsubscribe);
        }
      });
    });
    await snapshotWhere(library, (s) => s.entries.length === 1);
    valueOf(await harness.another().create(doc('From another tab')));
    await changed;
    expect(snapshots[0]).toEqual(['Before']);
    expect(snapshots.at(-1)).toEqual(['Before', 'From another tab']);
  });

  it('stops notifying after unsubscribe', async () => {
    const library = await harness.open();
    const listener = vi.fn();
    const unsubscribe = library.subscribe(listener);
    await snapshotWhere(library, () => true);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    unsubscribe();
    valueOf(await library.create(doc('Unseen')));
    await snapshotWhere(library, (s) => s.entries.length === 1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lists corrupt records with their raw document and errors; only removeCorrupt deletes them', async () => {
    const raw = { schemaVersion: 2, name: 'Broken', overrides: { dibao_uplift: 'fast' } };
    const library = await harness.open([{ id: 'bad-1', doc: raw, updatedAt: 7 }]);
    const snapshot = await snapshotWhere(library, () => true);
    expect(snapshot.entries).toEqual([]);
    expect(snapshot.corrupt).toHaveLength(1);
    expect(snapshot.corrupt[0]).toMatchObject({ id: 'bad-1', raw, updatedAt: 7 });
    expect(snapshot.corrupt[0]?.errors[0]).toMatchObject({ kind: 'wrong_type', path: 'overrides.dibao_uplift' });

    expect(valueOf(await library.get('bad-1'))).toBeUndefined();
    expect(await library.remove('bad-1')).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect(await library.save('bad-1', doc('Fixed?'), 0)).toMatchObject({ ok: false, error: { kind: 'missing' } });
    const valid = valueOf(await library.create(doc('Valid')));
    expect(await library.removeCorrupt(valid.id)).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect((await snapshotWhere(library, () => true)).corrupt.map((c) => c.id)).toEqual(['bad-1']);

    expect(valueOf(await library.removeCorrupt('bad-1'))).toBeUndefined();
    const after = await snapshotWhere(library, (s) => s.corrupt.length === 0);
    expect(after.entries.map((e) => e.id)).toEqual([valid.id]);
  });

  it('reads a record written before revisions existed as revision 0, created when last updated', async () => {
    const old = { schemaVersion: 1, overrides: { dibao_uplift: 20 } };
    const library = await harness.open([{ id: 'legacy', doc: old, updatedAt: 42 }]);
    const entry = valueOf(await library.get('legacy'));
    expect(entry).toMatchObject({
      id: 'legacy',
      createdAt: 42,
      updatedAt: 42,
      revision: 0,
      doc: { schemaVersion: 3, name: '', overrides: { dibao_uplift: 20 } },
    });
    expect(valueOf(await library.save('legacy', { ...entry!.doc, notes: 'touched' }, 0))).toMatchObject({
      overwroteOtherTab: false,
      entry: { revision: 1, createdAt: 42 },
    });
  });

  it('lists entries newest first', async () => {
    const library = await harness.open();
    let clock = 100;
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const a = valueOf(await library.create(doc('A')));
    clock = 300;
    const b = valueOf(await library.create(doc('B')));
    clock = 500;
    valueOf(await library.save(a.id, doc('A', 'edited'), 1));
    const snapshot = await snapshotWhere(library, (s) => s.entries.length === 2 && s.entries.some((e) => e.doc.notes === 'edited'));
    expect(snapshot.entries.map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('does not let callers change stored state through returned or passed objects', async () => {
    const library = await harness.open();
    const input = { ...doc('Original'), overrides: { dibao_uplift: 10 } } as { name: string; overrides: Record<string, number> } & ScenarioDoc;
    const created = valueOf(await library.create(input));
    input.overrides['dibao_uplift'] = 99;
    (created.doc.overrides as Record<string, number>)['dibao_uplift'] = 98;
    const read = valueOf(await library.get(created.id));
    expect(read?.doc.overrides).toEqual({ dibao_uplift: 10 });
    (read!.doc as { name: string }).name = 'Mutated';
    expect(valueOf(await library.get(created.id))?.doc.name).toBe('Original');
  });
});
