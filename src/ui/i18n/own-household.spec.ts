import { describe, expect, it } from 'vitest';
import { OWN_HOUSEHOLD_TEXT } from './own-household';

const CJK = /[\u3400-\u9fff]/;

/** Every text a value yields: a string, the strings of a record, or a function called with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function')
    return [(value as (...a: unknown[]) => string)('x', 'y', 'z', 'w', 'v'), (value as (...a: unknown[]) => string)(2, 'y', 'z', 'w', 'v')];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('OWN_HOUSEHOLD_TEXT', () => {
  it('has the same keys in both languages, nested ones too', () => {
    const keys = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' ? [k, ...keys(v as object).map((n) => `${k}.${n}`)] : [k]))
        .sort();
    expect(keys(OWN_HOUSEHOLD_TEXT.en)).toEqual(keys(OWN_HOUSEHOLD_TEXT.zh));
  });

  it('writes Chinese in the Chinese texts and none in the English ones, and leaves nothing empty', () => {
    for (const text of texts(OWN_HOUSEHOLD_TEXT.zh)) expect(text.trim()).not.toBe('');
    for (const text of texts(OWN_HOUSEHOLD_TEXT.en)) {
      expect(text.trim()).not.toBe('');
      expect(text, text).not.toMatch(CJK);
    }
    expect(OWN_HOUSEHOLD_TEXT.zh.privacy).toMatch(/^仅在本机计算，不保存/);
    expect(OWN_HOUSEHOLD_TEXT.en.privacy).toMatch(/^Computed on this device, never stored/);
  });
});
