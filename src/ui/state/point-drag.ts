import type { Attachment } from 'svelte/attachments';

/** Where the pointer is inside an element, each coordinate from 0 (left/top) to 1 (right/bottom). */
export interface RelativePoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Pointer dragging on an element (mouse, pen or touch): `onDrag` receives the pointer position
 * relative to the element on press and on every move until release; the pointer is captured so
 * the drag continues outside the element.
 */
export function pointDrag(onDrag: (point: RelativePoint, start: boolean) => void): Attachment<Element> {
  return (element) => {
    let active = false;
    const at = (event: PointerEvent): RelativePoint => {
      const r = element.getBoundingClientRect();
      return { x: r.width ? (event.clientX - r.left) / r.width : 0, y: r.height ? (event.clientY - r.top) / r.height : 0 };
    };
    const down = (event: Event): void => {
      const e = event as PointerEvent;
      if (e.button !== 0) return;
      active = true;
      element.setPointerCapture(e.pointerId);
      e.preventDefault();
      onDrag(at(e), true);
    };
    const move = (event: Event): void => {
      if (active) onDrag(at(event as PointerEvent), false);
    };
    const up = (): void => {
      active = false;
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
    };
  };
}

/**
 * The schedule point a drag addresses and the value it sets: the nearest of `count` evenly spaced
 * points between horizontal paddings, and the value at the pointer's height on [min, max] snapped
 * to `step` (`pad` is the padding as a share of the width and of the height).
 */
export function dragTarget(
  point: RelativePoint,
  count: number,
  pad: { x: number; y: number },
  range: { min: number; max: number; step: number },
): { index: number; value: number } {
  const fx = (point.x - pad.x) / Math.max(1e-9, 1 - 2 * pad.x);
  const index = Math.min(count - 1, Math.max(0, Math.round(fx * (count - 1))));
  const fy = 1 - (point.y - pad.y) / Math.max(1e-9, 1 - 2 * pad.y);
  const raw = range.min + Math.min(1, Math.max(0, fy)) * (range.max - range.min);
  const snapped = range.min + Math.round((raw - range.min) / range.step) * range.step;
  const decimals = range.step < 1 ? Math.ceil(-Math.log10(range.step)) + 1 : 0;
  const value = Math.min(range.max, Math.max(range.min, Number(snapped.toFixed(decimals))));
  return { index, value };
}
