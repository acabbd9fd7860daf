/** A comparator against a fixed threshold (a plan target's "rising" is judged on a whole path, so it is not one). */
export type ThresholdComparator = '>=' | '>' | '<=' | '<';

/**
 * Whether `value` meets `threshold` under `comparator`. The model's scorecard judges a target with
 * it and the page picks the decimals a shown value needs with it, so both read the same verdict.
 */
export function thresholdHolds(comparator: ThresholdComparator, value: number, threshold: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
  }
}
