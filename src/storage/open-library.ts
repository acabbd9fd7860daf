/**
 * Opens the scenario library: IndexedDB when it can be opened, otherwise memory plus the reason,
 * so the page can say that work continues only in memory and offer an export.
 */
import { DEFAULT_DB_NAME, SandboxDb } from './db';
import type { ScenarioLibrary, StorageFailure } from './library';
import { DexieLibrary } from './library-dexie';
import { MemoryLibrary } from './library-memory';
import { describeCause } from '../shared/cause';
import { BLOCKED_ERROR_NAME } from './storage-failure';

/** The library to use, and why it is only in memory when it is. */
export interface OpenedLibrary {
  readonly library: ScenarioLibrary;
  /** Set when IndexedDB could not be opened (kind 'unavailable') and `library` is a MemoryLibrary. */
  readonly failure?: StorageFailure;
}

/** Makes the database object (tests pass one that throws or has a broken IndexedDB). */
export type DbFactory = (name: string) => SandboxDb;

/**
 * Opens database `dbName` and returns a DexieLibrary on it. If the database cannot be made or
 * opened, or its upgrade is blocked by another tab still holding an older version open, returns
 * an empty MemoryLibrary and a failure of kind 'unavailable' (whatever the underlying error was:
 * for the user it means the same thing, and the message keeps the technical detail).
 */
export async function openLibrary(dbName: string = DEFAULT_DB_NAME, createDb: DbFactory = (name) => new SandboxDb(name)): Promise<OpenedLibrary> {
  const inMemory = (message: string): OpenedLibrary => ({ library: new MemoryLibrary(), failure: { kind: 'unavailable', message } });
  let db: SandboxDb;
  try {
    db = createDb(dbName);
  } catch (cause) {
    return inMemory(describeCause(cause));
  }
  // dexie waits for as long as an upgrade is blocked; the page should not, so a blocked event ends the wait.
  const blocked = new Promise<'blocked'>((resolve) => db.on('blocked', () => resolve('blocked')));
  try {
    const outcome = await Promise.race([db.open().then(() => 'open' as const), blocked]);
    if (outcome === 'open') return { library: new DexieLibrary(db) };
    // Cancels dexie's pending open (its rejection is absorbed by the race), so this database object is
    // never used. IndexedDB cannot cancel the request itself: it may still upgrade once the other tab
    // lets go, which is harmless (version 2 only adds a table).
    db.close();
    return inMemory(`${BLOCKED_ERROR_NAME}: the database upgrade is blocked by another tab holding an older version open`);
  } catch (cause) {
    return inMemory(describeCause(cause));
  }
}
