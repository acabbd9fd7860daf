/**
 * How many decimals a value needs so that, as shown, it agrees with its verdict. A value rounded
 * to the usual precision can read as meeting its threshold while the verdict says "missed"
 * (1.9004 shown as "1.90" beside "≤ 1.9"), or the reverse (5.4996 shown as "5.5" beside "< 5.5").
 * Such a value gets more digits, up to those that separate it from the threshold. Presentation
 * only: the verdict comes from the model's scorecard.
 */
import { thresholdHolds, type ThresholdComparator } from '../../shared/comparator';

/** What a shown value must agree with: the target's comparator and threshold, and whether it holds. */
export interface Agreement {
  readonly comparator: ThresholdComparator | 'rising';
  readonly threshold: number | null;
  /** Whether the verdict says the target holds (the scorecard's state is "reached"). */
  readonly holds: boolean;
}

/** The most decimals a value is ever given: beyond this a difference is float noise. */
export const MAX_DECIMALS = 10;

/**
 * The fewest decimals, from `decimals` up to MAX_DECIMALS, at which `value` rounded reads the same
 * verdict against `threshold` as `holds` says. Both numbers are in the scale they are shown in
 * (e.g. 万元 for yuan in Chinese), the threshold exactly as shown. A "rising" target, or one
 * without a threshold, keeps `decimals`.
 */
export function agreeingDecimals(value: number, agreement: Agreement, decimals: number): number {
  const { comparator, threshold, holds } = agreement;
  if (comparator === 'rising' || threshold === null || !Number.isFinite(value)) return decimals;
  for (let d = decimals; d < MAX_DECIMALS; d++) {
    if (thresholdHolds(comparator, Number(value.toFixed(Math.max(0, d))), threshold) === holds) return d;
  }
  return Math.max(decimals, MAX_DECIMALS);
}
