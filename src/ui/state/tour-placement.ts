/**
 * Where the tour's dialog goes beside the element it explains (its anchor), in viewport pixels.
 * The dialog never covers its anchor and never leaves the screen when there is room for both; on a
 * phone-wide screen it is a sheet at the bottom and the anchor is scrolled into the space above it.
 * Pure geometry: the component measures, this decides.
 */

/** A box in viewport pixels (a DOMRect satisfies it). */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

/** A width and a height in CSS pixels (the dialog's, drawn or estimated). */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The viewport, and how much of its top a pinned bar covers (the phone's pinned headline). */
export interface View extends Size {
  readonly insetTop: number;
}

/** Where the dialog sits relative to its anchor; `overlap` only when nothing else fits. */
export type Side = 'below' | 'above' | 'right' | 'left' | 'sheet' | 'overlap';

/** The dialog's top-left corner in viewport pixels, and the side of its anchor it is on. */
export interface Placement {
  readonly side: Side;
  readonly left: number;
  readonly top: number;
}

/** Space kept between the dialog and the screen's edges. */
export const EDGE = 12;
/** Space between the dialog and its anchor (room for the highlight ring). */
export const GAP = 14;
/** At this width or less the dialog is a sheet along the bottom of the screen. */
export const SHEET_WIDTH = 600;
/** The dialog's width beside an anchor (22rem). */
export const DIALOG_WIDTH = 352;
/** A generous guess of the dialog's height, to choose anchors before it is drawn. */
export const DIALOG_HEIGHT_ESTIMATE = 290;

/** A scroll lands on whole device pixels: an anchor a fraction of a pixel past an edge counts as on screen. */
const SLACK = 1;

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(value, Math.max(low, high)));

/** The dialog is a bottom sheet on this view. */
export function isSheet(view: View): boolean {
  return view.width <= SHEET_WIDTH;
}

/** The space (top and bottom) an anchor may use while the sheet is up. */
function sheetBand(dialog: Size, view: View): { top: number; bottom: number } {
  return { top: view.insetTop + EDGE, bottom: view.height - dialog.height - GAP };
}

/** There is room on the left or the right of the anchor for the dialog. */
function fitsSideways(anchor: Box, dialog: Size, view: View): 'right' | 'left' | undefined {
  if (anchor.right + GAP + dialog.width <= view.width - EDGE) return 'right';
  if (anchor.left - GAP - dialog.width >= EDGE) return 'left';
  return undefined;
}

/**
 * Whether this anchor and the dialog can both be seen without overlapping, after scrolling: the
 * dialog fits beside it, or the anchor is short enough for the dialog above or below it (on a phone:
 * above the sheet).
 */
export function canHost(anchor: Box, dialog: Size, view: View): boolean {
  const height = anchor.bottom - anchor.top;
  if (isSheet(view)) {
    const band = sheetBand(dialog, view);
    return height <= band.bottom - band.top;
  }
  return fitsSideways(anchor, dialog, view) !== undefined || height + GAP + dialog.height <= view.height - view.insetTop - 2 * EDGE;
}

/**
 * The dialog's place for the anchor where it is now: below it, above it, to its right or its left
 * (the first that fits on screen without covering it), else at the bottom of the screen (`overlap`).
 */
export function placeDialog(anchor: Box, dialog: Size, view: View): Placement {
  if (isSheet(view)) return { side: 'sheet', left: 0, top: view.height - dialog.height };
  const low = view.insetTop + EDGE;
  const high = view.height - EDGE;
  const left = clamp(anchor.left, EDGE, view.width - EDGE - dialog.width);
  const inView = anchor.top >= low - SLACK && anchor.bottom <= high + SLACK;
  if (inView && anchor.bottom + GAP + dialog.height <= high) return { side: 'below', left, top: anchor.bottom + GAP };
  if (inView && anchor.top - GAP - dialog.height >= low) return { side: 'above', left, top: anchor.top - GAP - dialog.height };
  const sideways = fitsSideways(anchor, dialog, view);
  if (sideways && anchor.bottom > low && anchor.top < high) {
    const top = clamp(anchor.top, low, high - dialog.height);
    return { side: sideways, left: sideways === 'right' ? anchor.right + GAP : anchor.left - GAP - dialog.width, top };
  }
  return { side: 'overlap', left, top: clamp(high - dialog.height, low, high) };
}

/**
 * How far to scroll the page down (negative: up) so that the anchor and the dialog can both be seen:
 * 0 when they already can. On a phone the anchor goes to the middle of the space above the sheet;
 * elsewhere it comes into view by the shortest scroll when the dialog goes beside it, and to the top
 * of the screen when the dialog goes below it.
 */
export function scrollToShow(anchor: Box, dialog: Size, view: View): number {
  const height = anchor.bottom - anchor.top;
  if (isSheet(view)) {
    const band = sheetBand(dialog, view);
    if (anchor.top >= band.top - SLACK && anchor.bottom <= band.bottom + SLACK) return 0;
    if (height > band.bottom - band.top) return anchor.top - band.top;
    return Math.round((anchor.top + anchor.bottom) / 2 - (band.top + band.bottom) / 2);
  }
  const low = view.insetTop + EDGE;
  const high = view.height - EDGE;
  const whole = anchor.top >= low - SLACK && anchor.bottom <= high + SLACK;
  if (whole && placeDialog(anchor, dialog, view).side !== 'overlap') return 0;
  if (fitsSideways(anchor, dialog, view)) {
    if (anchor.top < low || height > high - low) return anchor.top - low;
    return anchor.bottom > high ? anchor.bottom - high : 0;
  }
  return anchor.top - low;
}
