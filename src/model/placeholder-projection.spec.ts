import { describe, expect, it } from 'vitest';
import { projectIncome } from './placeholder-projection';
import { run } from './index';

describe('projectIncome', () => {
  it('starts from the official 2020 per-capita income of 52,397 yuan', () => {
    const p = projectIncome(7, 2020, 2025);
    expect(p.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(p.incomePerCapita[0]).toBe(52397);
  });

  it('compounds the growth rate year by year', () => {
    const p = projectIncome(10, 2020, 2022);
    expect(p.incomePerCapita[2]).toBeCloseTo(52397 * 1.1 * 1.1, 6);
  });

  it('gives a higher 2025 income for a higher growth lever', () => {
    const low = projectIncome(5, 2020, 2025).incomePerCapita[5]!;
    const high = projectIncome(8, 2020, 2025).incomePerCapita[5]!;
    expect(high).toBeGreaterThan(low);
  });
});

describe('run', () => {
  it('uses the catalog default when the lever is not overridden', () => {
    const base = run({ overrides: {} });
    const explicit = run({ overrides: { income_growth_nominal: 7 } });
    expect(base.outputs['income_per_capita']).toEqual(explicit.outputs['income_per_capita']);
  });

  it('reaches the 75,000 target by 2025 only with growth of about 7.4 % a year or more', () => {
    expect(run({ overrides: { income_growth_nominal: 7.0 } }).outputs['income_per_capita']![5]).toBeLessThan(75000);
    expect(run({ overrides: { income_growth_nominal: 7.5 } }).outputs['income_per_capita']![5]).toBeGreaterThan(75000);
  });

  it('reports the 2025 target status with a signed gap', () => {
    const [short] = run({ overrides: { income_growth_nominal: 7.0 } }).targets;
    expect(short).toMatchObject({ outputId: 'income_per_capita', year: 2025, target: 75000, reached: false });
    expect(short!.gap).toBeCloseTo(short!.value - 75000, 9);
    expect(run({ overrides: { income_growth_nominal: 8 } }).targets[0]!.reached).toBe(true);
  });
});
