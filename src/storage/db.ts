import { Dexie, type DexieOptions, type EntityTable } from 'dexie';

/**
 * A stored scenario record. `doc` is kept as read (unknown) and parsed on every read.
 * `createdAt` and `revision` arrived with database version 2: records written before lack them
 * and are read as createdAt = updatedAt, revision = 0.
 */
export interface ScenarioRecord {
  id: string;
  doc: unknown;
  updatedAt: number;
  createdAt?: number;
  /** Increases by one on every library write; a save naming an older revision overwrote another tab. */
  revision?: number;
}

/** One saved state of a library scenario (the `versions` table, from database version 2). */
export interface VersionRecord {
  /** Auto-incremented by IndexedDB, so a higher id is a later save. */
  id: number;
  scenarioId: string;
  savedAt: number;
  /** Kept as stored (unknown) and parsed on read, like ScenarioRecord.doc. */
  doc: unknown;
}

/** A stored story (the `stories` table, from database version 3). `doc` is kept as read and parsed on every read (story.ts). */
export interface StoryRecord {
  id: string;
  doc: unknown;
  updatedAt: number;
}

/** A small key/value preference (for example the UI language). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The default database name of the app. */
export const DEFAULT_DB_NAME = 'prosperity-sandbox';

/** The app's IndexedDB database. Keep every old `version()` declaration when adding one. */
export class SandboxDb extends Dexie {
  declare scenarios: EntityTable<ScenarioRecord, 'id'>;
  declare settings: EntityTable<SettingRecord, 'key'>;
  declare versions: EntityTable<VersionRecord, 'id'>;
  declare stories: EntityTable<StoryRecord, 'id'>;

  /** `options` lets tests hand dexie a different (or broken) IndexedDB implementation. */
  constructor(name = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ scenarios: 'id, updatedAt', settings: 'key' });
    // Version 2: the scenario library's saved versions. No data migration: the new record fields are optional.
    this.version(2).stores({ scenarios: 'id, updatedAt', settings: 'key', versions: '++id, scenarioId, [scenarioId+savedAt]' });
    // Version 3: stories (presentation mode). Only adds a table.
    this.version(3).stores({ scenarios: 'id, updatedAt', settings: 'key', versions: '++id, scenarioId, [scenarioId+savedAt]', stories: 'id, updatedAt' });
  }
}
