import { describe, expect, it } from 'vitest';
import { clip, mcQuantile } from './distributions';

describe('mcQuantile (the inverse distribution functions of the catalog distributions)', () => {
  it('puts the quarter point of U(2, 6) at 3', () => {
    expect(mcQuantile({ dist: 'uniform', min: 2, max: 6 }, 0.25)).toBeCloseTo(3, 14);
  });

  it('puts Φ(1) of N(1, 2²) at mean + one s.d. = 3, and the median at the mean', () => {
    // Φ(1) = 0.8413447460685429 (tables; R's pnorm(1)).
    expect(mcQuantile({ dist: 'normal', mean: 1, sd: 2 }, 0.8413447460685429)).toBeCloseTo(3, 9);
    expect(mcQuantile({ dist: 'normal', mean: 1, sd: 2 }, 0.5)).toBe(1);
  });

  it('inverts the triangular distribution on both sides of its mode', () => {
    // Tri(0, 1, 4): F(x) = x²/4 below the mode, 1 − (4 − x)²/12 above; F(1) = 1/4, F(0.5) = 1/16, F(2) = 2/3.
    const tri = { dist: 'triangular', min: 0, mode: 1, max: 4 } as const;
    expect(mcQuantile(tri, 1 / 16)).toBeCloseTo(0.5, 14);
    expect(mcQuantile(tri, 0.25)).toBeCloseTo(1, 14);
    expect(mcQuantile(tri, 2 / 3)).toBeCloseTo(2, 14);
  });

  it('refuses u outside (0, 1), where a normal quantile would be infinite', () => {
    expect(() => mcQuantile({ dist: 'normal', mean: 0, sd: 1 }, 0)).toThrow(RangeError);
    expect(() => mcQuantile({ dist: 'uniform', min: 0, max: 1 }, 1)).toThrow(RangeError);
  });
});

describe('clip', () => {
  it('keeps a value inside [min, max] and moves one outside to the nearest end', () => {
    expect(clip(0.5, 0, 1)).toBe(0.5);
    expect(clip(-3, 0, 1)).toBe(0);
    expect(clip(7, 0, 1)).toBe(1);
  });
});
