import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCENARIO_ERROR_KINDS, SCENARIO_SCHEMA_VERSION, type ScenarioErrorKind } from '../../src/scenario/document';
import { parseScenario, parseScenarioJson } from '../../src/scenario/parse';

// The scenario fixtures are the document format's memory: every valid one must keep parsing, and
// tests/fixtures/scenarios/invalid/ keeps one file per error kind forever (`<kind>.json`), and
// further cases of a kind as `<kind>--<case>.json`.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'scenarios');
const invalidDir = join(fixtures, 'invalid');
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** Each invalid fixture, the one error kind it must produce and that error's field path. */
const INVALID: Record<string, { kind: ScenarioErrorKind; path: string }> = {
  'invalid_json.json': { kind: 'invalid_json', path: '' },
  'not_an_object.json': { kind: 'not_an_object', path: '' },
  'missing_field.json': { kind: 'missing_field', path: 'overrides' },
  'wrong_type.json': { kind: 'wrong_type', path: 'overrides.dibao_uplift' },
  'unsupported_version.json': { kind: 'unsupported_version', path: 'schemaVersion' },
  'unknown_parameter.json': { kind: 'unknown_parameter', path: 'overrides.not_a_parameter' },
  'out_of_range.json': { kind: 'out_of_range', path: 'overrides.dibao_uplift' },
  'year_outside_horizon.json': { kind: 'year_outside_horizon', path: 'overrides.dibao_uplift.path[1]' },
  'invalid_path.json': { kind: 'invalid_path', path: 'overrides.dibao_uplift.path[1]' },
  'unknown_target.json': { kind: 'unknown_target', path: 'tracked.not_a_target' },
  'invalid_indicator.json': { kind: 'invalid_indicator', path: 'indicators[0].id' },
  // The schema says integer years: 2025.5 used to be accepted.
  'out_of_range--horizon-end-not-whole.json': { kind: 'out_of_range', path: 'horizon' },
  // Values that made the scorecard show ∞ (start + change × years overflows).
  'out_of_range--tracked-start-huge.json': { kind: 'out_of_range', path: 'tracked.life_expectancy.start' },
  'out_of_range--tracked-change-huge.json': { kind: 'out_of_range', path: 'tracked.life_expectancy.change' },
};

const ALL_KINDS: readonly ScenarioErrorKind[] = SCENARIO_ERROR_KINDS;

describe('tracked-target trends', () => {
  it('keeps a valid trend and rejects a non-numeric one with its field path', () => {
    const good = parseScenario({ schemaVersion: 1, overrides: {}, tracked: { life_expectancy: { start: 79.2, startYear: 2020, change: 0.2 } } });
    expect(good.ok && good.value.tracked).toEqual({ life_expectancy: { start: 79.2, startYear: 2020, change: 0.2 } });
    const bad = parseScenario({ schemaVersion: 1, overrides: {}, tracked: { life_expectancy: { start: 'high', startYear: 2020, change: 0 } } });
    expect(!bad.ok && bad.error[0]).toMatchObject({ kind: 'wrong_type', path: 'tracked.life_expectancy.start' });
    const modelled = parseScenario({ schemaVersion: 1, overrides: {}, tracked: { income_per_capita: { start: 1, startYear: 2020, change: 0 } } });
    expect(!modelled.ok && modelled.error[0]).toMatchObject({ kind: 'unknown_target', path: 'tracked.income_per_capita' });
  });
});

describe('values the scorecard must be able to show finitely', () => {
  it('accepts the largest allowed trend values and a trend that starts after the target year', () => {
    const edge = parseScenario({
      schemaVersion: 2,
      overrides: {},
      horizon: { start: 2020, end: 2035 },
      tracked: { life_expectancy: { start: -1e12, startYear: 2010, change: 1e12 }, childcare_slots: { start: 4, startYear: 2030, change: 0.5 } },
    });
    expect(edge.ok).toBe(true);
  });

  it('refuses a horizon end that is not a whole year, naming the field and the value', () => {
    const result = parseScenario({ schemaVersion: 2, overrides: {}, horizon: { start: 2020, end: 2025.5 } });
    expect(!result.ok && result.error.map((e) => e.path)).toEqual(['horizon']);
    expect(!result.ok && result.error[0]?.message.en).toContain('2025.5');
    expect(!result.ok && result.error[0]?.message.en).toContain('whole year');
  });

  it('refuses trend values beyond ±1e12 with their field paths', () => {
    const result = parseScenario({ schemaVersion: 2, overrides: {}, tracked: { life_expectancy: { start: 1e308, startYear: 2020, change: 1e308 } } });
    expect(!result.ok && result.error.map((e) => ({ kind: e.kind, path: e.path }))).toEqual([
      { kind: 'out_of_range', path: 'tracked.life_expectancy.start' },
      { kind: 'out_of_range', path: 'tracked.life_expectancy.change' },
    ]);
  });
});

