// ── Specs of the result views (line and bar charts) ─────────────────────────────────────

/** What a plotted series means; each role has one fixed look everywhere. */
export type PlotRole =
  'scenario' | 'baseline' | 'modified-baseline' | 'target' | 'threshold' | 'equality' | 'compared-2' | 'compared-3' | 'compared-4' | 'fan-median';

/** One series of a line or bar chart, one value per category (null: no point). */
export interface PlotSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly role: PlotRole;
  /** Text written at the right end of the line (a target's or threshold's value). */
  readonly endLabel?: string;
}

/** A shaded run of categories (inclusive indices), labelled at the top of the plot. */
export interface RangeMark {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  /** 0: the upper label row; 1: the one below (for overlapping ranges). */
  readonly row: 0 | 1;
}

/** A shaded band between two paths (a Monte Carlo fan): dark for P10–P90, light for P5–P95. NaN: no band that year. */
export interface FanBand {
  readonly low: readonly number[];
  readonly high: readonly number[];
  readonly shade: 'dark' | 'light';
  /** The band's legend entry (absent: the band is explained in the subtitle only). */
  readonly label?: string;
}

/** A column of a chart's data table that is not drawn as a line (a fan's percentiles). */
export interface TableColumn {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

/** The scenario's Okabe–Ito blue, translucent: fans belong to the scenario line (charts and sparklines alike). */
export const BAND_FILL = { light: 'rgba(0, 114, 178, 0.12)', dark: 'rgba(0, 114, 178, 0.26)' } as const;

/** Everything the chart wrapper needs to draw a result chart, independent of chart.js. */
export interface PlotSpec {
  readonly kind: 'line' | 'bar';
  readonly title: string;
  /** Year range, unit and source (drawn under the title). */
  readonly subtitle: string;
  /** Category labels on the x axis. */
  readonly labels: readonly string[];
  /** Tooltip title for each category (e.g. the year with its unit). */
  readonly tooltipTitles: readonly string[];
  readonly series: readonly PlotSeries[];
  readonly xTitle: string;
  readonly yTitle: string;
  /** Category to mark with a faint vertical band (the plan's target year). */
  readonly markIndex: number | undefined;
  readonly ranges: readonly RangeMark[];
  /** Fans drawn behind the lines, widest first (none without a Monte Carlo result). */
  readonly bands?: readonly FanBand[];
  /** Columns the data table lists after the series' (a fan's percentiles). */
  readonly tableColumns?: readonly TableColumn[];
  readonly yMin: number | undefined;
  readonly yMax: number | undefined;
  /** Formats a y-axis tick; `step` is the distance between ticks (0 if unknown). */
  readonly formatTick: (value: number, step: number) => string;
  /** Formats a value for tooltips and tables. */
  readonly formatValue: (value: number) => string;
  /**
   * A sparkline's two y-axis labels for the range `low` … `high`: short, in the unit `axisUnit`
   * names (absent: `formatTick` at both ends).
   */
  readonly edgeTicks?: (low: number, high: number) => { top: string; bottom: string };
  /** The unit of the `edgeTicks` numbers, for the small multiple's title. */
  readonly axisUnit?: string;
  /** The axes' type size in px (presentation mode sets a large one; absent: chart.js's default). */
  readonly fontSize?: number;
}

/** Colour-blind-safe look by role: Okabe–Ito blue for the scenario, greys for baselines, vermillion targets. */
export const PLOT_STYLE: Readonly<Record<PlotRole, { color: string; fill: string; dash: number[]; width: number; points: boolean }>> = {
  scenario: { color: '#0072b2', fill: '#0072b2', dash: [], width: 2.5, points: true },
  baseline: { color: '#7f7f7f', fill: '#b3b3b3', dash: [], width: 2, points: true },
  'modified-baseline': { color: '#7f7f7f', fill: '#d9d9d9', dash: [5, 4], width: 2, points: false },
  target: { color: '#d55e00', fill: '#d55e00', dash: [8, 5], width: 1.5, points: false },
  threshold: { color: '#444444', fill: '#444444', dash: [2, 4], width: 1.5, points: false },
  equality: { color: '#999999', fill: '#999999', dash: [], width: 1, points: false },
  // The second to fourth scenarios of a comparison (the first is `scenario`): Okabe–Ito colours
  // with a dash pattern each, so they differ without colour too.
  'compared-2': { color: '#e69f00', fill: '#e69f00', dash: [7, 3], width: 2.5, points: true },
  'compared-3': { color: '#009e73', fill: '#009e73', dash: [2, 3], width: 2.5, points: true },
  'compared-4': { color: '#cc79a7', fill: '#cc79a7', dash: [10, 3, 2, 3], width: 2.5, points: true },
  // A fan's median: the scenario's blue, darker, thin and dotted, inside its shaded bands.
  'fan-median': { color: '#00466e', fill: '#00466e', dash: [2, 2], width: 1.5, points: false },
};

/** The layering of roles, first on top: chart.js draws lower `order` on top, and legends list them in this order. */
export const ROLE_ORDER: Readonly<Record<PlotRole, number>> = {
  scenario: 0,
  'compared-2': 0,
  'compared-3': 0,
  'compared-4': 0,
  'fan-median': 1,
  'modified-baseline': 1,
  baseline: 2,
  target: 3,
  threshold: 3,
  equality: 4,
};

/** Whether two series differ anywhere beyond float noise (e.g. the modified baseline from the baseline). */
export function seriesDiffer(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return true;
  return a.some((v, i) => Math.abs(v - b[i]!) > 1e-9 * Math.max(1, Math.abs(v)));
}

/** One row of a chart's data table: the year and every series' value as text. */
export interface TableRow {
  readonly key: string;
  readonly cells: readonly string[];
}

/** The data table behind a chart spec: a header (x title + series labels, then its table columns) and one row per category. */
export function specTable(spec: PlotSpec): { readonly header: readonly string[]; readonly rows: readonly TableRow[] } {
  // A fan's median is listed among its table columns, in percentile order.
  const lines = spec.series.filter((s) => s.role !== 'equality' && !(s.role === 'fan-median' && spec.tableColumns?.length));
  const shown: readonly TableColumn[] = [...lines, ...(spec.tableColumns ?? [])];
  return {
    header: [spec.xTitle, ...shown.map((s) => s.label)],
    rows: spec.labels.map((label, i) => ({
      key: label,
      cells: [label, ...shown.map((s) => formatCell(s.values[i], spec.formatValue))],
    })),
  };
}

function formatCell(value: number | null | undefined, format: (v: number) => string): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : format(value);
}

/** Decimals needed to tell ticks `step` apart (e.g. 0.005 → 3), never fewer than `minimum`. */
export function decimalsForStep(step: number, minimum: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return minimum;
  const needed = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return Math.min(Math.max(minimum, needed), 4);
}

/** A comparator as people write it: ≥, >, ≤, <. */
export function comparatorSymbol(comparator: '>=' | '>' | '<=' | '<' | 'rising'): string {
  return comparator === '>=' ? '≥' : comparator === '<=' ? '≤' : comparator;
}

/**
 * The label of year `index` on a line chart's x axis `width` pixels wide: every year, every 2nd or
 * every 5th, the first step at which the labels (about 44 px each) fit. Replaces chart.js's
 * autoSkip, which measured and fitted the labels anew on every update while a slider moved.
 */
export function yearLabel(labels: readonly string[], index: number, count: number, width: number): string {
  const perLabel = 44;
  const step = [1, 2, 5].find((s) => (count / s) * perLabel <= width) ?? Math.max(1, count - 1);
  return index % step === 0 ? (labels[index] ?? '') : '';
}
