import { BASE_YEAR, DATA_VINTAGE, HORIZON_YEAR, MODEL_VERSION, PLAN_TARGETS, RETIRED_PARAMETERS, findOutput, findParameter } from '../model/catalog';
import { nearest } from '../shared/edit-distance';
import { isRecord } from '../shared/record';
import { err, ok, type Result } from '../shared/result';
import { ERROR_LIST_MAX, ErrorList, type CappedErrors } from './error-list';
import { migrateScenario } from './migrate';
import {
  INDICATOR_EXPRESSION_MAX,
  INDICATOR_ID_PATTERN,
  INDICATOR_LABEL_MAX,
  INDICATOR_THRESHOLD_MAX,
  INDICATOR_UNIT_MAX,
  INDICATORS_MAX,
  SCENARIO_FIELDS,
  SCENARIO_NAME_MAX,
  SCENARIO_SCHEMA_VERSION,
  TRACKED_FIRST_YEAR,
  TRACKED_VALUE_MAX,
  type TrackedTrendDoc,
  type CustomIndicatorDoc,
  type IndicatorTargetDoc,
  type ScenarioDoc,
  type ScenarioError,
  type ScenarioErrorKind,
  type ScenarioOverride,
  type ScenarioWarning,
} from './document';

function problem(kind: ScenarioErrorKind, path: string, en: string, zh: string): ScenarioError {
  return { kind, path, message: { en: `${path || '(document)'}: ${en}`, zh: `${path || '（文档）'}：${zh}` } };
}

/** Builds a fresh scenario document with no overrides. */
export function emptyScenario(): ScenarioDoc {
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name: '',
    modelVersion: MODEL_VERSION,
    dataVintage: DATA_VINTAGE,
    horizon: { start: BASE_YEAR, end: HORIZON_YEAR },
    overrides: {},
    notes: '',
  };
}

/** The field path of an override (built only for an error that is listed, see ErrorList). */
function overridePath(id: string): string {
  return `overrides.${id}`;
}

/** The field path of a point of an override's path. */
function pointPath(id: string, index: number): string {
  return `overrides.${id}.path[${index}]`;
}

function parseOverride(id: string, raw: unknown, horizon: { start: number; end: number }, errors: ErrorList<ScenarioError>): ScenarioOverride | undefined {
  const def = findParameter(id);
  if (!def) {
    errors.add(() => problem('unknown_parameter', overridePath(id), `"${id}" is not a parameter of this model`, `“${id}”不是本模型的参数`));
    return undefined;
  }
  /** Checks a value against the parameter's range; `at` is the point's index, or undefined for a scalar. */
  const checkRange = (value: number, at: number | undefined): boolean => {
    if (value < def.min || value > def.max) {
      errors.add(() =>
        problem(
          'out_of_range',
          at === undefined ? overridePath(id) : pointPath(id, at),
          `${value} is outside the allowed range ${def.min} to ${def.max}`,
          `${value} 超出允许范围 ${def.min} 至 ${def.max}`,
        ),
      );
      return false;
    }
    return true;
  };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) {
      errors.add(() => problem('wrong_type', overridePath(id), 'must be a finite number', '必须是有限数值'));
      return undefined;
    }
    return checkRange(raw, undefined) ? raw : undefined;
  }
  if (!isRecord(raw) || !('path' in raw)) {
    errors.add(() =>
      problem('wrong_type', overridePath(id), 'must be a number or { "path": [[year, value], …] }', '必须是数值或 { "path": [[年份, 数值], …] }'),
    );
    return undefined;
  }
  if (!Array.isArray(raw['path']) || raw['path'].length === 0) {
    errors.add(() => problem('invalid_path', `${overridePath(id)}.path`, 'must be a non-empty list of [year, value] pairs', '必须是非空的 [年份, 数值] 列表'));
    return undefined;
  }
  const points: [number, number][] = [];
  let valid = true;
  let previousYear = -Infinity;
  raw['path'].forEach((point: unknown, index: number) => {
    if (!Array.isArray(point) || point.length !== 2 || typeof point[0] !== 'number' || typeof point[1] !== 'number' || !Number.isFinite(point[1])) {
      errors.add(() => problem('invalid_path', pointPath(id, index), 'must be a [year, value] pair of numbers', '必须是 [年份, 数值] 数对'));
      valid = false;
      return;
    }
    const [year, value] = point as [number, number];
    if (!Number.isInteger(year) || year <= horizon.start || year > horizon.end) {
      errors.add(() =>
        problem(
          'year_outside_horizon',
          pointPath(id, index),
          `year ${year} is outside the horizon ${horizon.start + 1}–${horizon.end}`,
          `年份 ${year} 不在 ${horizon.start + 1}–${horizon.end} 范围内`,
        ),
      );
      valid = false;
      return;
    }
    if (year <= previousYear) {
      errors.add(() => problem('invalid_path', pointPath(id, index), 'years must increase', '年份必须递增'));
      valid = false;
      return;
    }
    previousYear = year;
    if (!checkRange(value, index)) valid = false;
    points.push([year, value]);
  });
  return valid ? { path: points } : undefined;
}

