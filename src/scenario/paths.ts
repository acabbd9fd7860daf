import { BASE_YEAR, HORIZON_YEAR, type ParameterDef } from '../model/catalog';
import { pathValueAt } from '../shared/path';
import type { ScenarioOverride } from './document';

/** The projected years a schedule covers: BASE_YEAR + 1 … HORIZON_YEAR. */
export const SCHEDULE_YEARS: readonly number[] = Array.from({ length: HORIZON_YEAR - BASE_YEAR }, (_, i) => BASE_YEAR + 1 + i);

/** The catalog default of a parameter in a year (its default path, or its scalar default). */
export function defaultIn(def: ParameterDef, year: number): number {
  return def.defaultPath?.[year] ?? def.default;
}

/**
 * The value a parameter takes in each schedule year under an override, as the model reads it: a
 * scalar holds every year; a path holds from its first point (shared/path.ts, which the model's
 * resolveParams uses too) and the default holds before it.
 */
export function scheduleValues(def: ParameterDef, override: ScenarioOverride | undefined): number[] {
  return SCHEDULE_YEARS.map((year) => {
    if (override === undefined) return defaultIn(def, year);
    if (typeof override === 'number') return override;
    return pathValueAt(override.path, year) ?? defaultIn(def, year);
  });
}

/** Ready-made schedule shapes for a lever: from its default to a target value. */
export type SchedulePreset = 'ramp' | 'from_year' | 'front_loaded';

/**
 * Builds a path for a schedule preset: `ramp` rises linearly from the default in `startYear` to
 * `value` in `endYear`; `from_year` steps to `value` in `startYear`; `front_loaded` reaches
 * `value` in two years from `startYear`. Values are clamped to the parameter's range.
 */
export function presetPath(def: ParameterDef, preset: SchedulePreset, value: number, startYear: number, endYear: number): { path: [number, number][] } {
  const clamp = (v: number): number => Math.min(def.max, Math.max(def.min, v));
  const target = clamp(value);
  const base = clamp(defaultIn(def, startYear));
  switch (preset) {
    case 'ramp':
      return {
        path: [
          [startYear, base],
          [Math.max(startYear + 1, endYear), target],
        ],
      };
    case 'from_year':
      return { path: [[startYear, target]] };
    case 'front_loaded':
      return {
        path: [
          [startYear, base + (target - base) * 0.75],
          [Math.min(HORIZON_YEAR, startYear + 2), target],
        ],
      };
  }
}

/** Replaces one year's value in a schedule, keeping every other year as it was (one point per year). */
export function withYearValue(def: ParameterDef, override: ScenarioOverride | undefined, year: number, value: number): { path: [number, number][] } {
  const values = scheduleValues(def, override);
  const clamp = (v: number): number => Math.min(def.max, Math.max(def.min, v));
  return { path: SCHEDULE_YEARS.map((y, i) => [y, y === year ? clamp(value) : values[i]!] as [number, number]) };
}
