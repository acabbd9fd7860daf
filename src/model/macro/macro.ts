import { BUDGET_REVENUE_2020, ECONOMIC_CENSUS_LEVEL_FACTOR, GDP_NOMINAL_2020, LABOUR_SHARE_2020, POPULATION_YEAREND } from '../data/baseline';
import type { ResolvedParams } from '../params';
import { YEAR_COUNT, YEARS } from '../params';

/** Ceiling of the labour share in the macro block (model notes §8). */
export const LABOUR_SHARE_CAP = 58;

/** The macro block's year-by-year paths (index 0 = 2020). */
export interface MacroPaths {
  /** Real GDP growth, CPI and population growth as fractions. */
  readonly realGrowth: Float64Array;
  /**
   * The part of real growth that comes from the population path's departure from its default
   * (labour input), as a fraction: realGrowth = (1 + g)(1 + this ratio) − 1 with g the assumed path.
   * Not a change in the output gap, so an Okun-type response should leave it out.
   */
  readonly labourInputGrowth: Float64Array;
  readonly inflation: Float64Array;
  readonly populationGrowth: Float64Array;
  /** Price index, 2020 = 1. */
  readonly priceIndex: Float64Array;
  /** Resident population (persons) relative to 2020. */
  readonly populationIndex: Float64Array;
  /** Year-end resident population, 10k persons. */
  readonly population: Float64Array;
  /** Nominal GDP at official levels (× 1.037 from 2023, the 5th economic census). */
  readonly gdpNominal: Float64Array;
  /** Nominal GDP on the pre-revision basis, for ratios that must not jump at the break. */
  readonly gdpNominalComparable: Float64Array;
  /** Nominal growth of per-capita disposable income on the baseline: the anchor G_t. */
  readonly incomeGrowth: Float64Array;
  readonly budgetRevenue: Float64Array;
  /** Labour share without lever effects, percent. */
  readonly labourShareBase: Float64Array;
}

/** Computes the macro paths from the resolved parameters (model notes §8); real growth responds to the population path. */
export function macroPaths(params: ResolvedParams): MacroPaths {
  const n = YEAR_COUNT;
  const realGrowth = new Float64Array(n);
  const labourInputGrowth = new Float64Array(n);
  const inflation = new Float64Array(n);
  const populationGrowth = new Float64Array(n);
  const priceIndex = new Float64Array(n).fill(1);
  const populationIndex = new Float64Array(n).fill(1);
  const population = new Float64Array(n);
  const gdpNominal = new Float64Array(n);
  const gdpNominalComparable = new Float64Array(n);
  const incomeGrowth = new Float64Array(n);
  const budgetRevenue = new Float64Array(n);
  const labourShareBase = new Float64Array(n);
  const elasticity = params.scalar('income_gdp_elasticity');
  const buoyancy = params.scalar('revenue_buoyancy');
  const labourElasticity = params.scalar('gdp_labour_elasticity');
  population[0] = POPULATION_YEAREND[2020]!;
  gdpNominal[0] = GDP_NOMINAL_2020;
  gdpNominalComparable[0] = GDP_NOMINAL_2020;
  budgetRevenue[0] = BUDGET_REVENUE_2020;
  labourShareBase[0] = LABOUR_SHARE_2020;
  for (let t = 1; t < n; t++) {
    const pi = params.at('cpi_inflation', t) / 100;
    const gn = params.at('population_growth', t) / 100;
    // The growth path is assumed at the default population path; labour input (∝ population)
    // away from it moves output by its elasticity α (Cobb–Douglas: Y ∝ L^α).
    const labourRatio = (1 + gn) / (1 + params.defaultAt('population_growth', t) / 100);
    labourInputGrowth[t] = labourRatio === 1 ? 0 : Math.pow(labourRatio, labourElasticity) - 1;
    const assumed = params.at('gdp_real_growth', t) / 100;
    const g = labourInputGrowth[t] === 0 ? assumed : (1 + assumed) * (1 + labourInputGrowth[t]!) - 1;
    realGrowth[t] = g;
    inflation[t] = pi;
    populationGrowth[t] = gn;
    priceIndex[t] = priceIndex[t - 1]! * (1 + pi);
    populationIndex[t] = populationIndex[t - 1]! * (1 + gn);
    population[t] = population[0]! * populationIndex[t]!;
    // The deflator follows CPI (the notes' wedge ω is 0).
    gdpNominalComparable[t] = gdpNominalComparable[t - 1]! * (1 + g) * (1 + pi);
    gdpNominal[t] = gdpNominalComparable[t]! * (YEARS[t]! >= 2023 ? ECONOMIC_CENSUS_LEVEL_FACTOR : 1);
    const perCapitaGrowth = (1 + g) / (1 + gn) - 1;
    const shock = params.at('income_growth_shock', t) / 100;
    incomeGrowth[t] = (1 + elasticity * perCapitaGrowth + shock) * (1 + pi) - 1;
    budgetRevenue[t] = budgetRevenue[t - 1]! * (1 + buoyancy * ((1 + g) * (1 + pi) - 1));
    labourShareBase[t] = Math.min(LABOUR_SHARE_CAP, labourShareBase[t - 1]! + params.at('labour_share_drift', t));
  }
  return {
    realGrowth,
    labourInputGrowth,
    inflation,
    populationGrowth,
    priceIndex,
    populationIndex,
    population,
    gdpNominal,
    gdpNominalComparable,
    incomeGrowth,
    budgetRevenue,
    labourShareBase,
  };
}