const TRACKED_IDS = new Set(PLAN_TARGETS.filter((t) => t.kind === 'tracked').map((t) => t.id));

function parseTracked(raw: unknown, errors: ErrorList<ScenarioError>): Record<string, TrackedTrendDoc> | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    errors.add(() =>
      problem('wrong_type', 'tracked', 'must be an object of target id → { start, startYear, change }', '必须是“目标 id → { start, startYear, change }”的对象'),
    );
    return undefined;
  }
  const out: Record<string, TrackedTrendDoc> = {};
  for (const [id, trend] of Object.entries(raw)) {
    const path = `tracked.${id}`;
    if (!TRACKED_IDS.has(id)) {
      errors.add(() => problem('unknown_target', path, `"${id}" is not a tracked target of the plan`, `“${id}”不是规划中的跟踪目标`));
      continue;
    }
    if (!isRecord(trend)) {
      errors.add(() =>
        problem(
          'wrong_type',
          path,
          'must be { "start": number, "startYear": year, "change": number }',
          '必须是 { "start": 数值, "startYear": 年份, "change": 数值 }',
        ),
      );
      continue;
    }
    const { start, startYear, change } = trend;
    let valid = true;
    for (const [field, value] of [
      ['start', start],
      ['change', change],
    ] as const) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.add(() => problem('wrong_type', `${path}.${field}`, 'must be a finite number', '必须是有限数值'));
        valid = false;
      } else if (Math.abs(value) > TRACKED_VALUE_MAX) {
        // Bounded so that the trend's value in every year is finite (1e308 + 1e308 × 5 is Infinity).
        errors.add(() =>
          problem(
            'out_of_range',
            `${path}.${field}`,
            `${value} is outside the allowed range −${TRACKED_VALUE_MAX} to ${TRACKED_VALUE_MAX}`,
            `${value} 超出允许范围 −${TRACKED_VALUE_MAX} 至 ${TRACKED_VALUE_MAX}`,
          ),
        );
        valid = false;
      }
    }
    if (typeof startYear !== 'number' || !Number.isInteger(startYear) || startYear < TRACKED_FIRST_YEAR || startYear > HORIZON_YEAR) {
      errors.add(() =>
        problem(
          'out_of_range',
          `${path}.startYear`,
          `must be a year from ${TRACKED_FIRST_YEAR} to ${HORIZON_YEAR}`,
          `必须是 ${TRACKED_FIRST_YEAR} 至 ${HORIZON_YEAR} 之间的年份`,
        ),
      );
      valid = false;
    }
    if (valid) out[id] = { start: start as number, startYear: startYear as number, change: change as number };
  }
  return out;
}

const COMPARATORS: readonly string[] = ['>=', '>', '<=', '<'];

