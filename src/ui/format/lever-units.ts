/**
 * The unit a parameter is shown AND typed in, per language. A lever's readout, its range ends, its
 * typed box, the year-by-year inputs and the "what I changed" summary all use it, so a number on
 * screen is always the number to type: the mountain-county transfer (catalog unit: bn yuan a year)
 * reads and types as 亿元/年 in Chinese (×10) and bn yuan a year in English (×1).
 */
import type { ParameterDef, Unit } from '../../model/catalog';
import type { Language } from '../i18n/messages';
import { LEVER_TEXT, type TypedUnit } from '../i18n/levers';

/** Units without a written unit: the bare number is both shown and typed. */
const BARE: ReadonlySet<Unit> = new Set<Unit>(['ratio', 'share', 'elasticity', 'choice']);

/**
 * Shown number = catalog value × scale. Only units whose people-facing form differs from the
 * catalog's storage form have a scale other than 1 (亿 = 0.1 bn; 万 = 0.01 million).
 */
const SCALE: Readonly<Partial<Record<Unit, Readonly<Record<Language, number>>>>> = {
  yuan: { zh: 1e-8, en: 1e-9 },
  yuan_bn_per_year: { zh: 10, en: 1 },
  persons: { zh: 1e-4, en: 1e-6 },
  persons_10k: { zh: 1, en: 0.01 },
  persons_million: { zh: 100, en: 1 },
};

/** How a parameter is shown and typed in one language. */
export interface ShownUnit {
  /** Shown number = catalog value × scale. */
  readonly scale: number;
  /** The unit written after the number and beside the typed box; empty for a bare number. */
  readonly label: string;
  /** Whether the label follows the number without a space ("5%", "600亿元/年"). */
  readonly tight: boolean;
}

/** Drops binary float noise (0.1 × 3, 100 × 1e-4) that a scale leaves in a decimal number. */
export function tidy(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(12));
}

/** The unit a parameter's values are shown and typed in. */
export function shownUnit(def: Pick<ParameterDef, 'unit'>, language: Language): ShownUnit {
  const scale = SCALE[def.unit]?.[language] ?? 1;
  if (BARE.has(def.unit)) return { scale, label: '', tight: true };
  const label = LEVER_TEXT[language].inputUnits[def.unit as TypedUnit];
  return { scale, label, tight: language === 'zh' || /^[%/]/.test(label) };
}

/** A catalog value in the shown unit. */
export function toShown(def: Pick<ParameterDef, 'unit'>, value: number, language: Language): number {
  return tidy(value * shownUnit(def, language).scale);
}

/** A number typed in the shown unit, back in catalog units. */
export function fromShown(def: Pick<ParameterDef, 'unit'>, typed: number, language: Language): number {
  return tidy(typed / shownUnit(def, language).scale);
}

/** The typed box's range and step in the shown unit. */
export function shownRange(def: Pick<ParameterDef, 'unit' | 'min' | 'max' | 'step'>, language: Language): { min: number; max: number; step: number } {
  return { min: toShown(def, def.min, language), max: toShown(def, def.max, language), step: toShown(def, def.step, language) };
}
