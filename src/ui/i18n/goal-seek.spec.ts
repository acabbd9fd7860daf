import { describe, expect, it } from 'vitest';
import { GOAL_SEEK_TEXT, thresholdUnit } from './goal-seek';

describe('GOAL_SEEK_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(GOAL_SEEK_TEXT.en).sort()).toEqual(Object.keys(GOAL_SEEK_TEXT.zh).sort());
    expect(GOAL_SEEK_TEXT.zh.find).toMatch(/[\u4e00-\u9fff]/);
    expect(GOAL_SEEK_TEXT.en.find).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the row button so that its accessible name contains its visible text (WCAG 2.5.3)', () => {
    for (const text of Object.values(GOAL_SEEK_TEXT)) expect(text.openFor('X')).toContain(text.open);
  });

  it('types thresholds in the plan’s own unit', () => {
    expect(thresholdUnit('yuan/person/year (current prices)', 'zh')).toBe('元');
    expect(thresholdUnit('% of households', 'en')).toBe('%');
    expect(thresholdUnit('ratio', 'en')).toBe('');
    expect(thresholdUnit('10k persons', 'zh')).toBe('万人');
  });
});
