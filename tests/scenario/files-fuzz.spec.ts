import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, PLAN_TARGETS } from '../../src/model/catalog';
import { SCENARIO_SCHEMA_VERSION, type ScenarioDoc } from '../../src/scenario/document';
import {
  IMPORT_ERROR_KINDS,
  SCENARIO_BUNDLE_FORMAT,
  SCENARIO_FILE_MAX_BYTES,
  importScenarioFiles,
  scenarioFileText,
  type FileReport,
  type ScenarioFileInput,
} from '../../src/scenario/files';
import { parseScenario } from '../../src/scenario/parse';
import { FakeLibrary } from './support/fake-library';
import { Draw, randomScenario } from './support/random-scenarios';

// Fuzz: 10,000 mutated files through importScenarioFiles. Nothing may throw or reject, a file known
// to be bad must be refused, every file's verdict must match an independent oracle, and the
// library may only ever be given valid documents and may never see its existing entries change.

const FILE_COUNT = 10_000;
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const FIXTURE_TEXTS: readonly string[] = [
  ...readdirSync(join(fixtures, 'scenarios'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(join(fixtures, 'scenarios', f), 'utf8')),
  readFileSync(join(fixtures, 'imports', 'valid_bundle.json'), 'utf8'),
];

/** What a mutation is known to do to a valid file: break it, keep it valid, or either (unknown). */
type Verdict = 'fail' | 'pass' | 'either';

interface FuzzFile {
  readonly input: ScenarioFileInput;
  readonly verdict: Verdict;
  readonly mutation: string;
  /** The text import would read, or undefined for a file that must not be (or cannot be) read. */
  readonly text: string | undefined;
  /** Calls to text(). */
  reads: number;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An independent verdict: is this text a valid scenario file? (parseScenario stays the authority on documents.) */
function oracle(text: string): boolean {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '' || text.length > SCENARIO_FILE_MAX_BYTES) return false;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return false;
  }
  if (isRecord(value) && 'format' in value) {
    const version = value['schemaVersion'];
    const scenarios = value['scenarios'];
    return (
      value['format'] === SCENARIO_BUNDLE_FORMAT &&
      typeof version === 'number' &&
      Number.isInteger(version) &&
      version >= 1 &&
      version <= SCENARIO_SCHEMA_VERSION &&
      Array.isArray(scenarios) &&
      scenarios.length > 0 &&
      scenarios.every((entry) => parseScenario(entry).ok)
    );
  }
  if (isRecord(value) && !('schemaVersion' in value) && !('overrides' in value)) return false;
  return parseScenario(value).ok;
}

/** Nested junk from a pool without 1 or 2 (so a junk schemaVersion is never valid) and without "format" or "path" keys. */
function junk(draw: Draw, depth: number): unknown {
  const r = draw.rng.nextFloat();
  if (depth > 4 || r < 0.3) return draw.pick([null, true, false, 0, -1, 2023, 1e308, -0.5, 'x', '', '汉字', '<script>', 'NaN']);
  if (r < 0.6) return Array.from({ length: draw.int(4) }, () => junk(draw, depth + 1));
  const keys = ['schemaVersion', 'overrides', 'horizon', 'notes', 'name', 'dibao_uplift', 'start', 'end', 'tracked', 'scenarios', 'x'];
  return Object.fromEntries(Array.from({ length: draw.int(4) }, () => [draw.pick(keys), junk(draw, depth + 1)]));
}

/** Sentinels replaced in the JSON text after stringifying (for what JSON.stringify cannot write). */
const HUGE = '__FUZZ_HUGE__';
const DEEP = '__FUZZ_DEEP__';
const PROTO = '__FUZZ_PROTO__';

/** A valid source text: a fixture, a random document or a random bundle. */
function source(draw: Draw): string {
  const r = draw.rng.nextFloat();
  if (r < 0.3) return draw.pick(FIXTURE_TEXTS);
  if (r < 0.75) return scenarioFileText([randomScenario(draw)]);
  return scenarioFileText(Array.from({ length: 2 + draw.int(3) }, () => randomScenario(draw)));
}

/** The document to mutate inside a parsed file (a bundle's random entry, or the root), and whether it is a version 1 document. */
function target(root: Json, draw: Draw): { doc: Json; v1: boolean } {
  const scenarios = root['scenarios'];
  const doc = root['format'] === SCENARIO_BUNDLE_FORMAT && Array.isArray(scenarios) ? (draw.pick(scenarios) as Json) : root;
  return { doc, v1: doc['schemaVersion'] === 1 };
}

