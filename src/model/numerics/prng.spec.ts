import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from './prng';

/** Draws `n` outputs of `next` from a generator. */
function draw(rng: Xoshiro128, n: number, next: (r: Xoshiro128) => number): number[] {
  return Array.from({ length: n }, () => next(rng));
}
const uint = (r: Xoshiro128): number => r.nextUint32();

describe('Xoshiro128', () => {
  it('matches the reference C implementation (xoshiro128** seeded through splitmix32)', () => {
    // From Blackman and Vigna's xoshiro128starstar.c, state filled by the same splitmix32 mix.
    expect(draw(new Xoshiro128(0), 6, uint)).toEqual([1789933344, 44971166, 2521387044, 3848737593, 1138324114, 749234105]);
    expect(draw(new Xoshiro128(1), 6, uint)).toEqual([393288148, 2174103013, 3814759091, 2092745082, 1865176206, 2179171167]);
    expect(draw(new Xoshiro128(0xffffffff), 6, uint)).toEqual([4104197751, 1825856343, 1152209388, 2427537429, 3685145430, 609215610]);
  });

  it('steps the raw state exactly as the reference does from state {1, 2, 3, 4}', () => {
    const rng = new Xoshiro128(0);
    Object.assign(rng, { s0: 1, s1: 2, s2: 3, s3: 4 });
    expect(draw(rng, 6, uint)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('repeats the same sequence for the same seed and differs between seeds', () => {
    expect(draw(new Xoshiro128(42), 100, uint)).toEqual(draw(new Xoshiro128(42), 100, uint));
    const a = draw(new Xoshiro128(42), 100, uint);
    const b = draw(new Xoshiro128(43), 100, uint);
    expect(a.filter((x, i) => x === b[i]).length).toBe(0);
  });

  it('lets a clone continue identically and independently', () => {
    const rng = new Xoshiro128(7);
    draw(rng, 13, uint);
    const copy = rng.clone();
    const expected = draw(rng, 50, (r) => r.nextNormal());
    expect(draw(copy, 50, (r) => r.nextNormal())).toEqual(expected);
    // Advancing the copy does not move the original.
    const fresh = rng.clone();
    draw(copy, 10, uint);
    expect(rng.nextUint32()).toBe(fresh.nextUint32());
  });

  it('gives unsigned 32-bit integers and floats in [0, 1)', () => {
    const rng = new Xoshiro128(3);
    let bad = 0;
    for (let i = 0; i < 10_000; i++) {
      const u = rng.nextUint32();
      if (!(Number.isInteger(u) && u >= 0 && u < 2 ** 32)) bad++;
      const f = rng.nextFloat();
      if (!(f >= 0 && f < 1)) bad++;
    }
    expect(bad).toBe(0);
  });

  it('has floats with mean 1/2 and an even spread over ten bins', () => {
    const rng = new Xoshiro128(2021);
    const n = 100_000;
    const bins = new Int32Array(10);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const f = rng.nextFloat();
      sum += f;
      bins[Math.floor(f * 10)]! += 1;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    // Chi-square with 9 degrees of freedom: 27.9 is its 0.999 quantile.
    let chi2 = 0;
    for (const c of bins) chi2 += (c - n / 10) ** 2 / (n / 10);
    expect(chi2).toBeLessThan(27.9);
  });

  it('has standard normal deviates: mean 0, sd 1, symmetric tails', () => {
    const rng = new Xoshiro128(2025);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let beyond196 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.nextNormal();
      sum += z;
      sumSq += z * z;
      if (Math.abs(z) > 1.959963984540054) beyond196++;
    }
    const mean = sum / n;
    expect(Number.isFinite(sumSq)).toBe(true);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(Math.sqrt(sumSq / n - mean * mean) - 1)).toBeLessThan(0.02);
    expect(Math.abs(beyond196 / n - 0.05)).toBeLessThan(0.003);
  });

  it('accepts only integer seeds in [0, 2^32)', () => {
    expect(() => new Xoshiro128(-1)).toThrow(RangeError);
    expect(() => new Xoshiro128(2 ** 32)).toThrow(RangeError);
    expect(() => new Xoshiro128(0.5)).toThrow(RangeError);
    expect(() => new Xoshiro128(NaN)).toThrow(RangeError);
  });
});
