/**
 * The scenario library in memory: the fallback when IndexedDB cannot be used (work continues and
 * the UI offers an export), and a fast double for tests. It keeps raw records and goes through the
 * same record and write functions as DexieLibrary, so both list, name, order, save and restore
 * things the same way.
 */
import { err, ok, type Result } from '../shared/result';
import type { ScenarioDoc } from '../scenario/document';
import type { ScenarioRecord, VersionRecord } from './db';
import type { CorruptEntry, LibraryEntry, LibrarySnapshot, RemovedScenario, SaveOutcome, ScenarioLibrary, StorageFailure, VersionEntry } from './library';
import { VERSIONS_KEPT } from './library';
import { checkDoc, copyName, entryOf, isLibraryId, newScenarioId, readRecord, snapshotOf, takenNames, versionEntries } from './library-records';
import { nextRevision, renameEntry, restoreTarget, saveEntry, type WrittenEntry } from './library-writes';
import { missingFailure, storageFailure } from './storage-failure';

/** What a MemoryLibrary starts with, e.g. the last snapshot read from IndexedDB before it failed. */
export interface MemoryLibrarySeed {
  /** Scenarios to start with, kept with their ids, times and revisions. */
  readonly entries?: readonly LibraryEntry[];
  /** Corrupt records keep being listed (their errors are worked out again from `raw`). */
  readonly corrupt?: readonly CorruptEntry[];
  /** Saved versions of those scenarios (their ids are kept; new versions get higher ones). */
  readonly versions?: readonly VersionEntry[];
}

/** The in-memory scenario library. Documents are cloned on the way in and out: callers cannot change stored state. */
export class MemoryLibrary implements ScenarioLibrary {
  /** Always 'memory': the UI tells the user that nothing here outlives the page. */
  readonly kind = 'memory' as const;
  readonly #records = new Map<string, ScenarioRecord>();
  readonly #versions = new Map<number, VersionRecord>();
  /** Like IndexedDB's key generator: only ever grows, so a version id is never handed out twice. */
  #nextVersionId = 1;
  readonly #listeners = new Set<(snapshot: LibrarySnapshot) => void>();
  #notifyQueued = false;

  /** Starts empty, or with `seed` (cloned). */
  constructor(seed: MemoryLibrarySeed = {}) {
    for (const entry of seed.entries ?? []) this.#records.set(entry.id, structuredClone({ ...entry }));
    for (const c of seed.corrupt ?? []) this.#records.set(c.id, { id: c.id, doc: structuredClone(c.raw), updatedAt: c.updatedAt });
    for (const v of seed.versions ?? []) this.#putVersion(structuredClone({ ...v }));
  }

