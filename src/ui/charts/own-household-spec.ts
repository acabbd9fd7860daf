import type { OwnHouseholdPath, OwnHouseholdSource } from '../../compute/model-api';
import { CHART_TEXT } from '../i18n/charts';
import type { Language } from '../i18n/messages';
import { OWN_HOUSEHOLD_TEXT } from '../i18n/own-household';
import { formatNumber, formatYuan } from '../format/number';
import type { PlotSpec, TableRow } from './chart-spec';

/** The years the calculator shows: the plan period from the 2020 base year. */
export const OWN_HOUSEHOLD_YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;
/** The sources of the breakdown, in the order the table lists them. */
export const OWN_HOUSEHOLD_SOURCES: readonly OwnHouseholdSource[] = ['wage', 'business', 'property', 'transfers', 'dibao', 'taxAndLevy'];
/** The year the calculator's sentence speaks of (the plan's target year). */
export const OWN_HOUSEHOLD_SENTENCE_YEAR = 2025;

/** Positions of the shown years in the path (years the path lacks are left out). */
function shown(path: OwnHouseholdPath): { year: number; i: number }[] {
  return OWN_HOUSEHOLD_YEARS.map((year) => ({ year, i: path.years.indexOf(year) })).filter((y) => y.i >= 0);
}

/** A signed whole number of yuan ("+1,234" / "−56"; 0 without a sign). */
export function signedYuan(value: number, language: Language): string {
  const rounded = Math.round(value);
  if (rounded === 0) return formatNumber(0, language);
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), language)}`;
}

function signedPercent(value: number | null, language: Language): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return `${formatNumber(0, language, 2)}%`;
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), language, 2)}%`;
}

/** The household's disposable income, baseline and scenario, 2020–2025. */
export function ownHouseholdSpec(path: OwnHouseholdPath, language: Language): PlotSpec {
  const chart = CHART_TEXT[language];
  const text = OWN_HOUSEHOLD_TEXT[language];
  const years = shown(path);
  const format = (v: number): string => formatYuan(v, language);
  return {
    kind: 'line',
    title: text.chartTitle,
    subtitle: chart.subtitle(years[0]?.year ?? 0, years[years.length - 1]?.year ?? 0, text.unit, text.chartSource),
    labels: years.map((y) => String(y.year)),
    tooltipTitles: years.map((y) => chart.year(y.year)),
    series: [
      { label: chart.baseline, values: years.map((y) => path.baseline[y.i]!.total), role: 'baseline' },
      { label: chart.scenario, values: years.map((y) => path.scenario[y.i]!.total), role: 'scenario' },
    ],
    xTitle: chart.yearAxis,
    yTitle: text.unit,
    markIndex: undefined,
    ranges: [],
    yMin: 0,
    yMax: undefined,
    formatTick: format,
    formatValue: format,
  };
}

/** A table: its column headers and rows (the first cell of each row is its header). */
export interface OwnHouseholdTable {
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

/** Per year: baseline, scenario, change in yuan and in per cent (whole yuan). */
export function ownHouseholdTable(path: OwnHouseholdPath, language: Language): OwnHouseholdTable {
  const text = OWN_HOUSEHOLD_TEXT[language];
  return {
    header: [text.colYear, text.colBaseline, text.colScenario, text.colChange, text.colPercent],
    rows: shown(path).map(({ year, i }) => ({
      key: String(year),
      cells: [
        String(year),
        formatNumber(Math.round(path.baseline[i]!.total), language),
        formatNumber(Math.round(path.scenario[i]!.total), language),
        signedYuan(path.change[i]!.yuan, language),
        signedPercent(path.change[i]!.percent, language),
      ],
    })),
  };
}

/** Per source (rows): the change, scenario minus baseline, in each year (columns). */
export function ownHouseholdBreakdown(path: OwnHouseholdPath, language: Language): OwnHouseholdTable {
  const text = OWN_HOUSEHOLD_TEXT[language];
  const years = shown(path);
  return {
    header: [text.breakdownCaption, ...years.map((y) => String(y.year))],
    rows: OWN_HOUSEHOLD_SOURCES.map((source) => ({
      key: source,
      cells: [text.sources[source], ...years.map((y) => signedYuan(path.change[y.i]!.bySource[source], language))],
    })),
  };
}

/** The sentence on the target year: the change in yuan and per cent, and both totals. */
export function ownHouseholdSentence(path: OwnHouseholdPath, language: Language): string {
  const text = OWN_HOUSEHOLD_TEXT[language];
  const i = path.years.indexOf(OWN_HOUSEHOLD_SENTENCE_YEAR);
  if (i < 0) return '';
  const change = path.change[i]!;
  if (Math.round(change.yuan) === 0) return text.noChange(OWN_HOUSEHOLD_SENTENCE_YEAR, formatYuan(path.baseline[i]!.total, language));
  return text.sentence(
    OWN_HOUSEHOLD_SENTENCE_YEAR,
    `${signedYuan(change.yuan, language)}${language === 'zh' ? '元' : ' yuan'}`,
    signedPercent(change.percent, language),
    formatYuan(path.baseline[i]!.total, language),
    formatYuan(path.scenario[i]!.total, language),
  );
}
