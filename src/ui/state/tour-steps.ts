/**
 * The guided tour's steps and how to move between them. Each step points at a part of the page
 * that already exists (a lever panel, a chart, …) by CSS selectors, best first; a step none of
 * whose selectors finds a usable element on this page and screen is left out, and the count
 * ("2 / 7") counts only the steps that are shown.
 */

/** The parts of the workbench the tour explains, in the order it shows them. */
export type TourStepId = 'levers' | 'charts' | 'scorecard' | 'seek' | 'uncertainty' | 'compare' | 'library';

/** One step: what it explains and where on the page (selectors tried in order: the first usable one is highlighted). */
export interface TourStep {
  readonly id: TourStepId;
  readonly anchors: readonly string[];
}

/**
 * The steps. A second selector is the smaller stand-in used where the first is hidden or too large
 * to sit beside (the lever panel is a drawer behind its button on a phone; the scorecard is a long
 * full-width table below 1200 px; the large chart exists only in the target-paths view).
 */
export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'levers', anchors: ['#levers-panel', '[aria-controls="levers-panel"]'] },
  { id: 'charts', anchors: ['[data-testid="focus-chart"]', '#results [role="tablist"]'] },
  { id: 'scorecard', anchors: ['#scorecard', '[data-testid="scorecard-summary"]'] },
  // The first row's "What would it take?" button stands for all of them.
  { id: 'seek', anchors: ['[data-testid="goal-seek-open"]'] },
  { id: 'uncertainty', anchors: ['[data-testid="uncertainty"]'] },
  { id: 'compare', anchors: ['#tab-compare'] },
  { id: 'library', anchors: ['#scenario-bar'] },
];

/** Whether a step can be shown now (its part of the page is there). */
export type StepAvailable = (step: TourStep) => boolean;

/** The index of the first shown step at `from` or beyond it in `direction`, or undefined when there is none. */
export function stepFrom(steps: readonly TourStep[], from: number, direction: 1 | -1, available: StepAvailable): number | undefined {
  for (let i = from; i >= 0 && i < steps.length; i += direction) if (available(steps[i]!)) return i;
  return undefined;
}

/** The shown step after `current`, or undefined at the last one. */
export function nextStep(steps: readonly TourStep[], current: number, available: StepAvailable): number | undefined {
  return stepFrom(steps, current + 1, 1, available);
}

/** The shown step before `current`, or undefined at the first one. */
export function previousStep(steps: readonly TourStep[], current: number, available: StepAvailable): number | undefined {
  return stepFrom(steps, current - 1, -1, available);
}

/** "Step `step` of `total`", counting only the steps that are shown (1-based; `current` itself counts). */
export function stepPosition(steps: readonly TourStep[], current: number, available: StepAvailable): { step: number; total: number } {
  let step = 0;
  let total = 0;
  steps.forEach((s, i) => {
    if (i !== current && !available(s)) return;
    total++;
    if (i <= current) step++;
  });
  return { step, total };
}
