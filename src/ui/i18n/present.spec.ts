import { describe, expect, it } from 'vitest';
import { PRESENT_TEXT } from './present';

const HAN = /[\u4e00-\u9fff]/;

describe('PRESENT_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(PRESENT_TEXT.en).sort()).toEqual(Object.keys(PRESENT_TEXT.zh).sort());
    for (const key of ['storiesButton', 'present', 'addStep', 'notesHeading', 'exit', 'computing'] as const) {
      expect(PRESENT_TEXT.zh[key]).toMatch(HAN);
      expect(PRESENT_TEXT.en[key]).not.toMatch(HAN);
    }
  });

  it('names the entry and the mode as the issue does, and counts steps', () => {
    expect([PRESENT_TEXT.zh.storiesButton, PRESENT_TEXT.en.storiesButton]).toEqual(['故事', 'Stories']);
    expect([PRESENT_TEXT.zh.present, PRESENT_TEXT.en.present]).toEqual(['演示', 'Present']);
    expect(PRESENT_TEXT.zh.stepCount(2, 3)).toBe('第 2 / 3 步');
    expect(PRESENT_TEXT.en.stepCount(2, 3)).toBe('Step 2 of 3');
  });
});
