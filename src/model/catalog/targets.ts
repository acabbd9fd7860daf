/** The plan's 2025 targets for modelled outputs. */
import type { TargetDef } from './types';

/** The plan's 2025 targets for modelled outputs (plan-targets.json, kind "modeled"), with the basis of each verdict. */
export const TARGETS: readonly TargetDef[] = [
  { outputId: 'income_per_capita', comparator: '>=', value: 75000, year: 2025, basis: 'model' },
  { outputId: 'labour_share_gdp', comparator: '>', value: 50, year: 2025, basis: 'model' },
  { outputId: 'income_to_gdp_pc_ratio', comparator: 'rising', value: 0, year: 2025, basis: 'model' },
  { outputId: 'hh_income_100k_500k', comparator: '>=', value: 80, year: 2025, basis: 'model' },
  { outputId: 'hh_income_200k_600k', comparator: '>=', value: 45, year: 2025, basis: 'model' },
  { outputId: 'urbanization_rate', comparator: '>=', value: 75, year: 2025, basis: 'model' },
  { outputId: 'urban_rural_income_ratio', comparator: '<=', value: 1.9, year: 2025, basis: 'model' },
  { outputId: 'city_income_max_min_ratio', comparator: '<=', value: 1.55, year: 2025, basis: 'model' },
  { outputId: 'dibao_growth_vs_income_growth', comparator: '>=', value: 0, year: 2025, basis: 'model' },
  { outputId: 'new_urban_jobs_cumulative', comparator: '>=', value: 500, year: 2025, basis: 'assumed-level', assumption: 'urban_job_replacement_rate' },
  { outputId: 'urban_unemployment_rate', comparator: '<', value: 5.5, year: 2025, basis: 'assumed-level', assumption: 'unemployment_2020' },
  { outputId: 'agri_labour_productivity', comparator: '>=', value: 55000, year: 2025, basis: 'assumed-level', assumption: 'agri_productivity_2020' },
  { outputId: 'eco_counties_income_ratio', comparator: '<=', value: 1.5, year: 2025, basis: 'assumed-level', assumption: 'eco_income_factor' },
];