/** A custom indicator's target; undefined (and the problems listed) when it is not valid. */
function parseIndicatorTarget(raw: unknown, path: string, horizonEnd: number, errors: ErrorList<ScenarioError>): IndicatorTargetDoc | undefined {
  if (!isRecord(raw)) {
    errors.add(() =>
      problem(
        'wrong_type',
        path,
        'must be { "comparator": ">=" | ">" | "<=" | "<", "threshold": number, "year": year }',
        '必须是 { "comparator": ">=" | ">" | "<=" | "<", "threshold": 数值, "year": 年份 }',
      ),
    );
    return undefined;
  }
  const { comparator, threshold, year } = raw;
  let valid = true;
  if (typeof comparator !== 'string' || !COMPARATORS.includes(comparator)) {
    errors.add(() => problem('wrong_type', `${path}.comparator`, 'must be one of ">=", ">", "<=", "<"', '必须是“>=”“>”“<=”“<”之一'));
    valid = false;
  }
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
    errors.add(() => problem('wrong_type', `${path}.threshold`, 'must be a finite number', '必须是有限数值'));
    valid = false;
  } else if (Math.abs(threshold) > INDICATOR_THRESHOLD_MAX) {
    errors.add(() =>
      problem(
        'out_of_range',
        `${path}.threshold`,
        `${threshold} is outside the allowed range −${INDICATOR_THRESHOLD_MAX} to ${INDICATOR_THRESHOLD_MAX}`,
        `${threshold} 超出允许范围 −${INDICATOR_THRESHOLD_MAX} 至 ${INDICATOR_THRESHOLD_MAX}`,
      ),
    );
    valid = false;
  }
  if (typeof year !== 'number' || !Number.isInteger(year) || year <= BASE_YEAR || year > horizonEnd) {
    errors.add(() =>
      problem(
        'year_outside_horizon',
        `${path}.year`,
        `must be a year from ${BASE_YEAR + 1} to ${horizonEnd}`,
        `必须是 ${BASE_YEAR + 1} 至 ${horizonEnd} 之间的年份`,
      ),
    );
    valid = false;
  }
  return valid ? { comparator: comparator as IndicatorTargetDoc['comparator'], threshold: threshold as number, year: year as number } : undefined;
}

/**
 * The custom indicators (schema 3): each needs an id (unique, not an output's id, INDICATOR_ID_PATTERN)
 * and an expression of at most INDICATOR_EXPRESSION_MAX characters; label, unit and target are
 * optional. The expression's grammar and names are the model's to check (a bad one still loads and
 * its error is shown with the indicator). Errors name the field and the index, e.g. `indicators[2].id`.
 */
