import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../src/model/catalog';
import { INDICATOR_EXPRESSION_MAX, INDICATORS_MAX, SCENARIO_SCHEMA_VERSION, type CustomIndicatorDoc, type ScenarioDoc } from '../../src/scenario/document';
import { readScenarioFiles, scenarioFileText, type ScenarioFileInput } from '../../src/scenario/files';
import { LINK_MAX_PAYLOAD_CHARS, decodeScenarioLink, encodeScenarioLink } from '../../src/scenario/link';
import { migrateScenario } from '../../src/scenario/migrate';
import { emptyScenario, parseScenario } from '../../src/scenario/parse';
import { scenarioJsonSchema } from '../../src/scenario/schema';

/** Custom indicators in the scenario document (schema 3): validation, migration, files and links. */
const FIXTURES = join(__dirname, '../fixtures/scenarios');
const fixture = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<string, unknown>;

const SHARE: CustomIndicatorDoc = {
  id: 'rural_share',
  label: { zh: '农村收入占比', en: 'Rural share' },
  expression: 'income_per_capita_rural / income_per_capita',
  unit: 'ratio',
  target: { comparator: '>=', threshold: 0.62, year: 2025 },
};
const withIndicators = (indicators: unknown): Record<string, unknown> => ({ schemaVersion: 3, overrides: {}, indicators });

describe('schema version 3', () => {
  it('is the current version', () => {
    expect(SCENARIO_SCHEMA_VERSION).toBe(3);
  });

  it('migrates version 1 and version 2 documents to version 3 with no indicators, keeping everything else', () => {
    for (const file of ['v1-levers.json', 'v2-named.json']) {
      const raw = fixture(file);
      const migrated = migrateScenario(raw, raw['schemaVersion'] as number);
      expect(migrated['schemaVersion']).toBe(3);
      expect(migrated['indicators']).toEqual([]);
      const parsed = parseScenario(raw);
      if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message.en).join('; '));
      // An empty list is the same as none: the parsed document leaves the field out.
      expect(parsed.value.indicators).toBeUndefined();
      expect(parsed.value.overrides).toEqual(raw['overrides']);
    }
  });

  it('reads the version 3 fixture with its indicators as written', () => {
    const raw = fixture('v3-indicators.json');
    const parsed = parseScenario(raw);
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message.en).join('; '));
    expect(parsed.value.indicators).toEqual(raw['indicators']);
  });

  it('describes indicators in the JSON Schema', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, { maxItems?: number }> };
    expect(schema.properties['indicators']?.maxItems).toBe(INDICATORS_MAX);
  });
});

