import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_YEAR, HORIZON_YEAR, PARAMETERS } from '../../src/model/catalog';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/document';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'scenarios');

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (schema: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), schema);

/**
 * A validator for just the keywords scenarioJsonSchema() uses, so the tests can check that the
 * schema and parseScenario agree on the fixtures without a schema library. Throws on a keyword it
 * does not know, so a new keyword in the schema cannot be silently ignored here.
 */
function valid(schema: unknown, value: unknown): boolean {
  if (!isObject(schema)) throw new Error('schema node is not an object');
  const annotations = new Set(['$schema', 'title', 'description', 'default']);
  for (const [keyword, arg] of Object.entries(schema)) {
    if (annotations.has(keyword)) continue;
    let ok: boolean;
    switch (keyword) {
      case 'type':
        ok =
          arg === 'object'
            ? isObject(value)
            : arg === 'array'
              ? Array.isArray(value)
              : arg === 'number'
                ? typeof value === 'number'
                : arg === 'integer'
                  ? Number.isInteger(value)
                  : arg === 'string'
                    ? typeof value === 'string'
                    : fail(`type ${String(arg)}`);
        break;
      case 'const':
        ok = value === arg;
        break;
      case 'minimum':
        ok = typeof value !== 'number' || value >= (arg as number);
        break;
      case 'maximum':
        ok = typeof value !== 'number' || value <= (arg as number);
        break;
      case 'exclusiveMinimum':
        ok = typeof value !== 'number' || value > (arg as number);
        break;
      case 'required':
        ok = !isObject(value) || (arg as string[]).every((k) => k in value);
        break;
      case 'properties':
        ok = !isObject(value) || Object.entries(arg as Json).every(([k, s]) => !(k in value) || valid(s, value[k]));
        break;
      case 'additionalProperties':
        ok = !isObject(value) || arg !== false || Object.keys(value).every((k) => k in ((schema['properties'] as Json | undefined) ?? {}));
        break;
      case 'anyOf':
        ok = (arg as unknown[]).some((s) => valid(s, value));
        break;
      case 'maxLength':
        ok = typeof value !== 'string' || [...value].length <= (arg as number);
        break;
      case 'minItems':
        ok = !Array.isArray(value) || value.length >= (arg as number);
        break;
      case 'maxItems':
        ok = !Array.isArray(value) || value.length <= (arg as number);
        break;
      case 'prefixItems':
        ok = !Array.isArray(value) || (arg as unknown[]).every((s, i) => i >= value.length || valid(s, value[i]));
        break;
      case 'items':
        ok = !Array.isArray(value) || value.every((item) => valid(arg, item));
        break;
      case 'pattern':
        ok = typeof value !== 'string' || new RegExp(arg as string, 'u').test(value);
        break;
      case 'enum':
        ok = (arg as unknown[]).includes(value);
        break;
      default:
        return fail(`keyword ${keyword}`);
    }
    if (!ok) return false;
  }
  return true;
}

function fail(what: string): never {
  throw new Error(`the test validator does not know ${what}; extend it`);
}

describe('scenario JSON Schema', () => {
  it('is committed up to date in docs/ and public/', () => {
    const generated = scenarioJsonSchemaText();
    for (const file of ['docs/scenario.schema.json', 'public/scenario.schema.json']) {
      let committed = '';
      try {
        committed = readFileSync(join(root, file), 'utf8');
      } catch {
        // reported by the assertion below
      }
      expect(committed, `${file} is stale or missing: run \`npm run schema\` and commit it`).toBe(generated);
    }
  });

  it('is draft 2020-12, accepts schema versions 1 to the current one, with string metadata and a horizon', () => {
    const schema = scenarioJsonSchema();
    expect(at(schema, '$schema')).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(at(schema, 'properties', 'schemaVersion', 'minimum')).toBe(1);
    expect(at(schema, 'properties', 'schemaVersion', 'maximum')).toBe(SCENARIO_SCHEMA_VERSION);
    for (const field of ['name', 'modelVersion', 'dataVintage', 'notes']) expect(at(schema, 'properties', field, 'type')).toBe('string');
    expect(at(schema, 'properties', 'horizon', 'required')).toEqual(['start', 'end']);
    expect(at(schema, 'required')).toEqual(['schemaVersion', 'overrides']);
  });

  it('lists every parameter id, and nothing else, with its min and max', () => {
    const overrides = at(scenarioJsonSchema(), 'properties', 'overrides');
    expect(at(overrides, 'additionalProperties')).toBe(false);
    const properties = at(overrides, 'properties');
    expect(Object.keys(isObject(properties) ? properties : {}).sort()).toEqual(PARAMETERS.map((p) => p.id).sort());
    for (const def of PARAMETERS) {
      const [scalar, path] = at(properties, def.id, 'anyOf') as [Json, Json];
      expect(scalar, def.id).toMatchObject({ type: 'number', minimum: def.min, maximum: def.max });
      const [year, value] = at(path, 'properties', 'path', 'items', 'prefixItems') as [Json, Json];
      expect(year, def.id).toEqual({ type: 'integer', exclusiveMinimum: BASE_YEAR, maximum: HORIZON_YEAR });
      expect(value, def.id).toMatchObject({ type: 'number', minimum: def.min, maximum: def.max });
    }
  });

  it('accepts every valid fixture', () => {
    const schema = scenarioJsonSchema();
    for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.json'))) {
      expect(valid(schema, JSON.parse(readFileSync(join(fixtures, file), 'utf8'))), file).toBe(true);
    }
  });

  it('rejects the invalid fixtures that a schema can express', () => {
    // invalid_json cannot be parsed at all, and "years must increase" (invalid_path) is beyond JSON Schema.
    const schema = scenarioJsonSchema();
    for (const file of [
      'not_an_object',
      'missing_field',
      'wrong_type',
      'unsupported_version',
      'unknown_parameter',
      'out_of_range',
      'year_outside_horizon',
      'invalid_indicator',
    ]) {
      const doc: unknown = JSON.parse(readFileSync(join(fixtures, 'invalid', `${file}.json`), 'utf8'));
      expect(valid(schema, doc), file).toBe(false);
    }
  });
});
