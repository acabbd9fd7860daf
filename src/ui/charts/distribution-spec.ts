import { formatNumber } from '../format/number';
import { CHART_TEXT } from '../i18n/charts';
import type { Language } from '../i18n/messages';
import type { PlotSpec, RangeMark } from './chart-spec';

/** Width of the result's household-income bands (yuan; the model reports 20,000-yuan bands, the last open). */
export const BAND_WIDTH = 20000;

/** Labels of the household-income bands: 万元 in Chinese ("0–2", … "≥100"), thousand yuan in English ("0–20", … "≥1,000"). */
export function bandLabels(count: number, language: Language): string[] {
  const text = CHART_TEXT[language];
  const step = language === 'zh' ? BAND_WIDTH / 1e4 : BAND_WIDTH / 1e3;
  const n = (v: number): string => formatNumber(v, language);
  return Array.from({ length: count }, (_, i) => text.bandLabel(n(i * step), i === count - 1 ? null : n((i + 1) * step)));
}

/** The band indices (inclusive) of a household-income range in yuan, e.g. 100,000–500,000 → 5…24. */
export function bandRange(from: number, to: number): { from: number; to: number } {
  return { from: Math.round(from / BAND_WIDTH), to: Math.round(to / BAND_WIDTH) - 1 };
}

/** The histogram of one year: percentage of persons per band, baseline beside scenario, the plan's two ranges shaded. */
export function histogramSpec(input: {
  readonly year: number;
  readonly baseline: readonly number[];
  readonly scenario: readonly number[];
  readonly language: Language;
}): PlotSpec {
  const { language, year } = input;
  const text = CHART_TEXT[language];
  const labels = bandLabels(input.scenario.length, language);
  const percent = (v: number): string => `${formatNumber(v, language, 1)}%`;
  const ranges: RangeMark[] = [
    { ...bandRange(100000, 500000), label: text.range100k500k, row: 0 },
    { ...bandRange(200000, 600000), label: text.range200k600k, row: 1 },
  ];
  return {
    kind: 'bar',
    title: text.histogramTitle(year),
    subtitle: `${text.subtitle(year, year, text.histogramY, text.distributionSource)} · ${text.convention}`,
    labels,
    tooltipTitles: labels.map((l) => `${l} · ${text.year(year)}`),
    series: [
      { label: text.baseline, values: [...input.baseline], role: 'baseline' },
      { label: text.scenario, values: [...input.scenario], role: 'scenario' },
    ],
    xTitle: text.histogramX,
    yTitle: text.histogramY,
    markIndex: undefined,
    ranges,
    yMin: 0,
    yMax: undefined,
    formatTick: percent,
    formatValue: percent,
  };
}

/** The Lorenz curves of one year (points at population shares 0, 0.05, …, 1) and the line of equality. */
export function lorenzSpec(input: {
  readonly year: number;
  readonly baseline: readonly number[];
  readonly scenario: readonly number[];
  readonly language: Language;
}): PlotSpec {
  const { language, year } = input;
  const text = CHART_TEXT[language];
  const n = input.scenario.length;
  const shares = Array.from({ length: n }, (_, i) => i / (n - 1));
  const percent = (v: number): string => `${formatNumber(v * 100, language, 0)}%`;
  const labels = shares.map(percent);
  return {
    kind: 'line',
    title: text.lorenzTitle(year),
    subtitle: text.subtitle(year, year, '%', text.distributionSource),
    labels,
    tooltipTitles: labels.map((l) => `${text.lorenzX} ${l} · ${text.year(year)}`),
    series: [
      { label: text.equality, values: shares, role: 'equality' },
      { label: text.baseline, values: [...input.baseline], role: 'baseline' },
      { label: text.scenario, values: [...input.scenario], role: 'scenario' },
    ],
    xTitle: text.lorenzX,
    yTitle: text.lorenzY,
    markIndex: undefined,
    ranges: [],
    yMin: 0,
    yMax: 1,
    formatTick: percent,
    formatValue: (v) => `${formatNumber(v * 100, language, 1)}%`,
  };
}
