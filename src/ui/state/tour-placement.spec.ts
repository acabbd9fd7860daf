import { describe, expect, it } from 'vitest';
import { canHost, EDGE, GAP, placeDialog, scrollToShow, type Box, type Size, type View } from './tour-placement';

const DIALOG: Size = { width: 352, height: 260 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const shifted = (b: Box, dy: number): Box => ({ ...b, top: b.top - dy, bottom: b.bottom - dy });
const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placing the tour dialog', () => {
  it('puts it below a short anchor, left-aligned with it, a gap under it', () => {
    const view: View = { width: 1280, height: 720, insetTop: 0 };
    expect(placeDialog(box(400, 100, 300, 40), DIALOG, view)).toEqual({ side: 'below', left: 400, top: 140 + GAP });
    // A full-width bar scrolled to the top edge lands a fraction of a pixel off: still below it, not over it.
    expect(placeDialog(box(0, EDGE - 0.4, 1280, 40), DIALOG, view).side).toBe('below');
  });

  it('puts it beside a tall column: right of the left column, left of the right column', () => {
    const view: View = { width: 1280, height: 720, insetTop: 0 };
    expect(placeDialog(box(12, 20, 368, 660), DIALOG, view)).toEqual({ side: 'right', left: 380 + GAP, top: 20 });
    expect(placeDialog(box(840, 20, 430, 660), DIALOG, view)).toEqual({ side: 'left', left: 840 - GAP - 352, top: 20 });
  });

  it('never covers its anchor nor leaves the screen, at 1280 × 720 and 1024 × 768, once the page has scrolled as asked', () => {
    const wrong: string[] = [];
    const sides = new Set<string>();
    for (const view of [
      { width: 1280, height: 720, insetTop: 0 },
      { width: 1024, height: 768, insetTop: 0 },
    ]) {
      for (let left = 0; left < view.width; left += 97) {
        for (let width = 40; left + width <= view.width; width += 151) {
          for (let height = 20; height <= 1500; height += 113) {
            for (const top of [-900, -50, 0, 200, 500, 1400]) {
              const anchor = box(left, top, width, height);
              if (!canHost(anchor, DIALOG, view)) continue;
              const seen = shifted(anchor, scrollToShow(anchor, DIALOG, view));
              const place = placeDialog(seen, DIALOG, view);
              const dialog = box(place.left, place.top, DIALOG.width, DIALOG.height);
              sides.add(place.side);
              const onScreen = dialog.left >= EDGE && dialog.right <= view.width - EDGE && dialog.top >= EDGE && dialog.bottom <= view.height - EDGE;
              if (place.side === 'overlap' || overlaps(dialog, seen) || !onScreen)
                wrong.push(`${JSON.stringify(view)} ${JSON.stringify(anchor)} → ${JSON.stringify(place)}`);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect([...sides].sort()).toEqual(['above', 'below', 'left', 'right']);
  });

  it('refuses an anchor too tall and too wide to sit beside (the caller then takes a smaller one)', () => {
    expect(canHost(box(12, 0, 1000, 2400), DIALOG, { width: 1024, height: 768, insetTop: 0 })).toBe(false);
    expect(canHost(box(12, 0, 1000, 300), DIALOG, { width: 1024, height: 768, insetTop: 0 })).toBe(true);
  });

  it('on a phone makes it a sheet along the bottom and scrolls the anchor to the middle of the space above it, clear of the pinned bar', () => {
    const view: View = { width: 390, height: 844, insetTop: 110 };
    const sheet = { width: 390, height: 300 };
    expect(placeDialog(box(10, 2000, 200, 40), sheet, view)).toEqual({ side: 'sheet', left: 0, top: 544 });
    // The band above the sheet runs from 110 + 12 = 122 to 844 − 300 − 14 = 530; its middle is 326.
    const dy = scrollToShow(box(10, 2000, 200, 40), sheet, view);
    expect(dy).toBe(2020 - 326);
    expect(scrollToShow(box(10, 300, 200, 40), sheet, view)).toBe(0);
    // Taller than the band: its top goes just under the pinned bar.
    expect(scrollToShow(box(10, 900, 370, 600), sheet, view)).toBe(900 - 122);
    expect(canHost(box(10, 900, 370, 600), sheet, view)).toBe(false);
  });
});