function parseIndicators(raw: unknown, horizonEnd: number, errors: ErrorList<ScenarioError>): CustomIndicatorDoc[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    errors.add(() => problem('wrong_type', 'indicators', 'must be a list of { "id", "expression", … }', '必须是 { "id", "expression", … } 的列表'));
    return undefined;
  }
  if (raw.length > INDICATORS_MAX) {
    errors.add(() =>
      problem(
        'out_of_range',
        'indicators',
        `has ${raw.length} indicators; at most ${INDICATORS_MAX} are allowed`,
        `有 ${raw.length} 个指标，最多 ${INDICATORS_MAX} 个`,
      ),
    );
    return undefined;
  }
  const out: CustomIndicatorDoc[] = [];
  const ids = new Set<string>();
  raw.forEach((entry: unknown, index: number) => {
    const path = `indicators[${index}]`;
    if (!isRecord(entry)) {
      errors.add(() => problem('wrong_type', path, 'must be { "id", "expression", … }', '必须是 { "id", "expression", … }'));
      return;
    }
    let valid = true;
    const { id, expression, label, unit, target } = entry;
    if (typeof id !== 'string') {
      errors.add(() =>
        problem(
          id === undefined ? 'missing_field' : 'wrong_type',
          `${path}.id`,
          id === undefined ? 'is required' : 'must be a string',
          id === undefined ? '缺失必填字段' : '必须是字符串',
        ),
      );
      valid = false;
    } else if (!INDICATOR_ID_PATTERN.test(id)) {
      errors.add(() =>
        problem(
          'invalid_indicator',
          `${path}.id`,
          `"${id.slice(0, 60)}" must start with a lower-case letter and have only a–z, 0–9 and "_", at most 40 characters`,
          `“${id.slice(0, 60)}”必须以小写字母开头，只含 a–z、0–9 和“_”，最多 40 个字符`,
        ),
      );
      valid = false;
    } else if (findOutput(id)) {
      errors.add(() => problem('invalid_indicator', `${path}.id`, `"${id}" is the id of a model output; choose another`, `“${id}”是模型输出的 id，请另取`));
      valid = false;
    } else if (ids.has(id)) {
      errors.add(() => problem('invalid_indicator', `${path}.id`, `"${id}" is used by an earlier indicator`, `“${id}”已被前面的指标使用`));
      valid = false;
    } else ids.add(id);
    if (typeof expression !== 'string') {
      errors.add(() =>
        problem(
          expression === undefined ? 'missing_field' : 'wrong_type',
          `${path}.expression`,
          expression === undefined ? 'is required' : 'must be a string',
          expression === undefined ? '缺失必填字段' : '必须是字符串',
        ),
      );
      valid = false;
    } else if (expression.length > INDICATOR_EXPRESSION_MAX) {
      errors.add(() =>
        problem(
          'out_of_range',
          `${path}.expression`,
          `is ${expression.length} characters long; at most ${INDICATOR_EXPRESSION_MAX} are allowed`,
          `长 ${expression.length} 个字符，最多 ${INDICATOR_EXPRESSION_MAX} 个`,
        ),
      );
      valid = false;
    }
    const labels: { zh?: string; en?: string } = {};
    if (label !== undefined) {
      if (!isRecord(label)) {
        errors.add(() =>
          problem(
            'wrong_type',
            `${path}.label`,
            'must be { "zh": text, "en": text } (either may be left out)',
            '必须是 { "zh": 文本, "en": 文本 }（可只填其一）',
          ),
        );
        valid = false;
      } else {
        for (const lang of ['zh', 'en'] as const) {
          const text = label[lang];
          if (text === undefined) continue;
          if (typeof text !== 'string') {
            errors.add(() => problem('wrong_type', `${path}.label.${lang}`, 'must be a string', '必须是字符串'));
            valid = false;
          } else if (text.length > INDICATOR_LABEL_MAX) {
            errors.add(() =>
              problem(
                'out_of_range',
                `${path}.label.${lang}`,
                `is ${text.length} characters long; at most ${INDICATOR_LABEL_MAX} are allowed`,
                `长 ${text.length} 个字符，最多 ${INDICATOR_LABEL_MAX} 个`,
              ),
            );
            valid = false;
          } else labels[lang] = text;
        }
      }
    }
    if (unit !== undefined && (typeof unit !== 'string' || unit.length > INDICATOR_UNIT_MAX)) {
      errors.add(() =>
        problem(
          typeof unit === 'string' ? 'out_of_range' : 'wrong_type',
          `${path}.unit`,
          `must be text of at most ${INDICATOR_UNIT_MAX} characters`,
          `必须是最多 ${INDICATOR_UNIT_MAX} 个字符的文本`,
        ),
      );
      valid = false;
    }
    const parsedTarget = target === undefined ? undefined : parseIndicatorTarget(target, `${path}.target`, horizonEnd, errors);
    if (target !== undefined && parsedTarget === undefined) valid = false;
    if (!valid) return;
    out.push({
      id: id as string,
      ...(label !== undefined ? { label: labels } : {}),
      expression: expression as string,
      ...(typeof unit === 'string' ? { unit } : {}),
      ...(parsedTarget ? { target: parsedTarget } : {}),
    });
  });
  return out;
}

/** Records one problem and returns the capped list: for the checks that end validation at once. */
function refuse(error: ScenarioError, maxErrors: number): CappedErrors<ScenarioError> {
  const errors = new ErrorList<ScenarioError>(maxErrors);
  errors.add(() => error);
  return errors.capped();
}

/** A valid document and what is suspect in it (it loads all the same). */
export interface ReadScenario {
  readonly doc: ScenarioDoc;
  /** The first warnings (at most the cap) and how many more there are. */
  readonly warnings: CappedErrors<ScenarioWarning>;
}

function warning(kind: ScenarioWarning['kind'], path: string, en: string, zh: string, suggestion?: string): ScenarioWarning {
  const message = { en: `${path}: ${en}`, zh: `${path}：${zh}` };
  return suggestion === undefined ? { kind, path, message } : { kind, path, message, suggestion };
}

/** Top-level fields that are not part of the format: each named, with the nearest known field when it looks like a typo. */
function unknownFields(raw: Record<string, unknown>, warnings: ErrorList<ScenarioWarning>): void {
  const known: readonly string[] = SCENARIO_FIELDS;
  for (const field of Object.keys(raw)) {
    if (known.includes(field)) continue;
    warnings.add(() => {
      const guess = nearest(field, known);
      return guess === undefined
        ? warning('unknown_field', field, 'is not a field of the scenario format and is not kept', '不是情景格式的字段，不予保留')
        : warning(
            'unknown_field',
            field,
            `is not a field of the scenario format and is not kept; did you mean "${guess}"?`,
            `不是情景格式的字段，不予保留；是否应为“${guess}”？`,
            guess,
          );
    });
  }
}

