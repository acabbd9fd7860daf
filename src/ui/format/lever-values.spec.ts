import { describe, expect, it } from 'vitest';
import { findParameter, PARAMETERS, type ParameterDef } from '../../model/catalog';
import { fromShown, shownRange, shownUnit } from './lever-units';
import { baselineValue, clampToRange, formatParameterValue, inputValue, rangeFraction, roundForInput, stepDecimals } from './lever-values';

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

  it('types the mountain-county, village-collective and entrepreneurship levers in 亿元/年 as shown (60 bn = 600亿)', () => {
    const transfer = param('mountain_transfer'); // catalog unit: bn yuan a year, 0 … 60
    expect(formatParameterValue(transfer, transfer.max, 'zh')).toBe('600亿元/年');
    expect(shownRange(transfer, 'zh')).toEqual({ min: 0, max: 600, step: 10 });
    expect(shownUnit(transfer, 'zh').label).toBe('亿元/年');
    expect(fromShown(transfer, 600, 'zh')).toBe(60);
    expect(formatParameterValue(transfer, transfer.max, 'en')).toBe('60 bn yuan/year');
    expect(shownRange(transfer, 'en')).toEqual({ min: 0, max: 60, step: 1 });
    expect(inputValue(param('collective_economy_investment'), 30, 'zh')).toBe(300);
    expect(formatParameterValue(param('rural_entrepreneurship'), 2.5, 'zh')).toBe('25亿元/年');
    expect(inputValue(param('rural_entrepreneurship'), 2.5, 'zh')).toBe(25);
  });

  it('shows every parameter with the number its typed box holds and the unit written beside the box', () => {
    const defs = (Object.values(PARAMETERS) as ParameterDef[]).filter((d) => d.unit !== 'choice');
    expect(defs.length).toBeGreaterThan(40);
    for (const def of defs) {
      for (const language of ['zh', 'en'] as const) {
        const { label } = shownUnit(def, language);
        const offStep = def.min + (def.max - def.min) / 3; // a ramp value between steps
        for (const value of [def.min, def.default, def.max, offStep]) {
          const text = formatParameterValue(def, value, language);
          const typed = inputValue(def, value, language);
          const where = `${def.id} ${language} ${value}: "${text}" vs box ${typed} ${label}`;
          // The readout is the box's number followed by the box's unit.
          expect(text.endsWith(label), where).toBe(true);
          const number = Number(
            text
              .slice(0, text.length - label.length)
              .trim()
              .replace(/,/g, ''),
          );
          expect(number, where).toBe(typed);
          // Typing what is shown gives back the value (to the box's precision).
          expect(fromShown(def, typed, language), where).toBeCloseTo(value, stepDecimals(def.step) + 1);
        }
      }
    }
  });
});
