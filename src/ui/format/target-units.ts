/**
 * Formats the values of the plan's 2025 targets in their own units (plan-targets.json writes a
 * unit as free text such as "% of households" or "10k persons"). Chinese keeps the plan's own
 * units (万元, 万人, 亿元, 个); English writes full numbers with thousands separators, "million"
 * and "bn yuan". Only presentation: every number comes from the model's scorecard.
 */
import type { Language } from '../i18n/messages';
import { formatNumber } from './number';
import { agreeingDecimals, type Agreement } from './precision';

/** The minus sign shown before negative numbers (U+2212, not a hyphen). */
export const MINUS = '\u2212';

/** How one plan unit is written: value → text, with the number already formatted. */
interface UnitStyle {
  /** Decimals for a value, a target and a gap; targets drop trailing zeros. */
  readonly decimals: number;
  /** Writes a non-negative magnitude in the unit. `trim` drops trailing zeros (plan thresholds). */
  readonly write: (magnitude: number, language: Language, decimals: number, trim: boolean) => string;
  /** Gaps of percentages are percentage points. */
  readonly gapWrite?: (magnitude: number, language: Language, decimals: number) => string;
  /**
   * The number `write` shows at `decimals`, as magnitude × scale with its own decimals, where it
   * is not the magnitude itself (万元, million); absent: scale 1 at `decimals`.
   */
  readonly shown?: (magnitude: number, language: Language) => Shown;
}

/** The number a text shows: the value × scale, at a number of decimals. */
interface Shown {
  readonly scale: number;
  readonly decimals: number;
}

const trimmed = new Map<string, Intl.NumberFormat>();

/** A number with the language's separators; `trim` keeps at most `decimals` but drops trailing zeros. */
function num(value: number, language: Language, decimals: number, trim = false): string {
  if (!trim) return formatNumber(value, language, decimals);
  const key = `${language}:${decimals}`;
  let formatter = trimmed.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    trimmed.set(key, formatter);
  }
  return formatter.format(value);
}

const suffix =
  (zh: string, en: string, enSpace = true) =>
  (m: number, language: Language, decimals: number, trim: boolean): string =>
    language === 'zh' ? `${num(m, 'zh', decimals, trim)}${zh}` : `${num(m, 'en', decimals, trim)}${enSpace ? ' ' : ''}${en}`;

const points = (m: number, language: Language, decimals: number, trim = false): string =>
  language === 'zh' ? `${num(m, 'zh', decimals, trim)}个百分点` : `${num(m, 'en', decimals, trim)} pp`;

const percent: UnitStyle = { decimals: 1, write: suffix('%', '%', false), gapWrite: points };

/** Yuan per person or worker: 万元 in Chinese, whole yuan in English (decimals beyond 2 add to both). */
const yuan: UnitStyle = {
  decimals: 2,
  write: (m, language, decimals, trim) =>
    language === 'zh' ? `${num(m / 10000, 'zh', decimals, trim)}万元` : `${decimals > 2 ? num(m, 'en', decimals - 2) : num(Math.round(m), 'en', 0)} yuan`,
  shown: (_, language) => (language === 'zh' ? { scale: 1e-4, decimals: 2 } : { scale: 1, decimals: 0 }),
};

/** A count given in units of 10,000 (万): Chinese keeps 万, English writes the number out (decimals beyond 1 add to both). */
function tenThousands(zhNoun: string, enNoun: string): UnitStyle {
  return {
    decimals: 1,
    write: (m, language, decimals, trim) => {
      if (language === 'zh') return `${num(m, 'zh', decimals, trim)}万${zhNoun}`;
      if (m * 1e4 >= 1e6) return `${num(m / 100, 'en', decimals + 1, true)} million ${enNoun}`;
      return `${decimals > 1 ? num(m * 1e4, 'en', decimals - 1, trim) : num(Math.round(m * 1e4), 'en', 0)} ${enNoun}`;
    },
    shown: (m, language) => (language === 'zh' ? { scale: 1, decimals: 1 } : m * 1e4 >= 1e6 ? { scale: 0.01, decimals: 2 } : { scale: 1e4, decimals: 0 }),
  };
}

