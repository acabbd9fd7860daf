/**
 * Migrations of scenario documents from older schema versions: pure functions, one per step,
 * each taking a document of version n (already known to be an object with that schemaVersion)
 * to version n + 1. parseScenario runs them before validating, so every reader (IndexedDB, files,
 * links) accepts every released version. Tested against tests/fixtures/scenarios/v*-*.json.
 */
import { SCENARIO_SCHEMA_VERSION } from './document';

type RawDoc = Readonly<Record<string, unknown>>;

/** Step n → n + 1, by n. */
const STEPS: Readonly<Record<number, (doc: RawDoc) => RawDoc>> = {
  // 1 → 2: scenarios get a name; version 1 documents had none.
  1: (doc) => ({ ...doc, schemaVersion: 2, name: typeof doc['name'] === 'string' ? doc['name'] : '' }),
  // 2 → 3: scenarios get custom indicators; version 2 documents had none.
  2: (doc) => ({ ...doc, schemaVersion: 3, indicators: [] }),
};

/** Brings a document of version `from` (1 ≤ from ≤ current) to the current schema version. */
export function migrateScenario(doc: RawDoc, from: number): RawDoc {
  let current = doc;
  for (let version = from; version < SCENARIO_SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`bug: no migration from scenario schema version ${version}`);
    current = step(current);
  }
  return current;
}
