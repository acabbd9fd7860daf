import { describe, expect, it } from 'vitest';
import { COMPARE_TEXT } from './compare';

describe('COMPARE_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(COMPARE_TEXT.en).sort()).toEqual(Object.keys(COMPARE_TEXT.zh).sort());
    expect(COMPARE_TEXT.zh.heading).toMatch(/[\u4e00-\u9fff]/);
    expect(COMPARE_TEXT.en.heading).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
