/**
 * Errors of reading scenarios from outside the app (files and share links): every problem a
 * document can have (ScenarioErrorKind) plus the problems of the container around it. Each error
 * names where it came from (the file, or the share link), the field path and the reason, in both
 * languages; the UI shows `message` as plain text.
 */
import type { Bilingual } from '../model/catalog';
import { SCENARIO_ERROR_KINDS, type ScenarioError, type ScenarioWarning, type ScenarioWarningKind } from './document';

/**
 * What can be wrong with an imported file or a share link, beyond the document kinds:
 * - `too_large`: a file over SCENARIO_FILE_MAX_BYTES, or a link whose payload is over its limit;
 * - `empty_file`: a file with no content (or only white space);
 * - `not_a_scenario_file`: valid JSON, but neither a scenario document nor a scenario bundle;
 * - `empty_bundle`: a bundle with no scenarios;
 * - `read_failed`: the browser could not read the file (removed, permission, I/O error);
 * - `invalid_link`: a share link that is garbled (bad characters, not deflate, not UTF-8, not JSON,
 *   a field of the wrong form).
 */
export type ImportErrorKind = (typeof IMPORT_ERROR_KINDS)[number];

/** Every ImportErrorKind, for exhaustive tests and UI lookups. */
export const IMPORT_ERROR_KINDS = [
  ...SCENARIO_ERROR_KINDS,
  'too_large',
  'empty_file',
  'not_a_scenario_file',
  'empty_bundle',
  'read_failed',
  'invalid_link',
] as const;

/** One problem found while importing. */
export interface ImportError {
  readonly kind: ImportErrorKind;
  /** The name of the file the problem is in; '' for a share link. */
  readonly file: string;
  /** The field path (a bundle's entries are prefixed, e.g. `scenarios[3].overrides.dibao_uplift`); '' for the file or link as a whole. */
  readonly path: string;
  /** "<file>: <path>: <reason>" in each language (the path part is left out when the path is ''). */
  readonly message: Bilingual;
}

/** One suspect thing in an imported file or link that still loads (e.g. another model version, an unknown field). */
export interface ImportWarning {
  readonly kind: ScenarioWarningKind;
  /** The name of the file; '' for a share link. */
  readonly file: string;
  /** The field path, prefixed with the entry for a bundle (`scenarios[3].overide`). */
  readonly path: string;
  /** "<file>: <path>: <what it means>" in each language. */
  readonly message: Bilingual;
  /** For an unknown field that looks like a typo: the field it probably means. */
  readonly suggestion?: string;
}

/** Where an import error was found, as the messages name it. */
export interface ImportSource {
  /** The file name, or '' for a share link. */
  readonly file: string;
  /** How messages name the source: the file name, or "Share link" / "分享链接". */
  readonly label: Bilingual;
}

/** The source of errors in a file called `name`. */
export function fileSource(name: string): ImportSource {
  return { file: name, label: { en: name || '(unnamed file)', zh: name || '（未命名文件）' } };
}

/** The source of errors in a share link. */
export const LINK_SOURCE: ImportSource = { file: '', label: { en: 'Share link', zh: '分享链接' } };

/** Builds an import error whose message names the source, the field path (if any) and the reason. */
export function importError(kind: ImportErrorKind, source: ImportSource, path: string, reason: Bilingual): ImportError {
  const en = path ? `${source.label.en}: ${path}: ${reason.en}` : `${source.label.en}: ${reason.en}`;
  const zh = path ? `${source.label.zh}：${path}：${reason.zh}` : `${source.label.zh}：${reason.zh}`;
  return { kind, file: source.file, path, message: { en, zh } };
}

/**
 * The reason of a document error without the field-path prefix parseScenario puts in front of it
 * (`<path>: ` in English, `<path>：` in Chinese), so it can be re-prefixed with a longer path.
 */
function reasonOf(error: Pick<ScenarioError, 'path' | 'message'>): Bilingual {
  const strip = (message: string, prefix: string): string => (message.startsWith(prefix) ? message.slice(prefix.length) : message);
  return {
    en: strip(error.message.en, `${error.path || '(document)'}: `),
    zh: strip(error.message.zh, `${error.path || '（文档）'}：`),
  };
}

/**
 * Turns a document error into an import error of `source`. `pathPrefix` locates the document
 * inside its container (e.g. `scenarios[3]` in a bundle; '' for a lone document). A whole-document
 * error (path '') of a lone document is named "(document)", as parseScenario names it.
 */
export function fromScenarioError(error: ScenarioError, source: ImportSource, pathPrefix: string): ImportError {
  const path = pathPrefix && error.path ? `${pathPrefix}.${error.path}` : pathPrefix || error.path;
  const reason = reasonOf(error);
  if (path === '') {
    return {
      kind: error.kind,
      file: source.file,
      path,
      message: { en: `${source.label.en}: (document): ${reason.en}`, zh: `${source.label.zh}：（文档）：${reason.zh}` },
    };
  }
  return importError(error.kind, source, path, reason);
}

/** Turns a document warning into a warning of `source`; `pathPrefix` locates the document in its container (see fromScenarioError). */
export function fromScenarioWarning(warning: ScenarioWarning, source: ImportSource, pathPrefix: string): ImportWarning {
  const path = pathPrefix ? `${pathPrefix}.${warning.path}` : warning.path;
  const reason = reasonOf(warning);
  const message = { en: `${source.label.en}: ${path}: ${reason.en}`, zh: `${source.label.zh}：${path}：${reason.zh}` };
  return { kind: warning.kind, file: source.file, path, message, ...(warning.suggestion === undefined ? {} : { suggestion: warning.suggestion }) };
}
