import { describe, expect, it } from 'vitest';
import { agreeingDecimals, MAX_DECIMALS } from './precision';
import { formatTargetValue } from './target-units';

describe('agreeingDecimals', () => {
  it('keeps the usual decimals when the rounded value already reads as its verdict', () => {
    // 1.86 ≤ 1.9 reached; 2.04 ≤ 1.9 missed: both clear at two decimals.
    expect(agreeingDecimals(1.8561, { comparator: '<=', threshold: 1.9, holds: true }, 2)).toBe(2);
    expect(agreeingDecimals(2.04, { comparator: '<=', threshold: 1.9, holds: false }, 2)).toBe(2);
  });

  it('adds the digits that separate a missed value from the threshold it rounds onto', () => {
    // 1.9004 rounds to 1.90 and 1.900, which read as ≤ 1.9; 1.9004 does not.
    expect(agreeingDecimals(1.9004, { comparator: '<=', threshold: 1.9, holds: false }, 2)).toBe(4);
    // −0.00004 rounds to 0.0 … 0.0000, which read as ≥ 0; five decimals show the minus.
    expect(agreeingDecimals(-0.00004, { comparator: '>=', threshold: 0, holds: false }, 1)).toBe(5);
  });

  it('adds digits to a reached value that would read as missed', () => {
    // 5.4996 < 5.5 holds, but "5.5 < 5.5" would not; "5.4996" does.
    expect(agreeingDecimals(5.4996, { comparator: '<', threshold: 5.5, holds: true }, 1)).toBe(4);
    // 50.04 > 50 holds, but "50.0 > 50" would not.
    expect(agreeingDecimals(50.04, { comparator: '>', threshold: 50, holds: true }, 1)).toBe(2);
  });

  it('leaves "rising" targets and rows without a threshold alone, and stops at float noise', () => {
    expect(agreeingDecimals(0.5245, { comparator: 'rising', threshold: 0.5245, holds: false }, 2)).toBe(2);
    expect(agreeingDecimals(3, { comparator: '>=', threshold: null, holds: false }, 1)).toBe(1);
    // A verdict that no rounding shows (1.9 + 1e-13 missed) gets the most decimals, no more.
    expect(agreeingDecimals(1.9 + 1e-13, { comparator: '<=', threshold: 1.9, holds: false }, 2)).toBe(MAX_DECIMALS);
  });
});

describe('formatTargetValue with an agreement', () => {
  it('writes the digits in the unit, with the minus sign they reveal', () => {
    expect(formatTargetValue(1.9004, 'ratio', 'zh', { comparator: '<=', threshold: 1.9, holds: false })).toBe('1.9004');
    expect(formatTargetValue(1.9004, 'ratio', 'en')).toBe('1.90');
    expect(formatTargetValue(-0.00004, 'pp (dibao growth − income growth)', 'zh', { comparator: '>=', threshold: 0, holds: false })).toBe(
      '\u22120.00004个百分点',
    );
    expect(formatTargetValue(-0.00004, 'pp (dibao growth − income growth)', 'en', { comparator: '>=', threshold: 0, holds: false })).toBe('\u22120.00004 pp');
    expect(formatTargetValue(-0.00004, 'pp (dibao growth − income growth)', 'en')).toBe('0.0 pp');
  });

  it('counts the digits in the shown scale: 万元 in Chinese, whole yuan or millions in English', () => {
    // 74,999.6 yuan < 75,000 (missed): "7.50万元" and "75,000 yuan" would read as met.
    const missed = { comparator: '>=', threshold: 75000, holds: false } as const;
    expect(formatTargetValue(74999.6, 'yuan/person/year (current prices)', 'zh', missed)).toBe('7.49996万元');
    expect(formatTargetValue(74999.6, 'yuan/person/year (current prices)', 'en', missed)).toBe('74,999.6 yuan');
    // 499.996 万人 < 500 (missed): "500.0万人" and "5 million persons" would read as met.
    const jobs = { comparator: '>=', threshold: 500, holds: false } as const;
    expect(formatTargetValue(499.996, '10k persons', 'zh', jobs)).toBe('499.996万人');
    expect(formatTargetValue(499.996, '10k persons', 'en', jobs)).toBe('4.99996 million persons');
    expect(formatTargetValue(498.47, '10k persons', 'en', jobs)).toBe('4.98 million persons');
  });
});
