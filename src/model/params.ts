import { pathValueAt } from '../shared/path';
import { BASE_YEAR, findParameter, HORIZON_YEAR, PARAMETERS, type ParamId, type ParameterDef } from './catalog';

/** A scalar override, or a year-by-year path of [year, value] points. */
export type OverrideValue = number | { readonly path: readonly (readonly [number, number])[] };

/** The simulated years, BASE_YEAR … HORIZON_YEAR. */
export const YEARS: readonly number[] = Array.from({ length: HORIZON_YEAR - BASE_YEAR + 1 }, (_, i) => BASE_YEAR + i);

/** Number of simulated years including the base year. */
export const YEAR_COUNT = YEARS.length;

/**
 * Every parameter resolved to one value per simulated year (index 0 = BASE_YEAR). A scalar
 * override holds for every year; a path overrides from its first point on (read by
 * shared/path.ts), and the default (path) holds before it.
 */
export interface ResolvedParams {
  /** The value of a parameter in a year index. */
  at(id: ParamId, yearIndex: number): number;
  /** The value of a parameter that does not vary by year (its first projected year). */
  scalar(id: ParamId): number;
  /** The catalog default of a parameter in a year index (what it would be without overrides). */
  defaultAt(id: ParamId, yearIndex: number): number;
  /** Whether any lever differs from its default in any year. */
  readonly leversActive: boolean;
  /** A key identifying the assumption (non-lever) values, for caching the baseline run. */
  readonly assumptionKey: string;
  /** A key identifying the values that shape the 2020 synthetic population. */
  readonly buildKey: string;
}

/** Parameters whose value changes how the 2020 population is built. */
export const BUILD_PARAMETERS = [
  'sigma_urban',
  'sigma_rural',
  'mountain_income_factor',
  'eco_income_factor',
  'vulnerable_share_scale',
  'dibao_take_up',
  'dibao_inclusion_error',
  'pension_recipients',
] as const;

function defaultAt(def: ParameterDef, year: number): number {
  return def.defaultPath?.[year] ?? def.default;
}

function resolveOne(def: ParameterDef, override: OverrideValue | undefined): Float64Array {
  const values = new Float64Array(YEARS.length);
  for (let i = 0; i < YEARS.length; i++) values[i] = defaultAt(def, YEARS[i]!);
  if (override === undefined) return values;
  if (typeof override === 'number') {
    values.fill(override);
    return values;
  }
  for (let i = 0; i < YEARS.length; i++) values[i] = pathValueAt(override.path, YEARS[i]!) ?? values[i]!;
  // The base year is calibrated data: a scenario cannot change it.
  values[0] = defaultAt(def, YEARS[0]!);
  return values;
}

/**
 * The resolved values, one array per parameter. A class, not an object of closures: the engine's
 * hot loops call `at` and `scalar` many times per run, and V8 compiles such a call for the
 * function it has seen there. Closures made afresh for every run were a new function each time,
 * so the optimised engine code was thrown away ("wrong call target") on every run of a drag.
 */
class ParameterTable implements ResolvedParams {
  readonly #table: Map<string, Float64Array>;
  readonly leversActive: boolean;
  readonly assumptionKey: string;
  readonly buildKey: string;

  constructor(table: Map<string, Float64Array>, leversActive: boolean, assumptionKey: string, buildKey: string) {
    this.#table = table;
    this.leversActive = leversActive;
    this.assumptionKey = assumptionKey;
    this.buildKey = buildKey;
  }

  at(id: ParamId, yearIndex: number): number {
    return this.#values(id)[yearIndex]!;
  }

  scalar(id: ParamId): number {
    return this.#values(id)[1]!;
  }

  defaultAt(id: ParamId, yearIndex: number): number {
    return defaultAt(findParameter(id), YEARS[yearIndex]!);
  }

  #values(id: ParamId): Float64Array {
    const values = this.#table.get(id);
    if (!values) throw new Error(`bug: parameter ${id} is not in the catalog`);
    return values;
  }
}

/** Resolves a scenario's overrides against the catalog. Unknown ids are a bug here: validate first. */
export function resolveParams(overrides: Readonly<Record<string, OverrideValue>>): ResolvedParams {
  const table = new Map<string, Float64Array>();
  let leversActive = false;
  const assumptionParts: string[] = [];
  const buildParts: string[] = [];
  for (const def of PARAMETERS) {
    const values = resolveOne(def, overrides[def.id]);
    table.set(def.id, values);
    const changed = overrides[def.id] !== undefined && values.some((v, i) => v !== defaultAt(def, YEARS[i]!));
    if (def.kind === 'lever' && changed) leversActive = true;
    if (def.kind === 'assumption' && changed) assumptionParts.push(`${def.id}=${Array.from(values).join(',')}`);
    if ((BUILD_PARAMETERS as readonly string[]).includes(def.id) && changed) buildParts.push(`${def.id}=${values[1]}`);
  }
  for (const id of Object.keys(overrides)) if (!table.has(id)) throw new Error(`bug: unknown parameter ${id} reached the model`);
  return new ParameterTable(table, leversActive, assumptionParts.join(';'), buildParts.join(';'));
}

/** The baseline counterpart of a scenario: the same assumptions with every lever at its default. */
export function assumptionsOnly(overrides: Readonly<Record<string, OverrideValue>>): Record<string, OverrideValue> {
  const out: Record<string, OverrideValue> = {};
  for (const [id, value] of Object.entries(overrides)) if (PARAMETERS.find((p) => p.id === id)?.kind === 'assumption') out[id] = value;
  return out;
}
