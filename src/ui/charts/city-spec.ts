import { formatWithUnit } from '../format/number';
import { CHART_TEXT } from '../i18n/charts';
import type { Language } from '../i18n/messages';
import type { PlotSpec } from './chart-spec';

/** The city means of one year under the baseline and the scenario. */
export interface CityBarsInput {
  /** City ids in the catalog's order (CITIES). */
  readonly cities: readonly string[];
  readonly names: Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
  readonly years: readonly number[];
  readonly year: number;
  /** The result's outputs (each city's series is `city_income_<id>`). */
  readonly baseline: Readonly<Record<string, readonly number[]>>;
  readonly scenario: Readonly<Record<string, readonly number[]>>;
  readonly language: Language;
}

/** The output id of a city's per-capita income. */
export function cityOutputId(city: string): string {
  return `city_income_${city}`;
}

/** Maps the 11 city means of the selected year to a bar chart, baseline beside scenario, in CITIES order. */
export function cityBarsSpec(input: CityBarsInput): PlotSpec {
  const { cities, language, year } = input;
  const text = CHART_TEXT[language];
  const index = input.years.indexOf(year);
  const pick = (outputs: Readonly<Record<string, readonly number[]>>): (number | null)[] => cities.map((c) => outputs[cityOutputId(c)]?.[index] ?? null);
  const names = cities.map((c) => input.names[c]?.[language] ?? c);
  const format = (v: number): string => formatWithUnit(v, 'yuan_per_person_year', language);
  return {
    kind: 'bar',
    title: text.cityTitle(year),
    subtitle: text.subtitle(year, year, text.units.yuan_per_person_year, text.citySource),
    labels: names,
    tooltipTitles: names.map((n) => `${n} · ${text.year(year)}`),
    series: [
      { label: text.baseline, values: pick(input.baseline), role: 'baseline' },
      { label: text.scenario, values: pick(input.scenario), role: 'scenario' },
    ],
    xTitle: text.cityAxis,
    yTitle: text.units.yuan_per_person_year,
    markIndex: undefined,
    ranges: [],
    yMin: 0,
    yMax: undefined,
    formatTick: format,
    formatValue: format,
  };
}
