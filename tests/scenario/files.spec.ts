import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { MODEL_VERSION } from '../../src/model/catalog';
import { SCENARIO_NAME_MAX, SCENARIO_SCHEMA_VERSION, type ScenarioDoc } from '../../src/scenario/document';
import {
  IMPORT_ERROR_KINDS,
  SCENARIO_BUNDLE_FORMAT,
  SCENARIO_FILE_MAX_BYTES,
  importScenarioFiles,
  readScenarioFiles,
  scenarioFileName,
  scenarioFileText,
  type ImportErrorKind,
  type ScenarioFileInput,
} from '../../src/scenario/files';
import { emptyScenario, parseScenario, parseScenarioJson } from '../../src/scenario/parse';
import type { ScenarioLibrary } from '../../src/storage/library';
import { MemoryLibrary } from '../../src/storage/library-memory';
import { FakeLibrary } from './support/fake-library';
import { Draw, randomText } from './support/random-scenarios';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const importsDir = join(fixtures, 'imports');
const scenariosDir = join(fixtures, 'scenarios');
const invalidDir = join(scenariosDir, 'invalid');

/** A File-like input over a text, its size in UTF-8 bytes, counting calls to text(). */
function fakeFile(name: string, text: string): ScenarioFileInput & { reads: number } {
  const file = {
    name,
    size: new TextEncoder().encode(text).byteLength,
    reads: 0,
    text: async (): Promise<string> => {
      file.reads++;
      return text;
    },
  };
  return file;
}

const fixtureFile = (dir: string, name: string): ScenarioFileInput & { reads: number } => fakeFile(name, readFileSync(join(dir, name), 'utf8'));

const doc = (fields: Partial<ScenarioDoc>): ScenarioDoc => ({ ...emptyScenario(), ...fields });

/** Existing library content every import test starts from. */
const EXISTING: readonly ScenarioDoc[] = [doc({ name: 'Existing A', overrides: { dibao_uplift: 5 } }), doc({ name: '已有情景', notes: 'keep me' })];

describe('scenarioFileText', () => {
  it('writes one document as its own pretty JSON with the fields in canonical order', () => {
    const scrambled = {
      notes: 'n',
      overrides: { dibao_uplift: 3 },
      horizon: { end: 2030, start: 2020 },
      name: 'x',
      dataVintage: 'd',
      modelVersion: 'm',
      schemaVersion: 3,
    } as const;
    const text = scenarioFileText([scrambled]);
    expect(text).toBe(
      `${JSON.stringify({ schemaVersion: 3, name: 'x', modelVersion: MODEL_VERSION, createdWithModel: 'm', dataVintage: 'd', horizon: { start: 2020, end: 2030 }, overrides: { dibao_uplift: 3 }, notes: 'n' }, null, 2)}\n`,
    );
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 3,');
  });

  it('keeps tracked trends and drops fields that are not part of the format', () => {
    const withExtra = { ...doc({ tracked: { life_expectancy: { start: 79, startYear: 2020, change: 0.2 } } }), secret: 'not exported' } as ScenarioDoc;
    const written = JSON.parse(scenarioFileText([withExtra])) as Record<string, unknown>;
    expect(written['tracked']).toEqual({ life_expectancy: { start: 79, startYear: 2020, change: 0.2 } });
    expect(written).not.toHaveProperty('secret');
  });

  it('writes several documents as a bundle with the format marker and the current schema version', () => {
    const docs = [doc({ name: 'one' }), doc({ name: 'two' }), doc({ name: 'three' })];
    const bundle = JSON.parse(scenarioFileText(docs)) as Record<string, unknown>;
    expect(bundle).toEqual({ format: SCENARIO_BUNDLE_FORMAT, schemaVersion: SCENARIO_SCHEMA_VERSION, scenarios: docs });
    expect(Object.keys(bundle)).toEqual(['format', 'schemaVersion', 'scenarios']);
  });

  it('refuses to write no documents', () => {
    expect(() => scenarioFileText([])).toThrow(RangeError);
  });
});

