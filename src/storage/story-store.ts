/**
 * The stories saved with the library: list, save and delete (the `stories` table of database
 * version 3, or memory when IndexedDB is unavailable). Like the library, every method resolves to
 * a Result and never throws for storage trouble. A stored record that is not a valid story is
 * listed by id as unreadable, never dropped.
 */
import { ok, type Result } from '../shared/result';
import { readStory, type StoryDoc } from '../scenario/story';
import { SandboxDb } from './db';
import type { StorageFailure } from './library';
import { attempt } from './storage-failure';

/** A saved story and when it was last written (ms since the epoch). */
export interface StoryEntry {
  readonly story: StoryDoc;
  readonly updatedAt: number;
}

/** What the store holds: the stories that read, newest first, and the ids of records that did not. */
export interface StoryList {
  readonly entries: readonly StoryEntry[];
  readonly unreadable: readonly string[];
}

/** The stories' store. */
export interface StoryStore {
  /** Every stored story, newest first. */
  list(): Promise<Result<StoryList, StorageFailure>>;
  /** Writes a story under its id (a new one, or over the stored one with that id). */
  save(story: StoryDoc): Promise<Result<StoryEntry, StorageFailure>>;
  /** Deletes the story with this id (nothing happens for an id not stored). */
  remove(id: string): Promise<Result<void, StorageFailure>>;
}

/** Sorts records into readable stories (newest first) and unreadable ids. */
function listOf(records: readonly { id: string; doc: unknown; updatedAt: number }[]): StoryList {
  const entries: StoryEntry[] = [];
  const unreadable: string[] = [];
  for (const record of records) {
    const read = readStory(record.doc);
    if (read.ok) entries.push({ story: read.value, updatedAt: record.updatedAt });
    else unreadable.push(record.id);
  }
  entries.sort((a, b) => b.updatedAt - a.updatedAt);
  return { entries, unreadable };
}

/** The IndexedDB store (dexie). */
export class DexieStoryStore implements StoryStore {
  readonly #db: SandboxDb;

  constructor(db: SandboxDb = new SandboxDb()) {
    this.#db = db;
  }

  list(): Promise<Result<StoryList, StorageFailure>> {
    return attempt(async () => listOf(await this.#db.stories.toArray()));
  }

  save(story: StoryDoc): Promise<Result<StoryEntry, StorageFailure>> {
    return attempt(async () => {
      const updatedAt = Date.now();
      await this.#db.stories.put({ id: story.id, doc: story, updatedAt });
      return { story, updatedAt };
    });
  }

  remove(id: string): Promise<Result<void, StorageFailure>> {
    return attempt(() => this.#db.stories.delete(id));
  }
}

/** A store in memory: the fallback when IndexedDB is unavailable, and for tests. */
export class MemoryStoryStore implements StoryStore {
  readonly #records = new Map<string, { id: string; doc: unknown; updatedAt: number }>();
  #clock = 0;

  async list(): Promise<Result<StoryList, StorageFailure>> {
    return ok(listOf([...this.#records.values()]));
  }

  async save(story: StoryDoc): Promise<Result<StoryEntry, StorageFailure>> {
    // Strictly increasing, so two saves in one millisecond still list newest first.
    const updatedAt = Math.max(Date.now(), this.#clock + 1);
    this.#clock = updatedAt;
    this.#records.set(story.id, { id: story.id, doc: structuredClone(story), updatedAt });
    return ok({ story, updatedAt });
  }

  async remove(id: string): Promise<Result<void, StorageFailure>> {
    this.#records.delete(id);
    return ok(undefined);
  }
}
