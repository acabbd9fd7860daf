import { describe, expect, it } from 'vitest';
import { FISCAL_LEVERS, PARAMETERS } from '../../src/model/catalog';
import { moveToClones, simulate, type YearView } from '../../src/model/engine';
import { populationFor, run } from '../../src/model/index';
import { resolveParams, YEARS, type OverrideValue, type ResolvedParams } from '../../src/model/params';
import { minWageKernel } from '../../src/model/levers/rules';

const households = 4000;

/** Runs a scenario on the reduced population and keeps each year's per-household arrays. */
function householdArrays(
  overrides: Record<string, OverrideValue>,
  forceLevers = false,
): { income: Float64Array[]; wage: Float64Array[]; persons: Float64Array[] } {
  const baselineParams = resolveParams(
    Object.fromEntries(Object.entries(overrides).filter(([id]) => PARAMETERS.find((p) => p.id === id)?.kind === 'assumption')),
  );
  const pop = populationFor(baselineParams, households);
  const anchor = simulate(pop, baselineParams).anchor;
  const resolved = resolveParams(overrides);
  // Forcing the lever rules to run with every lever at its default (they must then change nothing).
  const params: ResolvedParams = forceLevers
    ? {
        at: (id, t) => resolved.at(id, t),
        scalar: (id) => resolved.scalar(id),
        defaultAt: (id, t) => resolved.defaultAt(id, t),
        leversActive: true,
        assumptionKey: resolved.assumptionKey,
        buildKey: resolved.buildKey,
      }
    : resolved;
  const income: Float64Array[] = [];
  const wage: Float64Array[] = [];
  const persons: Float64Array[] = [];
  simulate(pop, params, anchor, (view: YearView) => {
    income.push(Float64Array.from(view.income));
    wage.push(Float64Array.from(view.deltas.wage, (w, r) => w + view.deltas.dWage[r]!));
    persons.push(Float64Array.from(view.personsRelative));
  });
  return { income, wage, persons };
}

