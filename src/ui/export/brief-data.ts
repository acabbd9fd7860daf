/**
 * What the printable brief shows, as plain data: the parameters changed, the fiscal cost, the
 * modelled targets' scorecard rows and the custom targets', and the geometry of its small static
 * charts. Presentation only: every number comes from the workbench's result.
 */
import { findParameter, TARGET_YEAR, type ScenarioResult, type ScorecardRow, type TargetState } from '../../model/catalog';
import { PLOT_STYLE, type PlotRole, type PlotSpec } from '../charts/chart-spec';
import { formatPercentChange, formatYuanChange, povertyRows, whoGainsSentences } from '../charts/who-gains-spec';
import { formatNumber } from '../format/number';
import { EXPORT_TEXT } from '../i18n/exports';
import type { Language } from '../i18n/messages';
import { SCORECARD_TEXT } from '../i18n/scorecard';
import { INDICATORS_TEXT } from '../i18n/indicators';
import type { CustomIndicatorResult } from '../../compute/model-api';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { customScorecardRows, indicatorName, targetText, type CustomScorecardRow } from '../state/custom-indicators';
import { fiscalFinancingText, fiscalTable, type RunOutputs } from '../state/fiscal-table';
import { formatFiscalPercent, formatFiscalYuan, formatFiscalYuanWithUnit, rowCells, sortRows, statusText, type RowCells } from '../state/scorecard-view';

/** The outputs the brief charts, in order (the plan's headline targets). */
export const BRIEF_CHART_OUTPUTS = ['income_per_capita', 'urban_rural_income_ratio', 'hh_income_100k_500k', 'city_income_max_min_ratio'] as const;

/** A modelled target's row in the brief: its cells written out, with its id, state and the assumption its basis names. */
export interface BriefScorecardRow extends RowCells {
  readonly id: string;
  readonly state: TargetState;
  /** For an assumed-level verdict, the assumption's catalog label; else null. */
  readonly assumption: string | null;
}

/** The modelled targets of a scorecard, in plan order, written out in a language. */
export function briefScorecardRows(rows: readonly ScorecardRow[], language: Language): BriefScorecardRow[] {
  return sortRows(
    rows.filter((r) => r.kind === 'modeled'),
    'plan',
  ).map((r) => ({
    ...rowCells(r, language),
    id: r.id,
    state: r.state,
    assumption: r.basis === 'assumed-level' && r.assumption ? (findParameter(r.assumption)?.label[language] ?? r.assumption) : null,
  }));
}

/** A custom target's row in the brief: the scorecard's custom row, its status in words, and the expression it computes. */
export interface BriefCustomRow extends Omit<CustomScorecardRow, 'year'> {
  readonly status: string;
  readonly expression: string;
}

/**
 * The custom targets of a scenario as the brief prints them after the plan's, in the scenario's
 * order: the scorecard's custom rows (the model's verdicts, written out as on screen) with the
 * status in words and the expression. A target whose expression the model could not evaluate
 * (no verdict) is still listed, with no value and the status "no data"; an indicator the result
 * does not hold (added since the run) is left out.
 */
export function briefCustomRows(
  indicators: readonly CustomIndicatorDoc[],
  results: readonly CustomIndicatorResult[] | undefined,
  language: Language,
): BriefCustomRow[] {
  const t = SCORECARD_TEXT[language];
  const judged = customScorecardRows(indicators, results, language, t.notByHorizon);
  return indicators.flatMap((indicator, index): BriefCustomRow[] => {
    if (!indicator.target || !results?.some((r) => r.id === indicator.id)) return [];
    const row = judged.find((r) => r.id === indicator.id);
    const none = INDICATORS_TEXT[language].noValue;
    const cells = row
      ? { id: row.id, name: row.name, value: row.value, target: row.target, gap: row.gap, state: row.state, firstYear: row.firstYear }
      : {
          id: indicator.id,
          name: indicatorName(indicator, index, language),
          value: none,
          target: targetText(indicator.target, language, indicator.unit),
          gap: none,
          state: 'no_data' as const,
          firstYear: none,
        };
    return [{ ...cells, status: statusText(cells.state, language), expression: indicator.expression }];
  });
}

