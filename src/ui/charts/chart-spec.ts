/** A line to draw: values by year, with its visual role. */
export interface SeriesSpec {
  readonly label: string;
  readonly values: readonly number[];
  /** Fixed meanings everywhere: the scenario is the strong colour, a target is dashed. */
  readonly role: 'scenario' | 'baseline' | 'modified-baseline' | 'target';
}

/** Everything a line chart needs, independent of chart.js. */
export interface LineChartSpec {
  readonly title: string;
  readonly years: readonly number[];
  readonly series: readonly SeriesSpec[];
  readonly xTitle: string;
  readonly yTitle: string;
  /** The year to mark with a faint band (the plan's target year). */
  readonly markYear: number | undefined;
}

/** Colour-blind-safe colours by role (Okabe–Ito blue for the scenario, greys for the rest). */
export const ROLE_STYLE: Readonly<Record<SeriesSpec['role'], { color: string; dash: number[]; width: number }>> = {
  scenario: { color: '#0072b2', dash: [], width: 2.5 },
  baseline: { color: '#7f7f7f', dash: [], width: 2 },
  'modified-baseline': { color: '#7f7f7f', dash: [4, 3], width: 2 },
  target: { color: '#d55e00', dash: [8, 5], width: 1.5 },
};

/** Inputs for the income chart of the thin slice. */
export interface IncomeChartInput {
  readonly title: string;
  readonly years: readonly number[];
  readonly scenario: readonly number[];
  readonly scenarioLabel: string;
  readonly target: number;
  readonly targetLabel: string;
  readonly targetYear: number;
  readonly xTitle: string;
  readonly yTitle: string;
}

/** Maps a projected series and its target to a chart spec: the target is a flat dashed line over all years. */
export function incomeChartSpec(input: IncomeChartInput): LineChartSpec {
  return {
    title: input.title,
    years: input.years,
    xTitle: input.xTitle,
    yTitle: input.yTitle,
    markYear: input.targetYear,
    series: [
      { label: input.scenarioLabel, values: input.scenario, role: 'scenario' },
      { label: input.targetLabel, values: input.years.map(() => input.target), role: 'target' },
    ],
  };
}
