// Weighted distribution statistics over a synthetic population held in typed arrays.
//
// Rows carry non-negative person weights; a weight of 0 marks an inactive row (a slot not in use this year),
// whose value may be anything, even NaN, and is skipped rather than multiplied by 0. Sorting is
// by an index permutation so the population's own arrays never move.

/**
 * Sorts the first `length` entries of the permutation `order` in place so that
 * key[order[0]] ≤ key[order[1]] ≤ …, by insertion sort.
 *
 * Insertion sort is O(n + inversions): incomes change little from one simulated year to the next,
 * so last year's order is nearly sorted and re-sorting it is close to linear, where a general sort
 * would pay n log n every year. It is stable and allocates nothing. Keys must not be NaN.
 */
export function insertionSortOrder(order: Int32Array, key: Float64Array, length: number = order.length): void {
  if (!Number.isInteger(length) || length < 0 || length > order.length) {
    throw new RangeError(`insertionSortOrder: length must be an integer in [0, ${order.length}], got ${length}`);
  }
  for (let i = 1; i < length; i++) {
    const item = order[i]!;
    const itemKey = key[item]!;
    let j = i - 1;
    // Strict > keeps equal keys in their previous order (stability), which keeps the sort linear
    // for ties and the result deterministic.
    while (j >= 0 && key[order[j]!]! > itemKey) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = item;
  }
}

/**
 * Computes the weighted Gini coefficient of `values` with person `weights`, visiting rows in
 * `order`, which must already be sorted ascending by value (see {@link insertionSortOrder}).
 *
 * It is the trapezoid rule under the Lorenz curve, G = 1 − Σₖ (Fₖ − Fₖ₋₁)(Lₖ + Lₖ₋₁) with F the
 * cumulative weight share and L the cumulative value share, summed in the telescoped form
 * Σₖ (Fₖ − Fₖ₋₁)(Fₖ + Fₖ₋₁ − Lₖ − Lₖ₋₁) (since Σ (Fₖ − Fₖ₋₁)(Fₖ + Fₖ₋₁) = 1): every term is
 * non-negative for sorted non-negative values, so small Ginis are not lost to cancellation.
 * A row of weight w counts exactly as w rows of weight 1; rows of weight 0 are skipped. Returns NaN
 * when the total weight or the total weighted value is 0 (the Lorenz curve is undefined).
 */
export function weightedGiniSorted(values: Float64Array, weights: Float64Array, order: Int32Array): number {
  const n = order.length;
  let totalWeight = 0;
  let totalValue = 0;
  for (let k = 0; k < n; k++) {
    const row = order[k]!;
    const w = weights[row]!;
    if (w === 0) continue;
    totalWeight += w;
    totalValue += w * values[row]!;
  }
  if (totalWeight === 0 || totalValue === 0) return NaN;
  // Accumulate 2·F and 2·L sums scaled by the totals, dividing once at the end.
  const invWeight = 1 / totalWeight;
  const invValue = 1 / totalValue;
  let cumWeight = 0;
  let cumValue = 0;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const row = order[k]!;
    const w = weights[row]!;
    if (w === 0) continue;
    const wv = w * values[row]!;
    const fSum = (2 * cumWeight + w) * invWeight;
    const lSum = (2 * cumValue + wv) * invValue;
    sum += w * (fSum - lSum);
    cumWeight += w;
    cumValue += wv;
  }
  return sum * invWeight;
}

/**
 * Computes the weighted q-quantile of `values`: the lowest value whose cumulative weight share is
 * at least q, visiting rows in `order`, which must be sorted ascending by value.
 *
 * This is the inverse of the weighted empirical distribution function (no interpolation), so a
 * median of an even number of equal-weight rows is the lower middle value. A cumulative share
 * within a relative 1e−12 of q counts as reaching it, because summed fractional weights (0.1 + 0.2)
 * would otherwise miss an exact boundary by an ulp. Rows of weight 0 are skipped. Returns NaN when
 * the total weight is 0; throws a RangeError unless 0 ≤ q ≤ 1.
 */
export function weightedQuantileSorted(values: Float64Array, weights: Float64Array, order: Int32Array, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`weightedQuantileSorted: q must be in [0, 1], got ${q}`);
  const n = order.length;
  let totalWeight = 0;
  for (let k = 0; k < n; k++) {
    const w = weights[order[k]!]!;
    if (w !== 0) totalWeight += w;
  }
  if (totalWeight === 0) return NaN;
  const target = q * totalWeight * (1 - 1e-12);
  let cumWeight = 0;
  let last = NaN;
  for (let k = 0; k < n; k++) {
    const row = order[k]!;
    const w = weights[row]!;
    if (w === 0) continue;
    cumWeight += w;
    last = values[row]!;
    if (cumWeight >= target) return last;
  }
  // Unreachable in exact arithmetic (the final cumulative weight is the total); kept for safety.
  return last;
}

/**
 * Computes the weighted mean Σ wᵢ·xᵢ / Σ wᵢ over rows [from, to) (default: all rows), skipping
 * rows of weight 0. Returns NaN when the weights in the range sum to 0; throws a RangeError when
 * the range is not within the arrays.
 */
export function weightedMean(values: Float64Array, weights: Float64Array, from = 0, to: number = values.length): number {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > values.length || to > weights.length) {
    throw new RangeError(`weightedMean: range [${from}, ${to}) is not within arrays of length ${values.length} and ${weights.length}`);
  }
  let sumWeight = 0;
  let sumValue = 0;
  for (let i = from; i < to; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    sumWeight += w;
    sumValue += w * values[i]!;
  }
  return sumWeight === 0 ? NaN : sumValue / sumWeight;
}