/** Who gains in the brief: the province's decile changes in one year, in yuan and per cent, the gainer shares and the poverty-count change. */
export interface BriefWhoGains {
  readonly heading: string;
  readonly deciles: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[];
  readonly shares: string;
  readonly poverty: string;
}

/** The brief's who-gains table for `year`, written out in a language; undefined when the result has no such year. */
export function briefWhoGains(result: ScenarioResult, year: number, language: Language): BriefWhoGains | undefined {
  const group = result.whoGains.find((w) => w.year === year)?.cuts.all;
  if (!group) return undefined;
  const t = EXPORT_TEXT[language];
  const poverty = povertyRows(group, language).map((row) => row.change);
  return {
    heading: t.briefWhoGains(year),
    deciles: group.decileChange.map((_, d) => formatNumber(d + 1, language)),
    rows: [
      { label: t.briefDecileYuan, cells: group.decileChange.map((v) => formatYuanChange(v, language)) },
      { label: t.briefDecilePercent, cells: group.decilePercentChange.map((v) => formatPercentChange(v, language)) },
    ],
    shares: whoGainsSentences(year, group, language).shares,
    poverty: t.briefPoverty(year, poverty[0]!, poverty[1]!, poverty[2]!),
  };
}

// ── Fiscal cost ───────────────────────────────────────────────────────────────────────

/** A row of the brief's fiscal table: a lever's cost per year 2021–2025 and cumulative, written out; or, for the minimum wage, a note. */
export interface BriefFiscalRow {
  readonly id: string;
  readonly label: string;
  readonly years: readonly string[];
  readonly cumulative: string;
  /** Set instead of the figures for a lever with no fiscal cost of its own (the minimum wage's employer cost). */
  readonly note: string | null;
}

/** The brief's fiscal section: the same figures as the fiscal panel (yuan), with the total's share of budget revenue. */
export interface BriefFiscal {
  /** The levers with a cost (the fiscal panel's non-zero rows), in its order. */
  readonly rows: readonly BriefFiscalRow[];
  readonly total: BriefFiscalRow;
  /** The total's share of general budget revenue, per year 2021–2025. */
  readonly totalShare: readonly string[];
  /** The 2021–2025 cumulative total with its unit. */
  readonly cumulativeWithUnit: string;
  /** How the levers are financed. */
  readonly financing: string;
  /** True when the scenario costs nothing relative to the baseline. */
  readonly allZero: boolean;
}

/**
 * The fiscal cost of a scenario run as the brief prints it: the rows the fiscal panel shows by
 * default (levers with a non-zero cost), the total, its share of budget revenue and how it is
 * financed (`financing`: the fiscal_financing assumption's value).
 */
export function briefFiscal(run: RunOutputs, financing: number, language: Language): BriefFiscal {
  const table = fiscalTable(run, language);
  const t = SCORECARD_TEXT[language];
  const yuan = (v: number | undefined): string => (v === undefined ? '–' : formatFiscalYuan(v, language));
  const written = (row: (typeof table.levers)[number]): BriefFiscalRow => ({
    id: row.id,
    label: row.label,
    years: row.yuan.map(yuan),
    cumulative: yuan(row.cumulative),
    note: row.id === 'min_wage' ? t.fiscalMinWage(formatFiscalYuanWithUnit(row.employerCost ?? 0, language), TARGET_YEAR) : null,
  });
  return {
    rows: table.levers.filter((r) => r.nonZero).map(written),
    total: written(table.total),
    totalShare: table.total.pct.map((v) => (v === undefined ? '–' : formatFiscalPercent(v, language))),
    cumulativeWithUnit: formatFiscalYuanWithUnit(table.total.cumulative ?? 0, language),
    financing: fiscalFinancingText(financing, run, language),
    allZero: table.allZero,
  };
}

