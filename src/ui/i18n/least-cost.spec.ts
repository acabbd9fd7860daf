import { describe, expect, it } from 'vitest';
import { LEAST_COST_TEXT } from './least-cost';

describe('LEAST_COST_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(LEAST_COST_TEXT.en).sort()).toEqual(Object.keys(LEAST_COST_TEXT.zh).sort());
    for (const key of ['openButton', 'find', 'indicative', 'apply'] as const) {
      expect(LEAST_COST_TEXT.zh[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(LEAST_COST_TEXT.en[key]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