describe('scenarioFileName', () => {
  it('slugs the name, keeps Chinese, and names untitled and several scenarios', () => {
    expect(scenarioFileName([doc({ name: 'Dibao push: +20 % by 2025!' })])).toBe('dibao-push-20-by-2025.json');
    expect(scenarioFileName([doc({ name: '丽水 养老金 <b>提高</b>' })])).toBe('丽水-养老金-b-提高-b.json');
    expect(scenarioFileName([doc({ name: '' })])).toBe('scenario.json');
    expect(scenarioFileName([doc({ name: '🚀 ../../etc/passwd' })])).toBe('etc-passwd.json');
    expect(scenarioFileName([doc({ name: '🚀💥' })])).toBe('scenario.json');
    expect(scenarioFileName([doc({ name: 'CON' })])).toBe('scenario.json');
    expect(scenarioFileName([doc({ name: 'a' }), doc({ name: 'b' }), doc({ name: 'c' })])).toBe('scenarios-3.json');
  });

  it('appends the local date when given one', () => {
    expect(scenarioFileName([doc({ name: 'A' })], new Date(2026, 2, 1, 23, 59))).toBe('a-2026-03-01.json');
    expect(scenarioFileName([doc({}), doc({})], new Date(2025, 11, 31))).toBe('scenarios-2-2025-12-31.json');
    expect(scenarioFileName([doc({ name: 'A' })], new Date(Number.NaN))).toBe('a.json');
  });

  it('gives a safe, bounded name for 1,000 random names', () => {
    const draw = new Draw(7);
    for (let i = 0; i < 1000; i++) {
      const name = randomText(draw, SCENARIO_NAME_MAX, 12);
      const file = scenarioFileName([doc({ name })], new Date(2026, 0, 2));
      expect(file, JSON.stringify(name)).toMatch(/^[^\\/:*?"<>|\p{Cc}\s]+-2026-01-02\.json$/u);
      expect(file.startsWith('-') || file.startsWith('.'), file).toBe(false);
      expect(Array.from(file).length).toBeLessThanOrEqual(80 + '-2026-01-02.json'.length);
    }
  });
});

interface ErrorCase {
  readonly dir: string;
  readonly file: string;
  readonly kind: ImportErrorKind;
  readonly path: string;
}

/** One fixture per import error kind (the document kinds reuse the parser's invalid fixtures). */
const FILE_ERROR_CASES: readonly ErrorCase[] = [
  { dir: importsDir, file: 'empty_file.json', kind: 'empty_file', path: '' },
  { dir: importsDir, file: 'not_a_scenario_file.json', kind: 'not_a_scenario_file', path: '' },
  { dir: importsDir, file: 'other_format.json', kind: 'not_a_scenario_file', path: 'format' },
  { dir: importsDir, file: 'empty_bundle.json', kind: 'empty_bundle', path: 'scenarios' },
  { dir: importsDir, file: 'bundle_with_bad_entry.json', kind: 'out_of_range', path: 'scenarios[1].overrides.dibao_uplift' },
  { dir: importsDir, file: 'bundle_unsupported_version.json', kind: 'unsupported_version', path: 'schemaVersion' },
  { dir: invalidDir, file: 'invalid_json.json', kind: 'invalid_json', path: '' },
  { dir: invalidDir, file: 'not_an_object.json', kind: 'not_an_object', path: '' },
  { dir: invalidDir, file: 'missing_field.json', kind: 'missing_field', path: 'overrides' },
  { dir: invalidDir, file: 'wrong_type.json', kind: 'wrong_type', path: 'overrides.dibao_uplift' },
  { dir: invalidDir, file: 'unsupported_version.json', kind: 'unsupported_version', path: 'schemaVersion' },
  { dir: invalidDir, file: 'unknown_parameter.json', kind: 'unknown_parameter', path: 'overrides.not_a_parameter' },
  { dir: invalidDir, file: 'out_of_range.json', kind: 'out_of_range', path: 'overrides.dibao_uplift' },
  { dir: invalidDir, file: 'year_outside_horizon.json', kind: 'year_outside_horizon', path: 'overrides.dibao_uplift.path[1]' },
  { dir: invalidDir, file: 'invalid_path.json', kind: 'invalid_path', path: 'overrides.dibao_uplift.path[1]' },
  { dir: invalidDir, file: 'unknown_target.json', kind: 'unknown_target', path: 'tracked.not_a_target' },
  { dir: invalidDir, file: 'invalid_indicator.json', kind: 'invalid_indicator', path: 'indicators[0].id' },
  { dir: invalidDir, file: 'out_of_range--horizon-end-not-whole.json', kind: 'out_of_range', path: 'horizon' },
  { dir: invalidDir, file: 'out_of_range--tracked-start-huge.json', kind: 'out_of_range', path: 'tracked.life_expectancy.start' },
  { dir: invalidDir, file: 'out_of_range--tracked-change-huge.json', kind: 'out_of_range', path: 'tracked.life_expectancy.change' },
];

/** The kinds built in the test rather than read from a fixture. */
const BUILT_KINDS: readonly ImportErrorKind[] = ['too_large', 'read_failed'];

describe('import error kinds', () => {
  it('has a case for every file error kind and a fixture for every file in tests/fixtures/imports', () => {
    const covered = new Set([...FILE_ERROR_CASES.map((c) => c.kind), ...BUILT_KINDS, 'invalid_link']);
    expect([...covered].sort()).toEqual([...IMPORT_ERROR_KINDS].sort());
    const invalidFixtures = readdirSync(importsDir).filter((f) => f !== 'valid_bundle.json');
    expect(
      FILE_ERROR_CASES.filter((c) => c.dir === importsDir)
        .map((c) => c.file)
        .sort(),
    ).toEqual(invalidFixtures.sort());
    expect(
      FILE_ERROR_CASES.filter((c) => c.dir === invalidDir)
        .map((c) => c.file)
        .sort(),
    ).toEqual(readdirSync(invalidDir).sort());
  });

  it.each(FILE_ERROR_CASES)('refuses $file as $kind at "$path", naming the file, and imports nothing', async ({ dir, file, kind, path }) => {
    const library = new FakeLibrary(EXISTING);
    const before = library.snapshot();
    const outcome = await importScenarioFiles([fixtureFile(dir, file)], library);
    const [report] = outcome.reports;
    expect(report?.file).toBe(file);
    expect(report?.docs).toEqual([]);
    expect(report?.errors.map((e) => ({ kind: e.kind, path: e.path }))).toEqual([{ kind, path }]);
    const [error] = report?.errors ?? [];
    expect(error?.file).toBe(file);
    for (const message of [error?.message.en, error?.message.zh]) {
      expect(message?.startsWith(file)).toBe(true);
      expect(message).toContain(path);
    }
    expect(library.calls).toEqual([]);
    expect(outcome.created).toEqual([]);
    expect(outcome.storageFailure).toBeNull();
    expect(library.snapshot()).toBe(before);
  });

  it('refuses a file over 5 MB by its size without reading it', async () => {
    const huge = { name: 'huge.json', size: SCENARIO_FILE_MAX_BYTES + 1, text: vi.fn(async () => '{}') };
    const library = new FakeLibrary(EXISTING);
    const outcome = await importScenarioFiles([huge], library);
    expect(huge.text).not.toHaveBeenCalled();
    expect(outcome.reports[0]?.errors.map((e) => [e.kind, e.path, e.file])).toEqual([['too_large', '', 'huge.json']]);
    expect(outcome.reports[0]?.errors[0]?.message.en).toMatch(/^huge\.json: .*5\.0 MB/);
    expect(outcome.reports[0]?.errors[0]?.message.zh).toMatch(/^huge\.json：.*5\.0 MB/);
    expect(library.calls).toEqual([]);
  });

  it('reads a file of exactly 5 MB, and refuses one whose text is longer than its size claimed', async () => {
    const padded = JSON.stringify({ schemaVersion: 2, overrides: {}, notes: '' }).replace('""', `"${'x'.repeat(SCENARIO_FILE_MAX_BYTES - 50)}"`);
    const exact = fakeFile('exact.json', padded.padEnd(SCENARIO_FILE_MAX_BYTES, ' '));
    expect(exact.size).toBe(SCENARIO_FILE_MAX_BYTES);
    const [report] = await readScenarioFiles([exact]);
    expect(report?.errors).toEqual([]);
    expect(report?.docs).toHaveLength(1);

    const liar = { name: 'liar.json', size: 10, text: async () => ' '.repeat(SCENARIO_FILE_MAX_BYTES + 1) };
    const [lied] = await readScenarioFiles([liar]);
    expect(lied?.errors.map((e) => e.kind)).toEqual(['too_large']);
  });

  it('reports a file that cannot be read as read_failed, whether text() rejects or throws', async () => {
    const rejects = { name: 'gone.json', size: 10, text: () => Promise.reject(new DOMException('The file was removed', 'NotFoundError')) };
    const throws = {
      name: 'locked.json',
      size: 10,
      text: (): Promise<string> => {
        throw new Error('permission denied');
      },
    };
    const library = new FakeLibrary(EXISTING);
    const before = library.snapshot();
    const outcome = await importScenarioFiles([rejects, throws], library);
    expect(outcome.reports.map((r) => r.errors.map((e) => [e.kind, e.file]))).toEqual([[['read_failed', 'gone.json']], [['read_failed', 'locked.json']]]);
    expect(outcome.reports[0]?.errors[0]?.message.en).toBe('gone.json: the file could not be read (The file was removed)');
    expect(outcome.reports[1]?.errors[0]?.message.zh).toContain('locked.json：无法读取文件');
    expect(library.calls).toEqual([]);
    expect(library.snapshot()).toBe(before);
  });

  it('treats a file of only white space (or a byte-order mark) as empty', async () => {
    const reports = await readScenarioFiles([fakeFile('blank.json', ' \n\t\n'), fakeFile('bom.json', '\uFEFF')]);
    expect(reports.map((r) => r.errors.map((e) => e.kind))).toEqual([['empty_file'], ['empty_file']]);
  });

  it('reports every problem of a bundle, each with its entry index, and keeps no scenario of it', async () => {
    const text = JSON.stringify({
      format: SCENARIO_BUNDLE_FORMAT,
      schemaVersion: 2,
      scenarios: [
        doc({ name: 'ok', overrides: { dibao_uplift: -1, nope: 1 } }),
        doc({ name: 'ok 2', horizon: { start: 2020, end: 1 } }),
        doc({ name: 'fine' }),
      ],
    });
    const [report] = await readScenarioFiles([fakeFile('two.json', text)]);
    expect(report?.docs).toEqual([]);
    expect(report?.errors.map((e) => [e.kind, e.path])).toEqual([
      ['out_of_range', 'scenarios[0].overrides.dibao_uplift'],
      ['unknown_parameter', 'scenarios[0].overrides.nope'],
      ['out_of_range', 'scenarios[1].horizon'],
    ]);
    expect(report?.errors[0]?.message.en).toBe('two.json: scenarios[0].overrides.dibao_uplift: -1 is outside the allowed range 0 to 100');
    expect(report?.errors[0]?.message.zh).toBe('two.json：scenarios[0].overrides.dibao_uplift：-1 超出允许范围 0 至 100');
  });

  it('names a whole-entry problem of a bundle by its index and checks the bundle header', async () => {
    const entryNotObject = JSON.stringify({ format: SCENARIO_BUNDLE_FORMAT, schemaVersion: 2, scenarios: [5] });
    const noScenarios = JSON.stringify({ format: SCENARIO_BUNDLE_FORMAT, schemaVersion: 2 });
    const scenariosNotList = JSON.stringify({ format: SCENARIO_BUNDLE_FORMAT, schemaVersion: 2, scenarios: {} });
    const noVersion = JSON.stringify({ format: SCENARIO_BUNDLE_FORMAT, scenarios: [] });
    const textVersion = JSON.stringify({ format: SCENARIO_BUNDLE_FORMAT, schemaVersion: '2', scenarios: [] });
    const reports = await readScenarioFiles([
      fakeFile('a.json', entryNotObject),
      fakeFile('b.json', noScenarios),
      fakeFile('c.json', scenariosNotList),
      fakeFile('d.json', noVersion),
      fakeFile('e.json', textVersion),
    ]);
    expect(reports.map((r) => r.errors.map((e) => [e.kind, e.path]))).toEqual([
      [['not_an_object', 'scenarios[0]']],
      [['missing_field', 'scenarios']],
      [['wrong_type', 'scenarios']],
      [['missing_field', 'schemaVersion']],
      [['wrong_type', 'schemaVersion']],
    ]);
    expect(reports[0]?.errors[0]?.message.en).toBe('a.json: scenarios[0]: a scenario must be a JSON object');
  });

  it('says to update the app for a bundle of a newer schema version', async () => {
    const [report] = await readScenarioFiles([fixtureFile(importsDir, 'bundle_unsupported_version.json')]);
    expect(report?.errors[0]?.message.en).toContain('update the app');
    expect(report?.errors[0]?.message.zh).toContain('请更新应用');
  });
});

describe('importScenarioFiles', () => {
  it('stores the scenarios of the valid files in one importAll call and nothing of a bad file', async () => {
    const library = new FakeLibrary(EXISTING);
    const before = JSON.stringify(library.entries);
    const files = [
      fixtureFile(scenariosDir, 'v2-named.json'),
      fixtureFile(importsDir, 'bundle_with_bad_entry.json'),
      fixtureFile(importsDir, 'valid_bundle.json'),
      fixtureFile(scenariosDir, 'v1-levers.json'),
    ];
    const outcome = await importScenarioFiles(files, library);

    expect(library.calls).toHaveLength(1);
    const stored = library.calls[0]!;
    expect(stored.map((d) => d.name)).toEqual(['丽水 pension push <b>not bold</b>', '温州 minimum wage', 'valid_bundle', 'v1-levers']);
    expect(outcome.reports.map((r) => [r.file, r.docs.length, r.errors.length])).toEqual([
      ['v2-named.json', 1, 0],
      ['bundle_with_bad_entry.json', 0, 1],
      ['valid_bundle.json', 2, 0],
      ['v1-levers.json', 1, 0],
    ]);
    expect(outcome.created.map((e) => e.doc)).toEqual(stored);
    expect(outcome.storageFailure).toBeNull();
    expect(library.violations).toEqual([]);
    expect(JSON.stringify(library.entries.slice(0, EXISTING.length))).toBe(before);
    expect(library.entries).toHaveLength(EXISTING.length + 4);
  });

  it('migrates old documents and keeps everything else of them', async () => {
    const [report] = await readScenarioFiles([fixtureFile(scenariosDir, 'v1-levers.json')]);
    const direct = parseScenarioJson(readFileSync(join(scenariosDir, 'v1-levers.json'), 'utf8'));
    expect(direct.ok).toBe(true);
    if (!direct.ok) return;
    expect(report?.docs).toEqual([{ ...direct.value, name: 'v1-levers' }]);
    expect(report?.docs[0]?.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
  });

  it('names an untitled scenario after its file, cut to the longest name allowed', async () => {
    const untitled = scenarioFileText([doc({ name: '' })]);
    const longName = `${'情'.repeat(150)}${'😀'.repeat(40)}.JSON`;
    const reports = await readScenarioFiles([fakeFile('My plan.json', untitled), fakeFile('notes.txt', untitled), fakeFile(longName, untitled)]);
    expect(reports.map((r) => r.docs[0]?.name.slice(0, 20))).toEqual(['My plan', 'notes.txt', '情'.repeat(20)]);
    const cut = reports[2]?.docs[0]?.name ?? '';
    expect(cut.length).toBeLessThanOrEqual(SCENARIO_NAME_MAX);
    expect(cut.length).toBeGreaterThanOrEqual(SCENARIO_NAME_MAX - 1);
    expect(cut).toBe(`${'情'.repeat(150)}${'😀'.repeat(25)}`);
    expect(parseScenario(reports[2]?.docs[0]).ok).toBe(true);
  });

  it('keeps existing entries when an imported name clashes: the library gives the copy a new name', async () => {
    const library = new FakeLibrary(EXISTING);
    const before = JSON.stringify(library.entries);
    const outcome = await importScenarioFiles(
      [fakeFile('a.json', scenarioFileText([doc({ name: 'Existing A', overrides: { dibao_uplift: 99 } }), doc({ name: '已有情景' })]))],
      library,
    );
    expect(outcome.created.map((e) => e.doc.name)).toEqual(['Existing A (copy)', '已有情景（副本）']);
    expect(JSON.stringify(library.entries.slice(0, EXISTING.length))).toBe(before);
  });

  it('does not call importAll when no file is valid', async () => {
    const library = new FakeLibrary(EXISTING);
    const outcome = await importScenarioFiles([fakeFile('x.json', '{'), fakeFile('y.json', '[]')], library);
    expect(library.calls).toEqual([]);
    expect(outcome.created).toEqual([]);
    expect(outcome.storageFailure).toBeNull();
    expect(outcome.reports.every((r) => r.errors.length > 0 && r.docs.length === 0)).toBe(true);
  });

  it('passes a storage failure through and stores nothing', async () => {
    const library = new FakeLibrary(EXISTING);
    library.failNext = { kind: 'quota', message: 'disk full' };
    const before = library.snapshot();
    const outcome = await importScenarioFiles([fixtureFile(scenariosDir, 'v2-named.json')], library);
    expect(outcome.storageFailure).toEqual({ kind: 'quota', message: 'disk full' });
    expect(outcome.created).toEqual([]);
    expect(outcome.reports[0]?.docs).toHaveLength(1);
    expect(library.snapshot()).toBe(before);
  });

  it('reports an importAll that throws as a storage failure instead of rejecting', async () => {
    const library = new FakeLibrary(EXISTING);
    library.throwNext = new Error('transaction aborted');
    const outcome = await importScenarioFiles([fixtureFile(scenariosDir, 'v2-named.json')], library);
    expect(outcome.storageFailure).toEqual({ kind: 'other', message: 'transaction aborted' });
    expect(outcome.created).toEqual([]);
  });

  it('reads a file with a byte-order mark', async () => {
    const [report] = await readScenarioFiles([fakeFile('bom.json', `\uFEFF${scenarioFileText([doc({ name: 'bom' })])}`)]);
    expect(report?.errors).toEqual([]);
    expect(report?.docs[0]?.name).toBe('bom');
  });

  it('never throws on hostile file objects', async () => {
    const hostile = [
      {
        get name(): string {
          throw new Error('no name');
        },
        size: 10,
        text: async () => '{}',
      },
      {
        name: 'size.json',
        get size(): number {
          throw new Error('no size');
        },
        text: async () => '{}',
      },
      { name: 'not-text.json', size: 10, text: async () => 42 as unknown as string },
      {
        name: 'evil-error.json',
        size: 10,
        text: () =>
          Promise.reject({
            toString(): string {
              throw new Error('no string either');
            },
          }),
      },
    ];
    const reports = await readScenarioFiles(hostile);
    expect(reports.map((r) => r.errors.map((e) => e.kind))).toEqual([['not_a_scenario_file'], ['read_failed'], ['read_failed'], ['read_failed']]);
    expect(reports[0]?.file).toBe('(unnamed file)');
  });

  it('works with the real in-memory library: adds the valid files, copy-names a clash, leaves the existing entry as it was', async () => {
    const library: ScenarioLibrary = new MemoryLibrary();
    const existing = await library.create(doc({ name: 'Existing A', overrides: { dibao_uplift: 5 } }));
    if (!existing.ok) throw new Error(existing.error.message);
    const outcome = await importScenarioFiles(
      [
        fakeFile('clash.json', scenarioFileText([doc({ name: 'Existing A', overrides: { dibao_uplift: 99 } })])),
        fixtureFile(importsDir, 'empty_bundle.json'),
        fixtureFile(importsDir, 'valid_bundle.json'),
      ],
      library,
    );
    expect(outcome.storageFailure).toBeNull();
    expect(outcome.created.map((e) => e.doc.name)).toEqual(['Existing A (copy)', '温州 minimum wage', 'valid_bundle']);
    expect(outcome.created[0]?.doc.overrides).toEqual({ dibao_uplift: 99 });
    expect(await library.get(existing.value.id)).toEqual({ ok: true, value: existing.value });
  });
});
