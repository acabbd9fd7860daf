import { describe, expect, it } from 'vitest';
import { findParameter } from '../../src/model/catalog';
import { resolveParams } from '../../src/model/params';
import { presetPath, scheduleValues, SCHEDULE_YEARS, withYearValue } from '../../src/scenario/paths';

const dibao = findParameter('dibao_uplift')!;
const growth = findParameter('gdp_real_growth')!;

describe('scheduleValues', () => {
  it('reads a path as the model does (linear between points, flat after, default before)', () => {
    for (const override of [
      undefined,
      12,
      {
        path: [
          [2023, 10],
          [2027, 30],
        ] as [number, number][],
      },
    ]) {
      const ui = scheduleValues(dibao, override);
      const params = resolveParams(override === undefined ? {} : { dibao_uplift: override });
      SCHEDULE_YEARS.forEach((year, i) => expect(ui[i], `${year}`).toBeCloseTo(params.at('dibao_uplift', i + 1), 12));
    }
  });

  it('keeps a path default (observed GDP growth) where no override applies', () => {
    expect(scheduleValues(growth, undefined).slice(0, 4)).toEqual([8.5, 3.1, 6.0, 5.5]);
  });
});

describe('schedule editing', () => {
  it('changes a single year and keeps every other year', () => {
    const before = scheduleValues(dibao, 10);
    const after = scheduleValues(dibao, withYearValue(dibao, 10, 2024, 40));
    SCHEDULE_YEARS.forEach((year, i) => expect(after[i]).toBe(year === 2024 ? 40 : before[i]));
  });

  it('builds ramp, from-year and front-loaded presets within the range', () => {
    expect(scheduleValues(dibao, presetPath(dibao, 'ramp', 40, 2021, 2025)).slice(0, 6)).toEqual([0, 10, 20, 30, 40, 40]);
    expect(scheduleValues(dibao, presetPath(dibao, 'from_year', 30, 2023, 2025)).slice(0, 4)).toEqual([0, 0, 30, 30]);
    expect(scheduleValues(dibao, presetPath(dibao, 'front_loaded', 40, 2021, 2025)).slice(0, 4)).toEqual([30, 35, 40, 40]);
    expect(Math.max(...scheduleValues(dibao, presetPath(dibao, 'ramp', 1000, 2021, 2025)))).toBe(100);
  });
});
