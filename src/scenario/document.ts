import type { Bilingual } from '../model/catalog';
import type { ThresholdComparator } from '../shared/comparator';

/**
 * The newest scenario schema this build reads and writes. History (migrations in migrate.ts,
 * fixtures of every version in tests/fixtures/scenarios, kept forever):
 * - 1: the first release.
 * - 2: adds `name` (a scenario's title in the library and in files).
 * - 3: adds `indicators` (custom indicators: expressions over the outputs, each with an optional target).
 */
export const SCENARIO_SCHEMA_VERSION = 3;

/** The longest scenario name accepted, in characters. */
export const SCENARIO_NAME_MAX = 200;

/** A scalar override of a parameter, or a year-by-year path of [year, value] points. */
export type ScenarioOverride = number | { readonly path: readonly (readonly [number, number])[] };

/** A straight-line trend for a tracked plan target: value = start + change × (year − startYear). */
export interface TrackedTrendDoc {
  readonly start: number;
  readonly startYear: number;
  readonly change: number;
}

/** The earliest start year a tracked trend may name (official baselines go back to 2019). */
export const TRACKED_FIRST_YEAR = 2010;

/**
 * The largest magnitude of a tracked trend's `start` and `change`. Far above any target's scale
 * (the largest, counts and amounts in 亿元, are below 10^6), and small enough that
 * start + change × (year − startYear) stays finite for every year (|year − startYear| ≤ 25).
 */
export const TRACKED_VALUE_MAX = 1e12;

/** The most custom indicators a scenario holds. */
export const INDICATORS_MAX = 20;
/** The longest custom indicator expression, in characters (the model's own limit, CUSTOM_EXPRESSION_MAX, is the same). */
export const INDICATOR_EXPRESSION_MAX = 500;
/** The longest custom indicator label (each language) and unit, in characters. */
export const INDICATOR_LABEL_MAX = 100;
export const INDICATOR_UNIT_MAX = 20;
/** A custom indicator's id: a lower-case letter, then lower-case letters, digits or '_', at most 40 in all. */
export const INDICATOR_ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
/** The largest magnitude of a custom target's threshold (as for tracked trends). */
export const INDICATOR_THRESHOLD_MAX = 1e12;

/** A target on a custom indicator: met in `year` when value `comparator` threshold. */
export interface IndicatorTargetDoc {
  readonly comparator: ThresholdComparator;
  readonly threshold: number;
  readonly year: number;
}

/**
 * A custom indicator (schema 3): an expression over output ids, such as
 * `income_per_capita_rural / income_per_capita`, computed by the model after each run. Only the
 * id and the expression are required; the expression is checked by the model (a bad one loads and
 * shows its error), its length here.
 */
export interface CustomIndicatorDoc {
  readonly id: string;
  readonly label?: Partial<Bilingual>;
  readonly expression: string;
  readonly unit?: string;
  readonly target?: IndicatorTargetDoc;
}

/**
 * A scenario: the baseline plus overrides, never a copy of the baseline. This is the one format
 * stored in IndexedDB, written to files and packed into links.
 */
export interface ScenarioDoc {
  readonly schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  /** The scenario's title, plain text ('' = untitled). Never rendered as HTML. */
  readonly name: string;
  /** The model version that computes the scenario's results; files are always written with this build's. */
  readonly modelVersion: string;
  /** The model version the scenario was first made with, when that is not `modelVersion` (kept from files of other versions; optional). */
  readonly createdWithModel?: string;
  readonly dataVintage: string;
  readonly horizon: { readonly start: number; readonly end: number };
  readonly overrides: Readonly<Record<string, ScenarioOverride>>;
  readonly notes: string;
  /** User trends for tracked plan targets, by target id (optional; absent = not projected). */
  readonly tracked?: Readonly<Record<string, TrackedTrendDoc>>;
  /** Custom indicators (schema 3; optional; absent = none). */
  readonly indicators?: readonly CustomIndicatorDoc[];
}

/** The top-level fields of a scenario document, in the order files write them; any other field is reported and not kept. */
export const SCENARIO_FIELDS = [
  'schemaVersion',
  'name',
  'modelVersion',
  'createdWithModel',
  'dataVintage',
  'horizon',
  'overrides',
  'notes',
  'tracked',
  'indicators',
] as const;

/** Every kind of problem a scenario document can have (tests check each has a fixture). */
export const SCENARIO_ERROR_KINDS = [
  'invalid_json',
  'not_an_object',
  'missing_field',
  'wrong_type',
  'unsupported_version',
  'unknown_parameter',
  'out_of_range',
  'year_outside_horizon',
  'invalid_path',
  'unknown_target',
  'invalid_indicator',
] as const;

/** What can be wrong with a scenario document. */
export type ScenarioErrorKind = (typeof SCENARIO_ERROR_KINDS)[number];

/** One problem in a document: its kind, the field path (e.g. `overrides.dibao_standard.path[2]`) and why. */
export interface ScenarioError {
  readonly kind: ScenarioErrorKind;
  readonly path: string;
  readonly message: Bilingual;
}

/**
 * Every kind of suspect but readable content (the document still loads):
 * - `other_model_version`: made with a model version other than this build's; results are this model's;
 * - `unknown_field`: a top-level field that is not part of the format (not kept; a likely typo names the nearest field).
 */
export const SCENARIO_WARNING_KINDS = ['other_model_version', 'unknown_field'] as const;

/** What is suspect in a document that still loads. */
export type ScenarioWarningKind = (typeof SCENARIO_WARNING_KINDS)[number];

/** One suspect thing in a document: its kind, the field path and what it means, in both languages. */
export interface ScenarioWarning {
  readonly kind: ScenarioWarningKind;
  readonly path: string;
  readonly message: Bilingual;
  /** For an unknown field that looks like a typo: the field it probably means. */
  readonly suggestion?: string;
}
