// Low-discrepancy sequences: evenly spread points in [0, 1) for stratified sampling, so that a
// synthetic population of a few thousand rows reproduces its target distribution without the
// sampling noise of independent draws.

/**
 * Computes the van der Corput radical inverse of `index` in `base`: the base-`base` digits of the
 * index mirrored about the radix point (vdc(1, 2) = 0.5, vdc(2, 2) = 0.25, vdc(3, 2) = 0.75).
 *
 * The mirrored digits are accumulated as an integer numerator over base^digits and divided once,
 * so the result is the correctly rounded fraction whenever base · index ≤ 2⁵³ (every practical
 * population size). Throws a RangeError unless `index` is a non-negative safe integer and `base`
 * an integer ≥ 2.
 */
export function vanDerCorput(index: number, base: number): number {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`vanDerCorput: index must be a non-negative safe integer, got ${index}`);
  if (!Number.isSafeInteger(base) || base < 2) throw new RangeError(`vanDerCorput: base must be an integer ≥ 2, got ${base}`);
  if (index <= Number.MAX_SAFE_INTEGER / base) {
    let numerator = 0;
    let denominator = 1;
    for (let rest = index; rest > 0; rest = Math.floor(rest / base)) {
      numerator = numerator * base + (rest % base);
      denominator *= base;
    }
    return numerator / denominator;
  }
  // Numerator and denominator would no longer be exact integers: sum scaled digits instead,
  // least significant (largest) first, accurate to a few ulps.
  let result = 0;
  let scale = 1 / base;
  for (let rest = index; rest > 0; rest = Math.floor(rest / base)) {
    result += (rest % base) * scale;
    scale /= base;
  }
  return result;
}
