/**
 * The results CSV, one writer for the app's export and the command line (`--out *.csv`), so both
 * give the same bytes for the same scenario and layout (docs/csv.md). Every model output, year by
 * year, for the scenario, its modified baseline (only when assumptions move an output) and the
 * baseline, each value rounded to its output's stated precision (catalog UNIT_DECIMALS); then the
 * scenario's custom indicators, the same series, marked custom.
 */
import { OUTPUTS, outputDecimals, type OutputDef, type ScenarioResult, type WorkbenchResult } from '../model/catalog';
import { CRLF, numberCell, significantCell, textCell, UTF8_BOM } from './cells';
import { CSV_TEXT, type CsvLanguage } from './csv-text';
import { whoGainsRows } from './who-gains-csv';

/**
 * How the table is laid out:
 * - `long`: a row per output and series, a column per year (id, label, unit, series, 2020 … 2035),
 *   then a row per custom indicator and series (id `custom.<id>`), then the who-gains rows
 *   (who-gains-csv.ts);
 * - `wide`: a row per series and year, a column per output id (series, year, <output ids>), then a
 *   column per custom indicator (`custom.<id>`).
 */
export type CsvLayout = 'long' | 'wide';

/** Every layout, the default first. */
export const CSV_LAYOUTS: readonly CsvLayout[] = ['long', 'wide'];

/** The series a CSV holds, in order. */
export type CsvSeries = 'scenario' | 'modifiedBaseline' | 'baseline';

/** Whether two series differ anywhere beyond rounding noise (a relative 1e-9). */
function differ(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return true;
  return a.some((v, i) => Math.abs(v - (b[i] ?? Number.NaN)) > 1e-9 * Math.max(1, Math.abs(v)) || Number.isNaN(b[i] ?? Number.NaN));
}

/** Whether the result's modified baseline (the scenario's assumptions, default levers) differs from the baseline in any output. */
export function assumptionsDiffer(result: Pick<WorkbenchResult, 'modifiedBaseline' | 'baseline'>): boolean {
  return Object.entries(result.modifiedBaseline.outputs).some(([id, values]) => differ(values, result.baseline.outputs[id] ?? []));
}

/** What the CSV reads of a result: the three runs and, for a scenario with custom indicators, their values. */
export type ResultsCsvInput = Pick<WorkbenchResult, 'scenario' | 'modifiedBaseline' | 'baseline' | 'custom'>;

/** What the CSV reads of a custom indicator besides its values: its name and unit (a scenario's CustomIndicatorDoc has both). */
export interface ResultsCsvIndicator {
  readonly id: string;
  readonly label?: { readonly zh?: string; readonly en?: string };
  readonly unit?: string;
}

/** The prefix of a custom indicator's id in a CSV: `custom.<id>` cannot be taken for an output id. */
export const CUSTOM_ID_PREFIX = 'custom.';

/** A custom indicator's name in a language: its label there, else in the other language, else "Custom indicator n" (n: 1-based place in the scenario). */
function indicatorName(indicator: ResultsCsvIndicator | undefined, n: number, language: CsvLanguage): string {
  const other = language === 'zh' ? 'en' : 'zh';
  return indicator?.label?.[language] || indicator?.label?.[other] || CSV_TEXT[language].custom.untitled(n);
}

/**
 * Builds the results CSV of a result in a layout and language: headers, labels, units and series
 * names in the language; numbers rounded to each output's precision. The custom indicators the
 * result evaluated (`result.custom`, in the scenario's order) follow the outputs, named and with
 * the units of `indicators` (the scenario's, matched by id), their values to ten significant
 * digits; a year without a value (an expression that could not be evaluated) is an empty cell.
 * Starts with a UTF-8 BOM (for Excel) and ends every line with CRLF.
 */
export function buildResultsCsv(result: ResultsCsvInput, layout: CsvLayout, language: CsvLanguage, indicators: readonly ResultsCsvIndicator[] = []): string {
  const text = CSV_TEXT[language];
  const years = result.scenario.years;
  const series: { readonly id: CsvSeries; readonly run: ScenarioResult }[] = [
    { id: 'scenario', run: result.scenario },
    ...(assumptionsDiffer(result) ? [{ id: 'modifiedBaseline' as const, run: result.modifiedBaseline }] : []),
    { id: 'baseline', run: result.baseline },
  ];
  const outputs: OutputDef[] = OUTPUTS.filter((output) => output.id in result.scenario.outputs);
  /** A series' value of an output in a year, rounded (indexed by the scenario's years, so every row lines up). */
  const cell = (run: ScenarioResult, output: OutputDef, year: number): string =>
    numberCell(run.outputs[output.id]?.[run.years.indexOf(year)], outputDecimals(output));
  // A custom indicator's values are indexed by the scenario's years, as the model evaluated them.
  const custom = (result.custom ?? []).map((values, i) => ({ values, doc: indicators.find((d) => d.id === values.id), n: i + 1 }));
  const customCell = (values: readonly (number | null)[], year: number): string => significantCell(values[years.indexOf(year)]);

  const lines: string[] = [];
  if (layout === 'long') {
    const c = text.columns;
    lines.push([c.id, c.label, c.unit, c.series].map(textCell).concat(years.map(String)).join(','));
    for (const output of outputs) {
      const head = [output.id, output.label[language], text.units[output.unit]].map(textCell);
      for (const s of series) lines.push([...head, textCell(text.series[s.id]), ...years.map((year) => cell(s.run, output, year))].join(','));
    }
    for (const { values, doc, n } of custom) {
      const head = [CUSTOM_ID_PREFIX + values.id, text.custom.label(indicatorName(doc, n, language)), doc?.unit ?? ''].map(textCell);
      for (const s of series) lines.push([...head, textCell(text.series[s.id]), ...years.map((year) => customCell(values[s.id], year))].join(','));
    }
    lines.push(...whoGainsRows(result.scenario, years, language));
  } else {
    lines.push(
      [text.columns.series, text.columns.year]
        .map(textCell)
        .concat(outputs.map((o) => textCell(o.id)))
        .concat(custom.map(({ values }) => textCell(CUSTOM_ID_PREFIX + values.id)))
        .join(','),
    );
    for (const s of series) {
      for (const year of years)
        lines.push(
          [
            textCell(text.series[s.id]),
            String(year),
            ...outputs.map((output) => cell(s.run, output, year)),
            ...custom.map(({ values }) => customCell(values[s.id], year)),
          ].join(','),
        );
    }
  }
  return UTF8_BOM + lines.join(CRLF) + CRLF;
}
