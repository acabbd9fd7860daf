import { describe, expect, it } from 'vitest';
import { vanDerCorput } from './sequences';

describe('vanDerCorput', () => {
  it('mirrors binary digits about the radix point', () => {
    expect(vanDerCorput(0, 2)).toBe(0);
    expect(vanDerCorput(1, 2)).toBe(0.5);
    expect(vanDerCorput(2, 2)).toBe(0.25);
    expect(vanDerCorput(3, 2)).toBe(0.75);
    expect(vanDerCorput(4, 2)).toBe(0.125);
    expect(vanDerCorput(5, 2)).toBe(0.625);
    expect(vanDerCorput(6, 2)).toBe(0.375);
    expect(vanDerCorput(7, 2)).toBe(0.875);
  });

  it('gives the correctly rounded fraction in other bases', () => {
    expect(vanDerCorput(1, 3)).toBe(1 / 3);
    expect(vanDerCorput(2, 3)).toBe(2 / 3);
    expect(vanDerCorput(3, 3)).toBe(1 / 9);
    expect(vanDerCorput(4, 3)).toBe(4 / 9);
    expect(vanDerCorput(5, 3)).toBe(7 / 9);
    expect(vanDerCorput(10, 10)).toBe(0.01);
    expect(vanDerCorput(123, 10)).toBe(0.321);
  });

  it('fills the grid i/2^k exactly with its first 2^k points in base 2', () => {
    const k = 10;
    const n = 2 ** k;
    const points = Array.from({ length: n }, (_, i) => vanDerCorput(i, 2)).sort((a, b) => a - b);
    points.forEach((x, i) => expect(x).toBe(i / n));
    // Hence the mean of the first 1024 points is exactly (1023 / 2) / 1024 = 0.5 − 1/2048.
    expect(points.reduce((s, x) => s + x, 0) / n).toBe(0.5 - 1 / 2048);
  });

  it('hits every fraction m/3^k exactly once with its first 3^k points in base 3', () => {
    const n = 3 ** 6;
    const hits = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const x = vanDerCorput(i, 3);
      const m = Math.round(x * n);
      // Correct rounding makes the point the very double that m/n rounds to.
      expect(x).toBe(m / n);
      hits[m]! += 1;
    }
    expect(hits.every((c) => c === 1)).toBe(true);
  });

  it('stays in [0, 1) for the largest indices', () => {
    for (const base of [2, 3, 7]) {
      for (const index of [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, 2 ** 52 + 12345]) {
        const x = vanDerCorput(index, base);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThan(1);
      }
    }
    expect(vanDerCorput(Number.MAX_SAFE_INTEGER, 2)).toBe(1 - 2 ** -53);
  });

  it('rejects negative or fractional indices and bases below 2', () => {
    expect(() => vanDerCorput(-1, 2)).toThrow(RangeError);
    expect(() => vanDerCorput(1.5, 2)).toThrow(RangeError);
    expect(() => vanDerCorput(1, 1)).toThrow(RangeError);
    expect(() => vanDerCorput(1, 2.5)).toThrow(RangeError);
  });
});
