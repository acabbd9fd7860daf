import { describe, expect, it } from 'vitest';
import { WATERFALL_TEXT } from './waterfall';

describe('WATERFALL_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(WATERFALL_TEXT.en).sort()).toEqual(Object.keys(WATERFALL_TEXT.zh).sort());
    expect(WATERFALL_TEXT.zh.run).toMatch(/[\u4e00-\u9fff]/);
    expect(WATERFALL_TEXT.en.run).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('speaks of one lever in the singular, and of several as averaged over orders', () => {
    expect(WATERFALL_TEXT.en.shapley(1)).toBe('One lever changed: it is credited with the whole change the levers make.');
    expect(WATERFALL_TEXT.en.shapley(3)).toMatch(/^Each of the 3 levers .*Shapley/);
    expect(WATERFALL_TEXT.zh.shapley(1)).toMatch(/^只改动了 1 项杠杆/);
  });
});
