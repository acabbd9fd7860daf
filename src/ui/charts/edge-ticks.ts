/**
 * The two y-axis labels of a small multiple (top and bottom of its sparkline). A sparkline's label
 * column is about seven characters wide, so a label is a bare number in the unit the small
 * multiple's title names (CHART_TEXT units: 万元/人·年 and 万人 in Chinese, yuan and million persons
 * in English), with as many decimals as the data's range needs for the two ends to differ.
 */
import type { Unit } from '../../model/catalog';
import { formatNumber } from '../format/number';
import type { Language } from '../i18n/messages';

/** The widest label the sparkline's label column shows whole. */
export const EDGE_TICK_MAX_CHARS = 7;

/** Axis number = value × scale, so that it reads in the unit CHART_TEXT names for the output. */
const AXIS_SCALE: Readonly<Partial<Record<Unit, Readonly<Record<Language, number>>>>> = {
  yuan_per_person_year: { zh: 1e-4, en: 1 },
  yuan_per_person: { zh: 1e-4, en: 1 },
  yuan_per_worker: { zh: 1e-4, en: 1 },
  yuan: { zh: 1e-8, en: 1e-9 },
  yuan_bn_per_year: { zh: 10, en: 1 },
  persons: { zh: 1e-4, en: 1e-6 },
  persons_10k: { zh: 1, en: 0.01 },
  persons_million: { zh: 100, en: 1 },
};

/** The most decimals a label gets; beyond it two ends that still read alike are shown alike. */
const MAX_DECIMALS = 4;

/** A number at `decimals`, in thousands ("127k", "12.7千") when it would not fit the column otherwise. */
function fit(value: number, decimals: number, language: Language): string {
  const text = formatNumber(value, language, decimals);
  if (text.length <= EDGE_TICK_MAX_CHARS || Math.abs(value) < 1e4) return text;
  return `${formatNumber(value / 1e3, language, Math.max(0, decimals - 3))}${language === 'zh' ? '千' : 'k'}`;
}

/**
 * The top and bottom labels of a sparkline spanning `low` … `high` of an output in `unit`:
 * decimals for two significant digits of the range, more while the two labels still read alike.
 */
export function edgeTicks(low: number, high: number, unit: Unit, language: Language): { top: string; bottom: string } {
  const scale = AXIS_SCALE[unit]?.[language] ?? 1;
  const lo = low * scale;
  const hi = high * scale;
  const range = Math.abs(hi - lo);
  let decimals = range > 0 ? Math.min(MAX_DECIMALS, Math.max(0, Math.ceil(-Math.log10(range)) + 1)) : 0;
  while (decimals < MAX_DECIMALS && range > 0 && fit(hi, decimals, language) === fit(lo, decimals, language)) decimals++;
  return { top: fit(hi, decimals, language), bottom: fit(lo, decimals, language) };
}
