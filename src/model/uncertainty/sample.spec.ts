import { describe, expect, it } from 'vitest';
import { BASE_YEAR, PARAMETERS } from '../catalog';
import { resolveParams, YEARS } from '../params';
import { blockAlignedChunks, buildPointsFor, drawOverrides, drawSample, DRAWN_PARAMETERS, SHIFT_FROM_YEAR } from './sample';

const column = (sample: ReturnType<typeof drawSample>, id: string): Float64Array => sample.values[DRAWN_PARAMETERS.findIndex((p) => p.id === id)]!;

describe('drawSample (the Latin hypercube)', () => {
  it('draws every catalog parameter that has a Monte Carlo distribution, and only those', () => {
    expect(DRAWN_PARAMETERS.map((p) => p.id)).toEqual(PARAMETERS.filter((p) => p.mc).map((p) => p.id));
    expect(DRAWN_PARAMETERS).toHaveLength(43);
  });

  it('is a function of the seed and the number of draws alone', () => {
    const a = drawSample(7, 40);
    expect(drawSample(7, 40)).toEqual(a);
    const b = drawSample(8, 40);
    expect(column(b, 'in_place_share')).not.toEqual(column(a, 'in_place_share'));
  });

  it('puts exactly one draw in each of the n equal-probability strata of a parameter', () => {
    // in_place_share ~ U(0.3, 0.8): draw k of 50 falls in stratum ⌊(v − 0.3)/0.5 · 50⌋.
    const n = 50;
    const strata = Array.from(column(drawSample(3, n), 'in_place_share'), (v) => Math.floor(((v - 0.3) / 0.5) * n)).sort((x, y) => x - y);
    expect(strata).toEqual(Array.from({ length: n }, (_, k) => k));
  });

  it('gives the build parameters one Latin-hypercube stratum per build point, in blocks of consecutive draws', () => {
    const n = 1000;
    const sample = drawSample(5, n);
    const points = buildPointsFor(n);
    expect(points).toBe(32);
    const sigma = column(sample, 'mountain_income_factor'); // U(0.68, 0.85), inside its range
    const perPoint = new Map<number, Set<number>>();
    sample.buildPoint.forEach((k, i) => perPoint.set(k, (perPoint.get(k) ?? new Set()).add(sigma[i]!)));
    expect([...perPoint.values()].every((values) => values.size === 1)).toBe(true);
    const strata = [...perPoint.values()].map((values) => Math.floor((([...values][0]! - 0.68) / 0.17) * points)).sort((x, y) => x - y);
    expect(strata).toEqual(Array.from({ length: points }, (_, k) => k));
    // Blocks: the point never decreases along the draws, so a chunk of consecutive draws needs few populations.
    expect(sample.buildPoint.every((k, i) => i === 0 || k >= sample.buildPoint[i - 1]!)).toBe(true);
  });
});

describe('blockAlignedChunks (how a pool splits the draws)', () => {
  it('covers every draw once in contiguous ranges that never split a population between two chunks', () => {
    const sample = drawSample(2, 1000);
    for (const n of [1, 2, 3, 8, 100]) {
      const ranges = blockAlignedChunks(sample, n);
      expect(ranges.length).toBe(Math.min(n, 32));
      expect(ranges[0]![0]).toBe(0);
      expect(ranges.at(-1)![1]).toBe(1000);
      ranges.forEach(([from, to], k) => {
        expect(to).toBeGreaterThan(from);
        if (k > 0) expect(from).toBe(ranges[k - 1]![1]);
        expect(from === 0 || sample.buildPoint[from] !== sample.buildPoint[from - 1]).toBe(true);
      });
    }
  });
});

describe('drawOverrides (what a draw does to a scenario)', () => {
  const sample = drawSample(11, 64);
  const scenario = { dibao_uplift: 50, gdp_real_growth: { path: [[2025, 3]] as [number, number][] }, okun_coefficient: 0.3 };
  const fixed = resolveParams(scenario);
  const draws = Array.from({ length: sample.draws }, (_, i) => resolveParams(drawOverrides(sample, i, scenario)));

  it('never varies a parameter without a Monte Carlo distribution (levers and switches stay as the scenario says)', () => {
    for (const def of PARAMETERS.filter((p) => !p.mc)) {
      for (const params of draws) for (let t = 0; t < YEARS.length; t++) expect(params.at(def.id, t), def.id).toBe(fixed.at(def.id, t));
    }
  });

  it('holds an assumption the scenario sets itself at the scenario value', () => {
    for (const params of draws) {
      for (let t = 0; t < YEARS.length; t++) expect(params.at('gdp_real_growth', t)).toBe(fixed.at('gdp_real_growth', t));
      expect(params.scalar('okun_coefficient')).toBe(0.3);
    }
  });

  it('keeps every drawn value inside its catalog range, the base year calibrated, and observed path years as observed', () => {
    for (const def of PARAMETERS.filter((p) => p.mc)) {
      const values = draws.flatMap((params) => YEARS.map((_, t) => params.at(def.id, t)));
      expect(Math.min(...values), def.id).toBeGreaterThanOrEqual(def.min);
      expect(Math.max(...values), def.id).toBeLessThanOrEqual(def.max);
      for (const params of draws) expect(params.at(def.id, 0), def.id).toBe(fixed.at(def.id, 0));
    }
    const observed = YEARS.map((y, t) => [y, t] as const).filter(([y]) => y > BASE_YEAR && y < SHIFT_FROM_YEAR);
    for (const params of draws) for (const [, t] of observed) expect(params.at('cpi_inflation', t)).toBe(fixed.at('cpi_inflation', t));
  });

  it('moves a free assumption from draw to draw, and a path assumption by the same deviation every assumed year', () => {
    const ceilings = draws.map((p) => p.scalar('urbanisation_ceiling'));
    expect(new Set(ceilings).size).toBe(sample.draws);
    const t2026 = YEARS.indexOf(2026);
    const t2031 = YEARS.indexOf(2031);
    const cpi = PARAMETERS.find((p) => p.id === 'cpi_inflation')!;
    for (const params of draws.slice(0, 5)) {
      const shift = params.at('cpi_inflation', t2026) - cpi.defaultPath![2026]!;
      expect(params.at('cpi_inflation', t2031) - cpi.defaultPath![2031]!).toBeCloseTo(shift, 12);
    }
  });
});
