import { WHO_GAINS_LINES, type WhoGainsGroup } from '../../model/catalog';
import { formatNumber } from '../format/number';
import { CHART_TEXT } from '../i18n/charts';
import type { Language } from '../i18n/messages';
import type { PlotSpec } from './chart-spec';

/** How the decile chart shows the change: yuan per person a year, or per cent of the decile's baseline income. */
export type WhoGainsMode = 'yuan' | 'percent';

/** A signed amount: "+1,234" / "−56" (a true minus sign), "0" for no change. */
function signed(value: number, language: Language, decimals: number): string {
  const text = formatNumber(Math.abs(value), language, decimals);
  if (Number(text.replace(/[^\d.]/g, '')) === 0) return formatNumber(0, language, decimals);
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** A signed change in yuan per person a year, written with its unit. */
export function formatYuanChange(value: number, language: Language): string {
  return CHART_TEXT[language].yuanAmount(signed(value, language, 0));
}

/** A signed percentage change, two decimals. */
export function formatPercentChange(value: number, language: Language): string {
  return `${signed(value, language, 2)}%`;
}

/** The bar chart of one cut's decile changes in one year, in yuan or per cent, as the result holds them. */
export function whoGainsSpec(input: {
  readonly year: number;
  readonly group: WhoGainsGroup;
  readonly mode: WhoGainsMode;
  readonly cut: string;
  readonly language: Language;
}): PlotSpec {
  const { year, group, mode, cut, language } = input;
  const text = CHART_TEXT[language];
  const values = mode === 'yuan' ? group.decileChange : group.decilePercentChange;
  const format = (v: number): string => (mode === 'yuan' ? formatYuanChange(v, language) : formatPercentChange(v, language));
  const labels = values.map((_, d) => text.decileLabel(formatNumber(d + 1, language)));
  const yTitle = mode === 'yuan' ? text.whoGainsYYuan : text.whoGainsYPercent;
  return {
    kind: 'bar',
    title: text.whoGainsTitle(year, cut),
    subtitle: text.subtitle(year, year, yTitle, text.whoGainsSource),
    labels,
    tooltipTitles: labels.map((l) => `${text.decileColumn} ${l} · ${text.year(year)}`),
    series: [{ label: text.whoGainsSeries, values: [...values], role: 'scenario' }],
    xTitle: text.whoGainsX,
    yTitle,
    markIndex: undefined,
    ranges: [],
    yMin: undefined,
    yMax: undefined,
    formatTick: (v, step) => (mode === 'yuan' ? formatNumber(v, language, step > 0 && step < 1 ? 1 : 0) : `${formatNumber(v, language, step >= 1 ? 0 : 2)}%`),
    formatValue: format,
  };
}

/** The sentences under the chart: the shares of gainers, losers and no change, and the mean change. */
export function whoGainsSentences(year: number, group: WhoGainsGroup, language: Language): { shares: string; mean: string } {
  const text = CHART_TEXT[language];
  const share = (v: number): string => `${formatNumber(v, language, 1)}%`;
  return {
    shares: text.whoGainsShares(year, share(group.gainShare), share(group.loseShare), share(group.noChangeShare)),
    mean: text.whoGainsMean(formatYuanChange(group.meanChange, language), formatPercentChange(group.percentChange, language)),
  };
}

/** One row of the poverty table: the line multiple and the persons below it, baseline, scenario and change. */
export interface PovertyRow {
  readonly key: string;
  readonly label: string;
  readonly baseline: string;
  readonly scenario: string;
  readonly change: string;
}

/** The poverty table of one cut: persons below 1, 1.5 and 2 × the baseline's dibao line. */
export function povertyRows(group: WhoGainsGroup, language: Language): PovertyRow[] {
  const text = CHART_TEXT[language];
  return WHO_GAINS_LINES.map((multiple, k) => ({
    key: String(multiple),
    label: text.povertyLine(formatNumber(multiple, language, multiple % 1 === 0 ? 0 : 1)),
    baseline: formatNumber(group.baselineBelow[k]!, language),
    scenario: formatNumber(group.scenarioBelow[k]!, language),
    change: signed(group.belowChange[k]!, language, 0),
  }));
}