/**
 * Reads anything (an IndexedDB record, a parsed file, a decoded link) as a scenario document, with
 * what is suspect in it. Returns the typed document and its warnings (a model version other than
 * this build's, top-level fields that are not part of the format, each naming its field), or the
 * problems found, each naming its field path and reason: the first `maxErrors` (default
 * ERROR_LIST_MAX) are listed and the rest only counted (`more`), so a document with 200,000 bad
 * points costs counting them, not building 200,000 messages. Warnings are capped the same way.
 */
export function readScenario(
  raw: unknown,
  maxErrors: number = ERROR_LIST_MAX,
  maxWarnings: number = ERROR_LIST_MAX,
): Result<ReadScenario, CappedErrors<ScenarioError>> {
  const errors = new ErrorList<ScenarioError>(maxErrors);
  if (!isRecord(raw)) return err(refuse(problem('not_an_object', '', 'a scenario must be a JSON object', '情景必须是 JSON 对象'), maxErrors));

  const version = raw['schemaVersion'];
  if (version === undefined) return err(refuse(problem('missing_field', 'schemaVersion', 'is required', '缺失必填字段'), maxErrors));
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return err(refuse(problem('wrong_type', 'schemaVersion', 'must be an integer', '必须是整数'), maxErrors));
  }
  if (version > SCENARIO_SCHEMA_VERSION) {
    return err(
      refuse(
        problem(
          'unsupported_version',
          'schemaVersion',
          `version ${version} is newer than this app understands (${SCENARIO_SCHEMA_VERSION}); update the app`,
          `版本 ${version} 比本应用支持的版本（${SCENARIO_SCHEMA_VERSION}）新，请更新应用`,
        ),
        maxErrors,
      ),
    );
  }
  if (version < 1) return err(refuse(problem('unsupported_version', 'schemaVersion', `version ${version} never existed`, `不存在版本 ${version}`), maxErrors));
  const input = migrateScenario(raw, version);

  const text = (field: string, fallback: string): string => {
    const value = input[field];
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      errors.add(() => problem('wrong_type', field, 'must be a string', '必须是字符串'));
      return fallback;
    }
    return value;
  };
  const modelVersion = text('modelVersion', MODEL_VERSION);
  const createdWithModel = input['createdWithModel'] === undefined ? undefined : text('createdWithModel', '');
  const dataVintage = text('dataVintage', DATA_VINTAGE);
  const notes = text('notes', '');
  const name = text('name', '');
  if (name.length > SCENARIO_NAME_MAX) {
    errors.add(() =>
      problem(
        'out_of_range',
        'name',
        `is ${name.length} characters long; at most ${SCENARIO_NAME_MAX} are allowed`,
        `长 ${name.length} 个字符，最多 ${SCENARIO_NAME_MAX} 个`,
      ),
    );
  }

  let horizon = { start: BASE_YEAR, end: HORIZON_YEAR };
  const rawHorizon = input['horizon'];
  if (rawHorizon !== undefined) {
    if (!isRecord(rawHorizon) || typeof rawHorizon['start'] !== 'number' || typeof rawHorizon['end'] !== 'number') {
      errors.add(() => problem('wrong_type', 'horizon', 'must be { "start": year, "end": year }', '必须是 { "start": 年份, "end": 年份 }'));
    } else if (
      rawHorizon['start'] !== BASE_YEAR ||
      !Number.isInteger(rawHorizon['end']) ||
      rawHorizon['end'] <= BASE_YEAR ||
      rawHorizon['end'] > HORIZON_YEAR
    ) {
      errors.add(() =>
        problem(
          'out_of_range',
          'horizon',
          `must start in ${BASE_YEAR} and end in a whole year from ${BASE_YEAR + 1} to ${HORIZON_YEAR} (got ${String(rawHorizon['start'])} to ${String(rawHorizon['end'])})`,
          `必须始于 ${BASE_YEAR} 年，并结束于 ${BASE_YEAR + 1} 至 ${HORIZON_YEAR} 年之间的整数年份（现为 ${String(rawHorizon['start'])} 至 ${String(rawHorizon['end'])}）`,
        ),
      );
    } else {
      horizon = { start: rawHorizon['start'], end: rawHorizon['end'] };
    }
  }

  const overrides: Record<string, ScenarioOverride> = {};
  const rawOverrides = input['overrides'];
  if (rawOverrides === undefined) {
    errors.add(() => problem('missing_field', 'overrides', 'is required (use {} for the baseline)', '缺失必填字段（基准情景请用 {}）'));
  } else if (!isRecord(rawOverrides)) {
    errors.add(() => problem('wrong_type', 'overrides', 'must be an object of parameter id → value', '必须是“参数 id → 数值”的对象'));
  } else {
    // Object.keys, not Object.entries: on an object of 100,000 keys V8 builds the entries about twice as slowly.
    for (const id of Object.keys(rawOverrides)) {
      // A parameter an earlier model version had: the document still loads, the setting is dropped.
      if (Object.hasOwn(RETIRED_PARAMETERS, id)) continue;
      const parsed = parseOverride(id, rawOverrides[id], horizon, errors);
      if (parsed !== undefined) overrides[id] = parsed;
    }
  }

  const tracked = parseTracked(input['tracked'], errors);
  const indicators = parseIndicators(input['indicators'], horizon.end, errors);

  if (errors.count > 0) return err(errors.capped());

  const warnings = new ErrorList<ScenarioWarning>(maxWarnings);
  if (modelVersion !== MODEL_VERSION) {
    warnings.add(() =>
      warning(
        'other_model_version',
        'modelVersion',
        `made with model ${modelVersion}, this is ${MODEL_VERSION}; results are this model's`,
        `由模型 ${modelVersion} 制作，本应用为 ${MODEL_VERSION}；结果按本模型计算`,
      ),
    );
  }
  unknownFields(raw, warnings);

  const doc: ScenarioDoc = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name,
    modelVersion,
    ...(createdWithModel ? { createdWithModel } : {}),
    dataVintage,
    horizon,
    overrides,
    notes,
    ...(tracked ? { tracked } : {}),
    // An empty list (every migrated document has one) is the same as none: the field is left out.
    ...(indicators && indicators.length > 0 ? { indicators } : {}),
  };
  return ok({ doc, warnings: warnings.capped() });
}