// ── Static charts ─────────────────────────────────────────────────────────────────────

/** One line of a brief chart: an SVG path and its look. */
export interface BriefLine {
  readonly role: PlotRole;
  readonly label: string;
  readonly d: string;
  readonly color: string;
  readonly dash: string;
  readonly width: number;
}

/** Everything an SVG needs to draw a small line chart of a spec, in its own coordinates. */
export interface BriefChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly yTicks: readonly { readonly y: number; readonly text: string }[];
  readonly xTicks: readonly { readonly x: number; readonly text: string }[];
  /** The faint band over the marked year (2025), if any. */
  readonly band: { readonly x: number; readonly width: number } | undefined;
  readonly lines: readonly BriefLine[];
}

/** A tick step of 1, 2, 2.5 or 5 × 10ⁿ that cuts `span` into about `count` parts. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw * 0.999) ?? 10;
  return step * power;
}

/**
 * Lays out a line-chart spec as a small static chart: y range on nice ticks covering every series
 * (targets included), the years along x with the first, marked and last labelled, one SVG path
 * per series in the role's fixed look (equality lines left out).
 */
export function briefChartGeometry(spec: PlotSpec, width = 320, height = 150): BriefChartGeometry {
  const series = spec.series.filter((s) => s.role !== 'equality');
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  let low = values.length ? Math.min(...values) : 0;
  let high = values.length ? Math.max(...values) : 1;
  if (!(high > low)) {
    const pad = Math.abs(low) * 0.05 || 1;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low);
  low = Math.floor(low / step + 1e-9) * step;
  high = Math.ceil(high / step - 1e-9) * step;
  const tickValues: number[] = [];
  for (let k = 0; low + k * step <= high + step * 1e-9; k++) tickValues.push(low + k * step);
  const tickTexts = tickValues.map((v) => spec.formatTick(v, step));
  // Room on the left for the longest tick label (7.5-unit text: about 4.3 units a character; CJK wider).
  const textWidth = (t: string): number => [...t].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 7.5 : 4.3), 0);
  const plot = { left: Math.ceil(Math.max(28, ...tickTexts.map(textWidth)) + 6), right: width - 12, top: 6, bottom: height - 16 };
  const count = Math.max(1, spec.labels.length - 1);
  const x = (i: number): number => plot.left + ((plot.right - plot.left) * i) / count;
  const y = (v: number): number => plot.bottom - ((plot.bottom - plot.top) * (v - low)) / (high - low);
  const round = (n: number): string => n.toFixed(1);

  const yTicks = tickValues.map((v, i) => ({ y: y(v), text: tickTexts[i]! }));
  const last = spec.labels.length - 1;
  const xIndices = [...new Set([0, spec.markIndex ?? 0, last])].filter((i) => i >= 0 && i <= last).sort((a, b) => a - b);
  const xTicks = xIndices.map((i) => ({ x: x(i), text: spec.labels[i] ?? '' }));
  const bandWidth = (plot.right - plot.left) / count;
  const band = spec.markIndex === undefined ? undefined : { x: x(spec.markIndex) - bandWidth * 0.4, width: bandWidth * 0.8 };

  const lines = series.map((s) => {
    const style = PLOT_STYLE[s.role];
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${round(x(i))},${round(y(v))}`;
      pen = true;
    });
    return { role: s.role, label: s.label, d, color: style.color, dash: style.dash.join(' '), width: Math.max(1, style.width - 0.5) };
  });
  // Draw the scenario last (on top), as the large charts do.
  const order: Readonly<Record<PlotRole, number>> = {
    equality: 0,
    target: 1,
    threshold: 1,
    baseline: 2,
    'modified-baseline': 3,
    scenario: 4,
    'compared-2': 4,
    'compared-3': 4,
    'compared-4': 4,
    'fan-median': 3,
  };
  lines.sort((a, b) => order[a.role] - order[b.role]);
  return { width, height, plot, yTicks, xTicks, band, lines };
}
