import { describe, expect, it } from 'vitest';
import { PROVINCE_INCOME_2020 } from '../../src/model/data/baseline';
import { resolveParams } from '../../src/model/params';
import { populationFor, run } from '../../src/model/index';
import { simulate } from '../../src/model/engine';
import { fittedLogisticRate, logisticStep } from '../../src/model/urbanisation/urbanisation';

const baseline = run({ overrides: {} });
const at2020 = (id: string): number => baseline.outputs[id]![0]!;

describe('the 2020 build reproduces the official 2020 statistics', () => {
  it('per-capita disposable income: all, urban and rural within 1 yuan', () => {
    expect(Math.abs(at2020('income_per_capita') - PROVINCE_INCOME_2020.all)).toBeLessThan(1);
    expect(Math.abs(at2020('income_per_capita_urban') - PROVINCE_INCOME_2020.urban)).toBeLessThan(1);
    expect(Math.abs(at2020('income_per_capita_rural') - PROVINCE_INCOME_2020.rural)).toBeLessThan(1);
  });

  it('urban/rural ratio 1.96, city max/min 1.64 and urbanisation 72.17 %', () => {
    expect(at2020('urban_rural_income_ratio')).toBeCloseTo(1.96, 2);
    expect(Math.abs(at2020('city_income_max_min_ratio') - 1.64)).toBeLessThan(0.01);
    expect(at2020('urbanization_rate')).toBeCloseTo(72.17, 6);
  });

  it('survey urban weight 0.6652, the weight that averages urban and rural incomes', () => {
    expect(at2020('survey_urban_weight')).toBeCloseTo(0.6652, 3);
  });

  it('the model’s own 2021 projection puts 30.6 % ± 0.5 pp in the 200k–600k band (definition B)', () => {
    expect(Math.abs(baseline.outputs['hh_income_200k_600k']![1]! - 30.6)).toBeLessThan(0.5);
  });

  it('holds the province’s census population and about 16,000 households', () => {
    const pop = populationFor(resolveParams({}));
    let persons = 0;
    for (let r = 0; r < pop.rows; r++) persons += pop.persons2020[r]!;
    expect(persons).toBeCloseTo(64567588, 0);
    expect(pop.originals).toBeGreaterThanOrEqual(16000);
  });
});

describe('urbanisation', () => {
  it('starts at the 2020 census for every ceiling, and the fitted rate backcasts the 2010 census', () => {
    for (const ceiling of [0.85, 0.9, 0.95]) {
      const b = fittedLogisticRate(ceiling);
      let pu = 0.6162;
      for (let year = 2010; year < 2020; year++) pu = logisticStep(pu, ceiling, b);
      expect(pu).toBeCloseTo(0.7217, 9);
      const run2 = run({ overrides: { urbanisation_ceiling: ceiling * 100 } });
      expect(run2.outputs['urbanization_rate']![0]).toBeCloseTo(72.17, 9);
    }
  });
});

describe('the income anchors', () => {
  // Real GDP growth: observed 2021–24, then the default path (5.5 %, 5.0 % to 2030, 4.3 %).
  const growth = (year: number): number => ([8.5, 3.1, 6.0, 5.5][year - 2021] ?? (year === 2025 ? 5.5 : year <= 2030 ? 5.0 : 4.3)) / 100;

  it('puts the baseline labour share on its 2018–20 path: 49.7 % in 2020 and +0.25 point a year', () => {
    const share = baseline.outputs['labour_share_gdp']!;
    baseline.years.forEach((year, t) => expect(Math.abs(share[t]! - (49.7 + 0.25 * (year - 2020)))).toBeLessThan(1e-9));
  });

  it('grows the baseline wage bill with nominal GDP and the labour share, and the other incomes per capita by G_t = (1 + ε g_pc + u)(1 + π) − 1', () => {
    const params = resolveParams({});
    const wageBill: number[] = [];
    const otherIncome: number[] = [];
    simulate(populationFor(params), params, undefined, (view) => {
      let wages = 0;
      let total = 0;
      let persons = 0;
      const w = view.deltas.wage;
      for (let r = 0; r < view.personsRelative.length; r++) {
        const p = view.personsRelative[r]! * view.personsScale;
        wages += p * w[r]!;
        total += p * view.income[r]!;
        persons += p;
      }
      wageBill.push(wages);
      otherIncome.push((total - wages) / persons);
    });
    const population = baseline.outputs['population']!;
    const price = baseline.outputs['price_index']!;
    const share = baseline.outputs['labour_share_gdp']!;
    for (let t = 1; t < baseline.years.length; t++) {
      const g = growth(baseline.years[t]!);
      const n = population[t]! / population[t - 1]! - 1;
      const pi = price[t]! / price[t - 1]! - 1;
      expect(Math.abs(wageBill[t]! / wageBill[t - 1]! - (1 + g) * (1 + pi) * (share[t]! / share[t - 1]!))).toBeLessThan(1e-9);
      const anchor = (1 + ((1 + g) / (1 + n) - 1)) * (1 + pi) - 1;
      expect(Math.abs(otherIncome[t]! / otherIncome[t - 1]! - 1 - anchor)).toBeLessThan(1e-9);
    }
  });

  it('lets income per capita rise against GDP per capita when the labour share rises (the plan’s “keeps rising”)', () => {
    const theta = baseline.outputs['income_to_gdp_pc_ratio']!;
    for (let t = 1; t < baseline.years.length; t++) expect(theta[t]!).toBeGreaterThan(theta[t - 1]!);
    const flat = run({ overrides: { labour_share_drift: 0 } });
    const flatTheta = flat.outputs['income_to_gdp_pc_ratio']!;
    // With a flat labour share every income grows with GDP per capita (ε = 1): θ stays at its 2020 value.
    for (let t = 1; t < flat.years.length; t++) expect(flatTheta[t]! / flatTheta[0]!).toBeCloseTo(1, 9);
  });
});
