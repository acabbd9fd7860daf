import type { Unit } from '../../model/catalog';
import type { Language } from '../i18n/messages';

const LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Formats a plain number with the language's separators and a fixed number of decimals. */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  return new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/**
 * Formats an amount of yuan as people read it: 万元 with two decimals in Chinese
 * ("7.12万元"), whole yuan with thousands separators in English ("71,200 yuan").
 */
export function formatYuan(value: number, language: Language): string {
  if (language === 'zh') return `${formatNumber(value / 10000, 'zh', 2)}万元`;
  return `${formatNumber(Math.round(value), 'en')} yuan`;
}

/** Formats a value in a catalog unit, with the unit written out. */
export function formatWithUnit(value: number, unit: Unit, language: Language, decimals = 1): string {
  switch (unit) {
    case 'yuan_per_person_year':
      return formatYuan(value, language);
    case 'percent':
      return `${formatNumber(value, language, decimals)}%`;
    case 'percent_per_year':
      return language === 'zh' ? `${formatNumber(value, language, decimals)}%/年` : `${formatNumber(value, language, decimals)}% a year`;
    case 'ratio':
      return formatNumber(value, language, 2);
  }
}