const WRONG_FOR_STRING: readonly unknown[] = [1, null, true, [], {}, { text: 'x' }];
const WRONG_FOR_OBJECT: readonly unknown[] = [null, [], 'x', 5, true];
const wrongOverride = (draw: Draw): unknown =>
  draw.pick(['20', null, true, [], {}, { value: 1 }, { path: 'x' }, { path: [] }, { path: [[2022]] }, { path: [['2022', 1]] }]);

/** A deep array or object nest as text (JSON.stringify would overflow the stack building it). */
function deepText(draw: Draw): string {
  const depth = 1000 + draw.int(60_000);
  return draw.chance(0.5) ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Applies one structural mutation to a parsed valid file; returns the new text and what it does. */
function mutateValue(root: Json, draw: Draw): { text: string; verdict: Verdict; mutation: string } {
  const { doc, v1 } = target(root, draw);
  const overrides = isRecord(doc['overrides']) ? doc['overrides'] : (doc['overrides'] = {});
  const someParameter = draw.pick(PARAMETERS);
  const kind = draw.int(12);
  let verdict: Verdict = 'fail';
  let mutation: string;
  let replace: (text: string) => string = (text) => text;
  switch (kind) {
    case 0: {
      const field = draw.pick(
        v1 ? ['schemaVersion', 'notes', 'modelVersion', 'dataVintage'] : ['schemaVersion', 'name', 'notes', 'modelVersion', 'dataVintage'],
      );
      doc[field] = field === 'schemaVersion' ? draw.pick(['2', null, true, [], {}, 2.5]) : draw.pick(WRONG_FOR_STRING);
      mutation = `wrong type: ${field}`;
      break;
    }
    case 1: {
      const field = draw.pick(['overrides', 'horizon', 'tracked']);
      doc[field] =
        field === 'horizon' ? draw.pick([...WRONG_FOR_OBJECT, { start: '2020', end: 2035 }, { start: 2020, end: 2099 }]) : draw.pick(WRONG_FOR_OBJECT);
      mutation = `wrong type: ${field}`;
      break;
    }
    case 2:
      overrides[someParameter.id] = wrongOverride(draw);
      mutation = 'wrong type: override value';
      break;
    case 3: {
      const huge = draw.pick([1e308, -1e308, someParameter.max + 1e6, someParameter.min - 1e6, HUGE]);
      overrides[someParameter.id] = draw.chance(0.3) ? { path: [[2022, huge]] } : huge;
      if (draw.chance(0.2)) overrides[someParameter.id] = { path: [[draw.pick([1e308, -1e308, 2019, 9999]), someParameter.default]] };
      replace = (text) => text.replace(`"${HUGE}"`, '1e999');
      mutation = 'huge number';
      break;
    }
    case 4: {
      const nan = draw.pick(['NaN', 'Infinity', '-Infinity', 'nan', '1e999']);
      if (draw.chance(0.7)) overrides[someParameter.id] = nan;
      else doc['tracked'] = { [draw.pick(PLAN_TARGETS.filter((t) => t.kind === 'tracked')).id]: { start: nan, startYear: 2020, change: 0 } };
      mutation = 'NaN string';
      break;
    }
    case 5:
      overrides[someParameter.id] = draw.chance(0.5) ? [junk(draw, 1)] : { junk: junk(draw, 1), more: junk(draw, 2) };
      mutation = 'nested junk in an override';
      break;
    case 6:
      overrides[someParameter.id] = DEEP;
      replace = (text) => text.replace(`"${DEEP}"`, deepText(draw));
      mutation = 'deep nesting in an override';
      break;
    case 7:
      overrides[
        draw.pick(['zz_not_a_parameter', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'DIBAO_UPLIFT', ' dibao_uplift', 'x'.repeat(10_000)])
      ] = 1;
      mutation = 'unknown override key';
      break;
    case 8: {
      const where = draw.int(3);
      if (where === 0) {
        overrides[PROTO] = { [someParameter.id]: someParameter.default };
        mutation = '__proto__ key in overrides';
      } else if (where === 1) {
        doc['tracked'] = { [PROTO]: { start: 1, startYear: 2020, change: 0 } };
        mutation = '__proto__ key in tracked';
      } else {
        root[PROTO] = { schemaVersion: 99, format: 'evil', overrides: { polluted: 1 }, polluted: true };
        verdict = 'pass';
        mutation = '__proto__ key at the top';
      }
      replace = (text) => text.replaceAll(`"${PROTO}"`, '"__proto__"');
      break;
    }
    case 9:
      root[draw.pick(['extra', 'comment', '$schema', 'constructor', 'toString', 'hasOwnProperty'])] = junk(draw, 0);
      verdict = 'pass';
      mutation = 'unknown top-level key';
      break;
    case 10: {
      const long = draw.chance(0.5) ? 'x'.repeat(201 + draw.int(300_000)) : '长'.repeat(201 + draw.int(5_000));
      if (draw.chance(0.5)) {
        doc['name'] = long;
        mutation = 'name too long';
      } else {
        doc[draw.pick(['notes', 'modelVersion', 'dataVintage'])] = long;
        verdict = 'pass';
        mutation = 'very long text field';
      }
      break;
    }
    default: {
      if (root['format'] !== SCENARIO_BUNDLE_FORMAT) {
        return { text: deepText(draw), verdict: 'fail', mutation: 'deep nesting as the whole file' };
      }
      const change = draw.int(4);
      if (change === 0) root['scenarios'] = [];
      else if (change === 1) root['format'] = draw.pick(['prosperity-sandbox-scenario', 'PROSPERITY-SANDBOX-SCENARIOS', 1, null]);
      else if (change === 2) root['schemaVersion'] = draw.pick([SCENARIO_SCHEMA_VERSION + 1, 0, -1, '2', null]);
      else delete root['scenarios'];
      mutation = 'bundle header';
    }
  }
  return { text: replace(JSON.stringify(root, null, draw.chance(0.5) ? 2 : undefined)), verdict, mutation };
}

/** Applies one textual mutation to a valid file's text. */
function mutateText(text: string, draw: Draw): { text: string; verdict: Verdict; mutation: string } {
  const at = draw.int(text.length);
  const noise = (): string =>
    draw.pick(['{', '}', '[', ']', '"', ',', ':', '0', '-', 'x', ' ', '\\', '\u0000', '汉', '😀', '\ud800', 'e9', 'null', 'NaN', '1e999']);
  switch (draw.int(5)) {
    case 0: {
      const trimmed = text.trimEnd();
      return { text: trimmed.slice(0, draw.int(trimmed.length)), verdict: 'fail', mutation: 'truncated' };
    }
    case 1:
      return { text: text.slice(0, at) + noise() + text.slice(at + 1), verdict: 'either', mutation: 'flipped character' };
    case 2:
      return {
        text: text.slice(0, at) + Array.from({ length: 1 + draw.int(4) }, noise).join('') + text.slice(at),
        verdict: 'either',
        mutation: 'inserted characters',
      };
    case 3:
      return { text: text.slice(0, at) + text.slice(at + 1 + draw.int(40)), verdict: 'either', mutation: 'deleted characters' };
    default:
      return {
        text: draw.pick(['', ' ', '\n\n', '\uFEFF', 'null', '[]', '0', '"scenario"', 'true', JSON.stringify(junk(draw, 0))]),
        verdict: 'fail',
        mutation: 'not a scenario at all',
      };
  }
}

function fuzzFile(draw: Draw, index: number): FuzzFile {
  const name = `fuzz-${index}${draw.pick(['.json', '.JSON', '', '.txt', ' 汉字.json'])}`;
  const r = draw.rng.nextFloat();
  if (r < 0.01) {
    const file: FuzzFile = {
      input: { name, size: SCENARIO_FILE_MAX_BYTES + 1 + draw.int(1e9), text: async () => ((file.reads += 1), '{}') },
      verdict: 'fail',
      mutation: 'too large',
      text: undefined,
      reads: 0,
    };
    return file;
  }
  if (r < 0.02) {
    const file: FuzzFile = {
      input: { name, size: 100, text: () => ((file.reads += 1), Promise.reject(new Error('I/O error'))) },
      verdict: 'fail',
      mutation: 'read failed',
      text: undefined,
      reads: 0,
    };
    return file;
  }
  const valid = source(draw);
  const mutated = draw.chance(0.5) ? mutateText(valid, draw) : mutateValue(JSON.parse(valid) as Json, draw);
  const file: FuzzFile = {
    input: {
      name,
      size: new TextEncoder().encode(mutated.text).byteLength,
      text: async () => {
        file.reads += 1;
        return mutated.text;
      },
    },
    verdict: mutated.verdict,
    mutation: mutated.mutation,
    text: mutated.text,
    reads: 0,
  };
  return file;
}

describe('import fuzz (10,000 mutated files)', () => {
  it('never throws, refuses every bad file, and only ever adds valid documents to the library', { timeout: 300_000 }, async () => {
    const started = performance.now();
    const draw = new Draw(0xf22);
    const files = Array.from({ length: FILE_COUNT }, (_, i) => fuzzFile(draw, i));
    const library = new FakeLibrary([randomScenario(draw), randomScenario(draw), randomScenario(draw)]);
    const stored = library.entries.map((entry) => ({ entry, json: JSON.stringify(entry) }));
    const counts: Record<string, number> = {};
    const verdicts = { accepted: 0, refused: 0 };

    for (let start = 0; start < files.length;) {
      const batch = files.slice(start, (start += 1 + draw.int(6)));
      const callsBefore = library.calls.length;
      const entriesBefore = library.entries.length;
      let reports: FileReport[] = [];
      try {
        const outcome = await importScenarioFiles(
          batch.map((f) => f.input),
          library,
        );
        reports = outcome.reports;
        expect(outcome.storageFailure).toBeNull();
        expect(outcome.created).toEqual(library.entries.slice(entriesBefore));
      } catch (cause) {
        throw new Error(`importScenarioFiles rejected on files ${batch.map((f) => f.mutation).join(', ')}: ${String(cause)}`, { cause });
      }
      expect(reports.map((r) => r.file)).toEqual(batch.map((f) => f.input.name));

      batch.forEach((file, i) => {
        const report = reports[i]!;
        const context = `${file.input.name} (${file.mutation}): ${(file.text ?? '').slice(0, 200)}`;
        counts[file.mutation] = (counts[file.mutation] ?? 0) + 1;
        const accepted = report.errors.length === 0;
        verdicts[accepted ? 'accepted' : 'refused']++;
        expect(accepted ? report.docs.length > 0 : report.docs.length === 0, context).toBe(true);
        if (file.verdict !== 'either') expect(accepted, context).toBe(file.verdict === 'pass');
        if (file.text !== undefined) expect(accepted, `oracle disagrees on ${context}`).toBe(oracle(file.text));
        if (file.mutation === 'too large') expect(file.reads, context).toBe(0);
        for (const error of report.errors) {
          expect(IMPORT_ERROR_KINDS, context).toContain(error.kind);
          expect(error.file).toBe(file.input.name);
          expect(error.message.en.startsWith(`${file.input.name}: `), context).toBe(true);
          expect(error.message.zh.startsWith(`${file.input.name}：`), context).toBe(true);
          expect(error.message.en, context).toContain(error.path);
          expect(error.message.zh, context).toContain(error.path);
        }
      });

      // importAll: once with exactly the documents of the accepted files, never when none was accepted.
      const acceptedDocs: ScenarioDoc[] = reports.flatMap((r) => r.docs);
      expect(library.calls.length).toBe(callsBefore + (acceptedDocs.length > 0 ? 1 : 0));
      if (acceptedDocs.length > 0) expect(library.calls[callsBefore]).toEqual(acceptedDocs);
      expect(library.violations).toEqual([]);
      // Earlier entries: the very same objects, with the very same content.
      expect(stored.every(({ entry }, k) => library.entries[k] === entry)).toBe(true);
      for (const entry of library.entries.slice(entriesBefore)) stored.push({ entry, json: JSON.stringify(entry) });
    }

    for (const { entry, json } of stored) expect(JSON.stringify(entry)).toBe(json);
    expect(library.entries).toHaveLength(stored.length);
    // No prototype was polluted by "__proto__" keys.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    // The fuzz exercised both outcomes and every mutation.
    console.info(
      `import fuzz: ${FILE_COUNT} files (${verdicts.accepted} accepted, ${verdicts.refused} refused) in ${Math.round(performance.now() - started)} ms`,
    );
    expect(verdicts.accepted).toBeGreaterThan(500);
    expect(verdicts.refused).toBeGreaterThan(5000);
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(20);
    for (const [mutation, n] of Object.entries(counts)) expect(n, mutation).toBeGreaterThan(3);
  });
});
