import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
  type ChartArea,
  type ChartConfiguration,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { BAND_FILL, PLOT_STYLE, ROLE_ORDER, yearLabel, type FanBand, type PlotSpec, type RangeMark } from './chart-spec';

/** Options of the sandbox plugin: the marked category, shaded ranges and line-end labels. */
interface SandboxMarks {
  markIndex?: number | undefined;
  ranges?: readonly RangeMark[];
  bands?: readonly FanBand[];
  /** Per dataset: text at the right end of its line ('' for none), and its colour. */
  endLabels?: readonly { text: string; color: string }[];
}

declare module 'chart.js' {
  // Options of our own plugin, typed the way chart.js documents for custom plugins.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    sandboxMarks?: SandboxMarks;
  }
}

// Register only the chart.js parts we use (keeps the bundle small).
Chart.register(LineController, BarController, LineElement, BarElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title, SubTitle);

const FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', sans-serif";
/** chart.js's type size, for which yearLabel spaces the years; a larger spec font spaces them wider. */
const DEFAULT_FONT_SIZE = 12;
/** Okabe–Ito orange and bluish green, translucent, for the two shaded ranges. */
const RANGE_FILL = ['rgba(230, 159, 0, 0.13)', 'rgba(0, 158, 115, 0.13)'] as const;
const RANGE_LINE = ['#b07800', '#007a59'] as const;

/** Draws the faint target-year band and shaded ranges behind the data, and line-end labels over it. */
const marksPlugin: Plugin<ChartType, SandboxMarks> = {
  id: 'sandboxMarks',
  beforeDatasetsDraw(chart, _args, options) {
    const x = chart.scales['x'];
    if (!x) return;
    const count = chart.data.labels?.length ?? 0;
    if (!count) return;
    const step = x.width / count;
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    if (options.markIndex !== undefined) {
      const cx = x.getPixelForValue(options.markIndex);
      ctx.fillStyle = 'rgba(0, 0, 0, 0.07)';
      ctx.fillRect(cx - step * 0.4, top, step * 0.8, bottom - top);
    }
    for (const range of options.ranges ?? []) {
      const x0 = x.getPixelForValue(range.from) - step / 2;
      const x1 = x.getPixelForValue(range.to) + step / 2;
      ctx.fillStyle = RANGE_FILL[range.row];
      ctx.fillRect(x0, top, x1 - x0, bottom - top);
      // A bracket along the top of the range, its label just under it (rows stack for overlaps).
      const y = top + 4 + range.row * 22;
      ctx.strokeStyle = RANGE_LINE[range.row];
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x0, y + 5);
      ctx.lineTo(x0, y);
      ctx.lineTo(x1, y);
      ctx.lineTo(x1, y + 5);
      ctx.stroke();
      ctx.font = `600 11px ${FONT}`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      const width = ctx.measureText(range.label).width;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.fillRect(x1 - width - 6, y + 3, width + 4, 14);
      ctx.fillStyle = RANGE_LINE[range.row];
      ctx.fillText(range.label, x1 - width - 4, y + 4);
    }
    const y = chart.scales['y'];
    for (const band of y ? (options.bands ?? []) : []) {
      // A polygon along the upper path, then back along the lower one, for each run of years in
      // which both are defined (a fan has no band in a year no draw gives a value).
      ctx.fillStyle = BAND_FILL[band.shade];
      for (const [from, to] of definedRuns(band)) {
        ctx.beginPath();
        for (let i = from; i <= to; i++) ctx.lineTo(x.getPixelForValue(i), y!.getPixelForValue(band.high[i]!));
        for (let i = to; i >= from; i--) ctx.lineTo(x.getPixelForValue(i), y!.getPixelForValue(band.low[i]!));
        ctx.closePath();
        ctx.fill();
      }
    }
    ctx.restore();
  },
  afterDatasetsDraw(chart, _args, options) {
    const labels = options.endLabels ?? [];
    const ctx = chart.ctx;
    ctx.save();
    labels.forEach((label, i) => {
      if (!label.text || !chart.isDatasetVisible(i)) return;
      const points = chart.getDatasetMeta(i).data;
      const last = points[points.length - 1];
      if (!last) return;
      ctx.font = `600 11px ${FONT}`;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      const width = ctx.measureText(label.text).width;
      ctx.fillRect(chart.chartArea.right - 4 - width - 2, last.y - 16, width + 4, 14);
      ctx.fillStyle = label.color;
      ctx.fillText(label.text, chart.chartArea.right - 4, last.y - 3);
    });
    ctx.restore();
  },
};

