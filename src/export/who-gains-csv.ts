/**
 * The who-gains rows of the long results CSV (docs/csv.md): one row per cut, measure and decile or
 * line multiple, id `who_gains.<cut>.<measure>` (with `.d1` … `.d10` for a decile, `.x1`, `.x1.5`,
 * `.x2` for a line multiple), the label with its cut and decile or line, the unit, the series
 * "scenario vs baseline", then one value per year, rounded to the unit's precision.
 */
import {
  UNIT_DECIMALS,
  WHO_GAINS_CUT_LABELS,
  WHO_GAINS_CUTS,
  WHO_GAINS_LINES,
  WHO_GAINS_MEASURES,
  type ScenarioResult,
  type WhoGainsYear,
} from '../model/catalog';
import { numberCell, textCell } from './cells';
import { CSV_TEXT, type CsvLanguage } from './csv-text';

/** The who-gains rows of a scenario in the long layout's columns (none when the result has no who-gains figures). */
export function whoGainsRows(run: ScenarioResult, years: readonly number[], language: CsvLanguage): string[] {
  if (run.whoGains.length === 0) return [];
  const text = CSV_TEXT[language];
  const byYear = new Map<number, WhoGainsYear>(run.whoGains.map((w) => [w.year, w]));
  const lines: string[] = [];
  for (const cut of WHO_GAINS_CUTS) {
    for (const measure of WHO_GAINS_MEASURES) {
      const parts =
        measure.shape === 'decile'
          ? Array.from({ length: 10 }, (_, d) => ({ suffix: `.d${d + 1}`, label: text.whoGains.decile(d + 1), index: d }))
          : measure.shape === 'line'
            ? WHO_GAINS_LINES.map((m, k) => ({ suffix: `.x${m}`, label: text.whoGains.line(m), index: k }))
            : [{ suffix: '', label: '', index: -1 }];
      for (const part of parts) {
        const label = [measure.label[language], WHO_GAINS_CUT_LABELS[cut][language], part.label].filter((t) => t !== '').join(' · ');
        const head = [`who_gains.${cut}.${measure.id}${part.suffix}`, label, text.units[measure.unit], text.whoGains.series].map(textCell);
        const cells = years.map((year) => {
          const value = byYear.get(year)?.cuts[cut][measure.id];
          return numberCell(Array.isArray(value) ? value[part.index] : value, UNIT_DECIMALS[measure.unit]);
        });
        lines.push([...head, ...cells].join(','));
      }
    }
  }
  return lines;
}