const UNIT_STYLES: Readonly<Record<string, UnitStyle>> = {
  '%': percent,
  '% of households': percent,
  '% of counties': percent,
  '% of villages': percent,
  'pp (dibao growth − income growth)': { decimals: 1, write: (m, language, decimals, trim) => points(m, language, decimals, trim) },
  ratio: { decimals: 2, write: (m, language, decimals, trim) => num(m, language, decimals, trim) },
  'ratio (about)': { decimals: 2, write: (m, language, decimals, trim) => num(m, language, decimals, trim) },
  years: { decimals: 1, write: suffix('年', 'years') },
  'yuan/person/year (current prices)': yuan,
  'yuan/worker': yuan,
  '100 million yuan/year': {
    decimals: 0,
    write: (m, language, decimals, trim) =>
      language === 'zh' ? `${num(m, 'zh', decimals, trim)}亿元/年` : `${num(m / 10, 'en', decimals + 1, trim)} bn yuan a year`,
    shown: (_, language) => (language === 'zh' ? { scale: 1, decimals: 0 } : { scale: 0.1, decimals: 1 }),
  },
  'million entities': {
    decimals: 1,
    write: (m, language, decimals, trim) => (language === 'zh' ? `${num(m * 100, 'zh', decimals, trim)}万户` : `${num(m, 'en', decimals + 1, trim)} million`),
    shown: (_, language) => (language === 'zh' ? { scale: 100, decimals: 1 } : { scale: 1, decimals: 2 }),
  },
  'places/1000 pop': { decimals: 1, write: suffix('个/千人', 'per 1,000 people') },
  'persons/10k elderly': { decimals: 1, write: suffix('人/万名老人', 'per 10,000 older people') },
  '10k persons': tenThousands('人', 'persons'),
  '10k person-times': tenThousands('人次', 'person-times'),
  '10k houses': tenThousands('幢', 'houses'),
  '10k units': tenThousands('套', 'units'),
  towns: { decimals: 0, write: suffix('个', 'towns') },
  'rivers/lakes': { decimals: 0, write: suffix('个', 'rivers and lakes') },
  parks: { decimals: 0, write: suffix('个', 'parks') },
  factories: { decimals: 0, write: suffix('家', 'factories') },
};

const FALLBACK: UnitStyle = { decimals: 2, write: (m, language, decimals, trim) => num(m, language, decimals, trim) };

/** Whether a target's unit is a share of a whole ("%", "% of households" …), so its values lie within 0–100. */
export function isShareUnit(unit: string): boolean {
  return unit === '%' || unit.startsWith('% of ');
}

/** Whether the formatter knows a plan unit (a spec checks every target's unit is known). */
export function isKnownTargetUnit(unit: string): boolean {
  return unit in UNIT_STYLES;
}

function styleOf(unit: string): UnitStyle {
  return UNIT_STYLES[unit] ?? FALLBACK;
}

/** Whether a value shows as zero at the unit's precision (so it gets no sign). */
function roundsToZero(value: number, decimals: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -decimals;
}

/** The number a unit's text shows for a magnitude (value × scale at some decimals). */
function shownOf(style: UnitStyle, magnitude: number, language: Language): Shown {
  return style.shown?.(magnitude, language) ?? { scale: 1, decimals: style.decimals };
}

/**
 * A target's value (e.g. 2025 value) in its unit: "7.00万元", "69,978 yuan", "88.8%". With an
 * `agreement`, a value whose rounding would read against its verdict gets the digits that show
 * it on the right side of the threshold ("1.9004" beside "≤ 1.9" when missed).
 */
export function formatTargetValue(value: number, unit: string, language: Language, agreement?: Agreement): string {
  const style = styleOf(unit);
  const shown = shownOf(style, Math.abs(value), language);
  const extra = agreement
    ? agreeingDecimals(
        value * shown.scale,
        { ...agreement, threshold: agreement.threshold === null ? null : agreement.threshold * shown.scale },
        shown.decimals,
      ) - shown.decimals
    : 0;
  const text = style.write(Math.abs(value), language, style.decimals + extra, false);
  return value < 0 && !roundsToZero(value * shown.scale, shown.decimals + extra) ? `${MINUS}${text}` : text;
}

/** A plan threshold in its unit, without trailing zeros: "7.5万元", "75,000 yuan", "1.9". */
export function formatThreshold(value: number, unit: string, language: Language): string {
  const style = styleOf(unit);
  const text = style.write(Math.abs(value), language, Math.max(style.decimals, 2), true);
  return value < 0 ? `${MINUS}${text}` : text;
}