/** The runs [from, to] (inclusive) of categories in which both edges of a band are finite. */
function definedRuns(band: FanBand): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= band.high.length; i++) {
    const defined = i < band.high.length && Number.isFinite(band.high[i]) && Number.isFinite(band.low[i]);
    if (defined && start < 0) start = i;
    if (!defined && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs;
}

/**
 * Paints the canvas white under everything, so a chart saved as PNG is not transparent (the page
 * shows charts on white, so the screen looks the same).
 */
const whiteBackgroundPlugin: Plugin<ChartType> = {
  id: 'sandboxWhiteBackground',
  // chart.js has just cleared the canvas: this fill is the bottom layer.
  beforeDraw(chart) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** The chart.js configuration of a spec: its datasets, the fixed options, its plugins' options and its scales. */
function toConfig(spec: PlotSpec, chartWidth: () => number, hidden: ReadonlySet<string>): ChartConfiguration<'line' | 'bar'> {
  return {
    type: spec.kind,
    data: {
      labels: [...spec.labels],
      datasets: spec.series.map((s) => datasetOf(spec, s, hidden)),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      font: { family: FONT },
      layout: { padding: { top: 0, left: 0, right: 8 } },
      plugins: pluginOptions(spec),
      scales: scaleOptions(spec, chartWidth),
    },
    plugins: [whiteBackgroundPlugin as Plugin<'line' | 'bar'>, marksPlugin as Plugin<'line' | 'bar'>],
  };
}

type SpecChartConfig = ChartConfiguration<'line' | 'bar'>;
type SpecChartOptions = NonNullable<SpecChartConfig['options']>;

/** One series as a chart.js dataset, styled by its role (hidden when the reader switched it off). */
function datasetOf(spec: PlotSpec, s: PlotSpec['series'][number], hidden: ReadonlySet<string>): SpecChartConfig['data']['datasets'][number] {
  const style = PLOT_STYLE[s.role];
  const data = [...s.values];
  if (spec.kind === 'bar')
    return {
      type: 'bar' as const,
      label: s.label,
      data,
      hidden: hidden.has(s.label),
      backgroundColor: style.fill,
      borderColor: style.color,
      borderWidth: 0,
      order: ROLE_ORDER[s.role],
    };
  return {
    type: 'line' as const,
    label: s.label,
    data,
    hidden: hidden.has(s.label),
    borderColor: style.color,
    backgroundColor: style.color,
    borderDash: style.dash,
    borderWidth: style.width,
    pointRadius: style.points ? 2.5 : 0,
    pointHoverRadius: style.points ? 4 : 0,
    tension: 0,
    spanGaps: false,
    order: ROLE_ORDER[s.role],
  };
}

/** The plugins' options: title, subtitle and legend (drawn only for a PNG export), tooltips and the marks. */
function pluginOptions(spec: PlotSpec): NonNullable<SpecChartOptions['plugins']> {
  return {
    // The page shows the title, subtitle and legend as HTML (ChartCanvas): laying them out and
    // drawing them in the canvas was a fifth of every update while a slider moves. They are
    // drawn in only for a PNG export (SpecChart.toPng).
    title: {
      display: false,
      text: spec.title,
      align: 'start',
      font: { size: 15, weight: 'bold', family: FONT },
      color: '#1a1a1a',
      padding: { top: 2, bottom: 2 },
    },
    subtitle: { display: false, text: spec.subtitle, align: 'start', font: { size: 12, family: FONT }, color: '#555555', padding: { bottom: 8 } },
    legend: {
      display: false,
      position: 'bottom',
      labels: { font: { family: FONT }, ...(spec.kind === 'line' ? { boxHeight: 2, boxWidth: 24 } : { boxWidth: 14 }) },
    },
    tooltip: {
      callbacks: {
        title: (items) => spec.tooltipTitles[items[0]?.dataIndex ?? -1] ?? '',
        // `raw` is the value as given (also while a slider moves and the points are moved in place).
        label: (item) => `${item.dataset.label ?? ''}: ${typeof item.raw === 'number' ? spec.formatValue(item.raw) : '—'}`,
      },
    },
    sandboxMarks: {
      markIndex: spec.markIndex,
      ranges: spec.ranges,
      bands: spec.bands ?? [],
      endLabels: spec.series.map((s) => ({ text: s.endLabel ?? '', color: PLOT_STYLE[s.role].color })),
    },
  };
}

/** The y range the fans span (their finite values), for the axis to include. */
function bandExtent(bands: readonly FanBand[]): { suggestedMin?: number; suggestedMax?: number } {
  const low = bands.flatMap((b) => b.low).filter(Number.isFinite);
  const high = bands.flatMap((b) => b.high).filter(Number.isFinite);
  return { ...(low.length && { suggestedMin: Math.min(...low) }), ...(high.length && { suggestedMax: Math.max(...high) }) };
}

/** The axes' font: the spec's size when it sets one. */
function axisFont(spec: PlotSpec): { family: string; size?: number } {
  return spec.fontSize === undefined ? { family: FONT } : { family: FONT, size: spec.fontSize };
}

/** The x (years or categories) and y scales, with the tick labelling that avoids chart.js's autoSkip measuring. */
function scaleOptions(spec: PlotSpec, chartWidth: () => number): NonNullable<SpecChartOptions['scales']> {
  return {
    x: {
      title: { display: true, text: spec.xTitle, font: axisFont(spec) },
      grid: { display: spec.kind === 'line' },
      ticks: {
        font: axisFont(spec),
        maxRotation: spec.kind === 'bar' ? 60 : 0,
        ...(spec.kind === 'line'
          ? // Years: label every 1st, 2nd or 5th by the chart's width. chart.js's autoSkip measures and
            // fits the labels on every update, a third of the axis layout while a slider moves.
            {
              autoSkip: false,
              minRotation: 0,
              callback: (_v: unknown, i: number, ticks: readonly unknown[]) =>
                yearLabel(spec.labels, i, ticks.length, (chartWidth() * DEFAULT_FONT_SIZE) / (spec.fontSize ?? DEFAULT_FONT_SIZE)),
            }
          : { autoSkip: true }),
      },
    },
    y: {
      title: { display: true, text: spec.yTitle, font: axisFont(spec) },
      ...(spec.yMin !== undefined ? { min: spec.yMin } : {}),
      // The axis also spans the fans, which are drawn by the plugin rather than as datasets.
      ...(spec.bands?.length ? bandExtent(spec.bands) : {}),
      ...(spec.yMax !== undefined ? { max: spec.yMax } : {}),
      ticks: {
        font: axisFont(spec),
        // A linear scale already spaces its ticks at least a line apart; chart.js's autoSkip
        // would measure every label again on each update to find that out.
        autoSkip: false,
        // Pass the tick step, so the spec writes enough decimals to tell ticks apart.
        callback: (v, _i, ticks) => spec.formatTick(Number(v), Math.abs((ticks[1]?.value ?? 0) - (ticks[0]?.value ?? 0))),
      },
    },
  };
}

/**
 * The one owner of a chart.js chart drawn from a PlotSpec: create once, update in place without
 * animation (so dragging a slider repaints at once), destroy. A change of chart kind recreates it.
 * The title, subtitle and legend are the page's (HTML); the PNG export draws them in.
 */
export class SpecChart {
  readonly #canvas: HTMLCanvasElement;
  #chart: Chart<'line' | 'bar'>;
  #shape: string;
  /** The plot area's width at the last layout (read by the year labels; reading the canvas's size would force a layout). */
  #plotWidth = 500;

  /** `hidden`: labels of series the reader switched off in the legend. */
  constructor(canvas: HTMLCanvasElement, spec: PlotSpec, hidden: ReadonlySet<string>) {
    this.#canvas = canvas;
    this.#shape = shapeOf(spec);
    this.#chart = this.#create(spec, hidden);
  }

  #create(spec: PlotSpec, hidden: ReadonlySet<string>): Chart<'line' | 'bar'> {
    const chart = new Chart(
      this.#canvas,
      toConfig(spec, () => this.#plotWidth, hidden),
    );
    this.#notePlotWidth(chart);
    return chart;
  }

  /**
   * Redraws for a new spec with update('none'). When only the numbers changed (the usual case
   * while a slider moves) it swaps the datasets' data and the y range and keeps the resolved
   * options: re-resolving every option of every chart was most of the page's repaint time.
   * Anything else (language, kind, series, labels) rebuilds the configuration. `moving`: the
   * numbers are a preview while a slider moves (see #movePoints).
   */
  update(spec: PlotSpec, hidden: ReadonlySet<string>, { moving = false }: { moving?: boolean } = {}): void {
    const shape = shapeOf(spec);
    if (shape !== this.#shape) {
      this.#shape = shape;
      this.#chart.destroy();
      this.#chart = this.#create(spec, hidden);
      return;
    }
    if (moving && this.#movePoints(spec, hidden)) return;
    const datasets = this.#chart.data.datasets;
    spec.series.forEach((series, i) => {
      const dataset = datasets[i];
      if (!dataset) return;
      dataset.data = [...series.values];
      dataset.hidden = hidden.has(series.label);
    });
    const y = this.#chart.options.scales?.['y'];
    if (y) {
      y.min = spec.yMin;
      y.max = spec.yMax;
    }
    this.#chart.update('none');
    this.#notePlotWidth(this.#chart);
  }

  /**
   * While a slider moves: if only the values of a line chart changed, and every value still lies
   * inside the y axis as drawn, moves the points and redraws, skipping chart.js's layout pass
   * (scales, ticks, label sizes: about half of an update). The axis stays as it is while the
   * slider moves (which also keeps it from jumping); the exact result at rest gets a full update.
   * Returns false, changing nothing, when a full update is needed.
   */
  #movePoints(spec: PlotSpec, hidden: ReadonlySet<string>): boolean {
    const chart = this.#chart;
    const y = chart.scales['y'];
    const yOptions = chart.options.scales?.['y'];
    if (spec.kind !== 'line' || !y || yOptions?.min !== spec.yMin || yOptions?.max !== spec.yMax) return false;
    const datasets = chart.data.datasets;
    for (const [i, series] of spec.series.entries()) {
      const dataset = datasets[i];
      if (!dataset || (dataset.hidden ?? false) !== hidden.has(series.label)) return false;
      const before = dataset.data as readonly (number | null)[];
      for (const [j, value] of series.values.entries()) {
        // A gap that opens or closes changes the line's segments: chart.js must rebuild them.
        if ((value === null) !== (before[j] === null)) return false;
        if (value !== null && (value < y.min || value > y.max)) return false;
      }
    }
    spec.series.forEach((series, i) => {
      datasets[i]!.data = [...series.values];
      const meta = chart.getDatasetMeta(i);
      meta.data.forEach((point, j) => {
        const value = series.values[j];
        if (value !== null && value !== undefined) point.y = y.getPixelForValue(value);
      });
      // Re-setting the points drops the line's cached path, so it is drawn through the new ones.
      if (meta.dataset) (meta.dataset as LineElement).points = meta.data;
    });
    chart.draw();
    return true;
  }

  #notePlotWidth(chart: Chart<'line' | 'bar'>): void {
    // chart.js has no chart area before its first layout (a canvas in a hidden container).
    const area = chart.chartArea as ChartArea | undefined;
    if (area && area.width > 0) this.#plotWidth = area.width;
  }

  /**
   * Returns the chart as a PNG `data:` URL on a white background (chart.js `toBase64Image`), with
   * its title, subtitle and legend drawn in, so the file stands on its own.
   */
  toPng(): string {
    const plugins = this.#chart.options.plugins;
    const show = (on: boolean): void => {
      if (plugins?.title) plugins.title.display = on;
      if (plugins?.subtitle) plugins.subtitle.display = on;
      if (plugins?.legend) plugins.legend.display = on;
      this.#chart.update('none');
    };
    show(true);
    try {
      return this.#chart.toBase64Image('image/png', 1);
    } finally {
      show(false);
    }
  }

  destroy(): void {
    this.#chart.destroy();
  }
}

/** Everything of a spec except its numbers: when this is unchanged, a data-only update is exact. */
function shapeOf(spec: PlotSpec): string {
  return JSON.stringify([
    spec.kind,
    spec.title,
    spec.subtitle,
    spec.labels,
    spec.tooltipTitles,
    spec.xTitle,
    spec.yTitle,
    spec.markIndex,
    spec.ranges,
    // Fans change only when a Monte Carlo run ends or goes stale: a rebuild then is cheap.
    spec.bands ?? [],
    spec.series.map((s) => [s.role, s.label, s.endLabel ?? '']),
  ]);
}
