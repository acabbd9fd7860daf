import { describe, expect, it } from 'vitest';
import { formatCsv, type SimulationResult } from '../../scripts/simulate-lib';
import { monteCarlo } from '../../src/model/uncertainty';
import { buildFansCsv } from '../../src/ui/export/fans-csv';

describe('the fans CSV of the app', () => {
  it('is byte for byte the CLI’s percentile CSV of the same Monte Carlo result', () => {
    const summary = monteCarlo({ dibao_uplift: 40 }, { draws: 16, seed: 3, outputs: ['income_per_capita', 'gini'], households: 400 });
    const cli = formatCsv({ years: summary.years, quantiles: summary.quantiles } as unknown as SimulationResult);
    const app = buildFansCsv(summary);
    expect(app).toBe(cli);
    // One header, then 2 outputs × 5 percentiles × 16 years.
    expect(app.trimEnd().split('\n')).toHaveLength(1 + 2 * 5 * summary.years.length);
    expect(app.split('\n')[1]).toMatch(/^income_per_capita,p5,2020,\d/);
  });
});
