import { parseScenario } from '../scenario/parse';
import type { ScenarioDoc, ScenarioError } from '../scenario/document';
import { SandboxDb } from './db';
import type { StorageFailure } from './library';
import { describeCause, storageFailure } from './storage-failure';

export type { StorageFailure } from './library';

/** The outcome of reading the working scenario. */
export type WorkingLoad =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly doc: ScenarioDoc }
  /** The record exists but is not a valid scenario: reported, never deleted. */
  | { readonly status: 'corrupt'; readonly raw: unknown; readonly errors: ScenarioError[] }
  /** IndexedDB could not be used (blocked, private mode, quota): reported, work continues in memory. */
  | { readonly status: 'unavailable'; readonly message: string };

/** Persistence of scenarios and preferences. The UI talks to this interface only. */
export interface ScenarioStore {
  loadWorking(): Promise<WorkingLoad>;
  /** Saves the working scenario; resolves to a failure instead of throwing. */
  saveWorking(doc: ScenarioDoc): Promise<StorageFailure | undefined>;
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<StorageFailure | undefined>;
}

/** Id of the record that holds the scenario being edited. */
export const WORKING_ID = 'working';

/** Id prefix of a corrupt working record that was moved aside instead of being overwritten. */
export const CORRUPT_PREFIX = 'corrupt-';

function classify(raw: unknown): WorkingLoad {
  const parsed = parseScenario(raw);
  return parsed.ok ? { status: 'ok', doc: parsed.value } : { status: 'corrupt', raw, errors: parsed.error };
}

/** The IndexedDB store (dexie). */
export class DexieScenarioStore implements ScenarioStore {
  readonly #db: SandboxDb;

  constructor(db: SandboxDb = new SandboxDb()) {
    this.#db = db;
  }

  async loadWorking(): Promise<WorkingLoad> {
    try {
      const record = await this.#db.scenarios.get(WORKING_ID);
      return record ? classify(record.doc) : { status: 'empty' };
    } catch (cause) {
      return { status: 'unavailable', message: describeCause(cause) };
    }
  }

  async saveWorking(doc: ScenarioDoc): Promise<StorageFailure | undefined> {
    try {
      await this.#db.transaction('rw', this.#db.scenarios, async () => {
        // A corrupt working record is never overwritten: it moves aside, kept for the user to export or delete.
        const existing = await this.#db.scenarios.get(WORKING_ID);
        if (existing && !parseScenario(existing.doc).ok) {
          await this.#db.scenarios.put({ id: `${CORRUPT_PREFIX}${existing.updatedAt}-${Date.now()}`, doc: existing.doc, updatedAt: existing.updatedAt });
        }
        await this.#db.scenarios.put({ id: WORKING_ID, doc, updatedAt: Date.now() });
      });
      return undefined;
    } catch (cause) {
      return storageFailure(cause);
    }
  }

  async getSetting(key: string): Promise<unknown> {
    try {
      return (await this.#db.settings.get(key))?.value;
    } catch {
      return undefined;
    }
  }

  async setSetting(key: string, value: unknown): Promise<StorageFailure | undefined> {
    try {
      await this.#db.settings.put({ key, value });
      return undefined;
    } catch (cause) {
      return storageFailure(cause);
    }
  }
}

/** A store that keeps everything in memory: the fallback when IndexedDB is unavailable, and for tests. */
export class MemoryScenarioStore implements ScenarioStore {
  #working: unknown;
  readonly #settings = new Map<string, unknown>();

  async loadWorking(): Promise<WorkingLoad> {
    return this.#working === undefined ? { status: 'empty' } : classify(this.#working);
  }

  async saveWorking(doc: ScenarioDoc): Promise<undefined> {
    this.#working = structuredClone(doc);
    return undefined;
  }

  async getSetting(key: string): Promise<unknown> {
    return this.#settings.get(key);
  }

  async setSetting(key: string, value: unknown): Promise<undefined> {
    this.#settings.set(key, value);
    return undefined;
  }
}