/**
 * Validates anything as a scenario document (see readScenario, which also gives the warnings):
 * the typed document, or the first `maxErrors` problems and a count of the rest.
 */
export function validateScenario(raw: unknown, maxErrors: number = ERROR_LIST_MAX): Result<ScenarioDoc, CappedErrors<ScenarioError>> {
  const result = readScenario(raw, maxErrors, 0);
  return result.ok ? ok(result.value.doc) : result;
}

/**
 * Validates anything as a scenario document (see validateScenario), listing at most
 * ERROR_LIST_MAX problems (validateScenario also says how many more there were).
 */
export function parseScenario(raw: unknown): Result<ScenarioDoc, ScenarioError[]> {
  const result = validateScenario(raw);
  return result.ok ? result : err(result.error.listed);
}

/** Parses JSON text and reads it as a scenario with its warnings (see readScenario); a syntax error is reported as `invalid_json`. */
export function readScenarioJson(text: string, maxErrors: number = ERROR_LIST_MAX): Result<ReadScenario, CappedErrors<ScenarioError>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return err(refuse(problem('invalid_json', '', `is not valid JSON (${reason})`, `不是有效的 JSON（${reason}）`), maxErrors));
  }
  return readScenario(value, maxErrors);
}

/** Parses JSON text and validates it as a scenario (see validateScenario); a syntax error is reported as `invalid_json`. */
export function validateScenarioJson(text: string, maxErrors: number = ERROR_LIST_MAX): Result<ScenarioDoc, CappedErrors<ScenarioError>> {
  const result = readScenarioJson(text, maxErrors);
  return result.ok ? ok(result.value.doc) : result;
}

/** Parses JSON text and validates it as a scenario, listing at most ERROR_LIST_MAX problems; a syntax error is reported as `invalid_json`. */
export function parseScenarioJson(text: string): Result<ScenarioDoc, ScenarioError[]> {
  const result = validateScenarioJson(text);
  return result.ok ? result : err(result.error.listed);
}