  #putVersion(row: VersionRecord): void {
    this.#versions.set(row.id, row);
    this.#nextVersionId = Math.max(this.#nextVersionId, row.id + 1);
  }

  #versionRows(scenarioId: string): VersionRecord[] {
    return [...this.#versions.values()].filter((row) => row.scenarioId === scenarioId);
  }

  #addVersion(scenarioId: string, savedAt: number, doc: ScenarioDoc): void {
    this.#putVersion({ id: this.#nextVersionId, scenarioId, savedAt, doc });
    for (const surplus of versionEntries(this.#versionRows(scenarioId)).slice(VERSIONS_KEPT)) this.#versions.delete(surplus.id);
  }

  /** Tells every listener once after a burst of changes, with a fresh snapshot. */
  #changed(): void {
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    queueMicrotask(() => {
      this.#notifyQueued = false;
      for (const listener of this.#listeners) listener(this.#snapshot());
    });
  }

  #snapshot(): LibrarySnapshot {
    return structuredClone(snapshotOf([...this.#records.values()]));
  }

  #entry(id: string): LibraryEntry | undefined {
    return isLibraryId(id) ? entryOf(this.#records.get(id)) : undefined;
  }

  /** Runs a synchronous change, returning what it threw (a clone failure, an id collision) as a failure. Bodies write only after their last throwing step. */
  #attempt<T>(body: () => Result<T, StorageFailure>): Promise<Result<T, StorageFailure>> {
    try {
      const result = body();
      if (result.ok) this.#changed();
      return Promise.resolve(result.ok ? ok(structuredClone(result.value)) : result);
    } catch (cause) {
      return Promise.resolve(err(storageFailure(cause)));
    }
  }

  /** A new record at revision 1 with its first version, returned for the caller to commit. */
  #newRecord(doc: ScenarioDoc, now: number): ScenarioRecord & LibraryEntry {
    return { id: newScenarioId(), doc: structuredClone(doc), createdAt: now, updatedAt: now, revision: 1 };
  }

  #commit(record: ScenarioRecord & LibraryEntry): void {
    this.#records.set(record.id, record);
    this.#addVersion(record.id, record.updatedAt, structuredClone(record.doc));
  }

  /** Writes a new document over entry `id` (its next revision) and records it as a version: the WriteEntry of saveEntry and renameEntry. */
  readonly #write = (id: string, change: (current: LibraryEntry) => ScenarioDoc): Promise<Result<WrittenEntry, StorageFailure>> =>
    this.#attempt(() => {
      const previous = this.#entry(id);
      if (!previous) return err(missingFailure(id));
      const next = nextRevision(previous, change(previous), Date.now());
      if (!next.ok) return next;
      const stored = { ...next.value, doc: structuredClone(next.value.doc) };
      this.#records.set(id, stored);
      this.#addVersion(id, stored.updatedAt, structuredClone(stored.doc));
      return ok({ stored, previous });
    });

  subscribe(listener: (snapshot: LibrarySnapshot) => void, _onError?: (failure: StorageFailure) => void): () => void {
    // Memory cannot fail to read, so onError is never called.
    this.#listeners.add(listener);
    listener(this.#snapshot());
    return () => this.#listeners.delete(listener);
  }

  async get(id: string): Promise<Result<LibraryEntry | undefined, StorageFailure>> {
    const entry = this.#entry(id);
    return ok(entry && structuredClone(entry));
  }

  create(doc: ScenarioDoc): Promise<Result<LibraryEntry, StorageFailure>> {
    return this.#attempt(() => {
      const checked = checkDoc(doc);
      if (!checked.ok) return checked;
      const record = this.#newRecord(checked.value, Date.now());
      this.#commit(record);
      return ok(record);
    });
  }

  save(id: string, doc: ScenarioDoc, knownRevision: number, base?: ScenarioDoc): Promise<Result<SaveOutcome, StorageFailure>> {
    return saveEntry(this.#write, id, doc, knownRevision, base);
  }

  rename(id: string, name: string): Promise<Result<LibraryEntry, StorageFailure>> {
    return renameEntry(this.#write, id, name);
  }

  duplicate(id: string): Promise<Result<LibraryEntry, StorageFailure>> {
    return this.#attempt(() => {
      const source = this.#entry(id);
      if (!source) return err(missingFailure(id));
      const name = copyName(source.doc.name, takenNames([...this.#records.values()]));
      const record = this.#newRecord({ ...source.doc, name }, Date.now());
      this.#commit(record);
      return ok(record);
    });
  }

  remove(id: string): Promise<Result<RemovedScenario, StorageFailure>> {
    return this.#attempt(() => {
      const entry = this.#entry(id);
      if (!entry) return err(missingFailure(id));
      const rows = this.#versionRows(id);
      for (const row of rows) this.#versions.delete(row.id);
      this.#records.delete(id);
      return ok({ entry, versions: versionEntries(rows) });
    });
  }

  restore(removed: RemovedScenario): Promise<Result<LibraryEntry, StorageFailure>> {
    return this.#attempt(() => {
      const { entry, versions } = structuredClone(removed);
      if (!isLibraryId(entry.id)) return err(missingFailure(entry.id));
      const target = restoreTarget(entry.id, this.#records.get(entry.id));
      if (!target.ok) return target;
      if (target.value) return ok(target.value);
      this.#records.set(entry.id, { ...entry });
      for (const v of versions) this.#putVersion({ ...v });
      return ok(entry);
    });
  }

  async versions(id: string): Promise<Result<VersionEntry[], StorageFailure>> {
    return ok(isLibraryId(id) ? structuredClone(versionEntries(this.#versionRows(id))) : []);
  }

  importAll(docs: readonly ScenarioDoc[]): Promise<Result<LibraryEntry[], StorageFailure>> {
    return this.#attempt(() => {
      // Everything is prepared before anything is stored, so a failure part-way leaves the library as it was.
      const taken = takenNames([...this.#records.values()]);
      const now = Date.now();
      const pending: (ScenarioRecord & LibraryEntry)[] = [];
      for (const doc of docs) {
        const checked = checkDoc(doc);
        if (!checked.ok) return checked;
        const name = copyName(checked.value.name, taken);
        taken.add(name);
        pending.push(this.#newRecord({ ...checked.value, name }, now));
      }
      for (const record of pending) this.#commit(record);
      return ok(pending);
    });
  }

  removeCorrupt(id: string): Promise<Result<void, StorageFailure>> {
    return this.#attempt(() => {
      const record = isLibraryId(id) ? this.#records.get(id) : undefined;
      if (!record || 'entry' in readRecord(record)) return err({ kind: 'missing', message: `No corrupt record with id "${id}"` });
      this.#records.delete(id);
      for (const row of this.#versionRows(id)) this.#versions.delete(row.id);
      return ok(undefined);
    });
  }
}
