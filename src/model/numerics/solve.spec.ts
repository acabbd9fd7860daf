import { describe, expect, it } from 'vitest';
import { bisectMonotone, brent } from './solve';

describe('brent', () => {
  it('finds √2 as the root of x² − 2 on [0, 2] to 1e-12', () => {
    const result = brent((x) => x * x - 2, 0, 2);
    expect(result.converged).toBe(true);
    expect(Math.abs(result.root - Math.SQRT2)).toBeLessThan(1e-12);
    expect(result.iterations).toBeLessThan(15);
  });

  it('works with a decreasing function and a reversed bracket', () => {
    expect(Math.abs(brent((x) => Math.cos(x) - x, 1, 0).root - 0.7390851332151607)).toBeLessThan(1e-12);
  });

  it('handles roots at a bracket end and hard functions', () => {
    expect(brent((x) => x - 3, 3, 5)).toEqual({ root: 3, iterations: 0, converged: true });
    // A step function: interpolation is useless, the bisection fallback still converges.
    const step = brent((x) => (x < 0.3 ? -1 : 1), 0, 1);
    expect(step.converged).toBe(true);
    expect(Math.abs(step.root - 0.3)).toBeLessThan(1e-11);
    // A very flat root: x⁹ near 1e-3.
    const flat = brent((x) => (x - 1e-3) ** 9, -1, 2, { tolerance: 1e-10 });
    expect(Math.abs(flat.root - 1e-3)).toBeLessThan(1e-4);
  });

  it('honours tolerance and reports non-convergence after maxIterations', () => {
    const coarse = brent((x) => x * x - 2, 0, 2, { tolerance: 1e-3 });
    expect(coarse.converged).toBe(true);
    expect(Math.abs(coarse.root - Math.SQRT2)).toBeLessThan(1e-3);
    const cut = brent((x) => x * x - 2, 0, 2, { maxIterations: 2 });
    expect(cut.converged).toBe(false);
    expect(cut.iterations).toBe(2);
    expect(cut.root).toBeGreaterThanOrEqual(0);
    expect(cut.root).toBeLessThanOrEqual(2);
  });

  it('throws when the bracket has no sign change or f is NaN', () => {
    expect(() => brent((x) => x * x + 1, -1, 1)).toThrow(/no sign change/);
    expect(() => brent(() => NaN, -1, 1)).toThrow(/NaN/);
  });
});

describe('bisectMonotone', () => {
  it('solves f(x) = target for an increasing f', () => {
    expect(Math.abs(bisectMonotone((x) => x ** 3, 0, 10, 27) - 3)).toBeLessThan(1e-13);
    expect(Math.abs(bisectMonotone(Math.exp, -5, 5, 2) - Math.LN2)).toBeLessThan(1e-14);
  });

  it('clamps to the interval when the target is out of reach', () => {
    expect(bisectMonotone((x) => x, 0, 1, -5)).toBe(0);
    expect(bisectMonotone((x) => x, 0, 1, 5)).toBe(1);
  });

  it('uses at most two end evaluations plus the given iterations', () => {
    let calls = 0;
    const x = bisectMonotone((v) => (calls++, v), 0, 1, 0.3, 10);
    expect(calls).toBeLessThanOrEqual(12);
    expect(Math.abs(x - 0.3)).toBeLessThan(2 ** -10);
  });

  it('rejects an inverted interval', () => {
    expect(() => bisectMonotone((x) => x, 1, 0, 0.5)).toThrow(RangeError);
  });
});
