import {
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { ROLE_STYLE, type LineChartSpec } from './chart-spec';

declare module 'chart.js' {
  // Options of our own plugin, typed the way chart.js documents for custom plugins.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    markYear?: { label?: string };
  }
}

// Register only the chart.js parts we use (keeps the bundle small).
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title);

/** Draws a faint band behind the marked year (the plan's target year). */
const markYearPlugin: Plugin<'line'> = {
  id: 'markYear',
  beforeDatasetsDraw(chart) {
    const year = chart.options.plugins?.markYear?.label;
    if (year === undefined) return;
    const index = (chart.data.labels ?? []).indexOf(year);
    if (index < 0) return;
    const x = chart.scales['x']?.getPixelForValue(index);
    if (x === undefined) return;
    const { top, bottom } = chart.chartArea;
    chart.ctx.save();
    chart.ctx.fillStyle = 'rgba(0, 0, 0, 0.06)';
    chart.ctx.fillRect(x - 12, top, 24, bottom - top);
    chart.ctx.restore();
  },
};

function toConfig(spec: LineChartSpec, formatValue: (v: number) => string): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: spec.years.map(String),
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: [...s.values],
        borderColor: ROLE_STYLE[s.role].color,
        backgroundColor: ROLE_STYLE[s.role].color,
        borderDash: ROLE_STYLE[s.role].dash,
        borderWidth: ROLE_STYLE[s.role].width,
        pointRadius: s.role === 'target' ? 0 : 3,
        tension: 0,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        title: { display: true, text: spec.title },
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => items[0]?.label ?? '',
            label: (item) => `${item.dataset.label ?? ''}: ${formatValue(item.parsed.y ?? 0)}`,
          },
        },
        ...(spec.markYear !== undefined ? { markYear: { label: String(spec.markYear) } } : {}),
      },
      scales: {
        x: { title: { display: true, text: spec.xTitle } },
        y: { title: { display: true, text: spec.yTitle }, ticks: { callback: (v) => formatValue(Number(v)) } },
      },
    },
    plugins: [markYearPlugin],
  };
}

/** A thin owner of one chart.js line chart: create once, update in place, destroy. */
export class LineChart {
  readonly #chart: Chart<'line'>;

  constructor(canvas: HTMLCanvasElement, spec: LineChartSpec, formatValue: (v: number) => string) {
    this.#chart = new Chart(canvas, toConfig(spec, formatValue));
  }

  /** Replaces the chart's data and labels without animation. */
  update(spec: LineChartSpec, formatValue: (v: number) => string): void {
    const next = toConfig(spec, formatValue);
    this.#chart.data = next.data;
    this.#chart.options = next.options ?? {};
    this.#chart.update('none');
  }

  destroy(): void {
    this.#chart.destroy();
  }
}
