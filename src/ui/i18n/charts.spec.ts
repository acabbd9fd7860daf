import { describe, expect, it } from 'vitest';
import { CHART_TEXT } from './charts';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every text a value produces: strings as they are, functions called with sample arguments, records by value. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const f = value as (...args: unknown[]) => string;
    return [f('>=', '≥', '7.50', 2025), f('rising', 'rising', '1', 2025), f(2020, 2035, 'u', 's'), f('1', null), f(2025, 'a', 'b')].map(String);
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('CHART_TEXT', () => {
  it('has the same keys (and the same nested keys) in both languages', () => {
    expect(Object.keys(CHART_TEXT.en).sort()).toEqual(Object.keys(CHART_TEXT.zh).sort());
    for (const [key, value] of Object.entries(CHART_TEXT.zh)) {
      if (value && typeof value === 'object')
        expect(Object.keys(CHART_TEXT.en[key as keyof typeof CHART_TEXT.en] as object).sort(), key).toEqual(Object.keys(value).sort());
    }
  });

  it('leaves no string empty', () => {
    for (const language of ['zh', 'en'] as const) {
      for (const [key, value] of Object.entries(CHART_TEXT[language])) {
        for (const text of texts(value)) expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('writes no Chinese characters in English, and Chinese in Chinese', () => {
    for (const [key, value] of Object.entries(CHART_TEXT.en)) {
      for (const text of texts(value)) expect(text, `en.${key}`).not.toMatch(CJK);
    }
    expect(CHART_TEXT.zh.scenario).toMatch(CJK);
    expect(CHART_TEXT.zh.convention).toBe('标准三口之家口径');
    expect(CHART_TEXT.en.convention).toBe('standard three-person household convention');
  });
});
