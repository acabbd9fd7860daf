import { CSV_TEXT } from '../../export/csv-text';
import { describe, expect, it } from 'vitest';
import { OUTPUTS } from '../../model/catalog';
import { CHART_TEXT } from './charts';
import { EXPORT_TEXT } from './exports';

const CJK = /[\u3400-\u9fff]/;

/** Every text a value yields: a string, the strings of a record, or a function called with a sample argument (a date or a title). */
function texts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [(value as (a: unknown) => string)(key === 'formatDate' ? new Date(2026, 2, 5) : 'x')];
  if (value && typeof value === 'object') return Object.values(value).flatMap((v) => texts(v));
  return [];
}

describe('EXPORT_TEXT', () => {
  it('has the same keys in both languages, nested ones too', () => {
    const keys = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' ? [k, ...keys(v as object).map((n) => `${k}.${n}`)] : [k]))
        .sort();
    expect(keys(EXPORT_TEXT.en)).toEqual(keys(EXPORT_TEXT.zh));
  });

  it('leaves no string empty', () => {
    for (const language of ['zh', 'en'] as const) {
      for (const [key, value] of Object.entries(EXPORT_TEXT[language])) {
        for (const text of texts(value, key)) expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('writes no Chinese in English, and Chinese in Chinese', () => {
    for (const [key, value] of Object.entries(EXPORT_TEXT.en)) {
      for (const text of texts(value, key)) expect(text, `en.${key}`).not.toMatch(CJK);
    }
    expect(EXPORT_TEXT.zh.printBrief).toMatch(CJK);
    expect(CSV_TEXT.zh.columns.label).toMatch(CJK);
    for (const text of JSON.stringify(CSV_TEXT.en).match(/"[^"]*"/g) ?? []) expect(text, 'CSV_TEXT.en').not.toMatch(CJK);
  });

  it('names the CSV series as the charts name them', () => {
    for (const language of ['zh', 'en'] as const) {
      const { scenario, modifiedBaseline, baseline } = CHART_TEXT[language];
      expect(CSV_TEXT[language].series, language).toEqual({ scenario, modifiedBaseline, baseline });
    }
  });

  it('names a CSV unit for every unit an output uses', () => {
    for (const output of OUTPUTS) {
      expect(CSV_TEXT.zh.units[output.unit], output.id).toBeTruthy();
      expect(CSV_TEXT.en.units[output.unit], output.id).toBeTruthy();
    }
  });

  it('writes dates the way each language reads them', () => {
    const date = new Date(2026, 2, 5);
    expect(EXPORT_TEXT.zh.formatDate(date)).toBe('2026年3月5日');
    expect(EXPORT_TEXT.en.formatDate(date)).toBe('5 March 2026');
  });
});
