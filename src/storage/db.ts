import { Dexie, type EntityTable } from 'dexie';

/** A stored scenario record. `doc` is kept as read (unknown) and parsed on every read. */
export interface ScenarioRecord {
  id: string;
  doc: unknown;
  updatedAt: number;
}

/** A small key/value preference (for example the UI language). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The app's IndexedDB database. Keep every old `version()` declaration when adding one. */
export class SandboxDb extends Dexie {
  declare scenarios: EntityTable<ScenarioRecord, 'id'>;
  declare settings: EntityTable<SettingRecord, 'key'>;

  constructor(name = 'prosperity-sandbox') {
    super(name);
    this.version(1).stores({ scenarios: 'id, updatedAt', settings: 'key' });
  }
}
