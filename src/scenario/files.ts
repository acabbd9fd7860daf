/**
 * Scenario files: export (one document, or a bundle of several) and import. Import validates
 * every file completely before anything is stored; a file is all-or-nothing (one bad scenario in a
 * bundle refuses the whole file), and the scenarios of all valid files are stored in one
 * `importAll` call, which only ever adds entries. The format is described in docs/scenario-format.md.
 */
import { MODEL_VERSION } from '../model/catalog';
import { describeCause } from '../shared/cause';
import { isoDate, slugify } from '../shared/file-name';
import { isRecord } from '../shared/record';
import { err, ok, type Result } from '../shared/result';
import { SCENARIO_NAME_MAX, SCENARIO_SCHEMA_VERSION, type ScenarioDoc } from './document';
import { ERROR_LIST_MAX, ErrorList, type CappedErrors } from './error-list';
import { fileSource, fromScenarioError, fromScenarioWarning, importError, type ImportError, type ImportSource, type ImportWarning } from './import-error';
import { readScenario } from './parse';
import { looksLikeStory, readStory, type StoryDoc, type StoryError } from './story';

export type { ImportError, ImportErrorKind, ImportWarning } from './import-error';
export { IMPORT_ERROR_KINDS } from './import-error';
export { ERROR_LIST_MAX } from './error-list';

/** The largest file import reads: 5 MiB. A larger file is refused by its size, before it is read. */
export const SCENARIO_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** The `format` marker of a file holding several scenarios. */
export const SCENARIO_BUNDLE_FORMAT = 'prosperity-sandbox-scenarios';

/** A file holding several scenarios, as written by scenarioFileText. */
export interface ScenarioBundle {
  readonly format: typeof SCENARIO_BUNDLE_FORMAT;
  /** The schema version the bundle was written with (each scenario carries its own too). */
  readonly schemaVersion: number;
  readonly scenarios: readonly ScenarioDoc[];
}

/** What import needs of a file: a browser File satisfies it. */
export interface ScenarioFileInput {
  readonly name: string;
  /** Size in bytes, checked against SCENARIO_FILE_MAX_BYTES before `text()` is called. */
  readonly size: number;
  text(): Promise<string>;
}

/** The outcome of reading one file: its scenarios if it is valid, else the problems found. */
export interface FileReport {
  /** The file's name. */
  readonly file: string;
  /** The file's scenarios, ready to store; empty when there is any error (a file is all-or-nothing). */
  readonly docs: ScenarioDoc[];
  /** A story file's story (`kind` "prosperity-sandbox-story", see story.ts); absent or empty for a scenario file. */
  readonly stories?: StoryDoc[];
  /** The first problems found (at most ERROR_LIST_MAX). */
  readonly errors: ImportError[];
  /** How many more problems the file has beyond `errors` (counted, not listed). */
  readonly moreErrors: number;
  /** What is suspect in a valid file (another model version, unknown fields): the first ERROR_LIST_MAX; empty when the file is refused. */
  readonly warnings: ImportWarning[];
  /** How many more warnings beyond `warnings` (counted, not listed). */
  readonly moreWarnings: number;
}

/**
 * What import stores into: the library's `importAll` (ScenarioLibrary from src/storage satisfies
 * it; src/scenario may not import storage, so the shape is stated here). `importAll` must store all
 * or nothing and give a name already taken a copy name, never overwriting an entry.
 */
export interface ScenarioImportTarget<Entry, Failure> {
  importAll(docs: readonly ScenarioDoc[]): Promise<Result<Entry[], Failure>>;
}

/** A storage failure from an `importAll` that threw instead of resolving to a failure. */
export interface UnexpectedImportFailure {
  readonly kind: 'other';
  readonly message: string;
}

/** The outcome of importScenarioFiles. */
export interface ImportOutcome<Entry, Failure> {
  /** One report per file, in the order given. */
  readonly reports: FileReport[];
  /** The entries created (in file order); empty when nothing was stored. */
  readonly created: Entry[];
  /** Why storing failed (then nothing was stored), or null: stored, or nothing to store. */
  readonly storageFailure: Failure | UnexpectedImportFailure | null;
}

/**
 * The document as a file holds it: its fields in their canonical order (anything that is not part
 * of the format dropped), `modelVersion` this build's (the model that computes it now), and the
 * version it was first made with, if another, kept as `createdWithModel`.
 */
