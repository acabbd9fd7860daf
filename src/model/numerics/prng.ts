// The model's only source of randomness. Every stochastic step draws from an explicitly seeded
// generator, so a scenario document and its seed reproduce a run bit for bit on any engine.

import { normalInv } from './normal';

/** 2⁻³², turning a 32-bit integer into a fraction of [0, 1) exactly. */
const TWO_POW_MINUS_32 = 1 / 4294967296;

/**
 * Computes one splitmix32 output from its state: a bijective avalanche mix (Hash Prospector's
 * "16 21f0aaad 15 735a2d97 15") of a Weyl sequence, used only to expand a seed into state.
 */
function splitmix32(state: number): number {
  let t = state ^ (state >>> 16);
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  return (t ^ (t >>> 15)) | 0;
}

/** Golden-ratio increment of the splitmix32 Weyl sequence. */
const WEYL = 0x9e3779b9 | 0;

/**
 * Generates pseudo-random numbers with xoshiro128** (Blackman and Vigna): 128 bits of state,
 * period 2¹²⁸ − 1, 32-bit outputs that pass BigCrush, and only 32-bit integer arithmetic so it is
 * exact and fast in JavaScript.
 */
export class Xoshiro128 {
  // Four 32-bit state words kept as signed int32 numbers in fields (not a typed array), so that
  // V8 keeps them in registers; outputs are converted to unsigned only on the way out.
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * Seeds the generator from one 32-bit unsigned integer, expanded through splitmix32.
   * splitmix32 mixes four distinct Weyl states bijectively, so the four words are distinct and
   * never all zero (the one state xoshiro cannot leave): seed 0 is as good as any other.
   * Throws a RangeError unless the seed is an integer in [0, 2³²).
   */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`Xoshiro128: seed must be an integer in [0, 2^32), got ${seed}`);
    }
    let weyl = seed | 0;
    weyl = (weyl + WEYL) | 0;
    this.s0 = splitmix32(weyl);
    weyl = (weyl + WEYL) | 0;
    this.s1 = splitmix32(weyl);
    weyl = (weyl + WEYL) | 0;
    this.s2 = splitmix32(weyl);
    weyl = (weyl + WEYL) | 0;
    this.s3 = splitmix32(weyl);
  }

  /** Returns the next output as an unsigned 32-bit integer in [0, 2³²). */
  nextUint32(): number {
    const s1 = this.s1;
    const t = s1 << 9;
    const r = Math.imul(s1, 5);
    const result = Math.imul((r << 7) | (r >>> 25), 9);
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    const s3 = this.s3;
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /** Returns a uniform number in [0, 1): one 32-bit output times 2⁻³², so spacing is 2⁻³². */
  nextFloat(): number {
    return this.nextUint32() * TWO_POW_MINUS_32;
  }

  /**
   * Returns a standard normal deviate by inversion, consuming exactly one 32-bit output.
   * The uniform is taken at the midpoint (k + 1/2)·2⁻³² of its cell so it is never 0 or 1; the
   * price is that |z| never exceeds Φ⁻¹(1 − 2⁻³³) ≈ 6.23, a tail of probability 1e−10 per draw.
   * Inversion (rather than Box–Muller or a ziggurat) keeps one draw per deviate, so common random
   * numbers stay aligned when a lever changes a later step's distribution.
   */
  nextNormal(): number {
    return normalInv((this.nextUint32() + 0.5) * TWO_POW_MINUS_32);
  }

  /**
   * Returns an independent copy in the same state: both continue with the identical sequence,
   * which is how common random numbers give a baseline and a variant run the same draws.
   */
  clone(): Xoshiro128 {
    const copy = new Xoshiro128(0);
    copy.s0 = this.s0;
    copy.s1 = this.s1;
    copy.s2 = this.s2;
    copy.s3 = this.s3;
    return copy;
  }
}