/** A signed gap in the target's unit (percentages as percentage points): "+1.2个百分点", "−5,022 yuan". */
export function formatTargetGap(gap: number, unit: string, language: Language): string {
  const style = styleOf(unit);
  const decimals = style.decimals;
  const magnitude = Math.abs(gap);
  const text = style.gapWrite ? style.gapWrite(magnitude, language, decimals) : style.write(magnitude, language, decimals, false);
  const shown = shownOf(style, magnitude, language);
  if (roundsToZero(gap * shown.scale, shown.decimals)) return text;
  return `${gap < 0 ? MINUS : '+'}${text}`;
}

/** The unit in which a target's raw numbers are entered (the plan's own unit), for input fields. */
const INPUT_UNIT: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  '%': ['%', '%'],
  '% of households': ['% 的家庭', '% of households'],
  '% of counties': ['% 的县', '% of counties'],
  '% of villages': ['% 的行政村', '% of villages'],
  'pp (dibao growth − income growth)': ['个百分点', 'percentage points'],
  ratio: ['倍', 'ratio'],
  'ratio (about)': ['倍', 'ratio'],
  years: ['年', 'years'],
  'yuan/person/year (current prices)': ['元/人·年（当年价格）', 'yuan per person a year (current prices)'],
  'yuan/worker': ['元/人', 'yuan per worker'],
  '100 million yuan/year': ['亿元/年', '100 million yuan a year'],
  'million entities': ['百万户', 'million entities'],
  'places/1000 pop': ['个/千人', 'places per 1,000 people'],
  'persons/10k elderly': ['人/万名老人', 'per 10,000 older people'],
  '10k persons': ['万人', 'ten thousand persons'],
  '10k person-times': ['万人次', 'ten thousand person-times'],
  '10k houses': ['万幢', 'ten thousand houses'],
  '10k units': ['万套', 'ten thousand units'],
  towns: ['个', 'towns'],
  'rivers/lakes': ['个', 'rivers and lakes'],
  parks: ['个', 'parks'],
  factories: ['家', 'factories'],
};

/** The name of a plan target's own unit, the one its raw numbers (scorecard values, thresholds, gaps) are in. */
export function planUnitName(unit: string, language: Language): string {
  const names = INPUT_UNIT[unit];
  return names ? names[language === 'zh' ? 0 : 1] : unit;
}

/**
 * Names of the units a value shown at a scale other than 1 is typed in (unit@language@scale): the
 * number typed is the number shown, so 675.2万户 types as 675.2 in 万户, not 6.752 in 百万户.
 */
const SCALED_INPUT_UNIT: Readonly<Record<string, string>> = {
  'yuan/person/year (current prices)@zh@0.0001': '万元/人·年（当年价格）',
  'yuan/worker@zh@0.0001': '万元/人',
  '100 million yuan/year@en@0.1': 'bn yuan a year',
  'million entities@zh@100': '万户',
  '10k persons@en@0.01': 'million persons',
  '10k persons@en@10000': 'persons',
  '10k person-times@en@0.01': 'million person-times',
  '10k person-times@en@10000': 'person-times',
  '10k houses@en@0.01': 'million houses',
  '10k houses@en@10000': 'houses',
  '10k units@en@0.01': 'million units',
  '10k units@en@10000': 'units',
};

/** How a target's numbers are typed: the shown number is the plan-unit value × scale, in `label`. */
export interface TargetInput {
  readonly scale: number;
  readonly label: string;
}

/**
 * The unit a target's numbers are typed in: the one its values are shown in. `reference` (the
 * official value, else the threshold) picks the form where the shown unit depends on size
 * (English counts of 10,000 read in full below a million, in millions above).
 */
export function targetInput(unit: string, language: Language, reference: number): TargetInput {
  const { scale } = shownOf(styleOf(unit), Math.abs(reference), language);
  const scaled = SCALED_INPUT_UNIT[`${unit}@${language}@${scale}`];
  if (scale !== 1 && scaled !== undefined) return { scale, label: scaled };
  // A unit shown at scale 1 (and, were one missing above, any other) types in the plan's own unit.
  return { scale: 1, label: planUnitName(unit, language) };
}
