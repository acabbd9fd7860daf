import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { Xoshiro128 } from '../numerics/prng';
import { DRAWN_PARAMETERS, drawnOverride, monteCarlo, quantileSorted } from '../uncertainty';
import { globalSensitivity, SensitivityError, tornado, tornadoEnds, tornadoSteps, type SensitivityInput } from './sensitivity';

const T2025 = 5; // 2020 is index 0
const drawn = (id: string) => DRAWN_PARAMETERS.find((p) => p.id === id)!;

describe('tornadoEnds (P10 and P90 of each catalog distribution, computed by hand)', () => {
  it('normal N(0, 1), a deviation of GDP growth from its path: ∓1.2815515655', () => {
    const { low, high } = tornadoEnds(drawn('gdp_real_growth'));
    expect(drawn('gdp_real_growth').mode).toBe('shift');
    expect(low).toBeCloseTo(-1.2815515655446004, 12);
    expect(high).toBeCloseTo(1.2815515655446004, 12);
  });

  it('normal N(0.25, 0.3²), the labour-share drift: 0.25 ∓ 0.3 × 1.2815515655', () => {
    const { low, high } = tornadoEnds(drawn('labour_share_drift'));
    expect(low).toBeCloseTo(-0.13446546966338, 11);
    expect(high).toBeCloseTo(0.63446546966338, 11);
  });

  it('uniform on [4.5, 5.4], 2020 unemployment: 4.59 and 5.31', () => {
    const { low, high } = tornadoEnds(drawn('unemployment_2020'));
    expect(low).toBeCloseTo(4.59, 12);
    expect(high).toBeCloseTo(5.31, 12);
  });

  it('triangular (0.85, mode 1, 1.1), the income–GDP elasticity: 0.85 + √(0.1·0.25·0.15) and 1.1 − √(0.1·0.25·0.1)', () => {
    const { low, high } = tornadoEnds(drawn('income_gdp_elasticity'));
    // F(mode) = 0.15 / 0.25 = 0.6: P10 lies left of the mode, P90 right of it.
    expect(low).toBeCloseTo(0.9112372435695795, 12);
    expect(high).toBeCloseTo(1.05, 12);
  });

  it('triangular (−0.25, mode −0.1, 0), the minimum-wage employment elasticity: −0.1887627564 and −0.05', () => {
    const { low, high } = tornadoEnds(drawn('min_wage_employment_elasticity'));
    expect(low).toBeCloseTo(-0.1887627564304205, 12);
    expect(high).toBeCloseTo(-0.05, 12);
  });
});

