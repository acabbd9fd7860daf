import type { HouseholdPath, HouseholdYear } from '../../model/catalog';
import { formatNumber, formatYuan } from '../format/number';
import { CHART_TEXT, type HouseholdComponent } from '../i18n/charts';
import type { Language } from '../i18n/messages';
import type { PlotSpec, TableRow } from './chart-spec';

/** The band thresholds drawn on the household chart (yuan per household a year). */
export const HOUSEHOLD_THRESHOLDS = [100000, 200000] as const;

/** The years the component table shows. */
export const HOUSEHOLD_TABLE_YEARS = [2020, 2025, 2035] as const;

const COMPONENTS: readonly HouseholdComponent[] = ['wage', 'business', 'property', 'transfers', 'dibao', 'total'];

/** The typical household's total income, baseline and scenario, with the 100,000 and 200,000 yuan thresholds. */
export function householdSpec(path: HouseholdPath, language: Language): PlotSpec {
  const text = CHART_TEXT[language];
  const years = path.years;
  const [low, high] = HOUSEHOLD_THRESHOLDS;
  const format = (v: number): string => formatYuan(v, language);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  return {
    kind: 'line',
    title: text.householdTitle,
    subtitle: text.subtitle(first, last, text.householdUnit, text.householdSource),
    labels: years.map(String),
    tooltipTitles: years.map((y) => text.year(y)),
    series: [
      { label: text.baseline, values: path.baseline.map((y) => y.total), role: 'baseline' },
      { label: text.scenario, values: path.scenario.map((y) => y.total), role: 'scenario' },
      { label: text.threshold100k, values: years.map(() => low), role: 'threshold', endLabel: text.threshold100k },
      { label: text.threshold200k, values: years.map(() => high), role: 'threshold', endLabel: text.threshold200k },
    ],
    xTitle: text.yearAxis,
    yTitle: text.householdUnit,
    markIndex: years.indexOf(2025) < 0 ? undefined : years.indexOf(2025),
    ranges: [],
    yMin: 0,
    yMax: undefined,
    formatTick: format,
    formatValue: format,
  };
}

/** The component table: one row per income source; for each table year a baseline and a scenario column (whole yuan). */
export interface HouseholdTable {
  /** Year groups of the header, each over two columns. */
  readonly years: readonly string[];
  /** The second header row: the row-label column, then baseline/scenario per year. */
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

/** Maps the household's path to the component table for 2020, 2025 and 2035. */
export function householdTable(path: HouseholdPath, language: Language): HouseholdTable {
  const text = CHART_TEXT[language];
  const columns: (HouseholdYear | undefined)[] = HOUSEHOLD_TABLE_YEARS.flatMap((year) => {
    const i = path.years.indexOf(year);
    return [path.baseline[i], path.scenario[i]];
  });
  return {
    years: HOUSEHOLD_TABLE_YEARS.map((y) => text.year(y)),
    header: [text.componentColumn, ...HOUSEHOLD_TABLE_YEARS.flatMap(() => [text.baseline, text.scenario])],
    rows: COMPONENTS.map((component) => ({
      key: component,
      cells: [text.components[component], ...columns.map((y) => (y === undefined ? '—' : formatNumber(Math.round(y[component]), language)))],
    })),
  };
}

/** The sentences saying when the household first reaches 100,000 and 200,000 yuan, baseline then scenario. */
export function householdSentences(path: HouseholdPath, language: Language): string[] {
  const text = CHART_TEXT[language];
  const when = (year: number | null): string => (year === null ? text.notBy2035 : text.inYear(year));
  return (['baseline', 'scenario'] as const).map((which) => {
    const first = path.firstYearAbove[which];
    return text.firstYearSentence(text[which], when(first['100k']), when(first['200k']));
  });
}
