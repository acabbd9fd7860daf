import { describe, expect, it } from 'vitest';
import { SCORECARD_TEXT } from './scorecard';

const CJK = /[\u3400-\u9fff]/;

/** Every text a value yields: a string, the strings of a record, or a function called with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const counts = { reached: 1, within_reach: 2, missed: 3 };
    const f = value as (...a: unknown[]) => string;
    return [f('x', 2020, 2035), f('model', counts), f('trend', counts), f(['x'], 5, 4, 10, 66), f(['x'], 5, 4, 66, 66)];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('SCORECARD_TEXT', () => {
  it('has the same keys in both languages, nested ones too', () => {
    const keys = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' ? [k, ...keys(v as object).map((n) => `${k}.${n}`)] : [k]))
        .sort();
    expect(keys(SCORECARD_TEXT.en)).toEqual(keys(SCORECARD_TEXT.zh));
  });

  it('leaves no string empty', () => {
    for (const language of ['zh', 'en'] as const) {
      for (const [key, value] of Object.entries(SCORECARD_TEXT[language])) {
        for (const text of texts(value)) expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('writes no Chinese in English, and Chinese in Chinese', () => {
    for (const [key, value] of Object.entries(SCORECARD_TEXT.en)) {
      for (const text of texts(value)) expect(text, `en.${key}`).not.toMatch(CJK);
    }
    expect(SCORECARD_TEXT.zh.caption).toMatch(CJK);
    expect(SCORECARD_TEXT.zh.fiscalHeading).toMatch(CJK);
  });

  it('names each status by icon and text', () => {
    expect(SCORECARD_TEXT.zh.states.reached).toMatchObject({ icon: '✓', text: '已达标' });
    expect(SCORECARD_TEXT.en.states.within_reach).toMatchObject({ icon: '◐', text: 'Within reach' });
    expect(SCORECARD_TEXT.zh.states.missed).toMatchObject({ icon: '✗', text: '未达标' });
    expect(SCORECARD_TEXT.en.states.no_data).toMatchObject({ icon: '–', text: 'No data' });
  });
});
