import { describe, expect, it } from 'vitest';
import { SENSITIVITY_TEXT } from './sensitivity';

describe('SENSITIVITY_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(SENSITIVITY_TEXT.en).sort()).toEqual(Object.keys(SENSITIVITY_TEXT.zh).sort());
    expect(SENSITIVITY_TEXT.zh.run).toMatch(/[\u4e00-\u9fff]/);
    expect(SENSITIVITY_TEXT.en.run).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the row button so that its accessible name contains its visible text (WCAG 2.5.3)', () => {
    for (const text of Object.values(SENSITIVITY_TEXT)) expect(text.openFor('X')).toContain(text.open);
  });
});