describe('scenario fixtures', () => {
  it('has the baseline and levers documents', () => {
    expect(jsonFiles(fixtures)).toEqual(expect.arrayContaining(['v1-baseline.json', 'v1-levers.json']));
  });

  it.each(jsonFiles(fixtures))('parses the valid fixture %s', (file) => {
    const result = parseScenarioJson(read(fixtures, file));
    if (!result.ok) throw new Error(`${file}: ${result.error.map((e) => e.message.en).join('; ')}`);
    expect(result.value.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
  });

  it('reads the baseline as no overrides and the levers as a dibao path with notes', () => {
    const baseline = parseScenarioJson(read(fixtures, 'v1-baseline.json'));
    const levers = parseScenarioJson(read(fixtures, 'v1-levers.json'));
    expect(baseline.ok && baseline.value.overrides).toEqual({});
    expect(levers.ok && levers.value.overrides['dibao_uplift']).toEqual({
      path: [
        [2022, 10],
        [2023, 15],
        [2025, 25],
      ],
    });
    expect(levers.ok && levers.value.notes).not.toBe('');
  });

  it('keeps one invalid fixture named after each error kind, and each further case under its kind', () => {
    expect(jsonFiles(invalidDir)).toEqual(Object.keys(INVALID).sort());
    expect(jsonFiles(invalidDir).filter((f) => !f.includes('--'))).toEqual(ALL_KINDS.map((kind) => `${kind}.json`).sort());
    for (const [file, { kind }] of Object.entries(INVALID)) expect(file.split(/--|\.json$/)[0]).toBe(kind);
  });

  it.each(Object.entries(INVALID))('rejects %s with its kind and field path', (file, expected) => {
    const result = parseScenarioJson(read(invalidDir, file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => ({ kind: e.kind, path: e.path }))).toEqual([expected]);
    const [error] = result.error;
    const named = expected.path || '(document)';
    expect(error?.message.en).toContain(named);
    expect(error?.message.zh).toContain(expected.path || '（文档）');
  });
});

describe('parseScenario', () => {
  it('rejects a document from a newer schema version as unsupported_version', () => {
    const future = {
      schemaVersion: SCENARIO_SCHEMA_VERSION + 1,
      modelVersion: '9.0.0',
      overrides: { dibao_uplift: 10 },
      someFieldFromTheFuture: { nested: true },
    };
    const result = parseScenario(future);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    expect(result.error[0]?.kind).toBe('unsupported_version');
    expect(result.error[0]?.path).toBe('schemaVersion');
    expect(result.error[0]?.message.en).toContain(String(SCENARIO_SCHEMA_VERSION + 1));
  });

  it('never throws on odd input, and rejects it with well-formed errors', () => {
    const odd: unknown[] = [
      null,
      undefined,
      [],
      [1, 2],
      'x',
      '',
      5,
      0,
      -1,
      true,
      Number.NaN,
      {},
      { overrides: null },
      { schemaVersion: null },
      { schemaVersion: '1', overrides: {} },
      { schemaVersion: 1.5, overrides: {} },
      { schemaVersion: 0, overrides: {} },
      { schemaVersion: -Infinity, overrides: {} },
      { schemaVersion: 1, overrides: null },
      { schemaVersion: 1, overrides: [] },
      { schemaVersion: 1, overrides: 'dibao_uplift' },
      { schemaVersion: 1, overrides: {}, horizon: [] },
      { schemaVersion: 1, overrides: {}, horizon: { start: '2020', end: 2025 } },
      { schemaVersion: 1, overrides: {}, horizon: { start: 2020, end: 1999 } },
      { schemaVersion: 1, overrides: {}, notes: 42, modelVersion: [], dataVintage: {} },
      { schemaVersion: 1, overrides: { dibao_uplift: null } },
      { schemaVersion: 1, overrides: { dibao_uplift: Number.NaN } },
      { schemaVersion: 1, overrides: { dibao_uplift: Infinity } },
      { schemaVersion: 1, overrides: { dibao_uplift: [] } },
      { schemaVersion: 1, overrides: { dibao_uplift: {} } },
      { schemaVersion: 1, overrides: { dibao_uplift: { path: null } } },
      { schemaVersion: 1, overrides: { dibao_uplift: { path: 'x' } } },
      { schemaVersion: 1, overrides: { dibao_uplift: { path: [] } } },
      { schemaVersion: 1, overrides: { dibao_uplift: { path: [null, [], [2022], [2022, 1, 2], ['2022', 1], [2022, '1']] } } },
      {
        schemaVersion: 1,
        overrides: {
          dibao_uplift: {
            path: [
              [2022.5, 1],
              [Number.NaN, 1],
              [2022, Infinity],
              [2023, -1],
            ],
          },
        },
      },
      { schemaVersion: 1, overrides: { dibao_uplift: { path: [[{ year: 2022 }, { value: 1 }]] } } },
      { schemaVersion: 1, overrides: { dibao_uplift: { path: { 0: [2022, 1], length: 1 } } } },
      { schemaVersion: 1, overrides: { a: { b: { c: { d: [[[[]]]] } } } } },
      JSON.parse('{"schemaVersion": 1, "overrides": {"__proto__": {"dibao_uplift": 5}, "constructor": 1, "toString": 2}}'),
      { schemaVersion: [[[1]]], overrides: [[[{}]]] },
    ];

    // Deterministic nested garbage from a small linear congruential generator.
    let seed = 20210610;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const garbage = (depth: number): unknown => {
      const r = next();
      if (depth > 3 || r < 0.2) return [null, true, 0, -1, 2023, 1e308, 'path', 'dibao_uplift', ''][Math.floor(next() * 9)];
      if (r < 0.45) return Array.from({ length: Math.floor(next() * 4) }, () => garbage(depth + 1));
      const keys = ['schemaVersion', 'overrides', 'horizon', 'notes', 'path', 'dibao_uplift', 'start', 'end', 'x'];
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [keys[Math.floor(next() * keys.length)]!, garbage(depth + 1)]));
    };
    for (let i = 0; i < 300; i++) {
      odd.push(garbage(0));
      odd.push({ schemaVersion: 1, overrides: garbage(1) });
      odd.push({ schemaVersion: 1, overrides: { dibao_uplift: { path: garbage(2) } } });
    }

    for (const input of odd) {
      let result: ReturnType<typeof parseScenario> | undefined;
      expect(() => {
        result = parseScenario(input);
      }, JSON.stringify(input)).not.toThrow();
      if (result === undefined || result.ok) continue; // a few garbage values happen to be valid documents
      expect(result.error.length).toBeGreaterThan(0);
      for (const error of result.error) {
        expect(ALL_KINDS).toContain(error.kind);
        expect(typeof error.path).toBe('string');
        expect(error.message.en.length).toBeGreaterThan(0);
        expect(error.message.zh.length).toBeGreaterThan(0);
      }
    }
    for (const input of odd.slice(0, 40)) {
      expect(() => parseScenarioJson(JSON.stringify(input) ?? 'undefined')).not.toThrow();
    }
    for (const text of ['', '{', '}', 'nul', '[1,]', '{"a":1}{', '\u0000', '💥', '{"schemaVersion": 1, "overrides": {}}}']) {
      expect(() => parseScenarioJson(text)).not.toThrow();
    }
  });

  it('rejects the clearly invalid odd inputs', () => {
    for (const input of [null, [], 'x', 5, { overrides: null }, { schemaVersion: 1, overrides: null }]) {
      expect(parseScenario(input).ok, JSON.stringify(input)).toBe(false);
    }
  });
});
