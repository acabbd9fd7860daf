/**
 * Stories: an ordered list of steps, each a scenario (embedded, so a story file or link is
 * self-contained), the view and output to show, and the presenter's note. Presentation mode steps
 * through them. Read through readStory, which checks every field like readScenario does and
 * reports each problem with its field path (`steps[2].scenario.overrides.x` for an embedded
 * scenario's own problems, found by readScenario).
 */
import { findOutput, type Bilingual } from '../model/catalog';
import { isRecord } from '../shared/record';
import { err, ok, type Result } from '../shared/result';
import { SCENARIO_ERROR_KINDS, SCENARIO_NAME_MAX, type ScenarioDoc, type ScenarioError } from './document';
import { ERROR_LIST_MAX, ErrorList, type CappedErrors } from './error-list';
import { readScenario } from './parse';

/** The `kind` marker of a story document (what tells a story file from a scenario file). */
export const STORY_KIND = 'prosperity-sandbox-story';

/** The newest story schema this build reads and writes. 1: the first release. */
export const STORY_SCHEMA_VERSION = 1;

/** The views a step can show: the workbench's centre views (the UI checks its type matches). */
export const STORY_VIEWS = ['trajectories', 'cities', 'distribution', 'household', 'compare'] as const;

/** A view a step shows. */
export type StoryView = (typeof STORY_VIEWS)[number];

/** The longest presenter note accepted, in characters. */
export const STORY_NOTE_MAX = 5000;

/** The most steps a story may have. */
export const STORY_STEPS_MAX = 100;

/** One step of a story: what the audience sees, and what the presenter reads. */
export interface StoryStep {
  /** The scenario the step runs, complete. */
  readonly scenario: ScenarioDoc;
  /** The centre view the step shows. */
  readonly view: StoryView;
  /** The output of the chart (and the first key target, when it is one). */
  readonly focus: string;
  /** The presenter's note, plain text (never rendered as HTML). */
  readonly note: string;
  /** A title for the step ('' or absent: the scenario's name). */
  readonly title?: string;
}

/** A story document, as stored, written to files and packed into links. */
export interface StoryDoc {
  readonly kind: typeof STORY_KIND;
  readonly schemaVersion: typeof STORY_SCHEMA_VERSION;
  readonly id: string;
  readonly name: string;
  readonly steps: readonly StoryStep[];
}

/** What can be wrong with a story: a scenario's kinds, plus a view or an output this app does not have. */
export const STORY_ERROR_KINDS = [...SCENARIO_ERROR_KINDS, 'not_a_story', 'unknown_view', 'unknown_output'] as const;

/** What can be wrong with a story document. */
export type StoryErrorKind = (typeof STORY_ERROR_KINDS)[number];

/** One problem in a story: its kind, the field path (e.g. `steps[1].view`) and why, in both languages. */
export interface StoryError {
  readonly kind: StoryErrorKind;
  readonly path: string;
  readonly message: Bilingual;
}

function problem(kind: StoryErrorKind, path: string, en: string, zh: string): StoryError {
  return { kind, path, message: { en: `${path || '(story)'}: ${en}`, zh: `${path || '（故事）'}：${zh}` } };
}

/** An embedded scenario's problem, its path prefixed with the step's (`steps[2].scenario.overrides.x`). */
function fromScenario(error: ScenarioError, prefix: string): StoryError {
  const path = error.path ? `${prefix}.${error.path}` : prefix;
  const strip = (message: string, lead: string): string => (message.startsWith(lead) ? message.slice(lead.length) : message);
  const en = strip(error.message.en, `${error.path || '(document)'}: `);
  const zh = strip(error.message.zh, `${error.path || '（文档）'}：`);
  return { kind: error.kind, path, message: { en: `${path}: ${en}`, zh: `${path}：${zh}` } };
}

/**
 * A fresh story id: random, so stories made in two tabs or on two machines never collide.
 * getRandomValues, not randomUUID: the latter exists only on secure origins, and the app may be
 * served over plain HTTP on a local network.
 */
