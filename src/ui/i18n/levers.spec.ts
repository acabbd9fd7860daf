import { describe, expect, it } from 'vitest';
import { LEVER_TEXT } from './levers';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every leaf of a dictionary as [path, text]; functions are called with sample arguments. */
function leaves(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...a: unknown[]) => unknown)('Label', 2024, 'x', 'y'))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
}

/** The key structure of a dictionary (leaves replaced by their kind). */
function shape(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'function') return typeof value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, shape(v)]),
  );
}

describe('LEVER_TEXT', () => {
  it('has the same keys, at every depth, in both languages', () => {
    expect(shape(LEVER_TEXT.en)).toEqual(shape(LEVER_TEXT.zh));
  });

  it('leaves no string empty', () => {
    for (const language of ['zh', 'en'] as const) {
      for (const [path, text] of leaves(LEVER_TEXT[language], language)) expect(text.trim(), path).not.toBe('');
    }
  });

  it('has no Chinese characters in English, and Chinese in the Chinese headings', () => {
    for (const [path, text] of leaves(LEVER_TEXT.en, 'en')) expect(text, path).not.toMatch(CJK);
    for (const text of Object.values(LEVER_TEXT.zh.leverGroups)) expect(text).toMatch(CJK);
  });
});
