import { describe, expect, it } from 'vitest';
import { monteCarlo } from '../../src/model/uncertainty';
import { buildFansCsv } from '../../src/export/fans-csv';

describe('the fans CSV (the app’s export and the CLI’s --draws .csv)', () => {
  it('lists every output, percentile and year of a Monte Carlo result, the percentiles in order', () => {
    const summary = monteCarlo(
      { dibao_uplift: 40 },
      { draws: 16, seed: 3, outputs: ['income_per_capita', 'gini'], population: { households: 400, minPerStratum: 25 } },
    );
    const app = buildFansCsv(summary.years, summary.quantiles);
    const rows = app
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    // Each output's P5 ≤ P10 ≤ P50 ≤ P90 ≤ P95 in every year, read back from the file.
    for (const id of ['income_per_capita', 'gini']) {
      summary.years.forEach((year) => {
        const values = ['p5', 'p10', 'p50', 'p90', 'p95'].map((p) => Number(rows.find((r) => r[0] === id && r[1] === p && r[2] === String(year))![3]));
        expect([...values].sort((a, b) => a - b)).toEqual(values);
      });
    }
    // One header, then 2 outputs × 5 percentiles × 16 years.
    expect(app.trimEnd().split('\n')).toHaveLength(1 + 2 * 5 * summary.years.length);
    expect(app.split('\n')[1]).toMatch(/^income_per_capita,p5,2020,\d/);
  });
});
