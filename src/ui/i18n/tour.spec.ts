import { describe, expect, it } from 'vitest';
import { TOUR_STEPS } from '../state/tour-steps';
import { TOUR_TEXT } from './tour';

const HAN = /[\u4e00-\u9fff]/;

describe('TOUR_TEXT', () => {
  it('has every key in both languages, Chinese in Chinese', () => {
    expect(Object.keys(TOUR_TEXT.en).sort()).toEqual(Object.keys(TOUR_TEXT.zh).sort());
    expect(Object.keys(TOUR_TEXT.en.steps).sort()).toEqual(Object.keys(TOUR_TEXT.zh.steps).sort());
    for (const key of ['help', 'startTour', 'invitation', 'back', 'next', 'done', 'skip'] as const) {
      expect(TOUR_TEXT.zh[key]).toMatch(HAN);
      expect(TOUR_TEXT.en[key]).not.toMatch(HAN);
    }
  });

  it('has a title and a text in both languages for every step of the tour', () => {
    for (const step of TOUR_STEPS) {
      for (const language of ['zh', 'en'] as const) {
        const { title, body } = TOUR_TEXT[language].steps[step.id];
        expect(title.length, `${language} ${step.id}`).toBeGreaterThan(1);
        expect(body.length, `${language} ${step.id}`).toBeGreaterThan(20);
        if (language === 'zh') expect(body).toMatch(HAN);
        else expect(body).not.toMatch(HAN);
      }
    }
  });

  it('names the buttons as the issue does, and counts steps as "2 / 6"', () => {
    expect([TOUR_TEXT.zh.back, TOUR_TEXT.zh.next, TOUR_TEXT.zh.done, TOUR_TEXT.zh.skip]).toEqual(['上一步', '下一步', '完成', '跳过导览']);
    expect([TOUR_TEXT.en.back, TOUR_TEXT.en.next, TOUR_TEXT.en.done, TOUR_TEXT.en.skip]).toEqual(['Back', 'Next', 'Done', 'Skip tour']);
    expect(TOUR_TEXT.zh.stepCount(2, 6)).toBe('2 / 6');
    expect(TOUR_TEXT.en.stepCount(2, 6)).toBe('2 / 6');
  });
});