describe('determinism', () => {
  it('gives bit-identical output for the same scenario', () => {
    const scenario = { overrides: { dibao_uplift: 25, mountain_transfer: 12, pit_top_rate_change: 2, pit_recycling: 1, hukou_pace: 0.004 } };
    const a = run(scenario, { households });
    const b = run(structuredClone(scenario), { households });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('levers at their baseline values', () => {
  it('reproduce the baseline bit for bit, with zero incremental fiscal cost (levers forced through their rules)', () => {
    const baseline = householdArrays({});
    const forced = householdArrays({}, true);
    for (let t = 0; t < YEARS.length; t++) expect(Buffer.from(forced.income[t]!.buffer).equals(Buffer.from(baseline.income[t]!.buffer))).toBe(true);
  });

  it('explicit overrides equal to the defaults change nothing, and every fiscal row is zero', () => {
    const baseline = run({ overrides: {} }, { households });
    const explicit = run({ overrides: Object.fromEntries(PARAMETERS.filter((p) => p.kind === 'lever').map((p) => [p.id, p.default])) }, { households });
    expect(JSON.stringify(explicit)).toBe(JSON.stringify(baseline));
    for (const lever of FISCAL_LEVERS)
      expect(
        explicit.outputs[`fiscal_cost_${lever.id}`]!.every((v) => v === 0),
        lever.id,
      ).toBe(true);
  });
});

describe('monotonicity of levers', () => {
  it('a higher dibao standard never lowers any household’s income', () => {
    const low = householdArrays({ dibao_uplift: 10 });
    const high = householdArrays({ dibao_uplift: 40 });
    let raised = 0;
    for (let t = 0; t < YEARS.length; t++) {
      for (let r = 0; r < low.income[t]!.length; r++) {
        expect(high.income[t]![r]!).toBeGreaterThanOrEqual(low.income[t]![r]! - 1e-9);
        if (high.income[t]![r]! > low.income[t]![r]! + 1) raised++;
      }
    }
    expect(raised).toBeGreaterThan(100);
  });

  it('a higher dibao standard costs weakly more and leaves fewer persons below the baseline line', () => {
    const a = run({ overrides: { dibao_uplift: 10 } }, { households });
    const b = run({ overrides: { dibao_uplift: 40 } }, { households });
    for (let t = 1; t < YEARS.length; t++) {
      expect(b.outputs['fiscal_cost_dibao']![t]!).toBeGreaterThanOrEqual(a.outputs['fiscal_cost_dibao']![t]!);
      expect(b.outputs['persons_below_dibao']![t]!).toBeLessThanOrEqual(a.outputs['persons_below_dibao']![t]!);
    }
  });

  it('a higher minimum wage never lowers the wage of a worker at or below it (rate effect, no job loss)', () => {
    const low = householdArrays({ min_wage_uplift: 5, min_wage_employment_elasticity: 0 });
    const high = householdArrays({ min_wage_uplift: 20, min_wage_employment_elasticity: 0 });
    let raised = 0;
    for (let t = 0; t < YEARS.length; t++) {
      for (let r = 0; r < low.wage[t]!.length; r++) {
        expect(high.wage[t]![r]!).toBeGreaterThanOrEqual(low.wage[t]![r]! - 1e-9);
        if (high.wage[t]![r]! > low.wage[t]![r]! + 1) raised++;
      }
    }
    expect(raised).toBeGreaterThan(100);
  });

  it('the minimum-wage kernel is the pass-through at or below the minimum and fades to zero by 1.3 times it', () => {
    expect(minWageKernel(0.5, 0.41, 0.05)).toBe(0.41);
    expect(minWageKernel(1, 0.41, 0.05)).toBe(0.41);
    expect(minWageKernel(1.15, 0.41, 0.05)).toBeCloseTo(0.025, 12);
    expect(minWageKernel(1.31, 0.41, 0.05)).toBe(0);
  });
});

describe('documented lever effects and costs', () => {
  const base = run({ overrides: {} }, { households });
  const at2025 = (r: ReturnType<typeof run>, id: string): number => r.outputs[id]![5]!;

  it('the resident pension costs 12 × ΔB × recipients (5.5 m in 2020, +2 % a year)', () => {
    const r = run({ overrides: { pension_uplift: 100 } }, { households });
    for (let t = 1; t < YEARS.length; t++) expect(r.outputs['fiscal_cost_pension']![t]! / (12 * 100 * 5.5e6 * 1.02 ** t)).toBeCloseTo(1, 9);
  });

  it('the minimum wage has no fiscal cost, an employer cost, and raises the labour share', () => {
    const r = run({ overrides: { min_wage_uplift: 15 } }, { households });
    expect(r.outputs['fiscal_cost_min_wage']!.every((v) => v === 0)).toBe(true);
    expect(at2025(r, 'employer_cost_min_wage')).toBeGreaterThan(0);
    expect(at2025(r, 'labour_share_gdp')).toBeGreaterThan(at2025(base, 'labour_share_gdp'));
  });

  it('a higher PIT rate on the top raises revenue (negative cost) and lowers the Gini', () => {
    const r = run({ overrides: { pit_top_rate_change: 5 } }, { households });
    expect(at2025(r, 'fiscal_cost_pit')).toBeLessThan(0);
    expect(at2025(r, 'gini')).toBeLessThan(at2025(base, 'gini'));
  });

  it('recycled PIT revenue is spent: the net PIT cost is zero and low incomes rise', () => {
    const r = run({ overrides: { pit_top_rate_change: 5, pit_recycling: 1 } }, { households });
    expect(Math.abs(at2025(r, 'fiscal_cost_pit'))).toBeLessThan(1e-3);
    expect(at2025(r, 'quintile_q1')).toBeGreaterThan(at2025(base, 'quintile_q1'));
  });

  it('transfers to the mountain counties raise their income relative to the province and narrow the city gap', () => {
    const r = run({ overrides: { mountain_transfer: 30 } }, { households });
    expect(at2025(r, 'mountain_counties_income_ratio')).toBeGreaterThan(at2025(base, 'mountain_counties_income_ratio'));
    expect(at2025(r, 'city_income_max_min_ratio')).toBeLessThan(at2025(base, 'city_income_max_min_ratio'));
    expect(at2025(r, 'fiscal_cost_mountain')).toBe(30e9);
  });

  it('hukou reform speeds urbanisation', () => {
    const r = run({ overrides: { hukou_pace: 0.01 } }, { households });
    expect(at2025(r, 'urbanization_rate')).toBeGreaterThan(at2025(base, 'urbanization_rate'));
  });

  it('a labour-share policy raises the labour share one for one and incomes with it', () => {
    const r = run({ overrides: { labour_share_policy: 2 } }, { households });
    expect(at2025(r, 'labour_share_gdp') - at2025(base, 'labour_share_gdp')).toBeCloseTo(2, 9);
    expect(at2025(r, 'income_per_capita')).toBeGreaterThan(at2025(base, 'income_per_capita'));
  });

  it('rural property income from land reform narrows the urban/rural ratio', () => {
    const r = run({ overrides: { property_income_rural: 10 } }, { households });
    expect(at2025(r, 'urban_rural_income_ratio')).toBeLessThan(at2025(base, 'urban_rural_income_ratio'));
  });
});

describe('conservation', () => {
  it('moving persons into clones conserves persons exactly', () => {
    const pop = populationFor(resolveParams({}), households);
    const persons = Float64Array.from(pop.persons2020);
    const cities = new Float64Array(11);
    const urban = new Float64Array(11);
    for (let r = 0; r < pop.rows; r++) {
      cities[pop.city[r]!]! += persons[r]!;
      if (pop.urban[r]) urban[pop.city[r]!]! += persons[r]!;
    }
    const rural = Array.from({ length: 11 }, (_, c) =>
      Int32Array.from(Array.from({ length: pop.originals }, (_, r) => r).filter((r) => !pop.urban[r] && pop.city[r] === c)),
    );
    const before = persons.reduce((a, b) => a + b, 0);
    const moved = moveToClones(pop, persons, rural, cities, urban, new Float64Array(pop.strataCity.length * 4), 0.05, new Float64Array(pop.rows).fill(1), 0.2);
    expect(moved).toBeGreaterThan(0);
    expect(persons.reduce((a, b) => a + b, 0)).toBeCloseTo(before, 3);
    const back = moveToClones(pop, persons, rural, cities, urban, new Float64Array(pop.strataCity.length * 4), -0.02, new Float64Array(pop.rows).fill(1), 0.2);
    expect(back).toBeLessThan(0);
    expect(persons.reduce((a, b) => a + b, 0)).toBeCloseTo(before, 3);
  });

  it('every household’s components add up to its pre-dibao income in the build', () => {
    const pop = populationFor(resolveParams({}), households);
    const view = householdArrays({});
    for (let r = 0; r < pop.originals; r++) {
      const components = pop.wage[r]! + pop.business[r]! + pop.property[r]! + pop.transfer[r]!;
      expect(Math.abs(components + pop.dibao2020[r]! - view.income[0]![r]!)).toBeLessThan(1e-6 * components);
    }
  });

  it('total persons follow the population path every year', () => {
    const view = householdArrays({ hukou_pace: 0.01 });
    const sums = view.persons.map((p) => p.reduce((a, b) => a + b, 0));
    for (const s of sums) expect(s / sums[0]!).toBeCloseTo(1, 9);
  });
});

describe('population size', () => {
  it('the 4k population used for batch work gives band shares within 0.3 pp of the default 16k', () => {
    const small = run({ overrides: {} }, { households: 4000 });
    const full = run({ overrides: {} });
    for (const id of ['hh_income_100k_500k', 'hh_income_200k_600k']) {
      for (let t = 0; t < YEARS.length; t++) expect(Math.abs(small.outputs[id]![t]! - full.outputs[id]![t]!), `${id} ${YEARS[t]}`).toBeLessThan(0.3);
    }
  });
});
