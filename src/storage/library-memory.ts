/**
 * The scenario library in memory: the fallback when IndexedDB cannot be used (work continues and
 * the UI offers an export), and a fast double for tests. It keeps raw records and goes through the
 * same record functions as DexieLibrary, so both list, name and order things the same way.
 */
import { err, ok, type Result } from '../shared/result';
import type { ScenarioDoc } from '../scenario/document';
import type { ScenarioRecord, VersionRecord } from './db';
import type {
  CorruptEntry,
  LibraryEntry,
  LibrarySnapshot,
  RemovedScenario,
  SaveOutcome,
  ScenarioLibrary,
  StorageFailure,
  VersionEntry,
} from './library';
import { VERSIONS_KEPT } from './library';
import { checkDoc, copyName, docToSave, entryOf, isLibraryId, newScenarioId, readRecord, snapshotOf, takenNames, versionEntries } from './library-records';
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

  #write(id: string, change: (current: LibraryEntry) => ScenarioDoc): Promise<Result<{ stored: LibraryEntry; previous: LibraryEntry }, StorageFailure>> {
    return this.#attempt(() => {
      const previous = this.#entry(id);
      if (!previous) return err(missingFailure(id));
      const checked = checkDoc(change(previous));
      if (!checked.ok) return checked;
      const now = Date.now();
      const stored = { id, doc: structuredClone(checked.value), createdAt: previous.createdAt, updatedAt: now, revision: previous.revision + 1 };
      this.#records.set(id, stored);
      this.#addVersion(id, now, structuredClone(stored.doc));
      return ok({ stored, previous });
    });
  }

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

  async save(id: string, doc: ScenarioDoc, knownRevision: number, base?: ScenarioDoc): Promise<Result<SaveOutcome, StorageFailure>> {
    let conflicts: SaveOutcome['conflicts'] = [];
    // The merge runs on the record as read inside the write, so a third tab's write in between is merged too.
    const written = await this.#write(id, (current) => {
      const merged = docToSave(current, doc, knownRevision, base);
      conflicts = merged.conflicts;
      return merged.doc;
    });
    if (!written.ok) return written;
    return ok({ entry: written.value.stored, overwroteOtherTab: written.value.previous.revision !== knownRevision, conflicts });
  }

  async rename(id: string, name: string): Promise<Result<LibraryEntry, StorageFailure>> {
    const written = await this.#write(id, (current) => ({ ...current.doc, name }));
    return written.ok ? ok(written.value.stored) : written;
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
      // Undo twice must not overwrite newer work (same rule as DexieLibrary).
      const present = this.#entry(entry.id);
      if (present) return ok(present);
      if (this.#records.has(entry.id)) return err({ kind: 'other', message: `Record "${entry.id}" exists and is not a valid scenario; not overwritten` });
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

  /** Settings live in the same memory (lost with the page, like everything here). */
  readonly #settings = new Map<string, unknown>();

  async getSetting(key: string): Promise<unknown> {
    return structuredClone(this.#settings.get(key));
  }

  async setSetting(key: string, value: unknown): Promise<Result<void, StorageFailure>> {
    // Not through #attempt: a preference is not part of the library snapshot, so listeners are not told.
    try {
      this.#settings.set(key, structuredClone(value));
      return ok(undefined);
    } catch (cause) {
      return err(storageFailure(cause));
    }
  }
}
