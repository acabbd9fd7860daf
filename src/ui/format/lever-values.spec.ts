import { describe, expect, it } from 'vitest';
import { findParameter, type ParameterDef } from '../../model/catalog';
import { baselineValue, clampToRange, formatParameterValue, rangeFraction, roundForInput, stepDecimals } from './lever-values';

const param = (id: string): ParameterDef => {
  const def = findParameter(id);
  if (!def) throw new Error(id);
  return def;
};

describe('lever values', () => {
  it('counts the decimals a step needs', () => {
    expect(stepDecimals(1)).toBe(0);
    expect(stepDecimals(10)).toBe(0);
    expect(stepDecimals(0.1)).toBe(1);
    expect(stepDecimals(0.05)).toBe(2);
    expect(stepDecimals(0.005)).toBe(3);
    expect(stepDecimals(1e-7)).toBe(7);
  });

  it('clamps a typed value into the range and says whether it moved', () => {
    const def = param('dibao_uplift');
    expect(clampToRange(def, 150)).toEqual({ value: 100, clamped: true });
    expect(clampToRange(def, -1)).toEqual({ value: 0, clamped: true });
    expect(clampToRange(def, 30)).toEqual({ value: 30, clamped: false });
  });

  it('rounds float noise away but keeps ramp values between steps', () => {
    expect(roundForInput(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(roundForInput(20 / 3, 1)).toBe(6.67);
    expect(roundForInput(7.5, 1)).toBe(7.5);
  });

  it('takes the target-year value of a path default as the baseline', () => {
    const gdp = param('gdp_real_growth');
    expect(baselineValue(gdp)).toBe(gdp.defaultPath![2025]);
    expect(baselineValue(param('dibao_uplift'))).toBe(0);
  });

  it('places a value on its range', () => {
    const def = param('property_income_urban'); // −3 … 5
    expect(rangeFraction(def, -3)).toBe(0);
    expect(rangeFraction(def, 1)).toBe(0.5);
    expect(rangeFraction(def, 9)).toBe(1);
  });

  it('writes values with their unit in both languages', () => {
    expect(formatParameterValue(param('dibao_uplift'), 30, 'zh')).toBe('30%');
    expect(formatParameterValue(param('labour_share_policy'), 1, 'zh')).toBe('1.0个百分点');
    expect(formatParameterValue(param('labour_share_policy'), 1, 'en')).toBe('1.0 pp');
    expect(formatParameterValue(param('pit_recycling'), 1, 'zh')).toBe('低收入家庭');
    expect(formatParameterValue(param('pit_recycling'), 2, 'en')).toBe('Pension recipients');
    expect(formatParameterValue(param('band_size_multiplier'), 3, 'zh')).toBe('3.00人/户');
    expect(formatParameterValue(param('band_size_multiplier'), 3, 'en')).toBe('3.00 persons per household');
    expect(formatParameterValue(param('mountain_transfer'), 10, 'zh')).toBe('100亿元/年');
  });
});
