/** Finds the page element a tour step points at, and measures the view around it (the DOM side of tour-placement.ts). */
import { canHost, DIALOG_HEIGHT_ESTIMATE, DIALOG_WIDTH, EDGE, isSheet, type Size, type View } from './tour-placement';
import type { TourStep } from './tour-steps';

/** The viewport as the tour sees it: a pinned bar (the phone's headline) covers its top unless the anchor is in that bar. */
export function viewAround(anchor: Element | undefined): View {
  const width = document.documentElement.clientWidth;
  const height = window.innerHeight;
  const bar = document.querySelector('[data-testid="phone-bar"]');
  const pinned = bar && !(anchor && bar.contains(anchor)) && ['sticky', 'fixed'].includes(getComputedStyle(bar).position);
  return { width, height, insetTop: pinned ? bar.getBoundingClientRect().height : 0 };
}

/** The dialog's size as the tour first assumes it (before it is drawn), on this view. */
export function estimatedDialog(view: View): Size {
  return { width: isSheet(view) ? view.width : Math.min(DIALOG_WIDTH, view.width - 2 * EDGE), height: DIALOG_HEIGHT_ESTIMATE };
}

/** The step's element: the first of its selectors that is on screen (not hidden) and small enough to sit beside the dialog. */
export function findAnchor(step: TourStep, dialog?: Size): HTMLElement | undefined {
  for (const selector of step.anchors) {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element || element.getClientRects().length === 0) continue;
    const view = viewAround(element);
    if (canHost(element.getBoundingClientRect(), dialog ?? estimatedDialog(view), view)) return element;
  }
  return undefined;
}
