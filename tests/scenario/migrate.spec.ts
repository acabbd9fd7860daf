import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/document';
import { migrateScenario } from '../../src/scenario/migrate';
import { parseScenario } from '../../src/scenario/parse';

// Fixtures of every released schema version, kept forever: v<version>-<name>.json.
const FIXTURES = join(__dirname, '../fixtures/scenarios');
const fixtures = readdirSync(FIXTURES)
  .filter((file) => /^v\d+-.*\.json$/.test(file))
  .map((file) => ({ file, version: Number(/^v(\d+)/.exec(file)![1]), raw: JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<string, unknown> }));

describe('scenario migrations', () => {
  it('has a fixture for every released schema version', () => {
    const versions = new Set(fixtures.map((f) => f.version));
    for (let v = 1; v <= SCENARIO_SCHEMA_VERSION; v++) expect(versions.has(v), `no fixture of schema version ${v}`).toBe(true);
  });

  for (const { file, version, raw } of fixtures) {
    it(`reads ${file} (version ${version}) as a current document, losing no override, note or trend`, () => {
      expect(raw['schemaVersion']).toBe(version);
      const parsed = parseScenario(raw);
      if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message.en).join('; '));
      expect(parsed.value.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
      expect(parsed.value.overrides).toEqual(raw['overrides']);
      expect(parsed.value.notes).toBe(raw['notes'] ?? '');
      if (raw['tracked']) expect(parsed.value.tracked).toEqual(raw['tracked']);
      expect(parsed.value.name).toBe(typeof raw['name'] === 'string' ? raw['name'] : '');
    });
  }

  it('is pure: the input document is not changed and the same input gives the same output', () => {
    const v1 = fixtures.find((f) => f.version === 1)!.raw;
    const before = structuredClone(v1);
    const once = migrateScenario(v1, 1);
    expect(v1).toEqual(before);
    expect(migrateScenario(v1, 1)).toEqual(once);
    expect(once['schemaVersion']).toBe(SCENARIO_SCHEMA_VERSION);
  });

  it('leaves a current document as it is', () => {
    const current = fixtures.find((f) => f.version === SCENARIO_SCHEMA_VERSION)!.raw;
    expect(migrateScenario(current, SCENARIO_SCHEMA_VERSION)).toBe(current);
  });
});
