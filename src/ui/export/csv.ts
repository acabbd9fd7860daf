/**
 * The CSV export: every model output, year by year, for the scenario and its baselines. Pure
 * text building (no DOM); the numbers are the worker's results written out unrounded.
 */
import {
  OUTPUTS,
  WHO_GAINS_CUT_LABELS,
  WHO_GAINS_CUTS,
  WHO_GAINS_LINES,
  WHO_GAINS_MEASURES,
  type ScenarioResult,
  type WhoGainsYear,
  type WorkbenchResult,
} from '../../model/catalog';
import { seriesDiffer } from '../charts/chart-spec';
import { CHART_TEXT } from '../i18n/charts';
import { EXPORT_TEXT } from '../i18n/exports';
import type { Language } from '../i18n/messages';

/** The byte order mark that tells Excel the file is UTF-8 (without it, Chinese text is garbled). */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 line end. */
const CRLF = '\r\n';

/** The series a CSV row can hold, in the order the rows of one output appear. */
export type CsvSeries = 'scenario' | 'modified-baseline' | 'baseline';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe for spreadsheets: a cell starting with = + - @, a tab or a carriage
 * return is prefixed with a single quote, so Excel and LibreOffice show it as text instead of
 * evaluating it as a formula. Only text cells go through this: numbers are written as numbers.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field as RFC 4180 asks: fields with a comma, quote, CR or LF are quoted, quotes doubled. */
export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A text cell: guarded against formulas, then quoted. */
function textCell(text: string): string {
  return quoteField(guardFormula(text));
}

/**
 * A number cell at full precision: the shortest text that reads back as the same double, with a
 * '.' decimal point and no thousands separators (exponent form for very large or small values);
 * empty for a missing or non-finite value.
 */
export function numberCell(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/**
 * Whether the result's modified baseline (the scenario's assumptions with default levers) differs
 * from the baseline anywhere, i.e. whether any assumption changed an output.
 */
export function assumptionsDiffer(result: WorkbenchResult): boolean {
  return Object.entries(result.modifiedBaseline.outputs).some(([id, values]) => seriesDiffer(values, result.baseline.outputs[id] ?? []));
}

/**
 * Builds the CSV of a workbench result in a language: long format, one row per output and series
 * (scenario; the modified baseline, when assumptions make it differ from the baseline; baseline),
 * with columns output id, label, unit, series, then one per year (2020 … 2035). Labels, units and
 * series names are in the language; numbers are unrounded. Who gains follows, one row per cut,
 * measure and decile or line multiple (whoGainsRows). The text starts with a UTF-8 BOM and ends
 * every line with CRLF.
 */
export function buildCsv(result: WorkbenchResult, language: Language): string {
  const text = EXPORT_TEXT[language];
  const charts = CHART_TEXT[language];
  const years = result.scenario.years;
  const series: { readonly id: CsvSeries; readonly label: string; readonly run: ScenarioResult }[] = [
    { id: 'scenario', label: charts.scenario, run: result.scenario },
    ...(assumptionsDiffer(result) ? [{ id: 'modified-baseline' as const, label: charts.modifiedBaseline, run: result.modifiedBaseline }] : []),
    { id: 'baseline', label: charts.baseline, run: result.baseline },
  ];
  const lines: string[] = [
    [text.csvColumns.id, text.csvColumns.label, text.csvColumns.unit, text.csvColumns.series].map(textCell).concat(years.map(String)).join(','),
  ];
  for (const output of OUTPUTS) {
    if (!(output.id in result.scenario.outputs)) continue;
    const head = [output.id, output.label[language], text.csvUnits[output.unit]].map(textCell);
    for (const s of series) {
      const values = s.run.outputs[output.id] ?? [];
      // Index by the scenario's years, so every row lines up with the header.
      const cells = years.map((year) => numberCell(values[s.run.years.indexOf(year)]));
      lines.push([...head, textCell(s.label), ...cells].join(','));
    }
  }
  lines.push(...whoGainsRows(result.scenario, language));
  return UTF8_BOM + lines.join(CRLF) + CRLF;
}

/**
 * The who-gains rows of a scenario, in the CSV's columns: id `who_gains.<cut>.<measure>` (with
 * `.d1` … `.d10` for a decile, `.x1`, `.x1.5`, `.x2` for a line multiple), the label with its cut
 * and decile or line, the unit, the series "scenario vs baseline", then one value per year.
 */
export function whoGainsRows(run: ScenarioResult, language: Language): string[] {
  if (run.whoGains.length === 0) return [];
  const text = EXPORT_TEXT[language];
  const byYear = new Map<number, WhoGainsYear>(run.whoGains.map((w) => [w.year, w]));
  const lines: string[] = [];
  for (const cut of WHO_GAINS_CUTS) {
    for (const measure of WHO_GAINS_MEASURES) {
      const parts =
        measure.shape === 'decile'
          ? Array.from({ length: 10 }, (_, d) => ({ suffix: `.d${d + 1}`, label: text.csvDecile(d + 1), index: d }))
          : measure.shape === 'line'
            ? WHO_GAINS_LINES.map((m, k) => ({ suffix: `.x${m}`, label: text.csvLine(m), index: k }))
            : [{ suffix: '', label: '', index: -1 }];
      for (const part of parts) {
        const label = [measure.label[language], WHO_GAINS_CUT_LABELS[cut][language], part.label].filter((t) => t !== '').join(' · ');
        const head = [`who_gains.${cut}.${measure.id}${part.suffix}`, label, text.csvUnits[measure.unit], text.csvWhoGainsSeries].map(textCell);
        const cells = run.years.map((year) => {
          const value = byYear.get(year)?.cuts[cut][measure.id];
          return numberCell(Array.isArray(value) ? value[part.index] : value);
        });
        lines.push([...head, ...cells].join(','));
      }
    }
  }
  return lines;
}
