/**
 * The fans CSV: a Monte Carlo result's percentiles, one writer for the app's export and the command
 * line (`npm run simulate -- --draws N --out fans.csv`): `output,percentile,year,value`, one row per
 * output, percentile and year, numbers in full precision, an undefined value an empty cell. Ids and
 * numbers only, so the file is the same in both languages.
 */

/** The percentiles of one output, one value per year (NaN where no draw defines it). */
export interface FanPercentiles {
  readonly p5: readonly number[];
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
  readonly p95: readonly number[];
}

/** The percentiles in the order the file lists them. */
const PERCENTILE_KEYS = ['p5', 'p10', 'p50', 'p90', 'p95'] as const satisfies readonly (keyof FanPercentiles)[];

/** Builds the fans CSV of a Monte Carlo result's percentiles (by output id, in the result's order). */
export function buildFansCsv(years: readonly number[], quantiles: Readonly<Record<string, FanPercentiles>>): string {
  const lines = ['output,percentile,year,value'];
  for (const [id, fan] of Object.entries(quantiles)) {
    for (const key of PERCENTILE_KEYS) {
      years.forEach((year, t) => {
        const value = fan[key][t]!;
        lines.push(`${id},${key},${year},${Number.isNaN(value) ? '' : String(value)}`);
      });
    }
  }
  return `${lines.join('\n')}\n`;
}
