import { describe, expect, it } from 'vitest';
import { shareUnchanged } from './share-unchanged';

describe('shareUnchanged', () => {
  const before = {
    baseline: { outputs: { income: [1, 2, 3] } },
    scenario: { outputs: { income: [1, 2, 4], ratio: [1.9, 1.8] } },
    rows: [
      { id: 'a', value: 1, trend: null },
      { id: 'b', value: 2, trend: { start: 3, userSet: false } },
    ],
  };

  it('keeps the previous object for every part that did not change, and takes the new one where it did', () => {
    const next = structuredClone(before);
    next.scenario.outputs.income[2] = 5;
    next.rows[0]!.value = 1.5;
    const shared = shareUnchanged(before, next);
    expect(shared).toEqual(next);
    expect(shared.baseline).toBe(before.baseline);
    expect(shared.scenario.outputs.ratio).toBe(before.scenario.outputs.ratio);
    expect(shared.rows[1]).toBe(before.rows[1]);
    expect(shared.scenario.outputs.income).not.toBe(before.scenario.outputs.income);
    expect(shared.rows[0]).not.toBe(before.rows[0]);
    expect(shared.rows).not.toBe(before.rows);
  });

  it('returns the previous value itself when nothing changed, and the new one when there was none', () => {
    expect(shareUnchanged(before, structuredClone(before))).toBe(before);
    const next = structuredClone(before);
    expect(shareUnchanged(undefined, next)).toBe(next);
  });

  it('notices added, removed and retyped parts, NaN and null', () => {
    expect(shareUnchanged({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(shareUnchanged({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(shareUnchanged([1, 2, 3], [1, 2])).toEqual([1, 2]);
    expect(shareUnchanged({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    const nan = { v: [Number.NaN, null] };
    expect(shareUnchanged(nan, { v: [Number.NaN, null] })).toBe(nan);
    expect(shareUnchanged({ v: null as number | null }, { v: 0 })).toEqual({ v: 0 });
  });

  it('does not change either argument', () => {
    const previous = structuredClone(before);
    const next = structuredClone(before);
    next.rows[0]!.value = 9;
    const frozenNext = structuredClone(next);
    shareUnchanged(previous, next);
    expect(previous).toEqual(before);
    expect(next).toEqual(frozenNext);
  });
});
