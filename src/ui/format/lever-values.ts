import { TARGET_YEAR, type ParameterDef } from '../../model/catalog';
import type { Language } from '../i18n/messages';
import { shownRange, shownUnit, toShown } from './lever-units';
import { formatNumber, formatNumberBetween } from './number';

/** How many decimals a parameter's step needs (0.1 → 1, 0.005 → 3, 10 → 0). */
export function stepDecimals(step: number): number {
  if (!(step > 0) || step >= 1) return 0;
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]);
  return text.split('.')[1]?.length ?? 0;
}

/** A typed value brought into a parameter's range, and whether it had to be moved. */
export function clampToRange(def: Pick<ParameterDef, 'min' | 'max'>, value: number): { value: number; clamped: boolean } {
  const v = Math.min(def.max, Math.max(def.min, value));
  return { value: v, clamped: v !== value };
}

/**
 * A value as a number field shows it: at most two decimals more than the step needs (a
 * year-by-year ramp lands between steps), without float noise such as 0.30000000000000004.
 */
export function roundForInput(value: number, step: number): number {
  const factor = 10 ** (stepDecimals(step) + 2);
  return Math.round(value * factor) / factor;
}

/** The baseline the slider's tick marks: the default in the target year for a path default. */
export function baselineValue(def: ParameterDef): number {
  return def.defaultPath ? (def.defaultPath[TARGET_YEAR] ?? def.default) : def.default;
}

/** Where a value sits on the parameter's range, from 0 (min) to 1 (max). */
export function rangeFraction(def: Pick<ParameterDef, 'min' | 'max'>, value: number): number {
  if (def.max <= def.min) return 0;
  return Math.min(1, Math.max(0, (value - def.min) / (def.max - def.min)));
}

/**
 * The number a parameter's typed box holds for a value: in the shown unit (lever-units.ts), to the
 * step's decimals plus two (a year-by-year ramp lands between steps).
 */
export function inputValue(def: ParameterDef, value: number, language: Language): number {
  return roundForInput(toShown(def, value, language), shownRange(def, language).step);
}

/**
 * A parameter's value without its unit, for a table whose unit stands in its own column: the
 * number its typed box holds (`inputValue`), in the shown unit (`shownUnit`). Choices show their label.
 */
export function formatParameterNumber(def: ParameterDef, value: number, language: Language): string {
  if (def.unit === 'choice') return def.choices?.[Math.round(value)]?.[language] ?? formatNumber(value, language);
  const decimals = stepDecimals(shownRange(def, language).step);
  return formatNumberBetween(inputValue(def, value, language), language, decimals, decimals + 2);
}

/**
 * A parameter's value written out with its unit, as shown next to a lever: the number is the one
 * its typed box holds (`inputValue`), the unit the one written beside the box. Choices show their label.
 */
export function formatParameterValue(def: ParameterDef, value: number, language: Language): string {
  const number = formatParameterNumber(def, value, language);
  const unit = shownUnit(def, language);
  if (!unit.label) return number;
  return unit.tight ? `${number}${unit.label}` : `${number} ${unit.label}`;
}