describe('indicator validation', () => {
  const errorsOf = (indicators: unknown, horizonEnd?: number) => {
    const raw = withIndicators(indicators);
    if (horizonEnd) raw['horizon'] = { start: 2020, end: horizonEnd };
    const result = parseScenario(raw);
    return result.ok ? [] : result.error.map((e) => ({ kind: e.kind, path: e.path }));
  };

  it('accepts an indicator with only an id and an expression, and keeps the optional fields given', () => {
    const parsed = parseScenario(withIndicators([{ id: 'a', expression: 'gini' }, SHARE]));
    expect(parsed.ok && parsed.value.indicators).toEqual([{ id: 'a', expression: 'gini' }, SHARE]);
  });

  it('names the field and index of each problem', () => {
    expect(errorsOf('gini')).toEqual([{ kind: 'wrong_type', path: 'indicators' }]);
    expect(errorsOf([{ expression: 'gini' }])).toEqual([{ kind: 'missing_field', path: 'indicators[0].id' }]);
    expect(
      errorsOf([
        { id: 'a', expression: 'gini' },
        { id: 'a', expression: 'gini' },
      ]),
    ).toEqual([{ kind: 'invalid_indicator', path: 'indicators[1].id' }]);
    expect(errorsOf([{ id: 'gini', expression: 'gini' }])).toEqual([{ kind: 'invalid_indicator', path: 'indicators[0].id' }]);
    expect(errorsOf([{ id: '1a', expression: 'gini' }])).toEqual([{ kind: 'invalid_indicator', path: 'indicators[0].id' }]);
    expect(errorsOf([{ id: 'a' }])).toEqual([{ kind: 'missing_field', path: 'indicators[0].expression' }]);
    expect(errorsOf([{ id: 'a', expression: 'g'.repeat(INDICATOR_EXPRESSION_MAX + 1) }])).toEqual([{ kind: 'out_of_range', path: 'indicators[0].expression' }]);
    expect(errorsOf([{ id: 'a', expression: 'gini', label: { zh: 3 } }])).toEqual([{ kind: 'wrong_type', path: 'indicators[0].label.zh' }]);
    expect(errorsOf([{ id: 'a', expression: 'gini', unit: 'x'.repeat(21) }])).toEqual([{ kind: 'out_of_range', path: 'indicators[0].unit' }]);
    expect(errorsOf([{ id: 'a', expression: 'gini', target: { comparator: '=', threshold: 'high', year: 2040 } }])).toEqual([
      { kind: 'wrong_type', path: 'indicators[0].target.comparator' },
      { kind: 'wrong_type', path: 'indicators[0].target.threshold' },
      { kind: 'year_outside_horizon', path: 'indicators[0].target.year' },
    ]);
    // A target year after the document's own horizon.
    expect(errorsOf([{ id: 'a', expression: 'gini', target: { comparator: '<', threshold: 0.4, year: 2030 } }], 2025)).toEqual([
      { kind: 'year_outside_horizon', path: 'indicators[0].target.year' },
    ]);
    expect(errorsOf(Array.from({ length: INDICATORS_MAX + 1 }, (_, i) => ({ id: `i${i}`, expression: 'gini' })))).toEqual([
      { kind: 'out_of_range', path: 'indicators' },
    ]);
  });

  it('leaves the expression itself to the model: a bad one loads', () => {
    const parsed = parseScenario(withIndicators([{ id: 'a', expression: 'income_per_capita_rural / income_per_capita_rurl' }]));
    expect(parsed.ok).toBe(true);
  });
});

describe('indicators travel in files and links', () => {
  const doc: ScenarioDoc = {
    ...emptyScenario(),
    name: 'With indicators',
    overrides: { dibao_uplift: 20 },
    indicators: [SHARE, { id: 'b', expression: '100 * gini' }],
  };
  const asFile = (name: string, text: string): ScenarioFileInput => ({ name, size: new TextEncoder().encode(text).byteLength, text: async () => text });

  it('round-trips through a file and a bundle unchanged', async () => {
    const single = scenarioFileText([doc]);
    expect(JSON.parse(single)).toMatchObject({ schemaVersion: 3, indicators: doc.indicators });
    const [report] = await readScenarioFiles([asFile('one.json', single)]);
    expect(report?.docs[0]).toEqual(doc);
    const [bundle] = await readScenarioFiles([asFile('two.json', scenarioFileText([doc, emptyScenario()]))]);
    expect(bundle?.docs.map((d) => d.indicators)).toEqual([doc.indicators, undefined]);
  });

  it('writes no indicators field for a scenario without them', () => {
    expect(JSON.parse(scenarioFileText([emptyScenario()]))).not.toHaveProperty('indicators');
  });

  it('round-trips through a share link, and twenty long indicators stay within the link limit', async () => {
    const decoded = await decodeScenarioLink(await encodeScenarioLink(doc, 'en'));
    expect(decoded.ok && decoded.value.doc).toEqual({ ...doc, notes: '' });
    const many: CustomIndicatorDoc[] = Array.from({ length: INDICATORS_MAX }, (_, i) => ({
      id: `indicator_${i}`,
      label: { zh: '指'.repeat(100), en: 'L'.repeat(100) },
      expression: `income_per_capita_rural / income_per_capita + ${'gini + '.repeat(60)}${i}`.slice(0, INDICATOR_EXPRESSION_MAX),
      unit: 'u'.repeat(20),
      target: { comparator: '>=', threshold: i, year: 2025 },
    }));
    const hash = await encodeScenarioLink({ ...doc, indicators: many }, 'zh');
    expect(hash.length).toBeLessThan(LINK_MAX_PAYLOAD_CHARS);
    const back = await decodeScenarioLink(hash);
    expect(back.ok && back.value.doc.indicators).toEqual(many);
  });

  it('keeps the model version rule of files: written with this build', () => {
    expect(JSON.parse(scenarioFileText([doc])).modelVersion).toBe(MODEL_VERSION);
  });
});