export function newStoryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `story-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** An empty story named `name`. */
export function emptyStory(name: string, id: string = newStoryId()): StoryDoc {
  return { kind: STORY_KIND, schemaVersion: STORY_SCHEMA_VERSION, id, name, steps: [] };
}

/** Checks a text field: a string of at most `max` characters, else the problem. */
function text(value: unknown, path: string, max: number, errors: ErrorList<StoryError>): string | undefined {
  if (typeof value !== 'string') {
    errors.add(() => problem('wrong_type', path, 'must be text', '必须是文本'));
    return undefined;
  }
  if (value.length > max) {
    errors.add(() =>
      problem('out_of_range', path, `is ${value.length} characters long; at most ${max} are allowed`, `长 ${value.length} 个字符，最多允许 ${max} 个`),
    );
    return undefined;
  }
  return value;
}

function readStep(raw: unknown, index: number, errors: ErrorList<StoryError>): StoryStep | undefined {
  const at = `steps[${index}]`;
  if (!isRecord(raw)) {
    errors.add(() => problem('wrong_type', at, 'must be an object { scenario, view, focus, note }', '必须是对象 { scenario, view, focus, note }'));
    return undefined;
  }
  const before = errors.count;
  let scenario: ScenarioDoc | undefined;
  if (raw['scenario'] === undefined) errors.add(() => problem('missing_field', `${at}.scenario`, 'is required', '缺失必填字段'));
  else {
    const read = readScenario(raw['scenario'], Math.max(0, errors.room), 0);
    if (read.ok) scenario = read.value.doc;
    else errors.addAll(read.error, (e) => fromScenario(e, `${at}.scenario`));
  }
  const view = raw['view'];
  if (view === undefined) errors.add(() => problem('missing_field', `${at}.view`, 'is required', '缺失必填字段'));
  else if (typeof view !== 'string' || !(STORY_VIEWS as readonly string[]).includes(view)) {
    errors.add(() => problem('unknown_view', `${at}.view`, `must be one of ${STORY_VIEWS.join(', ')}`, `必须是 ${STORY_VIEWS.join('、')} 之一`));
  }
  const focus = raw['focus'];
  if (focus === undefined) errors.add(() => problem('missing_field', `${at}.focus`, 'is required', '缺失必填字段'));
  else if (typeof focus !== 'string') errors.add(() => problem('wrong_type', `${at}.focus`, 'must be an output id (text)', '必须是输出指标 id（文本）'));
  else if (!findOutput(focus)) {
    errors.add(() => problem('unknown_output', `${at}.focus`, `"${focus}" is not an output of this model`, `“${focus}”不是本模型的输出指标`));
  }
  const note = raw['note'] === undefined ? '' : text(raw['note'], `${at}.note`, STORY_NOTE_MAX, errors);
  const title = raw['title'] === undefined ? undefined : text(raw['title'], `${at}.title`, SCENARIO_NAME_MAX, errors);
  if (errors.count > before || scenario === undefined || note === undefined) return undefined;
  const step: StoryStep = { scenario, view: view as StoryView, focus: focus as string, note };
  return title ? { ...step, title } : step;
}

/**
 * Reads anything (a stored record, a parsed file, a decoded link) as a story: the typed document,
 * or the first `maxErrors` problems (each naming its field path and reason) and a count of the
 * rest. Every embedded scenario goes through readScenario (old schema versions migrate); its
 * problems carry the step's path. Fields outside the format are not kept.
 */
export function readStory(raw: unknown, maxErrors: number = ERROR_LIST_MAX): Result<StoryDoc, CappedErrors<StoryError>> {
  const errors = new ErrorList<StoryError>(maxErrors);
  const refuse = (error: StoryError): Result<StoryDoc, CappedErrors<StoryError>> => {
    errors.add(() => error);
    return err(errors.capped());
  };
  if (!isRecord(raw)) return refuse(problem('not_an_object', '', 'a story must be a JSON object', '故事必须是 JSON 对象'));
  if (raw['kind'] !== STORY_KIND) {
    return refuse(problem('not_a_story', 'kind', `must be "${STORY_KIND}"`, `必须是“${STORY_KIND}”`));
  }
  const version = raw['schemaVersion'];
  if (version === undefined) return refuse(problem('missing_field', 'schemaVersion', 'is required', '缺失必填字段'));
  if (typeof version !== 'number' || !Number.isInteger(version)) return refuse(problem('wrong_type', 'schemaVersion', 'must be an integer', '必须是整数'));
  if (version !== STORY_SCHEMA_VERSION) {
    return refuse(
      version > STORY_SCHEMA_VERSION
        ? problem(
            'unsupported_version',
            'schemaVersion',
            `version ${version} is newer than this app understands (${STORY_SCHEMA_VERSION}); update the app`,
            `版本 ${version} 比本应用支持的版本（${STORY_SCHEMA_VERSION}）新，请更新应用`,
          )
        : problem('unsupported_version', 'schemaVersion', `version ${version} never existed`, `不存在版本 ${version}`),
    );
  }
  const id = raw['id'];
  if (id === undefined) errors.add(() => problem('missing_field', 'id', 'is required', '缺失必填字段'));
  else if (typeof id !== 'string' || id.trim() === '' || id.length > SCENARIO_NAME_MAX) {
    errors.add(() =>
      problem('wrong_type', 'id', `must be non-empty text of at most ${SCENARIO_NAME_MAX} characters`, `必须是不超过 ${SCENARIO_NAME_MAX} 个字符的非空文本`),
    );
  }
  const name = raw['name'] === undefined ? undefined : text(raw['name'], 'name', SCENARIO_NAME_MAX, errors);
  if (raw['name'] === undefined) errors.add(() => problem('missing_field', 'name', 'is required', '缺失必填字段'));
  const rawSteps = raw['steps'];
  const steps: StoryStep[] = [];
  if (rawSteps === undefined) errors.add(() => problem('missing_field', 'steps', 'is required (use [] for none)', '缺失必填字段（无步骤请用 []）'));
  else if (!Array.isArray(rawSteps)) errors.add(() => problem('wrong_type', 'steps', 'must be a list of steps', '必须是步骤列表'));
  else if (rawSteps.length > STORY_STEPS_MAX) {
    errors.add(() =>
      problem(
        'out_of_range',
        'steps',
        `has ${rawSteps.length} steps; at most ${STORY_STEPS_MAX} are allowed`,
        `有 ${rawSteps.length} 个步骤，最多允许 ${STORY_STEPS_MAX} 个`,
      ),
    );
  } else {
    rawSteps.forEach((entry: unknown, index: number) => {
      const step = readStep(entry, index, errors);
      if (step) steps.push(step);
    });
  }
  if (errors.count > 0 || typeof id !== 'string' || name === undefined) return err(errors.capped());
  return ok({ kind: STORY_KIND, schemaVersion: STORY_SCHEMA_VERSION, id, name, steps });
}

/** Reads anything as a story (see readStory), listing at most ERROR_LIST_MAX problems. */
export function parseStory(raw: unknown): Result<StoryDoc, StoryError[]> {
  const read = readStory(raw);
  return read.ok ? read : err(read.error.listed);
}

/** Whether a parsed JSON value says it is a story (its `kind`), whatever else is wrong with it. */
export function looksLikeStory(value: unknown): boolean {
  return isRecord(value) && value['kind'] === STORY_KIND;
}

/** The text of a story file: the document as JSON, two-space indented, ending in a newline. */
export function storyFileText(story: StoryDoc): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}
