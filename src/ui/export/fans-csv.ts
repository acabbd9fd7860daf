/**
 * The fans CSV: a Monte Carlo result's percentiles as the CLI writes them (`npm run simulate --
 * --draws N --format csv`): `output,percentile,year,value`, one row per output, percentile and
 * year, numbers in full precision, an undefined value an empty cell. Pure text building (no DOM).
 */
import type { McFan, McResult } from '../../compute/mc-api';

/** The percentiles in the order the CLI writes them. */
const PERCENTILE_KEYS = ['p5', 'p10', 'p50', 'p90', 'p95'] as const satisfies readonly (keyof McFan)[];

/** Builds the fans CSV of a Monte Carlo result (ids and numbers only, so the same in both languages). */
export function buildFansCsv(result: McResult): string {
  const lines = ['output,percentile,year,value'];
  for (const [id, fan] of Object.entries(result.quantiles)) {
    for (const key of PERCENTILE_KEYS) {
      result.years.forEach((year, t) => {
        const value = fan[key][t]!;
        lines.push(`${id},${key},${year},${Number.isNaN(value) ? '' : String(value)}`);
      });
    }
  }
  return `${lines.join('\n')}\n`;
}