describe('tornado (each Monte Carlo parameter at its P10 and P90, one at a time)', () => {
  const result = tornado({}, { target: 'income_per_capita' });

  it('has one bar per drawn parameter, the largest swing first, and its base is the scenario’s own exact run value', () => {
    expect(result.bars.map((b) => b.id).sort()).toEqual(DRAWN_PARAMETERS.map((p) => p.id).sort());
    expect(result.held).toEqual([]);
    for (let i = 1; i < result.bars.length; i++) expect(result.bars[i - 1]!.swing).toBeGreaterThanOrEqual(result.bars[i]!.swing);
    expect(result.base).toBe(run({ overrides: {} }).outputs['income_per_capita']![T2025]);
    expect(result.year).toBe(2025);
    expect(result.threshold).toBe(75_000);
    expect(result.runs).toEqual({ exact: 1, small: 1 + 2 * DRAWN_PARAMETERS.length });
  });

  it('gives a parameter the target does not depend on a zero swing: 2020 unemployment never enters income per head', () => {
    // Income per head is the survey's disposable income: the urban unemployment rate is reported, not fed back into incomes.
    const bar = result.bars.find((b) => b.id === 'unemployment_2020')!;
    expect(bar.swing).toBe(0);
    expect(bar.atLow).toBe(result.base);
    expect(bar.atHigh).toBe(result.base);
  });

  it('moves income per head with GDP growth by about what two exact runs on the full population say', () => {
    const bar = result.bars.find((b) => b.id === 'gdp_real_growth')!;
    const exact = (deviation: number): number =>
      run({ overrides: { gdp_real_growth: drawnOverride(drawn('gdp_real_growth'), deviation) } }, { whoGains: false }).outputs['income_per_capita']![T2025]!;
    const full = exact(bar.high) - exact(bar.low);
    // Faster growth, higher incomes; the small population's response is within 3 % of the full one's.
    expect(full).toBeGreaterThan(0);
    expect(bar.atHigh - bar.atLow).toBeGreaterThan(0.97 * full);
    expect(bar.atHigh - bar.atLow).toBeLessThan(1.03 * full);
    // It is among the assumptions that decide this target.
    expect(result.bars.slice(0, 5).map((b) => b.id)).toContain('gdp_real_growth');
  });

  it('judges each end against the threshold as the scorecard does (≥ 75,000 yuan)', () => {
    for (const bar of result.bars) {
      expect(bar.metAtLow).toBe(bar.atLow >= 75_000);
      expect(bar.metAtHigh).toBe(bar.atHigh >= 75_000);
    }
    expect(result.baseMet).toBe(result.base >= 75_000);
  });

  it('holds a parameter the scenario sets at its value and leaves it out of the bars', () => {
    const held = tornado({ gdp_real_growth: 6 }, { target: 'income_per_capita' });
    expect(held.held).toEqual(['gdp_real_growth']);
    expect(held.bars.some((b) => b.id === 'gdp_real_growth')).toBe(false);
    expect(held.base).toBe(run({ overrides: { gdp_real_growth: 6 } }).outputs['income_per_capita']![T2025]);
  });

  it('reports its progress step by step: the scenario, then one step per parameter', () => {
    const steps = tornadoSteps({}, { target: 'urban_rural_income_ratio' });
    const seen: number[] = [];
    let next = steps.next();
    while (!next.done) {
      seen.push(next.value.done);
      expect(next.value.total).toBe(1 + DRAWN_PARAMETERS.length);
      next = steps.next();
    }
    expect(seen).toEqual(Array.from({ length: 1 + DRAWN_PARAMETERS.length }, (_, i) => i + 1));
    expect(next.value.target).toBe('urban_rural_income_ratio');
  });

  it('refuses a target it cannot judge, naming the field', () => {
    expect(() => tornado({}, { target: 'no_such_target' })).toThrow(SensitivityError);
    expect(() => tornado({}, { target: 'income_per_capita', year: 2020 })).toThrow(/outside the projection/);
  });
});

describe('globalSensitivity (standardised regression coefficients)', () => {
  /** n draws of independent uniforms a, b, c from a seeded PRNG; y from them. */
  const synthetic = (n: number, y: (a: number, b: number, c: number) => number): SensitivityInput => {
    const rng = new Xoshiro128(7);
    const a = Array.from({ length: n }, () => 10 + 4 * rng.nextFloat());
    const b = Array.from({ length: n }, () => rng.nextFloat());
    const c = Array.from({ length: n }, () => -3 + rng.nextFloat());
    return {
      seed: 7,
      draws: n,
      drawn: [
        { id: 'a', mode: 'value', values: a },
        { id: 'b', mode: 'value', values: b },
        { id: 'c', mode: 'value', values: c },
        { id: 'still', mode: 'value', values: new Array<number>(n).fill(0.3) },
      ],
      targetDraws: { t: a.map((ai, i) => y(ai, b[i]!, c[i]!)) },
    };
  };
  const sd = (v: readonly number[]): number => {
    const m = v.reduce((s, x) => s + x, 0) / v.length;
    return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1));
  };

  it('on y = 2a − b (no noise) gives SRC_a = 2σa/σy, SRC_b = −σb/σy, zero for c that has no effect, and R² = 1', () => {
    const input = synthetic(400, (a, b) => 2 * a - b);
    const result = globalSensitivity(input, 't');
    const [a, b] = [input.drawn[0]!.values, input.drawn[1]!.values];
    const sy = sd(input.targetDraws['t']!);
    const src = Object.fromEntries(result.src.map((e) => [e.id, e.src]));
    expect(src['a']).toBeCloseTo((2 * sd(a)) / sy, 6);
    expect(src['b']).toBeCloseTo(-sd(b) / sy, 6);
    expect(Math.abs(src['c']!)).toBeLessThan(1e-6);
    expect(result.r2).toBeCloseTo(1, 6);
    // a's spread (4) dwarfs b's (1) and it counts twice: it comes first.
    expect(result.src.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(result.constant).toEqual(['still']);
    expect(result).toMatchObject({ target: 't', seed: 7, draws: 400, used: 400 });
  });

  it('says how much a linear fit explains: y = a² + 30·sin(8c) leaves part unexplained', () => {
    const result = globalSensitivity(
      synthetic(400, (a, _b, c) => a * a + 30 * Math.sin(8 * c)),
      't',
    );
    expect(result.r2).toBeGreaterThan(0.05);
    expect(result.r2).toBeLessThan(0.95);
  });

  it('leaves out draws where the target is undefined, and refuses a target it has no draws of', () => {
    const input = synthetic(50, (a, b) => a + b);
    const y = [...input.targetDraws['t']!];
    y[3] = NaN;
    expect(globalSensitivity({ ...input, targetDraws: { t: y } }, 't').used).toBe(49);
    expect(() => globalSensitivity(input, 'other')).toThrow(SensitivityError);
    // Three varying parameters need five draws at least.
    const few = synthetic(4, (a, b) => a + b);
    expect(() => globalSensitivity(few, 't')).toThrow(/needs at least 5 draws, got 4/);
  });

  it('runs on a Monte Carlo result: its per-draw target values agree with its own median, and every drawn parameter is ranked', () => {
    const mc = monteCarlo({}, { draws: 64, seed: 11 });
    const values = Float64Array.from(mc.targetDraws['income_per_capita']!).sort();
    expect(values).toHaveLength(64);
    expect(quantileSorted(values, 0.5)).toBeCloseTo(mc.quantiles['income_per_capita']!.p50[T2025]!, 6);
    const result = globalSensitivity(mc, 'income_per_capita');
    expect(result.src.length + result.constant.length).toBe(DRAWN_PARAMETERS.length);
    expect(result.r2).toBeGreaterThan(0);
    expect(result.r2).toBeLessThanOrEqual(1);
    expect(result.seed).toBe(11);
  });
});

