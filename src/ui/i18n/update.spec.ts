import { describe, expect, it } from 'vitest';
import { UPDATE_TEXT } from './update';

const CJK = /[\u3400-\u9fff]/;

describe('UPDATE_TEXT', () => {
  it('has the same keys in both languages, none empty, Chinese in zh and none in en', () => {
    expect(Object.keys(UPDATE_TEXT.en).sort()).toEqual(Object.keys(UPDATE_TEXT.zh).sort());
    for (const [key, text] of Object.entries(UPDATE_TEXT.zh)) expect(CJK.test(text), `zh.${key}`).toBe(true);
    for (const [key, text] of Object.entries(UPDATE_TEXT.en)) {
      expect(text.trim(), `en.${key}`).not.toBe('');
      expect(CJK.test(text), `en.${key}`).toBe(false);
    }
  });

  it('says "有新版本可用 / Update available"', () => {
    expect(UPDATE_TEXT.zh.available).toBe('有新版本可用');
    expect(UPDATE_TEXT.en.available).toBe('Update available');
  });
});
