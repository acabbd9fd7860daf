import type { Unit } from '../../model/catalog';
import type { Language } from '../i18n/messages';

const LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

// Creating an Intl.NumberFormat costs far more than using one, and a repaint formats hundreds of
// numbers (scorecard, tables, chart ticks): keep one formatter per language and decimals.
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a plain number with the language's separators and a fixed number of decimals. */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  const key = `${language}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * Formats a number with at least `minDecimals` and at most `maxDecimals` decimals: a value typed
 * between steps ("2.35" on a 0.1 step) shows the digits it has, a value on a step shows the step's.
 */
export function formatNumberBetween(value: number, language: Language, minDecimals: number, maxDecimals: number): string {
  const key = `${language}:${minDecimals}-${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: minDecimals, maximumFractionDigits: Math.max(minDecimals, maxDecimals) });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * Formats an amount of yuan as people read it: 万元 with two decimals in Chinese
 * ("7.12万元"), whole yuan with thousands separators in English ("71,200 yuan").
 */
export function formatYuan(value: number, language: Language): string {
  if (language === 'zh') return `${formatNumber(value / 10000, 'zh', 2)}万元`;
  return `${formatNumber(Math.round(value), 'en')} yuan`;
}

/** Formats a large sum of yuan: 亿元 in Chinese, billion yuan in English. */
export function formatLargeYuan(value: number, language: Language): string {
  if (language === 'zh') return `${formatNumber(value / 1e8, 'zh', 1)}亿元`;
  return `${formatNumber(value / 1e9, 'en', 2)} bn yuan`;
}

/** Formats a count of persons: 万人 in Chinese, million in English. */
export function formatPersons(value: number, language: Language): string {
  if (language === 'zh') return `${formatNumber(value / 1e4, 'zh', 1)}万人`;
  return `${formatNumber(value / 1e6, 'en', 2)} million`;
}

/** Formats a value in a catalog unit, with the unit written out. */
export function formatWithUnit(value: number, unit: Unit, language: Language, decimals = 1): string {
  const zh = language === 'zh';
  switch (unit) {
    case 'yuan_per_person_year':
      return formatYuan(value, language);
    case 'yuan_per_person':
    case 'yuan_per_worker':
      return zh ? `${formatNumber(value / 10000, 'zh', 2)}万元` : `${formatNumber(Math.round(value), 'en')} yuan`;
    case 'yuan_per_person_month':
    case 'yuan_per_month':
      return zh ? `${formatNumber(value, 'zh')}元/月` : `${formatNumber(value, 'en')} yuan a month`;
    case 'yuan':
      return formatLargeYuan(value, language);
    case 'yuan_bn_per_year':
      return zh ? `${formatNumber(value * 10, 'zh', 0)}亿元/年` : `${formatNumber(value, 'en', 1)} bn yuan a year`;
    case 'percent':
      return `${formatNumber(value, language, decimals)}%`;
    case 'percent_per_year':
      return zh ? `${formatNumber(value, language, decimals)}%/年` : `${formatNumber(value, language, decimals)}% a year`;
    case 'pp':
      return zh ? `${formatNumber(value, language, decimals)}个百分点` : `${formatNumber(value, language, decimals)} pp`;
    case 'pp_per_year':
      return zh ? `${formatNumber(value, language, decimals)}个百分点/年` : `${formatNumber(value, language, decimals)} pp a year`;
    case 'ratio':
    case 'elasticity':
      return formatNumber(value, language, 2);
    case 'share':
      return formatNumber(value, language, 2);
    case 'persons':
      return formatPersons(value, language);
    case 'persons_per_household':
      return zh ? `${formatNumber(value, 'zh', 2)}人/户` : `${formatNumber(value, 'en', 2)} persons per household`;
    case 'persons_10k':
      return zh ? `${formatNumber(value, 'zh', 0)}万人` : `${formatNumber(value / 100, 'en', 2)} million`;
    case 'persons_million':
      return zh ? `${formatNumber(value * 100, 'zh', 0)}万人` : `${formatNumber(value, 'en', 1)} million`;
    case 'per_year':
      return zh ? `${formatNumber(value, language, 3)}/年` : `${formatNumber(value, language, 3)} a year`;
    case 'choice':
      return formatNumber(value, language, 0);
  }
}