describe('sensitivity of a custom target', () => {
  // Twice income per head: every anchored value is twice income's, so the tornado and the
  // coefficients can be checked against the plan target's own (coefficients are scale-free).
  const DOUBLE = { id: 'double_income', expression: '2 * income_per_capita', target: { comparator: '>=' as const, threshold: 150_000, year: 2025 } };

  it('draws the tornado of twice income per head as twice the tornado of income per head, judged on its own threshold', () => {
    const income = tornado({}, { target: 'income_per_capita' });
    const double = tornado({}, { target: 'double_income' }, { indicators: [DOUBLE] });
    expect(double).toMatchObject({ target: 'double_income', basis: 'custom', threshold: 150_000, comparator: '>=', year: 2025 });
    expect(double.base).toBeCloseTo(2 * income.base, 6);
    expect(double.baseMet).toBe(2 * income.base >= 150_000);
    expect(double.bars.map((b) => b.id)).toEqual(income.bars.map((b) => b.id));
    double.bars.forEach((bar, k) => {
      expect(bar.atLow).toBeCloseTo(2 * income.bars[k]!.atLow, 6);
      expect(bar.atHigh).toBeCloseTo(2 * income.bars[k]!.atHigh, 6);
      expect(bar.metAtHigh).toBe(2 * income.bars[k]!.atHigh >= 150_000);
    });
  });

  it('refuses a custom id the scenario does not have, naming the target', () => {
    expect(() => tornado({}, { target: 'double_income' })).toThrow(/neither a modelled plan target nor a custom indicator/);
  });

  it('ranks the assumptions for a custom target from the Monte Carlo draws: the coefficients of twice income are income’s', () => {
    const mc = monteCarlo({}, { draws: 64, seed: 11, indicators: [DOUBLE] });
    const doubled = mc.targetDraws['double_income']!;
    expect(doubled).toHaveLength(64);
    doubled.forEach((v, i) => expect(v).toBeCloseTo(2 * mc.targetDraws['income_per_capita']![i]!, 6));
    const income = globalSensitivity(mc, 'income_per_capita');
    const double = globalSensitivity(mc, 'double_income');
    expect(double.src.map((e) => e.id)).toEqual(income.src.map((e) => e.id));
    double.src.forEach((e, k) => expect(e.src).toBeCloseTo(income.src[k]!.src, 6));
    expect(double.r2).toBeCloseTo(income.r2!, 6);
  });
});
