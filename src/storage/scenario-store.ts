import { ok, type Result } from '../shared/result';
import { parseScenario } from '../scenario/parse';
import type { ScenarioDoc, ScenarioError } from '../scenario/document';
import { SandboxDb } from './db';
import type { StorageFailure } from './library';
import { attempt } from './storage-failure';

export type { StorageFailure } from './library';

/** What the working-scenario record holds. */
export type WorkingLoad =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly doc: ScenarioDoc }
  /** The record exists but is not a valid scenario: reported, never deleted. */
  | { readonly status: 'corrupt'; readonly raw: unknown; readonly errors: ScenarioError[] };

/**
 * Persistence of the working scenario (the unsaved draft) and of preferences. Like the library,
 * every method resolves to a Result and never throws for storage trouble: a failure to read means
 * IndexedDB cannot be used (blocked, private mode, quota), and the caller reports it and carries
 * on in memory.
 */
export interface ScenarioStore {
  /** Reads the working scenario. */
  loadWorking(): Promise<Result<WorkingLoad, StorageFailure>>;
  /** Saves the working scenario. */
  saveWorking(doc: ScenarioDoc): Promise<Result<void, StorageFailure>>;
  /** Reads a preference (the UI language, the open scenario's id); `undefined` when none is stored. */
  getSetting(key: string): Promise<Result<unknown, StorageFailure>>;
  /** Stores a preference. */
  setSetting(key: string, value: unknown): Promise<Result<void, StorageFailure>>;
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

  loadWorking(): Promise<Result<WorkingLoad, StorageFailure>> {
    return attempt(async (): Promise<WorkingLoad> => {
      const record = await this.#db.scenarios.get(WORKING_ID);
      return record ? classify(record.doc) : { status: 'empty' };
    });
  }

  saveWorking(doc: ScenarioDoc): Promise<Result<void, StorageFailure>> {
    return attempt(() =>
      this.#db.transaction('rw', this.#db.scenarios, async () => {
        // A corrupt working record is never overwritten: it moves aside, kept for the user to export or delete.
        const existing = await this.#db.scenarios.get(WORKING_ID);
        if (existing && !parseScenario(existing.doc).ok) {
          await this.#db.scenarios.put({ id: `${CORRUPT_PREFIX}${existing.updatedAt}-${Date.now()}`, doc: existing.doc, updatedAt: existing.updatedAt });
        }
        await this.#db.scenarios.put({ id: WORKING_ID, doc, updatedAt: Date.now() });
      }),
    );
  }

  getSetting(key: string): Promise<Result<unknown, StorageFailure>> {
    return attempt(async () => (await this.#db.settings.get(key))?.value);
  }

  setSetting(key: string, value: unknown): Promise<Result<void, StorageFailure>> {
    return attempt(async () => {
      await this.#db.settings.put({ key, value });
    });
  }
}

/** A store that keeps everything in memory: the fallback when IndexedDB is unavailable, and for tests. */
export class MemoryScenarioStore implements ScenarioStore {
  #working: unknown;
  readonly #settings = new Map<string, unknown>();

  async loadWorking(): Promise<Result<WorkingLoad, StorageFailure>> {
    return ok(this.#working === undefined ? { status: 'empty' } : classify(this.#working));
  }

  async saveWorking(doc: ScenarioDoc): Promise<Result<void, StorageFailure>> {
    this.#working = structuredClone(doc);
    return ok(undefined);
  }

  async getSetting(key: string): Promise<Result<unknown, StorageFailure>> {
    return ok(this.#settings.get(key));
  }

  async setSetting(key: string, value: unknown): Promise<Result<void, StorageFailure>> {
    this.#settings.set(key, value);
    return ok(undefined);
  }
}
