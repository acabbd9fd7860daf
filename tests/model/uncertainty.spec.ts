import { describe, expect, it } from 'vitest';
import { run } from '../../src/model/index';
import { DEFAULT_HOUSEHOLDS, PARAMETERS, TARGET_YEAR } from '../../src/model/catalog';
import {
  DRAWN_PARAMETERS,
  drawOverrides,
  drawSample,
  MC_TARGETS,
  monteCarlo,
  PERCENTILES,
  quantileSorted,
  runDraws,
  summarise,
  type McSummary,
} from '../../src/model/uncertainty';
import { YEAR_COUNT, YEARS, type OverrideValue } from '../../src/model/params';

/**
 * Monte Carlo over the catalog's assumptions: reproducible whatever the chunking, percentiles in
 * order, P(met) that is certain only for targets far from their thresholds, per-draw outputs that
 * are those of an ordinary run with the drawn values, and draws anchored to the full population.
 * The app's small population (MC_POPULATION) and few draws keep it fast.
 */
const draws = 12;
const seed = 1;
const scenario = { dibao_uplift: 40 };

/** Runs the sample in chunks with these boundaries, the chunks in reverse order, and summarises. */
function chunked(boundaries: number[]): McSummary {
  const sample = drawSample(seed, draws);
  const chunks = boundaries.slice(1).map((to, k) => runDraws(scenario, sample, boundaries[k]!, to));
  return summarise(scenario, sample, chunks.reverse());
}

describe('monteCarlo', () => {
  const whole = chunked([0, draws]);

  it('gives the identical result from 1, 2 or 4 chunks of the same seed (as a pool of workers would split it)', () => {
    const text = JSON.stringify(whole);
    expect(JSON.stringify(chunked([0, 5, draws]))).toBe(text);
    expect(JSON.stringify(chunked([0, 3, 7, 9, draws]))).toBe(text);
    expect(JSON.stringify(monteCarlo(scenario, { draws, seed }))).toBe(text);
  });

  it('orders the percentiles p5 ≤ p10 ≤ p50 ≤ p90 ≤ p95 for every output and year, with a real spread', () => {
    for (const fans of [whole.quantiles, whole.baselineQuantiles, whole.effectQuantiles]) {
      for (const [id, fan] of Object.entries(fans)) {
        for (let t = 0; t < YEAR_COUNT; t++) {
          const row = PERCENTILES.map((p) => fan[`p${p}`][t]!);
          if (row.every(Number.isNaN)) continue;
          for (let k = 1; k < row.length; k++) expect(row[k]!, `${id} ${t}`).toBeGreaterThanOrEqual(row[k - 1]!);
        }
      }
    }
    expect(whole.quantiles.income_per_capita!.p95[5]! - whole.quantiles.income_per_capita!.p5[5]!).toBeGreaterThan(1000);
  });

  it('is uncertain about a target near its threshold and certain about one far from it', () => {
    // U/R ≤ 1.9 against about 1.87 in 2025: the drawn κ, gaps and σ put it on both sides.
    expect(whole.pMet.urban_rural_income_ratio).toBeGreaterThan(0);
    expect(whole.pMet.urban_rural_income_ratio).toBeLessThan(1);
    // Income ≥ 75,000 yuan against about 71,000 (a dibao rise adds little to the mean): no draw comes within 5 % by 2025.
    expect(whole.pMet.income_per_capita).toBe(0);
    expect(whole.pAllMet).toBe(0);
    // The dibao standard follows income and the uplift adds 40 % on top: it outgrows income in every draw.
    expect(whole.pMet.dibao_growth_vs_income_growth).toBe(1);
  });

  it('judges P(met) only for targets whose verdict rests on the model, and keeps the values drawn for later analysis', () => {
    expect(Object.keys(whole.pMet).sort()).toEqual(MC_TARGETS.map((t) => t.outputId).sort());
    expect(MC_TARGETS.every((t) => t.basis === 'model')).toBe(true);
    expect(whole.drawn).toHaveLength(43);
    expect(whole.drawn.every((d) => d.values.length === draws)).toBe(true);
  });

  it("gives in each draw exactly an ordinary run's outputs and verdicts with the drawn values", () => {
    const sample = drawSample(seed, draws);
    // Unanchored, on a population run() builds too (its default of at least 200 per stratum).
    const households = 1000;
    const chunk = runDraws(scenario, sample, 4, 7, { population: { households, minPerStratum: 200 }, anchorTo: null });
    const stride = chunk.outputIds.length * YEAR_COUNT;
    for (let i = 4; i < 7; i++) {
      const exact = run({ overrides: drawOverrides(sample, i, scenario) }, { households });
      chunk.outputIds.forEach((id, o) => {
        const start = (i - 4) * stride + o * YEAR_COUNT;
        expect(Array.from(chunk.scenario.subarray(start, start + YEAR_COUNT)), `${id}, draw ${i}`).toEqual(exact.outputs[id]);
      });
      MC_TARGETS.forEach((t, k) => {
        const reached = exact.targets.find((s) => s.outputId === t.outputId)!.reached;
        expect(chunk.met[(i - 4) * MC_TARGETS.length + k], `${t.outputId}, draw ${i}`).toBe(reached ? 1 : 0);
      });
    }
  });

  it('refuses chunks that leave out or repeat draws', () => {
    const sample = drawSample(seed, 4);
    const a = runDraws({}, sample, 0, 2, { outputs: ['income_per_capita'] });
    expect(() => summarise({}, sample, [a])).toThrow(/end at draw 2/);
    expect(() => summarise({}, sample, [a, a])).toThrow(/missing or run twice/);
  });
});

