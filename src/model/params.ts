import { pathValueAt } from '../shared/path';
import { BASE_YEAR, HORIZON_YEAR, PARAMETERS, type ParameterDef } from './catalog';

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
  at(id: string, yearIndex: number): number;
  /** The value of a parameter that does not vary by year (its first projected year). */
  scalar(id: string): number;
  /** The catalog default of a parameter in a year index (what it would be without overrides). */
  defaultAt(id: string, yearIndex: number): number;
  /** Whether any lever differs from its default in any year. */
  readonly leversActive: boolean;
  /** A key identifying the assumption (non-lever) values, for caching the baseline run. */
  readonly assumptionKey: string;
  /** A key identifying the values that shape the 2020 synthetic population. */
  readonly buildKey: string;
}

/** Parameters whose value changes how the 2020 population is built. */
export const BUILD_PARAMETERS = ['sigma_urban', 'sigma_rural', 'mountain_income_factor', 'eco_income_factor', 'vulnerable_share_scale', 'dibao_take_up', 'dibao_inclusion_error', 'pension_recipients'] as const;

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
  const get = (id: string): Float64Array => {
    const v = table.get(id);
    if (!v) throw new Error(`bug: parameter ${id} is not in the catalog`);
    return v;
  };
  return {
    at: (id, yearIndex) => get(id)[yearIndex]!,
    scalar: (id) => get(id)[1]!,
    defaultAt: (id, yearIndex) => {
      const def = PARAMETERS.find((p) => p.id === id);
      if (!def) throw new Error(`bug: parameter ${id} is not in the catalog`);
      return defaultAt(def, YEARS[yearIndex]!);
    },
    leversActive,
    assumptionKey: assumptionParts.join(';'),
    buildKey: buildParts.join(';'),
  };
}

/** The baseline counterpart of a scenario: the same assumptions with every lever at its default. */
export function assumptionsOnly(overrides: Readonly<Record<string, OverrideValue>>): Record<string, OverrideValue> {
  const out: Record<string, OverrideValue> = {};
  for (const [id, value] of Object.entries(overrides)) if (PARAMETERS.find((p) => p.id === id)?.kind === 'assumption') out[id] = value;
  return out;
}
