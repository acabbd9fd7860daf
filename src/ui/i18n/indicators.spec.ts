import { describe, expect, it } from 'vitest';
import { INDICATORS_TEXT } from './indicators';

describe('INDICATORS_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(INDICATORS_TEXT.en).sort()).toEqual(Object.keys(INDICATORS_TEXT.zh).sort());
    expect(INDICATORS_TEXT.zh.heading).toMatch(/[\u4e00-\u9fff]/);
    expect(INDICATORS_TEXT.en.heading).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the kind of an expression error before the model message', () => {
    expect(INDICATORS_TEXT.en.error('unknown-name', 'character 1: "x" is not an output of the model')).toBe(
      'Unknown name: character 1: "x" is not an output of the model',
    );
    expect(INDICATORS_TEXT.zh.error('division-by-zero', '2025 年，第 3 个字符：除数为零')).toBe('除数为零：2025 年，第 3 个字符：除数为零');
  });
});
