import { describe, expect, it } from 'vitest';
import { WATERFALL_TEXT } from './waterfall';

describe('WATERFALL_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(WATERFALL_TEXT.en).sort()).toEqual(Object.keys(WATERFALL_TEXT.zh).sort());
    expect(WATERFALL_TEXT.zh.run).toMatch(/[\u4e00-\u9fff]/);
    expect(WATERFALL_TEXT.en.run).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
