import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './edit-distance';

describe('editDistance', () => {
  it('counts the fewest insertions, deletions and substitutions (kitten → sitting is 3, by hand)', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('overide', 'overrides')).toBe(2);
    expect(editDistance('', 'notes')).toBe(5);
    expect(editDistance('notes', 'notes')).toBe(0);
  });
});

describe('nearest', () => {
  const fields = ['schemaVersion', 'name', 'modelVersion', 'overrides', 'notes', 'tracked'];
  it('suggests the field a typo probably means, ignoring case', () => {
    expect(nearest('overide', fields)).toBe('overrides');
    expect(nearest('Notes', fields)).toBe('notes');
    expect(nearest('modelversion', fields)).toBe('modelVersion');
  });
  it('suggests nothing for a word far from every field, or too short to judge', () => {
    expect(nearest('zzzzzzzz', fields)).toBeUndefined();
    expect(nearest('x', fields)).toBeUndefined();
  });
});
