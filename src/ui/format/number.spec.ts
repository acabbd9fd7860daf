import { describe, expect, it } from 'vitest';
import { formatWithUnit, formatYuan } from './number';

describe('formatYuan', () => {
  it('shows 万元 with two decimals in Chinese', () => {
    expect(formatYuan(71200, 'zh')).toBe('7.12万元');
  });
  it('shows whole yuan with thousands separators in English', () => {
    expect(formatYuan(71234.6, 'en')).toBe('71,235 yuan');
  });
});

describe('formatWithUnit', () => {
  it('writes the growth-rate unit in each language', () => {
    expect(formatWithUnit(7, 'percent_per_year', 'zh')).toBe('7.0%/年');
    expect(formatWithUnit(7, 'percent_per_year', 'en')).toBe('7.0% a year');
  });
});
