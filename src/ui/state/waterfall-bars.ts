import type { TargetWaterfall } from '../../compute/model-api';

/** One bar of a drawn waterfall: where it starts and ends on the value axis. */
export interface WaterfallBar {
  readonly kind: 'baseline' | 'assumptions' | 'lever' | 'scenario';
  /** The lever's id for a lever bar. */
  readonly lever?: string;
  readonly from: number;
  readonly to: number;
  /** The bar's size (to − from); for baseline and scenario, the value itself. */
  readonly amount: number;
  /** For a change: whether it moves the value towards meeting the target (undefined for a "rising" target or no change). */
  readonly helps?: boolean | undefined;
}

/**
 * The bars of a target's waterfall, in order: the baseline, the assumptions (when they move it),
 * each lever from where the one before left off, and the scenario. Every number comes from the
 * model's result; this only lays them end to end.
 */
export function waterfallBars(w: TargetWaterfall): WaterfallBar[] {
  const towards = (change: number): boolean | undefined => {
    if (change === 0 || w.comparator === 'rising') return undefined;
    return w.comparator === '>=' || w.comparator === '>' ? change > 0 : change < 0;
  };
  const bars: WaterfallBar[] = [{ kind: 'baseline', from: 0, to: w.baseline, amount: w.baseline }];
  let level = w.baseline;
  if (w.assumptions !== 0) {
    bars.push({ kind: 'assumptions', from: level, to: level + w.assumptions, amount: w.assumptions, helps: towards(w.assumptions) });
    level += w.assumptions;
  }
  for (const { lever, contribution } of w.levers) {
    bars.push({ kind: 'lever', lever, from: level, to: level + contribution, amount: contribution, helps: towards(contribution) });
    level += contribution;
  }
  bars.push({ kind: 'scenario', from: 0, to: w.scenario, amount: w.scenario });
  return bars;
}
