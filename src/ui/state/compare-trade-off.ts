/**
 * The trade-off of the compared scenarios: each one's cumulative fiscal cost against what it
 * achieves (the modelled targets met, or one target's 2025 gap), with the Pareto-efficient ones
 * marked. Presentation only: cost, verdicts and gaps are the model's outputs and scorecard rows.
 */
import type { WorkbenchResult } from '../../compute/model-api';
import type { PlanComparator } from '../../model/catalog';

/** What a scenario achieves on the trade-off's vertical axis: the modelled targets met, or one target's 2025 gap to its threshold. */
export type TradeOffAxis = { readonly kind: 'met' } | { readonly kind: 'gap'; readonly targetId: string };

/** A compared scenario on the trade-off between what it costs and what it achieves. */
export interface TradeOffPoint {
  /** The scenario's place in the comparison. */
  readonly index: number;
  /** Cumulative 2021–2025 fiscal cost of its levers (yuan; the model's output), undefined if unknown. */
  readonly cost: number | undefined;
  /** Targets the model judges met in 2025 (basis `model` only: assumed levels and trends are not counted in). */
  readonly met: number;
  /**
   * The vertical axis's value: `met`, or the chosen target's signed 2025 gap in its unit
   * (value − threshold; for "keeps rising", the change since 2020), undefined without data.
   */
  readonly y: number | undefined;
  /** No other compared scenario costs no more and does no worse on the axis, and one of the two strictly (Pareto-efficient). */
  readonly efficient: boolean;
}

/**
 * Whether a larger gap is better for a target of this comparator: yes for ≥, > and "keeps
 * rising" (further above the threshold), no for ≤ and < (further below it).
 */
export function higherGapIsBetter(comparator: PlanComparator): boolean {
  return comparator !== '<=' && comparator !== '<';
}

/**
 * Each compared scenario's cumulative fiscal cost in `targetYear` against the chosen axis, the
 * Pareto-efficient ones marked: lower cost is better, and more targets met or a smaller
 * shortfall (a gap further on the target's side of its threshold) is better. A scenario with an
 * unknown cost or value is drawn nowhere and neither is nor spoils efficiency.
 */
export function tradeOffPoints(results: readonly WorkbenchResult[], targetYear: number, axis: TradeOffAxis = { kind: 'met' }): TradeOffPoint[] {
  const points = results.map((r, index) => {
    const t = r.scenario.years.indexOf(targetYear);
    const met = r.scorecard.filter((row) => row.state === 'reached' && row.basis === 'model').length;
    const row = axis.kind === 'gap' ? r.scorecard.find((x) => x.id === axis.targetId) : undefined;
    const y = axis.kind === 'met' ? met : (row?.gap ?? undefined);
    // The score orients the axis so that larger is always better.
    const score = y === undefined ? undefined : axis.kind === 'gap' && row && !higherGapIsBetter(row.comparator) ? -y : y;
    return { index, cost: r.scenario.outputs['fiscal_cost_total_cumulative']?.[t], met, y, score };
  });
  const known = points.filter((p): p is typeof p & { cost: number; score: number } => p.cost !== undefined && p.score !== undefined);
  return points.map(({ score, ...p }) => ({
    ...p,
    efficient:
      p.cost !== undefined &&
      score !== undefined &&
      !known.some((q) => q.index !== p.index && q.cost <= p.cost! && q.score >= score && (q.cost < p.cost! || q.score > score)),
  }));
}
