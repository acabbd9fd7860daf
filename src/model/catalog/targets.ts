/** The plan's 2025 targets for modelled outputs, with what each verdict rests on. */
import { PLAN_TARGETS } from '../plan-targets';
import { TARGET_YEAR } from './constants';
import type { ParamId } from './parameters';
import type { TargetDef } from './types';

/** The basis of a verdict and, for an assumed level, the catalog parameter it rests on. */
type Verdict = Pick<TargetDef, 'basis'> & { readonly assumption?: ParamId };

/**
 * What the plan file does not say about a modelled target, keyed by target id (which is also the id
 * of the output that measures it): the basis of its verdict and, for an assumed level, the
 * assumption the verdict rests on.
 */
const VERDICTS = {
  income_per_capita: { basis: 'model' },
  labour_share_gdp: { basis: 'model' },
  income_to_gdp_pc_ratio: { basis: 'model' },
  hh_income_100k_500k: { basis: 'model' },
  hh_income_200k_600k: { basis: 'model' },
  urbanization_rate: { basis: 'model' },
  urban_rural_income_ratio: { basis: 'model' },
  city_income_max_min_ratio: { basis: 'model' },
  dibao_growth_vs_income_growth: { basis: 'model' },
  new_urban_jobs_cumulative: { basis: 'assumed-level', assumption: 'urban_job_replacement_rate' },
  urban_unemployment_rate: { basis: 'assumed-level', assumption: 'unemployment_2020' },
  agri_labour_productivity: { basis: 'assumed-level', assumption: 'agri_productivity_2020' },
  eco_counties_income_ratio: { basis: 'assumed-level', assumption: 'eco_income_factor' },
} as const satisfies Readonly<Record<string, Verdict>>;

/** The id of a modelled plan target (also the id of the output that measures it). */
export type TargetId = keyof typeof VERDICTS;

const verdictOf = (id: string): Verdict | undefined => (VERDICTS as Readonly<Record<string, Verdict>>)[id];

/** The plan's 2025 targets for modelled outputs (plan-targets.json, kind "modeled"), in the plan's order, with the basis of each verdict. */
export const TARGETS: readonly TargetDef[] = PLAN_TARGETS.filter((t) => t.kind === 'modeled').map((t) => {
  const verdict = verdictOf(t.id);
  if (!verdict) throw new Error(`Plan target ${t.id} is modelled but src/model/catalog/targets.ts gives no basis for its verdict.`);
  // A "rising" target has no threshold (null in the plan file): it is judged on its whole path, and its value is 0.
  return { outputId: t.id, comparator: t.comparator, value: t.value ?? 0, year: TARGET_YEAR, ...verdict };
});
