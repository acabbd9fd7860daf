import type { OutputDef, TargetDef, Unit } from '../../model/catalog';
import { formatNumber, formatWithUnit } from '../format/number';
import { agreeingDecimals, type Agreement } from '../format/precision';
import { CHART_TEXT } from '../i18n/charts';
import type { Language } from '../i18n/messages';
import { comparatorSymbol, decimalsForStep, seriesDiffer, type PlotSeries, type PlotSpec } from './chart-spec';
import { edgeTicks } from './edge-ticks';

/** The three paths of one output, as the result holds them. */
export interface TrajectoryInput {
  readonly output: OutputDef;
  readonly target: TargetDef | undefined;
  readonly years: readonly number[];
  readonly baseline: readonly number[];
  readonly modifiedBaseline: readonly number[];
  readonly scenario: readonly number[];
  readonly language: Language;
  /** The scenario's Monte Carlo percentiles, with the label saying the draws and seed (none: no fan). */
  readonly fan?: {
    readonly p5: readonly number[];
    readonly p10: readonly number[];
    readonly p90: readonly number[];
    readonly p95: readonly number[];
    readonly label: string;
  };
}

/** Decimals that suit a unit in ticks and tooltips (ratios 2, percentages 1). */
function decimalsFor(unit: Unit): number {
  return unit === 'ratio' || unit === 'share' ? 2 : 1;
}

/** The number an output's text shows (value × scale at some decimals), and the text at more decimals. */
interface ShownOutput {
  readonly scale: number;
  readonly decimals: number;
  readonly write: (value: number, decimals: number) => string;
}

/** How the units of targeted outputs show their number, for values that need more digits. */
function shownOutput(unit: Unit, language: Language): ShownOutput | undefined {
  const zh = language === 'zh';
  switch (unit) {
    case 'yuan_per_person_year':
    case 'yuan_per_person':
    case 'yuan_per_worker':
      return zh
        ? { scale: 1e-4, decimals: 2, write: (v, d) => `${formatNumber(v / 1e4, 'zh', d)}万元` }
        : { scale: 1, decimals: 0, write: (v, d) => `${formatNumber(v, 'en', d)} yuan` };
    case 'percent':
    case 'pp':
      return { scale: 1, decimals: decimalsFor(unit), write: (v, d) => formatWithUnit(v, unit, language, d) };
    case 'ratio':
      return { scale: 1, decimals: 2, write: (v, d) => formatNumber(v, language, d) };
    case 'persons_10k':
      return zh
        ? { scale: 1, decimals: 0, write: (v, d) => `${formatNumber(v, 'zh', d)}万人` }
        : { scale: 0.01, decimals: 2, write: (v, d) => `${formatNumber(v / 100, 'en', d)} million` };
    default:
      return undefined;
  }
}

/**
 * Formats a value of an output in its unit and the language (万元/亿元/% in Chinese; separators in
 * English). With an `agreement`, a value whose rounding would read against its verdict gets the
 * digits that show it on the right side of the target.
 */
export function formatOutputValue(value: number, unit: Unit, language: Language, agreement?: Agreement): string {
  const shown = agreement ? shownOutput(unit, language) : undefined;
  if (agreement && shown) {
    const threshold = agreement.threshold === null ? null : agreement.threshold * shown.scale;
    const decimals = agreeingDecimals(value * shown.scale, { ...agreement, threshold }, shown.decimals);
    if (decimals > shown.decimals) return shown.write(value, decimals);
  }
  return formatWithUnit(value, unit, language, decimalsFor(unit));
}

/** A y-axis tick: the output's unit, with enough decimals to tell ticks `step` apart (ratios too). */
function formatTick(value: number, step: number, unit: Unit, language: Language): string {
  const decimals = decimalsForStep(step, decimalsFor(unit));
  if (unit === 'ratio' || unit === 'share' || unit === 'elasticity') return formatNumber(value, language, decimals);
  return formatWithUnit(value, unit, language, decimals);
}

/** The "source" part of a chart subtitle for an output. */
export function sourceText(output: OutputDef, language: Language): string {
  const text = CHART_TEXT[language];
  if ('dataKey' in output.source) return text.sourceData(output.source.dataKey);
  return output.source.assumption[language].replace(/[。.]\s*$/, '');
}

/** The target line's label, or undefined for a "rising" target (which has no line). */
export function targetLabel(target: TargetDef, unit: Unit, language: Language): string {
  return CHART_TEXT[language].target(target.comparator, comparatorSymbol(target.comparator), formatOutputValue(target.value, unit, language), target.year);
}

/**
 * Maps one output's baseline, modified baseline and scenario paths (and its target) to a line chart:
 * fixed roles, the modified baseline only where it differs from the baseline, the target as a flat
 * dashed line with its value (none for "rising"), and the target year marked.
 */
export function trajectorySpec(input: TrajectoryInput): PlotSpec {
  const { output, target, years, language } = input;
  const text = CHART_TEXT[language];
  const series: PlotSeries[] = [{ label: text.baseline, values: [...input.baseline], role: 'baseline' }];
  if (seriesDiffer(input.modifiedBaseline, input.baseline))
    series.push({ label: text.modifiedBaseline, values: [...input.modifiedBaseline], role: 'modified-baseline' });
  series.push({ label: text.scenario, values: [...input.scenario], role: 'scenario' });
  if (target && target.comparator !== 'rising') {
    const label = targetLabel(target, output.unit, language);
    series.push({ label, values: years.map(() => target.value), role: 'target', endLabel: label });
  }
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const targetNote = target?.comparator === 'rising' ? ` · ${targetLabel(target, output.unit, language)}` : '';
  const fan = input.fan;
  const fanNote = fan ? ` · ${text.fanNote(fan.label)}` : '';
  const markIndex = years.indexOf(target?.year ?? 2025);
  return {
    kind: 'line',
    title: output.label[language],
    subtitle: text.subtitle(first, last, text.units[output.unit], sourceText(output, language)) + targetNote + fanNote,
    labels: years.map(String),
    tooltipTitles: years.map((y) => text.year(y)),
    series,
    xTitle: text.yearAxis,
    yTitle: text.units[output.unit],
    markIndex: markIndex < 0 ? undefined : markIndex,
    ranges: [],
    bands: fan
      ? [
          { low: fan.p5, high: fan.p95, shade: 'light' },
          { low: fan.p10, high: fan.p90, shade: 'dark' },
        ]
      : [],
    yMin: undefined,
    yMax: undefined,
    formatTick: (v, step) => formatTick(v, step, output.unit, language),
    formatValue: (v) => formatOutputValue(v, output.unit, language),
    edgeTicks: (low, high) => edgeTicks(low, high, output.unit, language),
    axisUnit: text.units[output.unit],
  };
}
