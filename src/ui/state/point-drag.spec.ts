import { describe, expect, it } from 'vitest';
import { dragTarget } from './point-drag';

describe('dragTarget', () => {
  const pad = { x: 0.1, y: 0.1 };
  it('picks the nearest point and the value at the pointer height, snapped to the step', () => {
    expect(dragTarget({ x: 0.1, y: 0.9 }, 15, pad, { min: 0, max: 100, step: 1 })).toEqual({ index: 0, value: 0 });
    expect(dragTarget({ x: 0.9, y: 0.1 }, 15, pad, { min: 0, max: 100, step: 1 })).toEqual({ index: 14, value: 100 });
    expect(dragTarget({ x: 0.5, y: 0.5 }, 15, pad, { min: 0, max: 100, step: 1 })).toEqual({ index: 7, value: 50 });
    expect(dragTarget({ x: 0.5, y: 0.5 }, 15, pad, { min: -3, max: 5, step: 0.1 })).toEqual({ index: 7, value: 1 });
  });

  it('stays inside the range and the points when dragged beyond the edges', () => {
    expect(dragTarget({ x: -2, y: 3 }, 15, pad, { min: 0, max: 4, step: 0.1 })).toEqual({ index: 0, value: 0 });
    expect(dragTarget({ x: 5, y: -1 }, 15, pad, { min: 0, max: 4, step: 0.1 })).toEqual({ index: 14, value: 4 });
  });

  it('snaps without float noise', () => {
    const { value } = dragTarget({ x: 0.5, y: 0.9 - 0.8 * 0.3 }, 15, pad, { min: 0, max: 1, step: 0.05 });
    expect(value).toBe(0.3);
  });
});
