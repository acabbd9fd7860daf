import { describe, expect, it } from 'vitest';
import { UNCERTAINTY_TEXT, formatProbability } from './uncertainty';

describe('UNCERTAINTY_TEXT', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(UNCERTAINTY_TEXT.en).sort()).toEqual(Object.keys(UNCERTAINTY_TEXT.zh).sort());
  });

  it('names the run button as the issue does in each language', () => {
    expect(UNCERTAINTY_TEXT.zh.run).toBe('运行不确定性分析');
    expect(UNCERTAINTY_TEXT.en.run).toBe('Run uncertainty analysis');
  });

  it('shows a probability as a whole percentage, 0.62 as "62 %"', () => {
    expect(formatProbability(0.62, 'en')).toBe('62 %');
    expect(formatProbability(0.615, 'zh')).toBe('62%');
    expect(formatProbability(1, 'en')).toBe('100 %');
  });
});
