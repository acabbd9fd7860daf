/**
 * The scenario library: the contract between the UI and persistence. Implementations:
 * DexieLibrary (IndexedDB, in library-dexie.ts) and MemoryLibrary (the fallback when IndexedDB is
 * unavailable, and for tests). Every method resolves to a Result and never throws for storage
 * trouble: the caller reports the failure and keeps what the user had.
 */
import type { Result } from '../shared/result';
import type { ScenarioDoc, ScenarioError } from '../scenario/document';
import type { MergeConflict } from '../scenario/merge';

/** A scenario in the library. The name and notes live in the document (ScenarioDoc.name/notes). */
export interface LibraryEntry {
  readonly id: string;
  readonly doc: ScenarioDoc;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Increases by one on every write: a save that names an older revision is a conflict (another tab wrote). */
  readonly revision: number;
}

/** A stored record that is not a valid scenario: listed, never silently dropped. */
export interface CorruptEntry {
  readonly id: string;
  /** The record's document exactly as stored, for "export raw". */
  readonly raw: unknown;
  readonly errors: readonly ScenarioError[];
  readonly updatedAt: number;
}

/** Everything the library view shows, as one consistent snapshot. */
export interface LibrarySnapshot {
  /** Newest first (by updatedAt). */
  readonly entries: readonly LibraryEntry[];
  readonly corrupt: readonly CorruptEntry[];
}

/** One saved state of a scenario (the last VERSIONS_KEPT are kept per scenario). */
export interface VersionEntry {
  readonly id: number;
  readonly scenarioId: string;
  readonly savedAt: number;
  readonly doc: ScenarioDoc;
}

/** Versions kept per scenario; older ones are dropped on save. */
export const VERSIONS_KEPT = 50;

/** Why a storage operation failed. `quota`: the disk or the origin's quota is full; `unavailable`: IndexedDB cannot be opened (private mode, blocked upgrade); `missing`: no such record; `other`: anything else. */
export interface StorageFailure {
  readonly kind: 'quota' | 'unavailable' | 'missing' | 'other';
  readonly message: string;
}

/**
 * The outcome of a save: the stored entry, whether another tab had written it since the revision
 * the caller knew, and (for a save given its base) the entries both tabs changed differently,
 * where this save's value replaced the other tab's (which the version history keeps).
 */
export interface SaveOutcome {
  readonly entry: LibraryEntry;
  readonly overwroteOtherTab: boolean;
  readonly conflicts: readonly MergeConflict[];
}

/** What undoes a delete: the entry and its versions as they were. */
export interface RemovedScenario {
  readonly entry: LibraryEntry;
  readonly versions: readonly VersionEntry[];
}

/** The scenario library. */
export interface ScenarioLibrary {
  /** 'indexeddb' or 'memory' (the UI says when work is only in memory). */
  readonly kind: 'indexeddb' | 'memory';
  /** Calls `listener` now and after every change, from this tab or another (dexie liveQuery); returns the unsubscribe function. */
  subscribe(listener: (snapshot: LibrarySnapshot) => void, onError?: (failure: StorageFailure) => void): () => void;
  /** Reads one entry. */
  get(id: string): Promise<Result<LibraryEntry | undefined, StorageFailure>>;
  /** Stores a new scenario (a fresh id) and its first version. */
  create(doc: ScenarioDoc): Promise<Result<LibraryEntry, StorageFailure>>;
  /**
   * Writes a scenario's document and records a version. `knownRevision` is the revision the caller
   * last read. With `base` (the document at `knownRevision`) and a newer revision stored, `doc` is
   * merged into the stored document lever by lever (mergeScenario) instead of replacing it.
   */
  save(id: string, doc: ScenarioDoc, knownRevision: number, base?: ScenarioDoc): Promise<Result<SaveOutcome, StorageFailure>>;
  /** Renames (a save of the document with the new name). */
  rename(id: string, name: string): Promise<Result<LibraryEntry, StorageFailure>>;
  /** Copies a scenario under a name that no entry has yet ("name (copy)", "name (copy 2)", …). */
  duplicate(id: string): Promise<Result<LibraryEntry, StorageFailure>>;
  /** Deletes a scenario and its versions; returns what `restore` needs to undo it. */
  remove(id: string): Promise<Result<RemovedScenario, StorageFailure>>;
  /** Undoes a remove: puts the entry and its versions back as they were. */
  restore(removed: RemovedScenario): Promise<Result<LibraryEntry, StorageFailure>>;
  /** A scenario's saved versions, newest first. */
  versions(id: string): Promise<Result<VersionEntry[], StorageFailure>>;
  /** Stores several scenarios in one transaction (all or nothing); a name already in the library (or earlier in the list) gets a copy name, never overwriting. */
  importAll(docs: readonly ScenarioDoc[]): Promise<Result<LibraryEntry[], StorageFailure>>;
  /** Deletes a corrupt record (after the user exported it raw, or chose to). */
  removeCorrupt(id: string): Promise<Result<void, StorageFailure>>;
}

/**
 * The first name not taken: `name` itself, else "name (copy)", "name (copy 2)", … (Chinese names
 * get "（副本）"). Used by duplicate and by imports whose name clashes.
 */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const chinese = /[\u3400-\u9fff]/.test(name);
  for (let n = 1; ; n++) {
    const suffix = chinese ? (n === 1 ? '（副本）' : `（副本 ${n}）`) : n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${name}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