function canonical(doc: ScenarioDoc): ScenarioDoc {
  const createdWithModel = doc.createdWithModel ?? (doc.modelVersion === MODEL_VERSION ? undefined : doc.modelVersion);
  const base: ScenarioDoc = {
    schemaVersion: doc.schemaVersion,
    name: doc.name,
    modelVersion: MODEL_VERSION,
    ...(createdWithModel === undefined ? {} : { createdWithModel }),
    dataVintage: doc.dataVintage,
    horizon: { start: doc.horizon.start, end: doc.horizon.end },
    overrides: doc.overrides,
    notes: doc.notes,
  };
  const withTracked = doc.tracked === undefined ? base : { ...base, tracked: doc.tracked };
  return doc.indicators === undefined || doc.indicators.length === 0 ? withTracked : { ...withTracked, indicators: doc.indicators };
}

/**
 * The text of a scenario file: one document → that document as JSON; several → a bundle
 * `{ "format": "prosperity-sandbox-scenarios", "schemaVersion": 3, "scenarios": [ … ] }`.
 * Pretty-printed with two spaces, ending in a newline. Throws a RangeError for no documents (a
 * bundle of none would be refused on import).
 */
export function scenarioFileText(docs: readonly ScenarioDoc[]): string {
  const [first] = docs;
  if (first === undefined) throw new RangeError('scenarioFileText: no scenarios to write');
  const value: ScenarioDoc | ScenarioBundle =
    docs.length === 1 ? canonical(first) : { format: SCENARIO_BUNDLE_FORMAT, schemaVersion: SCENARIO_SCHEMA_VERSION, scenarios: docs.map(canonical) };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The longest slug a scenario file name gets, in characters. */
const FILE_SLUG_MAX = 80;

/**
 * A safe file name for exporting `docs`: one document → a slug of its name (letters and digits of
 * any script, hyphens; "scenario" when untitled); several → "scenarios-<n>". With `date`, the
 * local date is appended ("-2026-03-01"). Always ends in ".json" and never contains path
 * separators, control characters or characters that Windows forbids.
 */
export function scenarioFileName(docs: readonly ScenarioDoc[], date?: Date): string {
  const [first] = docs;
  const stem = docs.length === 1 && first !== undefined ? slugify(first.name, FILE_SLUG_MAX) || 'scenario' : `scenarios-${docs.length}`;
  return date === undefined || Number.isNaN(date.getTime()) ? `${stem}.json` : `${stem}-${isoDate(date)}.json`;
}

/** The name given to an untitled imported scenario: the file name without ".json", cut to SCENARIO_NAME_MAX characters (never inside a character). */
function nameFromFile(fileName: string): string {
  const stem = fileName.replace(/\.json$/i, '').trim();
  if (stem.length <= SCENARIO_NAME_MAX) return stem;
  let cut = '';
  for (const char of stem) {
    if (cut.length + char.length > SCENARIO_NAME_MAX) break;
    cut += char;
  }
  return cut;
}

/** "6.2 MB": a byte count for messages. */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(source: ImportSource, bytes: number): ImportError {
  const limit = megabytes(SCENARIO_FILE_MAX_BYTES);
  return importError('too_large', source, '', {
    en: `the file is ${megabytes(bytes)}; files over ${limit} are not read`,
    zh: `文件大小为 ${megabytes(bytes)}，超过 ${limit} 的文件不予读取`,
  });
}

/** A single problem as a capped list. */
function only(error: ImportError): CappedErrors<ImportError> {
  return { listed: [error], more: 0 };
}

/** Validates a bundle's header and every scenario in it, listing at most ERROR_LIST_MAX problems in all. */
function readBundle(bundle: Record<string, unknown>, source: ImportSource): Result<ReadDocs, CappedErrors<ImportError>> {
  const version = bundle['schemaVersion'];
  if (version === undefined) {
    return err(only(importError('missing_field', source, 'schemaVersion', { en: 'is required', zh: '缺失必填字段' })));
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return err(only(importError('wrong_type', source, 'schemaVersion', { en: 'must be an integer', zh: '必须是整数' })));
  }
  if (version > SCENARIO_SCHEMA_VERSION) {
    return err(
      only(
        importError('unsupported_version', source, 'schemaVersion', {
          en: `version ${version} is newer than this app understands (${SCENARIO_SCHEMA_VERSION}); update the app`,
          zh: `版本 ${version} 比本应用支持的版本（${SCENARIO_SCHEMA_VERSION}）新，请更新应用`,
        }),
      ),
    );
  }
  if (version < 1) {
    return err(only(importError('unsupported_version', source, 'schemaVersion', { en: `version ${version} never existed`, zh: `不存在版本 ${version}` })));
  }
  const scenarios = bundle['scenarios'];
  if (scenarios === undefined) {
    return err(only(importError('missing_field', source, 'scenarios', { en: 'is required', zh: '缺失必填字段' })));
  }
  if (!Array.isArray(scenarios)) {
    return err(only(importError('wrong_type', source, 'scenarios', { en: 'must be a list of scenarios', zh: '必须是情景列表' })));
  }
  if (scenarios.length === 0) {
    return err(only(importError('empty_bundle', source, 'scenarios', { en: 'the bundle holds no scenarios', zh: '该文件不含任何情景' })));
  }
  const docs: ScenarioDoc[] = [];
  const errors = new ErrorList<ImportError>(ERROR_LIST_MAX);
  const warnings = new ErrorList<ImportWarning>(ERROR_LIST_MAX);
  scenarios.forEach((entry: unknown, index: number) => {
    // Once a list is full, later problems are only counted (readScenario builds no message).
    const parsed = readScenario(entry, errors.room, warnings.room);
    if (parsed.ok) {
      docs.push(parsed.value.doc);
      warnings.addAll(parsed.value.warnings, (w) => fromScenarioWarning(w, source, `scenarios[${index}]`));
    } else errors.addAll(parsed.error, (e) => fromScenarioError(e, source, `scenarios[${index}]`));
  });
  return errors.count > 0 ? err(errors.capped()) : ok({ docs, warnings: warnings.capped() });
}

/** A valid file's scenarios and what is suspect in them. */
interface ReadDocs {
  readonly docs: ScenarioDoc[];
  readonly stories?: StoryDoc[];
  readonly warnings: CappedErrors<ImportWarning>;
}

/** A story's problem as an import error of `source` (a story's own kinds are reported as the file not being a scenario file). */
function fromStoryError(error: StoryError, source: ImportSource): ImportError {
  const kind = error.kind === 'not_a_story' || error.kind === 'unknown_view' || error.kind === 'unknown_output' ? 'not_a_scenario_file' : error.kind;
  const strip = (message: string, lead: string): string => (message.startsWith(lead) ? message.slice(lead.length) : message);
  return importError(kind, source, error.path, {
    en: strip(error.message.en, `${error.path || '(story)'}: `),
    zh: strip(error.message.zh, `${error.path || '（故事）'}：`),
  });
}

/** Validates parsed JSON as a story (by its `kind`), a lone document or a bundle. */
function readValue(value: unknown, source: ImportSource): Result<ReadDocs, CappedErrors<ImportError>> {
  if (looksLikeStory(value)) {
    const story = readStory(value);
    if (!story.ok) return err({ listed: story.error.listed.map((e) => fromStoryError(e, source)), more: story.error.more });
    return ok({ docs: [], stories: [story.value], warnings: { listed: [], more: 0 } });
  }
  if (isRecord(value)) {
    if ('format' in value) {
      if (value['format'] === SCENARIO_BUNDLE_FORMAT) return readBundle(value, source);
      return err(
        only(
          importError('not_a_scenario_file', source, 'format', {
            en: `"format" is ${JSON.stringify(value['format'])?.slice(0, 80) ?? 'undefined'}, not "${SCENARIO_BUNDLE_FORMAT}": this is not a scenario file`,
            zh: `“format”为 ${JSON.stringify(value['format'])?.slice(0, 80) ?? 'undefined'}，而不是“${SCENARIO_BUNDLE_FORMAT}”：这不是情景文件`,
          }),
        ),
      );
    }
    if (!('schemaVersion' in value) && !('overrides' in value)) {
      return err(
        only(
          importError('not_a_scenario_file', source, '', {
            en: 'this JSON is neither a scenario (no "schemaVersion" or "overrides") nor a bundle of scenarios (no "format")',
            zh: '此 JSON 既不是情景（无“schemaVersion”或“overrides”），也不是情景合集（无“format”）',
          }),
        ),
      );
    }
  }
  const parsed = readScenario(value);
  if (!parsed.ok) return err({ listed: parsed.error.listed.map((e) => fromScenarioError(e, source, '')), more: parsed.error.more });
  const { doc, warnings } = parsed.value;
  return ok({ docs: [doc], warnings: { listed: warnings.listed.map((w) => fromScenarioWarning(w, source, '')), more: warnings.more } });
}

/**
 * How a scenario read from a file is named where several files' scenarios are listed together (the
 * workshop collector, Compare): the file's name, and for a bundle also the scenario's own name (or
 * its position, from 1).
 */
export function scenarioLabelInFile(report: Pick<FileReport, 'file' | 'docs'>, index: number): string {
  return report.docs.length > 1 ? `${report.file} · ${report.docs[index]?.name || index + 1}` : report.file;
}

/**
 * Reads and validates one file (see readScenarioFiles): the import worker's unit of work. Never
 * throws or rejects.
 */
export async function readScenarioFile(file: ScenarioFileInput): Promise<FileReport> {
  let name = '(unnamed file)';
  try {
    name = typeof file.name === 'string' ? file.name : String(file.name);
  } catch {
    // keep the placeholder name
  }
  const source = fileSource(name);
  const refuse = (errors: ImportError[], moreErrors = 0): FileReport => ({ file: name, docs: [], errors, moreErrors, warnings: [], moreWarnings: 0 });
  try {
    const size = file.size;
    if (typeof size === 'number' && size > SCENARIO_FILE_MAX_BYTES) return refuse([tooLarge(source, size)]);
    if (size === 0) return refuse([importError('empty_file', source, '', { en: 'the file is empty', zh: '文件为空' })]);

    let text: string;
    try {
      text = await file.text();
      if (typeof text !== 'string') throw new TypeError('text() did not give a string');
    } catch (cause) {
      const reason = describeCause(cause, 'message');
      return refuse([importError('read_failed', source, '', { en: `the file could not be read (${reason})`, zh: `无法读取文件（${reason}）` })]);
    }
    // A string longer than the limit in UTF-16 units is longer in UTF-8 bytes too: a size that lied.
    if (text.length > SCENARIO_FILE_MAX_BYTES) return refuse([tooLarge(source, text.length)]);
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (body.trim() === '') return refuse([importError('empty_file', source, '', { en: 'the file is empty', zh: '文件为空' })]);

    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (cause) {
      const reason = describeCause(cause, 'message');
      return refuse([importError('invalid_json', source, '', { en: `is not valid JSON (${reason})`, zh: `不是有效的 JSON（${reason}）` })]);
    }
    const result = readValue(value, source);
    if (!result.ok) return refuse(result.error.listed, result.error.more);
    const fallbackName = nameFromFile(name);
    const { docs, warnings, stories } = result.value;
    return {
      file: name,
      docs: docs.map((doc) => (doc.name === '' ? { ...doc, name: fallbackName } : doc)),
      ...(stories ? { stories } : {}),
      errors: [],
      moreErrors: 0,
      warnings: warnings.listed,
      moreWarnings: warnings.more,
    };
  } catch (cause) {
    const reason = describeCause(cause, 'message');
    return refuse([importError('read_failed', source, '', { en: `the file could not be read (${reason})`, zh: `无法读取文件（${reason}）` })]);
  }
}

/**
 * Reads and validates every file completely, one after another, and stores nothing. A file over
 * SCENARIO_FILE_MAX_BYTES is refused by its size before it is read. A file holds one document or a
 * bundle (recognised by `format`); each document goes through validateScenario (migrating old
 * schema versions). Errors name the file, the field path (`scenarios[3].overrides.x` in a bundle)
 * and the reason; a file lists at most ERROR_LIST_MAX of them and counts the rest (`moreErrors`).
 * A file is all-or-nothing: any error leaves its `docs` empty. An untitled scenario is named after
 * its file (without ".json"). Never throws or rejects. The page runs this in the import worker
 * (src/compute/import-client.ts), one file per call.
 */
export async function readScenarioFiles(files: readonly ScenarioFileInput[]): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await readScenarioFile(file));
  return reports;
}

