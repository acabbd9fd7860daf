import type { CustomIndicatorResult } from '../../compute/model-api';
import type { FanPercentiles } from '../../export/fans-csv';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { CHART_TEXT } from '../i18n/charts';
import { INDICATORS_TEXT } from '../i18n/indicators';
import type { Language } from '../i18n/messages';
import { formatIndicatorValue, significantDecimals, targetText } from '../state/custom-indicators';
import { formatNumber } from '../format/number';
import { decimalsForStep, seriesDiffer, type PlotSeries, type PlotSpec } from './chart-spec';

/** An indicator's Monte Carlo percentiles (NaN in a year no draw gives a value), with the label saying the draws and seed. */
export interface CustomFanInput extends FanPercentiles {
  readonly label: string;
}

/**
 * A custom indicator's chart: baseline, modified baseline (where it differs) and scenario, as the
 * model computed them, and its target as a flat dashed line with the target year marked. With a
 * Monte Carlo `fan`: its P5–P95 (light) and P10–P90 (dark) bands in the legend, its P50 as a
 * dotted line, its five percentiles in order as data-table columns, and the draws and seed in the subtitle.
 */
export function customIndicatorSpec(
  indicator: CustomIndicatorDoc,
  name: string,
  result: CustomIndicatorResult,
  years: readonly number[],
  language: Language,
  fan?: CustomFanInput,
): PlotSpec {
  const text = CHART_TEXT[language];
  const it = INDICATORS_TEXT[language];
  const unit = indicator.unit;
  const series: PlotSeries[] = [{ label: text.baseline, values: [...result.baseline], role: 'baseline' }];
  const numbers = (values: readonly (number | null)[]): number[] => values.map((v) => v ?? NaN);
  if (seriesDiffer(numbers(result.modifiedBaseline), numbers(result.baseline)))
    series.push({ label: text.modifiedBaseline, values: [...result.modifiedBaseline], role: 'modified-baseline' });
  series.push({ label: text.scenario, values: [...result.scenario], role: 'scenario' });
  const defined = (values: readonly number[]): (number | null)[] => values.map((v) => (Number.isFinite(v) ? v : null));
  if (fan) series.push({ label: it.fanMedian, values: defined(fan.p50), role: 'fan-median' });
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
    subtitle: it.subtitle(indicator.expression) + (fan ? ` · ${it.fanNote(fan.label)}` : ''),
    labels: years.map(String),
    tooltipTitles: years.map((y) => text.year(y)),
    series,
    xTitle: text.yearAxis,
    yTitle: unit ?? '',
    markIndex: markIndex < 0 ? undefined : markIndex,
    ranges: [],
    bands: fan
      ? [
          { low: fan.p5, high: fan.p95, shade: 'light', label: it.fanLight },
          { low: fan.p10, high: fan.p90, shade: 'dark', label: it.fanDark },
        ]
      : [],
    ...(fan && {
      tableColumns: (['p5', 'p10', 'p50', 'p90', 'p95'] as const).map((p) => ({ label: it.fanColumn(p.toUpperCase()), values: defined(fan[p]) })),
    }),
    yMin: undefined,
    yMax: undefined,
    formatTick: (v, step) => formatNumber(v, language, decimalsForStep(step, significantDecimals(typical))),
    formatValue: (v) => formatIndicatorValue(v, language, unit),
    ...(unit ? { axisUnit: unit } : {}),
  };
}
