import { describe, expect, it } from 'vitest';
import { nextStep, previousStep, stepFrom, stepPosition, TOUR_STEPS, type TourStep, type TourStepId } from './tour-steps';

const STEPS = TOUR_STEPS;
const all = (): boolean => true;
/** Every step but those named (their part of the page is missing). */
const without =
  (...missing: TourStepId[]) =>
  (step: TourStep): boolean =>
    !missing.includes(step.id);

describe('the tour steps', () => {
  it('go levers, charts, scorecard, what would it take, uncertainty, compare, library, each with a selector to find its part of the page', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['levers', 'charts', 'scorecard', 'seek', 'uncertainty', 'compare', 'library']);
    for (const step of STEPS) expect(step.anchors.length).toBeGreaterThan(0);
  });

  it('move forward and back one step at a time and stop at both ends', () => {
    expect(stepFrom(STEPS, 0, 1, all)).toBe(0);
    expect(nextStep(STEPS, 0, all)).toBe(1);
    expect(nextStep(STEPS, 5, all)).toBe(6);
    expect(nextStep(STEPS, 6, all)).toBeUndefined();
    expect(previousStep(STEPS, 1, all)).toBe(0);
    expect(previousStep(STEPS, 0, all)).toBeUndefined();
  });

  it('skip a step whose part of the page is missing, both ways, and leave it out of the count', () => {
    const available = without('scorecard');
    expect(nextStep(STEPS, 1, available)).toBe(3);
    expect(previousStep(STEPS, 3, available)).toBe(1);
    // Seven steps less the scorecard: "what would it take" (the fourth step) is the third of six.
    expect(stepPosition(STEPS, 3, available)).toEqual({ step: 3, total: 6 });
    expect(stepPosition(STEPS, 0, all)).toEqual({ step: 1, total: 7 });
    expect(stepPosition(STEPS, 6, all)).toEqual({ step: 7, total: 7 });
  });

  it('start at the first step that can be shown and end at the last one that can', () => {
    expect(stepFrom(STEPS, 0, 1, without('levers', 'charts'))).toBe(2);
    expect(nextStep(STEPS, 5, without('library'))).toBeUndefined();
    expect(stepFrom(STEPS, 0, 1, () => false)).toBeUndefined();
  });
});