/**
 * Stores the scenarios of the valid files among `reports` in ONE `library.importAll` call (all or
 * nothing; a name already taken gets a copy name). Nothing from a file with an error is stored, and
 * when no file is valid `importAll` is not called. Never rejects: an `importAll` that throws is
 * reported as a storage failure.
 */
export async function storeScenarioReports<Entry, Failure>(
  reports: FileReport[],
  library: ScenarioImportTarget<Entry, Failure>,
): Promise<ImportOutcome<Entry, Failure>> {
  const docs = reports.flatMap((report) => report.docs);
  if (docs.length === 0) return { reports, created: [], storageFailure: null };
  try {
    const stored = await library.importAll(docs);
    return stored.ok ? { reports, created: stored.value, storageFailure: null } : { reports, created: [], storageFailure: stored.error };
  } catch (cause) {
    return { reports, created: [], storageFailure: { kind: 'other', message: describeCause(cause, 'message') } };
  }
}

/**
 * Imports files into the library: reads and validates all of them (readScenarioFiles), then
 * stores the valid files' scenarios (storeScenarioReports). Import only adds entries; it never
 * changes existing ones. Never rejects.
 */
export async function importScenarioFiles<Entry, Failure>(
  files: readonly ScenarioFileInput[],
  library: ScenarioImportTarget<Entry, Failure>,
): Promise<ImportOutcome<Entry, Failure>> {
  return storeScenarioReports(await readScenarioFiles(files), library);
}