describe('draws on the small population, anchored to the full one', () => {
  it("is the app's exact result in every draw when the scenario leaves nothing to draw", () => {
    // Every drawn parameter set to its catalog default: the draws vary nothing, so each is the
    // central run, which the anchor moves onto the full population's run of the same scenario.
    const fixed: Record<string, OverrideValue> = { dibao_uplift: 40 };
    for (const p of DRAWN_PARAMETERS) {
      const def = PARAMETERS.find((d) => d.id === p.id)!;
      fixed[p.id] = def.defaultPath ? { path: Object.entries(def.defaultPath).map(([year, v]) => [Number(year), v] as [number, number]) } : def.default;
    }
    const exact = run({ overrides: fixed }, { households: DEFAULT_HOUSEHOLDS });
    const sample = drawSample(seed, 3);
    const chunk = runDraws(fixed, sample, 0, 3);
    const stride = chunk.outputIds.length * YEAR_COUNT;
    for (let i = 0; i < 3; i++) {
      chunk.outputIds.forEach((id, o) => {
        exact.outputs[id]!.forEach((v, t) => {
          const got = chunk.scenario[i * stride + o * YEAR_COUNT + t]!;
          if (Number.isNaN(v)) expect(got, `${id} ${t}`).toBeNaN();
          else expect(Math.abs(got - v), `${id} ${t}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
        });
      });
    }
  });

  it('keeps each modelled target within a small part of its Monte Carlo spread of the full-population draw', () => {
    // The same 16 draws on the full population (no anchor) and on the small anchored one: the
    // difference in any draw stays under a fifth of the full draws' P10–P90 width in 2025, so a
    // fan or P(met) moves far less than the spread it shows (scripts/mc-population-check.ts
    // measures the agreement at 1,000 draws).
    const sample = drawSample(seed, 16);
    const outputs = [...new Set(MC_TARGETS.map((t) => t.outputId))];
    const full = runDraws(scenario, sample, 0, 16, { outputs, population: { households: DEFAULT_HOUSEHOLDS, minPerStratum: 200 }, anchorTo: null });
    const small = runDraws(scenario, sample, 0, 16, { outputs });
    const t = YEARS.indexOf(TARGET_YEAR);
    const stride = outputs.length * YEAR_COUNT;
    outputs.forEach((id, o) => {
      const at = (c: typeof full, i: number): number => c.scenario[i * stride + o * YEAR_COUNT + t]!;
      const reference = Float64Array.from({ length: 16 }, (_, i) => at(full, i)).sort();
      const spread = quantileSorted(reference, 0.9) - quantileSorted(reference, 0.1);
      for (let i = 0; i < 16; i++) expect(Math.abs(at(small, i) - at(full, i)), `${id}, draw ${i}`).toBeLessThanOrEqual(0.2 * spread + 1e-9);
    });
  });
});
