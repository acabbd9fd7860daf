import { describe, expect, it } from 'vitest';
import { LIBRARY_TEXT } from './library';

const CJK = /[\u3400-\u9fff]/;

/** Every text a value yields: a string, or a function called with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [(value as (...a: unknown[]) => string)('x', 'y'), (value as (...a: unknown[]) => string)(3, 'y')];
  return [];
}

describe('LIBRARY_TEXT', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(LIBRARY_TEXT.en).sort()).toEqual(Object.keys(LIBRARY_TEXT.zh).sort());
  });

  it('leaves no string empty, writes Chinese in zh and no Chinese in en', () => {
    for (const language of ['zh', 'en'] as const) {
      for (const [key, value] of Object.entries(LIBRARY_TEXT[language])) {
        for (const text of texts(value)) {
          expect(text.trim(), `${language}.${key}`).not.toBe('');
          if (language === 'en') expect(CJK.test(text), `en.${key}`).toBe(false);
        }
      }
    }
    expect(CJK.test(LIBRARY_TEXT.zh.heading)).toBe(true);
  });
});
