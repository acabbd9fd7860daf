import type { CustomIndicatorResult } from '../../compute/model-api';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { CHART_TEXT } from '../i18n/charts';
import { INDICATORS_TEXT } from '../i18n/indicators';
import type { Language } from '../i18n/messages';
import { formatIndicatorValue, significantDecimals, targetText } from '../state/custom-indicators';
import { formatNumber } from '../format/number';
import { decimalsForStep, seriesDiffer, type PlotSeries, type PlotSpec } from './chart-spec';

/**
 * A custom indicator's chart: baseline, modified baseline (where it differs) and scenario, as the
 * model computed them, and its target as a flat dashed line with the target year marked.
 */
export function customIndicatorSpec(
  indicator: CustomIndicatorDoc,
  name: string,
  result: CustomIndicatorResult,
  years: readonly number[],
  language: Language,
): PlotSpec {
  const text = CHART_TEXT[language];
  const it = INDICATORS_TEXT[language];
  const unit = indicator.unit;
  const series: PlotSeries[] = [{ label: text.baseline, values: [...result.baseline], role: 'baseline' }];
  const numbers = (values: readonly (number | null)[]): number[] => values.map((v) => v ?? NaN);
  if (seriesDiffer(numbers(result.modifiedBaseline), numbers(result.baseline)))
    series.push({ label: text.modifiedBaseline, values: [...result.modifiedBaseline], role: 'modified-baseline' });
  series.push({ label: text.scenario, values: [...result.scenario], role: 'scenario' });
  const target = indicator.target;
  if (target) {
    const label = targetText(target, language, unit);
    series.push({ label, values: years.map(() => target.threshold), role: 'target', endLabel: label });
  }
  const markIndex = target ? years.indexOf(target.year) : -1;
  const typical = result.scenario.find((v) => v !== null && v !== 0) ?? 1;
  return {
    kind: 'line',
    title: name,
    subtitle: it.subtitle(indicator.expression),
    labels: years.map(String),
    tooltipTitles: years.map((y) => text.year(y)),
    series,
    xTitle: text.yearAxis,
    yTitle: unit ?? '',
    markIndex: markIndex < 0 ? undefined : markIndex,
    ranges: [],
    bands: [],
    yMin: undefined,
    yMax: undefined,
    formatTick: (v, step) => formatNumber(v, language, decimalsForStep(step, significantDecimals(typical))),
    formatValue: (v) => formatIndicatorValue(v, language, unit),
    ...(unit ? { axisUnit: unit } : {}),
  };
}
