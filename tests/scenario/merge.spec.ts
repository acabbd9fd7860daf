// Three-way merge of two tabs' edits of one scenario: expected documents are written out by hand.
import { describe, expect, it } from 'vitest';
import type { ScenarioDoc } from '../../src/scenario/document';
import { mergeScenario, sameValue } from '../../src/scenario/merge';
import { emptyScenario } from '../../src/scenario/parse';

function doc(overrides: ScenarioDoc['overrides'], extra: Partial<ScenarioDoc> = {}): ScenarioDoc {
  return { ...emptyScenario(), name: 'S', overrides, ...extra };
}

describe('mergeScenario', () => {
  it('keeps both tabs’ edits of different levers', () => {
    const base = doc({ a: 1 });
    const mine = doc({ a: 1, b: 2 });
    const theirs = doc({ a: 5 });
    const merged = mergeScenario(base, mine, theirs);
    expect(merged.doc.overrides).toEqual({ a: 5, b: 2 });
    expect(merged.conflicts).toEqual([]);
  });

  it('a lever reset on one side and untouched on the other stays reset', () => {
    const merged = mergeScenario(doc({ a: 1, b: 2 }), doc({ b: 2 }), doc({ a: 1, b: 3 }));
    expect(merged.doc.overrides).toEqual({ b: 3 });
    expect(merged.conflicts).toEqual([]);
  });

  it('the same lever changed differently on both sides is a conflict: mine is kept, theirs reported', () => {
    const merged = mergeScenario(doc({ a: 1 }), doc({ a: 2 }), doc({ a: 3, c: 4 }));
    expect(merged.doc.overrides).toEqual({ a: 2, c: 4 });
    expect(merged.conflicts).toEqual([{ field: 'overrides', key: 'a', mine: 2, theirs: 3 }]);
  });

  it('the same change on both sides is not a conflict', () => {
    const path = {
      path: [
        [2022, 50],
        [2025, 200],
      ] as [number, number][],
    };
    const merged = mergeScenario(
      doc({}),
      doc({ p: path }),
      doc({
        p: {
          path: [
            [2022, 50],
            [2025, 200],
          ],
        },
      }),
    );
    expect(merged.doc.overrides).toEqual({ p: path });
    expect(merged.conflicts).toEqual([]);
  });

  it('a lever one side reset and the other changed is a conflict with undefined for the reset side', () => {
    const merged = mergeScenario(doc({ a: 1 }), doc({}), doc({ a: 7 }));
    expect(merged.doc.overrides).toEqual({});
    expect(merged.conflicts).toEqual([{ field: 'overrides', key: 'a', mine: undefined, theirs: 7 }]);
  });

  it('merges tracked trends per target and name and notes as fields', () => {
    const trend = { start: 1, startYear: 2020, change: 0.5 };
    const base = doc({}, { name: 'A', notes: 'n' });
    const mine = doc({}, { name: 'A', notes: 'mine', tracked: { t1: trend } });
    const theirs = doc({}, { name: 'B', notes: 'theirs' });
    const merged = mergeScenario(base, mine, theirs);
    expect(merged.doc.name).toBe('B');
    expect(merged.doc.notes).toBe('mine');
    expect(merged.doc.tracked).toEqual({ t1: trend });
    expect(merged.conflicts).toEqual([{ field: 'notes', key: 'notes', mine: 'mine', theirs: 'theirs' }]);
  });

  it('with theirs equal to the base the result is mine', () => {
    const base = doc({ a: 1 });
    const mine = doc({ a: 2, b: 3 }, { notes: 'x' });
    expect(mergeScenario(base, mine, base).doc).toEqual(mine);
  });
});

describe('sameValue', () => {
  it('compares JSON values structurally, ignoring key order', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(1, '1')).toBe(false);
  });
});
