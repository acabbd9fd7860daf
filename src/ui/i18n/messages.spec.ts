import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';

describe('MESSAGES', () => {
  it('has every key in both languages, and no string left empty', () => {
    const zhKeys = Object.keys(MESSAGES.zh).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(zhKeys);
    for (const language of ['zh', 'en'] as const) {
      for (const [key, value] of Object.entries(MESSAGES[language])) {
        const texts =
          typeof value === 'function'
            ? [(value as (...a: unknown[]) => string)(2025, 'a', 'b', 'c', false)]
            : typeof value === 'string'
              ? [value]
              : Object.values(value as Record<string, string>);
        for (const text of texts) expect(text.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('writes Chinese text in Chinese', () => {
    expect(MESSAGES.zh.appTitle).toMatch(/[\u4e00-\u9fff]/);
    expect(MESSAGES.en.appTitle).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
