import { describe, expect, it } from 'vitest';
import type { TargetWaterfall } from '../../compute/model-api';
import { waterfallBars } from './waterfall-bars';

const ratio: TargetWaterfall = {
  target: 'urban_rural_income_ratio',
  basis: 'model',
  year: 2025,
  threshold: 1.9,
  comparator: '<=',
  baseline: 1.95,
  assumptions: 0.01,
  levers: [
    { lever: 'dibao_uplift', contribution: -0.04 },
    { lever: 'min_wage_uplift', contribution: 0.005 },
  ],
  scenario: 1.925,
};

describe('waterfallBars', () => {
  it('lays the changes end to end from the baseline, and marks which ones move a "≤" target towards its threshold', () => {
    const bars = waterfallBars(ratio);
    expect(bars.map((b) => b.kind)).toEqual(['baseline', 'assumptions', 'lever', 'lever', 'scenario']);
    expect(bars[1]).toMatchObject({ from: 1.95, to: 1.96, helps: false });
    expect(bars[2]!.from).toBeCloseTo(1.96, 12);
    expect(bars[2]!.to).toBeCloseTo(1.92, 12);
    expect(bars[2]!.helps).toBe(true);
    expect(bars[3]!.to).toBeCloseTo(1.925, 12);
    expect(bars[4]).toMatchObject({ from: 0, to: 1.925 });
  });

  it('leaves out an assumptions bar when no assumption moves the value', () => {
    expect(waterfallBars({ ...ratio, assumptions: 0 }).map((b) => b.kind)).toEqual(['baseline', 'lever', 'lever', 'scenario']);
  });
});
