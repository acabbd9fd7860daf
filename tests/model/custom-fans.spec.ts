import { describe, expect, it } from 'vitest';
import { YEAR_COUNT, YEARS } from '../../src/model/params';
import { drawSample, keptOutputs, MC_TARGETS, monteCarlo, runDraws, summarise, type DrawChunk } from '../../src/model/uncertainty';

/**
 * Monte Carlo fans of custom indicators: each indicator is evaluated on every draw's kept outputs,
 * and its percentiles are those of the resulting values. The expected percentiles here come from
 * the draws' outputs, with the arithmetic and the type-7 quantile done by hand.
 */

/** Type-7 quantile (R's default): linear between order statistics at q·(n − 1), written out here. */
function hand(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = q * (sorted.length - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

const Q = { p5: 0.05, p10: 0.1, p50: 0.5, p90: 0.9, p95: 0.95 } as const;

/** A chunk of draws 0 … n − 1 whose outputs are given per draw and year. */
function chunkOf(outputIds: string[], value: (draw: number, output: string, year: number) => number, draws: number): DrawChunk {
  const scenario = new Float64Array(draws * outputIds.length * YEAR_COUNT);
  for (let d = 0; d < draws; d++)
    outputIds.forEach((id, o) => YEARS.forEach((year, t) => (scenario[(d * outputIds.length + o) * YEAR_COUNT + t] = value(d, id, year))));
  return { from: 0, to: draws, outputIds, scenario, baseline: scenario.slice(), met: new Uint8Array(draws * MC_TARGETS.length) };
}

describe('Monte Carlo fans of custom indicators on given draws', () => {
  it('gives the hand percentiles of a ratio of two outputs, draw by draw, in every year', () => {
    // Ten draws: income 1000·(d + 1) + year offset, rural income a share of it that differs by draw.
    const draws = 10;
    const income = (d: number, y: number): number => 1000 * (d + 1) + (y - 2020) * 10;
    const rural = (d: number, y: number): number => income(d, y) * (0.3 + ((d * 7) % 10) / 25);
    const chunk = chunkOf(['income_per_capita', 'income_per_capita_rural'], (d, id, y) => (id === 'income_per_capita' ? income(d, y) : rural(d, y)), draws);
    const summary = summarise({}, drawSample(3, draws), [chunk], [{ id: 'share', expression: 'income_per_capita_rural / income_per_capita' }]);
    const fan = summary.customQuantiles!['share']!;
    YEARS.forEach((year, t) => {
      const ratios = Array.from({ length: draws }, (_, d) => rural(d, year) / income(d, year));
      for (const [key, q] of Object.entries(Q)) expect(fan[key as keyof typeof Q][t], `${key} in ${year}`).toBeCloseTo(hand(ratios, q), 12);
    });
    // The ratio's median in 2025 by hand: the shares 0.3 + k/25 for k = 0, 7, 4, 1, 8, 5, 2, 9, 6, 3 → between k = 4 and 5.
    expect(fan.p50[YEARS.indexOf(2025)]).toBeCloseTo(0.3 + 4.5 / 25, 12);
  });

  it('leaves out the draws with no value in a year, and gives NaN in a year where no draw has one', () => {
    // 1 / gini: gini is 0 in draws 0 and 1 from 2030 on, and in every draw in 2035.
    const draws = 6;
    const gini = (d: number, y: number): number => (y === 2035 || (d < 2 && y >= 2030) ? 0 : 0.1 * (d + 1));
    const chunk = chunkOf(['gini'], (d, _id, y) => gini(d, y), draws);
    const summary = summarise({}, drawSample(3, draws), [chunk], [{ id: 'inverse', expression: '1 / gini' }]);
    const fan = summary.customQuantiles!['inverse']!;
    const at = (year: number): number => YEARS.indexOf(year);
    const all = [10, 5, 10 / 3, 2.5, 2, 10 / 6];
    const kept = all.slice(2);
    for (const [key, q] of Object.entries(Q)) {
      expect(fan[key as keyof typeof Q][at(2025)]).toBeCloseTo(hand(all, q), 12);
      expect(fan[key as keyof typeof Q][at(2030)]).toBeCloseTo(hand(kept, q), 12);
      expect(fan[key as keyof typeof Q][at(2035)]).toBeNaN();
    }
  });

  it('gives null to an expression that does not compile, reads an output the draws do not keep or has no value in any draw, and nothing without indicators', () => {
    const chunk = chunkOf(['gini'], () => 0.3, 4);
    const summary = summarise(
      {},
      drawSample(3, 4),
      [chunk],
      [
        { id: 'bad', expression: 'gini +* 2' },
        { id: 'not_kept', expression: 'income_per_capita' },
        { id: 'never', expression: 'gini / (gini - gini)' },
        { id: 'ok', expression: '100 * gini' },
      ],
    );
    expect(summary.customQuantiles!['bad']).toBeNull();
    expect(summary.customQuantiles!['not_kept']).toBeNull();
    expect(summary.customQuantiles!['never']).toBeNull();
    expect(summary.customQuantiles!['ok']!.p50[0]).toBeCloseTo(30, 12);
    expect(summary.customPMet).toBeUndefined();
    expect(summarise({}, drawSample(3, 4), [chunk]).customQuantiles).toBeUndefined();
  });
});

describe('Monte Carlo fans of custom indicators on real draws', () => {
  const draws = 24;
  const seed = 5;
  const overrides = { dibao_uplift: 40 };
  const population = { households: 400, minPerStratum: 25 };
  const indicators = [
    { id: 'double', expression: '2 * income_per_capita' },
    { id: 'share', expression: 'income_per_capita_rural / income_per_capita', target: { comparator: '>=' as const, threshold: 0.5, year: 2025 } },
  ];
  // Only gini is asked for: the outputs the indicators read are kept for them.
  const summary = monteCarlo(overrides, { draws, seed, population, outputs: ['gini'], indicators });

  it('keeps the outputs the indicators read, after those asked for', () => {
    expect(keptOutputs(['gini'], indicators)).toEqual(['gini', 'income_per_capita', 'income_per_capita_rural']);
    expect(keptOutputs(['gini'], [{ id: 'bad', expression: 'gini +* 2' }])).toEqual(['gini']);
    expect(Object.keys(summary.quantiles)).toEqual(['gini', 'income_per_capita', 'income_per_capita_rural']);
  });

  it('gives 2 · income per capita exactly twice the percentiles of income per capita', () => {
    const income = summary.quantiles['income_per_capita']!;
    const double = summary.customQuantiles!['double']!;
    for (const key of Object.keys(Q) as (keyof typeof Q)[]) expect(double[key]).toEqual(income[key].map((v) => 2 * v));
  });

  it("gives the rural share the hand percentiles of each draw's ratio, and its P(met) the share of draws at 0.5 or more", () => {
    // The same draws run again, keeping the two outputs only: the ratio per draw by hand.
    const chunk = runDraws(overrides, drawSample(seed, draws), 0, draws, { population, outputs: ['income_per_capita_rural', 'income_per_capita'] });
    const value = (d: number, o: number, t: number): number => chunk.scenario[(d * 2 + o) * YEAR_COUNT + t]!;
    const fan = summary.customQuantiles!['share']!;
    YEARS.forEach((year, t) => {
      const ratios = Array.from({ length: draws }, (_, d) => value(d, 0, t) / value(d, 1, t));
      for (const [key, q] of Object.entries(Q)) expect(fan[key as keyof typeof Q][t], `${key} in ${year}`).toBeCloseTo(hand(ratios, q), 12);
    });
    const t2025 = YEARS.indexOf(2025);
    const met = Array.from({ length: draws }, (_, d) => value(d, 0, t2025) / value(d, 1, t2025)).filter((r) => r >= 0.5).length;
    expect(summary.customPMet).toEqual({ share: met / draws });
    // The fan spreads: the draws do not all agree.
    expect(fan.p95[t2025]!).toBeGreaterThan(fan.p5[t2025]!);
  });

  it('is the same for the same seed, and the same when the draws are split into chunks', () => {
    const again = monteCarlo(overrides, { draws, seed, population, outputs: ['gini'], indicators });
    expect(JSON.stringify(again.customQuantiles)).toBe(JSON.stringify(summary.customQuantiles));
    const sample = drawSample(seed, draws);
    const options = { population, outputs: ['gini'], indicators };
    const split = [runDraws(overrides, sample, 16, 24, options), runDraws(overrides, sample, 0, 16, options)];
    expect(JSON.stringify(summarise(overrides, sample, split, indicators))).toBe(JSON.stringify(summary));
  });
});
