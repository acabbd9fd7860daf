/**
 * The scenario library in IndexedDB (dexie). Scenarios share the `scenarios` table with the draft
 * store's working record, which the library never lists or touches; their saved versions live in
 * the `versions` table. Every write that touches both tables runs in one transaction.
 */
import { Dexie, liveQuery } from 'dexie';
import { err, ok, type Result } from '../shared/result';
import type { ScenarioDoc } from '../scenario/document';
import { SandboxDb, type ScenarioRecord } from './db';
import type { LibraryEntry, LibrarySnapshot, RemovedScenario, SaveOutcome, ScenarioLibrary, StorageFailure, VersionEntry } from './library';
import { VERSIONS_KEPT } from './library';
import { checkDoc, copyName, entryOf, isLibraryId, newScenarioId, readRecord, snapshotOf, takenNames, versionEntries } from './library-records';
import { nextRevision, renameEntry, restoreTarget, saveEntry, type WrittenEntry } from './library-writes';
import { WORKING_ID } from './scenario-store';
import { attempt, missingFailure, StorageAbort, storageFailure } from './storage-failure';

export { storageFailure } from './storage-failure';

/** The IndexedDB-backed scenario library. */
export class DexieLibrary implements ScenarioLibrary {
  /** Always 'indexeddb': the UI tells the user when work is only in memory, which it is not here. */
  readonly kind = 'indexeddb' as const;
  readonly #db: SandboxDb;

  /** Uses `db` (default: the app's database); several instances on one database behave like several tabs. */
  constructor(db: SandboxDb = new SandboxDb()) {
    this.#db = db;
  }

