import { describe, expect, it } from 'vitest';
import { WORKSHOP_TEXT } from './workshop';

const CJK = /[\u3400-\u9fff]/;

/** The keys of a record, nested ones as `outer.inner`. */
function keys(o: object): string[] {
  return Object.entries(o)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? [k, ...keys(v as object).map((n) => `${k}.${n}`)] : [k]))
    .sort();
}

/** Every text a value yields: a string, the strings of a record, or a function called with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [(value as (...a: unknown[]) => string)(3, 30, 2), (value as (...a: unknown[]) => string)('x', 1, 1)];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('WORKSHOP_TEXT', () => {
  it('has the same keys in both languages, nested ones too', () => {
    expect(keys(WORKSHOP_TEXT.en)).toEqual(keys(WORKSHOP_TEXT.zh));
  });

  it('leaves no string empty, writes Chinese in zh and no Chinese in en', () => {
    for (const language of ['zh', 'en'] as const) {
      for (const [key, value] of Object.entries(WORKSHOP_TEXT[language])) {
        for (const text of texts(value)) {
          expect(text.trim(), `${language}.${key}`).not.toBe('');
          if (language === 'en') expect(CJK.test(text), `en.${key}`).toBe(false);
        }
      }
    }
    expect(CJK.test(WORKSHOP_TEXT.zh.heading)).toBe(true);
  });

  it('names a file by its own name in both languages, and counts changers as “n of N”', () => {
    expect(WORKSHOP_TEXT.zh.leftOut('a.json')).toContain('a.json');
    expect(WORKSHOP_TEXT.en.leftOut('a.json')).toContain('a.json');
    expect(WORKSHOP_TEXT.en.changedBy(3, 30)).toBe('3 of 30');
    expect(WORKSHOP_TEXT.zh.changedBy(3, 30)).toBe('30 人中 3 人');
  });
});
