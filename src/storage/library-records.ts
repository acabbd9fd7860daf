/**
 * What DexieLibrary and MemoryLibrary share: how a stored record becomes a library entry (or a
 * corrupt one), how versions are ordered, how new ids and copy names are made. Both keep raw
 * records and go through these functions, so the two behave the same.
 */
import { err, ok, type Result } from '../shared/result';
import { SCENARIO_NAME_MAX, type ScenarioDoc } from '../scenario/document';
import { mergeScenario, type MergeOutcome } from '../scenario/merge';
import { parseScenario } from '../scenario/parse';
import type { ScenarioRecord, VersionRecord } from './db';
import { uniqueName, type CorruptEntry, type LibraryEntry, type LibrarySnapshot, type StorageFailure, type VersionEntry } from './library';
import { CORRUPT_PREFIX, WORKING_ID } from './scenario-store';

/** Whether a record id belongs to the library: everything in the table except the draft store's working record. */
export function isLibraryId(id: string): boolean {
  return id !== WORKING_ID;
}

/**
 * A fresh scenario id. A UUID is hex digits and dashes, so it can never equal WORKING_ID nor start
 * with CORRUPT_PREFIX (both contain letters beyond f); the check documents and guards that.
 */
export function newScenarioId(): string {
  const id: string = crypto.randomUUID();
  if (id === WORKING_ID || id.startsWith(CORRUPT_PREFIX)) throw new Error(`generated id "${id}" collides with a reserved id`);
  return id;
}

/** The entry a record holds, or the parse errors that make it corrupt. Old (v1 database) records lack createdAt and revision. */
export function readRecord(record: ScenarioRecord): { readonly entry: LibraryEntry } | { readonly corrupt: CorruptEntry } {
  const parsed = parseScenario(record.doc);
  if (!parsed.ok) return { corrupt: { id: record.id, raw: record.doc, errors: parsed.error, updatedAt: record.updatedAt } };
  return {
    entry: {
      id: record.id,
      doc: parsed.value,
      createdAt: record.createdAt ?? record.updatedAt,
      updatedAt: record.updatedAt,
      revision: record.revision ?? 0,
    },
  };
}

/** The entry a record holds, or undefined when it is missing, the draft, or corrupt. */
export function entryOf(record: ScenarioRecord | undefined): LibraryEntry | undefined {
  if (!record || !isLibraryId(record.id)) return undefined;
  const read = readRecord(record);
  return 'entry' in read ? read.entry : undefined;
}

/** Newest first; equal times fall back to the id so the order is stable between snapshots. */
function newestFirst(a: { updatedAt: number; id: string }, b: { updatedAt: number; id: string }): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The library view of a set of records: the draft left out, valid ones as entries, invalid ones as corrupt, each newest first. */
export function snapshotOf(records: readonly ScenarioRecord[]): LibrarySnapshot {
  const entries: LibraryEntry[] = [];
  const corrupt: CorruptEntry[] = [];
  for (const record of records) {
    if (!isLibraryId(record.id)) continue;
    const read = readRecord(record);
    if ('entry' in read) entries.push(read.entry);
    else corrupt.push(read.corrupt);
  }
  return { entries: entries.sort(newestFirst), corrupt: corrupt.sort(newestFirst) };
}

/** The names of the valid entries among `records` (what a copy name must avoid). */
export function takenNames(records: readonly ScenarioRecord[]): Set<string> {
  return new Set(snapshotOf(records).entries.map((e) => e.doc.name));
}

/**
 * Version rows as entries, newest first (by savedAt, then by id: saves within one millisecond keep
 * their order). A row whose document no longer parses is left out: versions are history, and the
 * scenario itself is what is listed or reported corrupt.
 */
export function versionEntries(rows: readonly VersionRecord[]): VersionEntry[] {
  const entries: VersionEntry[] = [];
  for (const row of rows) {
    const parsed = parseScenario(row.doc);
    if (parsed.ok) entries.push({ id: row.id, scenarioId: row.scenarioId, savedAt: row.savedAt, doc: parsed.value });
  }
  return entries.sort((a, b) => b.savedAt - a.savedAt || b.id - a.id);
}

/**
 * `uniqueName`, kept within SCENARIO_NAME_MAX: a copy suffix on a name already at the limit would
 * make a document that parses as corrupt, so the base name is shortened to make room.
 */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  let base = name;
  for (;;) {
    const candidate = uniqueName(base, taken);
    if (candidate.length <= SCENARIO_NAME_MAX) return candidate;
    base = base.slice(0, Math.max(0, base.length - (candidate.length - SCENARIO_NAME_MAX)));
  }
}

/**
 * Checks a document before it is written and returns the parser's plain copy of it. The type says
 * ScenarioDoc, but a document the parser rejects (say a name over SCENARIO_NAME_MAX) would be
 * listed as corrupt from then on; refusing it here keeps the library's entries readable. Storing
 * the parsed copy also means a reactive proxy from the UI never reaches structured cloning.
 */
export function checkDoc(doc: ScenarioDoc): Result<ScenarioDoc, StorageFailure> {
  const parsed = parseScenario(doc);
  if (parsed.ok) return ok(parsed.value);
  return err({ kind: 'other', message: `Not a valid scenario: ${parsed.error.map((e) => e.message.en).join('; ')}` });
}

/**
 * What a save writes over `current`: `doc` itself when the caller knew the stored revision (or
 * gave no base), else `doc` merged into the stored document lever by lever against `base`.
 */
export function docToSave(current: LibraryEntry, doc: ScenarioDoc, knownRevision: number, base: ScenarioDoc | undefined): MergeOutcome {
  if (base === undefined || current.revision === knownRevision) return { doc, conflicts: [] };
  return mergeScenario(base, doc, current.doc);
}