  /** Every library record. `notEqual` reads two key ranges that skip the draft, so liveQuery does not re-read the library on every draft autosave. */
  #libraryRecords(): Promise<ScenarioRecord[]> {
    return this.#db.scenarios.where('id').notEqual(WORKING_ID).toArray();
  }

  /** The rows of one scenario's versions, oldest first (the compound index orders by savedAt, then by id). */
  #versionRows(scenarioId: string) {
    return this.#db.versions.where('[scenarioId+savedAt]').between([scenarioId, Dexie.minKey], [scenarioId, Dexie.maxKey]);
  }

  /** Adds a version row and drops the ones beyond the newest VERSIONS_KEPT. Call inside a rw transaction on both tables. */
  async #addVersion(scenarioId: string, savedAt: number, doc: ScenarioDoc): Promise<void> {
    await this.#db.versions.add({ scenarioId, savedAt, doc });
    const surplus = await this.#versionRows(scenarioId).reverse().offset(VERSIONS_KEPT).primaryKeys();
    if (surplus.length > 0) await this.#db.versions.bulkDelete(surplus);
  }

  /** Stores a new scenario record at revision 1 with its first version. Call inside a rw transaction on both tables. */
  async #insert(doc: ScenarioDoc, now: number): Promise<LibraryEntry> {
    const record = { id: newScenarioId(), doc, createdAt: now, updatedAt: now, revision: 1 };
    await this.#db.scenarios.add(record);
    await this.#addVersion(record.id, now, doc);
    return { ...record, doc };
  }

  /** Reads the entry `id` inside the current transaction, aborting with `missing` when there is none (or it is the draft or corrupt). */
  async #existing(id: string): Promise<LibraryEntry> {
    const entry = isLibraryId(id) ? entryOf(await this.#db.scenarios.get(id)) : undefined;
    if (!entry) throw new StorageAbort(missingFailure(id));
    return entry;
  }

  /** Writes a new document over entry `id` (its next revision, in one transaction) and records it as a version: the WriteEntry of saveEntry and renameEntry. */
  readonly #write = (id: string, change: (current: LibraryEntry) => ScenarioDoc): Promise<Result<WrittenEntry, StorageFailure>> =>
    attempt(() =>
      this.#db.transaction('rw', this.#db.scenarios, this.#db.versions, async () => {
        const previous = await this.#existing(id);
        const next = nextRevision(previous, change(previous), Date.now());
        if (!next.ok) throw new StorageAbort(next.error);
        const stored = next.value;
        await this.#db.scenarios.put({ ...stored });
        await this.#addVersion(id, stored.updatedAt, stored.doc);
        return { stored, previous };
      }),
    );

  subscribe(listener: (snapshot: LibrarySnapshot) => void, onError?: (failure: StorageFailure) => void): () => void {
    // liveQuery re-runs the read after any write to the records it read, from this instance, another
    // dexie instance in this tab, or another tab (dexie broadcasts the change). The read catches its
    // own errors because liveQuery silently drops a DatabaseClosedError (the page would wait
    // forever) and ends the subscription on any other error (it could never recover).
    const query = liveQuery(async (): Promise<Result<LibrarySnapshot, StorageFailure>> => {
      try {
        return ok(snapshotOf(await this.#libraryRecords()));
      } catch (cause) {
        return err(storageFailure(cause));
      }
    });
    const subscription = query.subscribe({
      next: (result) => (result.ok ? listener(result.value) : onError?.(result.error)),
      error: (cause: unknown) => onError?.(storageFailure(cause)),
    });
    return () => subscription.unsubscribe();
  }

  get(id: string): Promise<Result<LibraryEntry | undefined, StorageFailure>> {
    return attempt(async () => (isLibraryId(id) ? entryOf(await this.#db.scenarios.get(id)) : undefined));
  }

  async create(doc: ScenarioDoc): Promise<Result<LibraryEntry, StorageFailure>> {
    const checked = checkDoc(doc);
    if (!checked.ok) return checked;
    return attempt(() => this.#db.transaction('rw', this.#db.scenarios, this.#db.versions, () => this.#insert(checked.value, Date.now())));
  }

  save(id: string, doc: ScenarioDoc, knownRevision: number, base?: ScenarioDoc): Promise<Result<SaveOutcome, StorageFailure>> {
    return saveEntry(this.#write, id, doc, knownRevision, base);
  }

  rename(id: string, name: string): Promise<Result<LibraryEntry, StorageFailure>> {
    return renameEntry(this.#write, id, name);
  }

  duplicate(id: string): Promise<Result<LibraryEntry, StorageFailure>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.scenarios, this.#db.versions, async () => {
        const source = await this.#existing(id);
        const name = copyName(source.doc.name, takenNames(await this.#libraryRecords()));
        return this.#insert({ ...source.doc, name }, Date.now());
      }),
    );
  }

  remove(id: string): Promise<Result<RemovedScenario, StorageFailure>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.scenarios, this.#db.versions, async () => {
        const entry = await this.#existing(id);
        const rows = await this.#versionRows(id).toArray();
        await this.#db.versions.bulkDelete(rows.map((row) => row.id));
        await this.#db.scenarios.delete(id);
        return { entry, versions: versionEntries(rows) };
      }),
    );
  }

  restore(removed: RemovedScenario): Promise<Result<LibraryEntry, StorageFailure>> {
    const { entry, versions } = removed;
    if (!isLibraryId(entry.id)) return Promise.resolve(err(missingFailure(entry.id)));
    return attempt(() =>
      this.#db.transaction('rw', this.#db.scenarios, this.#db.versions, async () => {
        const target = restoreTarget(entry.id, await this.#db.scenarios.get(entry.id));
        if (!target.ok) throw new StorageAbort(target.error);
        if (target.value) return target.value;
        await this.#db.scenarios.add({ ...entry });
        // The rows keep their ids: IndexedDB never hands out an auto-increment id twice, so they are still free.
        await this.#db.versions.bulkPut(versions.map((v) => ({ ...v })));
        return entry;
      }),
    );
  }

  versions(id: string): Promise<Result<VersionEntry[], StorageFailure>> {
    return attempt(async () => (isLibraryId(id) ? versionEntries(await this.#versionRows(id).toArray()) : []));
  }

  async importAll(docs: readonly ScenarioDoc[]): Promise<Result<LibraryEntry[], StorageFailure>> {
    const checked: ScenarioDoc[] = [];
    for (const doc of docs) {
      const check = checkDoc(doc);
      if (!check.ok) return check;
      checked.push(check.value);
    }
    return attempt(() =>
      // One transaction: if any add fails (quota, say), dexie aborts it and none of the batch is stored.
      this.#db.transaction('rw', this.#db.scenarios, this.#db.versions, async () => {
        const taken = takenNames(await this.#libraryRecords());
        const now = Date.now();
        const imported: LibraryEntry[] = [];
        for (const doc of checked) {
          const name = copyName(doc.name, taken);
          taken.add(name);
          imported.push(await this.#insert({ ...doc, name }, now));
        }
        return imported;
      }),
    );
  }

  removeCorrupt(id: string): Promise<Result<void, StorageFailure>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.scenarios, this.#db.versions, async () => {
        const record = isLibraryId(id) ? await this.#db.scenarios.get(id) : undefined;
        if (!record || 'entry' in readRecord(record)) throw new StorageAbort({ kind: 'missing', message: `No corrupt record with id "${id}"` });
        await this.#db.scenarios.delete(id);
        // Versions of a scenario whose record went bad would otherwise stay behind, unreachable.
        await this.#versionRows(id).delete();
      }),
    );
  }
}
