/**
 * What "what would it take?" and the least-cost dialog aim at, as the page writes it: a plan
 * target of the scorecard, or a custom indicator of the scenario that carries a target. Both are
 * sought by id in the model worker (src/model/analysis/seek-target.ts); this is only how each is
 * named and how its numbers read.
 */
import { SEEKABLE_TARGETS, TARGET_YEAR, TARGETS, type PlanTarget } from '../../model/catalog';
import type { ThresholdComparator } from '../../shared/comparator';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { comparatorSymbol } from '../charts/chart-spec';
import { formatNumber, formatNumberBetween } from '../format/number';
import { agreeingDecimals, type Agreement } from '../format/precision';
import { formatTargetValue } from '../format/target-units';
import { thresholdUnit } from '../i18n/goal-seek';
import type { Language } from '../i18n/messages';
import { indicatorName, significantDecimals, thresholdText } from './custom-indicators';
import { formatComparatorTarget, planTarget, targetLabel } from './scorecard-view';

/** A target to seek, with its own comparator, threshold and year, and how its values read. */
export interface SeekSubject {
  /** The plan target's output id, or the custom indicator's id (what the worker is asked for). */
  readonly id: string;
  readonly custom: boolean;
  readonly label: string;
  readonly comparator: ThresholdComparator;
  /** The plan's (or the indicator's) threshold and year, the defaults of a search. */
  readonly threshold: number;
  readonly year: number;
  /** The unit a threshold is typed in ('' when it has none). */
  readonly thresholdUnit: string;
  /** A value in the subject's unit, with as many digits as it takes to read as its verdict does. */
  formatValue(value: number, agreement?: Agreement): string;
  /** A comparator and threshold: "≥ 45%", "≤ 0.63 ratio". */
  formatTarget(comparator: ThresholdComparator, threshold: number): string;
  /** The default threshold as typed into the field's placeholder. */
  readonly placeholder: string;
}

/** A plan target with a threshold as a subject; undefined for one without ("rising", or not modelled). */
export function planSubject(id: string, language: Language): SeekSubject | undefined {
  const target: PlanTarget | undefined = planTarget(id);
  if (!target || !SEEKABLE_TARGETS.includes(id) || target.comparator === 'rising' || target.value === null) return undefined;
  const unit = target.unit;
  return {
    id,
    custom: false,
    label: targetLabel(target, language),
    comparator: target.comparator,
    threshold: target.value,
    year: TARGETS.find((t) => t.outputId === id)?.year ?? TARGET_YEAR,
    thresholdUnit: thresholdUnit(unit, language),
    formatValue: (value, agreement) => formatTargetValue(value, unit, language, agreement),
    formatTarget: (comparator, threshold) => formatComparatorTarget(comparator, threshold, unit, language),
    placeholder: formatNumberBetween(target.value, language, 0, 4),
  };
}

/** A custom indicator of the scenario as a subject; undefined without a target. `index` is its place in the scenario (for an unnamed one's name). */
export function customSubject(indicator: CustomIndicatorDoc, index: number, language: Language): SeekSubject | undefined {
  const target = indicator.target;
  if (!target) return undefined;
  const withUnit = (number: string): string => (indicator.unit ? `${number} ${indicator.unit}` : number);
  return {
    id: indicator.id,
    custom: true,
    label: indicatorName(indicator, index, language),
    comparator: target.comparator,
    threshold: target.threshold,
    year: target.year,
    thresholdUnit: indicator.unit ?? '',
    formatValue: (value, agreement) => {
      const decimals = significantDecimals(value);
      return withUnit(formatNumber(value, language, agreement ? agreeingDecimals(value, agreement, decimals) : decimals));
    },
    formatTarget: (comparator, threshold) => `${comparatorSymbol(comparator)} ${thresholdText(threshold, language, indicator.unit)}`,
    placeholder: formatNumberBetween(target.threshold, language, 0, 6),
  };
}

/** The subject an id names: a plan target, else one of the scenario's custom indicators with a target. */
export function seekSubject(id: string, indicators: readonly CustomIndicatorDoc[], language: Language): SeekSubject | undefined {
  const plan = planSubject(id, language);
  if (plan) return plan;
  const index = indicators.findIndex((i) => i.id === id);
  return index < 0 ? undefined : customSubject(indicators[index]!, index, language);
}
