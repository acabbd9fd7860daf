import { describe, expect, it } from 'vitest';
import { normalCdf, normalInv } from './normal';

/** Relative difference |a − b| / |b|. */
const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

// Reference values from mpmath at 40 digits (mpmath.ncdf).
const LOWER_TAIL: ReadonlyArray<readonly [number, number]> = [
  [-37.5, 4.605353009581955e-308],
  [-37, 5.725571222524577e-300],
  [-30, 4.906713927148187e-198],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-8, 6.220960574271784e-16],
  [-6, 9.86587645037698e-10],
  [-5.5, 1.8989562465887718e-8],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-2, 0.02275013194817921],
  [-1, 0.15865525393145705],
  [-0.6744, 0.2500285213729406],
  [-0.5, 0.3085375387259869],
  [-0.1, 0.460172162722971],
  [0.1, 0.539827837277029],
  [1, 0.8413447460685429],
  [3, 0.9986501019683699],
];

describe('normalCdf', () => {
  it('is one half at 0', () => {
    expect(normalCdf(0)).toBe(0.5);
  });

  it('matches 40-digit reference values to 1e-14 relative, deep into the lower tail', () => {
    for (const [x, expected] of LOWER_TAIL) expect(rel(normalCdf(x), expected), `x = ${x}`).toBeLessThan(1e-14);
  });

  it('is symmetric: Φ(−x) = 1 − Φ(x)', () => {
    for (let x = 0; x <= 9; x += 0.0625) expect(normalCdf(-x)).toBeCloseTo(1 - normalCdf(x), 15);
  });

  it('keeps the upper tail exactly as the complement of the lower one', () => {
    for (const [x, expected] of LOWER_TAIL) expect(Math.abs(normalCdf(-x) - (1 - expected))).toBeLessThanOrEqual(Number.EPSILON);
  });

  it('gives 0.975 at the two-sided 95 % critical value', () => {
    expect(Math.abs(normalCdf(1.959963984540054) - 0.975)).toBeLessThan(1e-12);
  });

  it('is monotone across its branch boundaries', () => {
    for (const edge of [0.67448975, Math.sqrt(32)]) {
      for (const sign of [-1, 1]) {
        const x = sign * edge;
        const below = normalCdf(x - 1e-12);
        const at = normalCdf(x);
        const above = normalCdf(x + 1e-12);
        expect(below).toBeLessThanOrEqual(at);
        expect(at).toBeLessThanOrEqual(above);
      }
    }
  });

  it('saturates at 0 and 1 and passes NaN through', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe('normalInv', () => {
  it('matches 50-digit reference quantiles to 1e-14 relative', () => {
    const cases: ReadonlyArray<readonly [number, number]> = [
      [1e-300, -37.0470962993612],
      [1e-100, -21.273453560965326],
      [1e-20, -9.262340089798407],
      [1e-10, -6.361340902404057],
      [0.001, -3.0902323061678136],
      [0.02425, -1.972961051311885],
      [0.3, -0.5244005127080408],
      [0.975, 1.9599639845400543],
    ];
    for (const [p, expected] of cases) expect(rel(normalInv(p), expected), `p = ${p}`).toBeLessThan(1e-14);
  });

  it('inverts normalCdf to 1e-10 on [−8, 0] and, by symmetry, on [0, 8]', () => {
    for (let x = -8; x <= 8; x += 1 / 64) {
      const back = x <= 0 ? normalInv(normalCdf(x)) : -normalInv(normalCdf(-x));
      expect(Math.abs(back - x), `x = ${x}`).toBeLessThan(1e-10);
    }
  });

  it('inverts normalCdf directly on the positive side as far as doubles near 1 allow', () => {
    // Φ(x) for x > 0 is stored with an absolute error up to 2⁻⁵³, which moves the quantile by
    // up to 2⁻⁵³/φ(x): beyond x ≈ 5 no inverse can meet 1e-10 from Φ(x) itself.
    for (let x = 0; x <= 8; x += 1 / 64) {
      const density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
      const bound = 1e-10 + Number.EPSILON / 2 / density;
      expect(Math.abs(normalInv(normalCdf(x)) - x), `x = ${x}`).toBeLessThan(bound);
    }
  });

  it('round-trips far into the lower tail', () => {
    for (let x = -37.5; x <= -8; x += 0.25) expect(rel(normalInv(normalCdf(x)), x), `x = ${x}`).toBeLessThan(1e-13);
  });

  it('is exactly antisymmetric and zero at one half', () => {
    expect(normalInv(0.5)).toBe(0);
    for (const p of [1e-12, 0.01, 0.1, 0.25, 0.4999]) expect(normalInv(1 - p)).toBe(-normalInv(1 - (1 - p)));
  });

  it('stays finite for the smallest probabilities', () => {
    expect(Number.isFinite(normalInv(1e-300))).toBe(true);
    expect(Number.isFinite(normalInv(Number.MIN_VALUE))).toBe(true);
    expect(normalInv(Number.MIN_VALUE)).toBeLessThan(-38);
  });

  it('returns ∓Infinity at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalInv(0)).toBe(-Infinity);
    expect(normalInv(1)).toBe(Infinity);
    expect(normalInv(-0.1)).toBeNaN();
    expect(normalInv(1.1)).toBeNaN();
    expect(normalInv(NaN)).toBeNaN();
  });
});
