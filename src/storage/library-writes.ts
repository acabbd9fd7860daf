/**
 * The storage-independent half of the library's writes, shared by DexieLibrary and MemoryLibrary:
 * what a save, a rename and a restore store. Each implementation supplies only the reading and
 * writing of records (a dexie transaction, or its maps), so the two save, rename and undo alike.
 */
import { err, ok, type Result } from '../shared/result';
import type { ScenarioDoc } from '../scenario/document';
import type { ScenarioRecord } from './db';
import type { LibraryEntry, SaveOutcome, StorageFailure } from './library';
import { checkDoc, docToSave, entryOf } from './library-records';

/** An entry as a write stored it, and as it was just before. */
export interface WrittenEntry {
  readonly stored: LibraryEntry;
  readonly previous: LibraryEntry;
}

/**
 * Writes the document `change` makes of entry `id` as its next revision (see `nextRevision`) and
 * records it as a version, failing with `missing` when there is no such entry.
 */
export type WriteEntry = (id: string, change: (current: LibraryEntry) => ScenarioDoc) => Promise<Result<WrittenEntry, StorageFailure>>;

/** The entry that replaces `previous`: `doc` checked, one revision on, updated `now`. */
export function nextRevision(previous: LibraryEntry, doc: ScenarioDoc, now: number): Result<LibraryEntry, StorageFailure> {
  const checked = checkDoc(doc);
  if (!checked.ok) return checked;
  return ok({ id: previous.id, doc: checked.value, createdAt: previous.createdAt, updatedAt: now, revision: previous.revision + 1 });
}

/**
 * ScenarioLibrary.save over `write`. The merge runs on the entry as read inside the write, so a
 * third tab's write in between is merged too.
 */
export async function saveEntry(
  write: WriteEntry,
  id: string,
  doc: ScenarioDoc,
  knownRevision: number,
  base: ScenarioDoc | undefined,
): Promise<Result<SaveOutcome, StorageFailure>> {
  let conflicts: SaveOutcome['conflicts'] = [];
  const written = await write(id, (current) => {
    const merged = docToSave(current, doc, knownRevision, base);
    conflicts = merged.conflicts;
    return merged.doc;
  });
  if (!written.ok) return written;
  return ok({ entry: written.value.stored, overwroteOtherTab: written.value.previous.revision !== knownRevision, conflicts });
}

/** ScenarioLibrary.rename over `write`: a save of the document with the new name. */
export async function renameEntry(write: WriteEntry, id: string, name: string): Promise<Result<LibraryEntry, StorageFailure>> {
  const written = await write(id, (current) => ({ ...current.doc, name }));
  return written.ok ? ok(written.value.stored) : written;
}

/**
 * What a restore finds at the removed entry's id, `current` being the record stored there now: a
 * valid entry is kept and returned (an undo done twice, or after another tab undid and edited, must
 * not overwrite newer work); any other record there is a failure (never overwritten); `undefined`
 * means the id is free and the restore goes ahead.
 */
export function restoreTarget(id: string, current: ScenarioRecord | undefined): Result<LibraryEntry | undefined, StorageFailure> {
  const present = entryOf(current);
  if (present) return ok(present);
  if (current) return err({ kind: 'other', message: `Record "${id}" exists and is not a valid scenario; not overwritten` });
  return ok(undefined);
}
