import { describe, expect, it } from 'vitest';
import { thresholdHolds } from './comparator';

describe('thresholdHolds', () => {
  it('counts a value equal to the threshold as meeting "≥" and "≤" but not ">" or "<"', () => {
    expect([thresholdHolds('>=', 1.9, 1.9), thresholdHolds('<=', 1.9, 1.9), thresholdHolds('>', 1.9, 1.9), thresholdHolds('<', 1.9, 1.9)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('judges a value on either side of the threshold by the direction of the comparator', () => {
    expect([thresholdHolds('>', 5.5001, 5.5), thresholdHolds('<', 5.4996, 5.5), thresholdHolds('>=', 5.4996, 5.5), thresholdHolds('<=', 5.5001, 5.5)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
