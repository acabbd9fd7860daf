import { MIN_WAGE_TIER1, PENSION_BASE_PATH } from '../data/baseline';
import { YEARS } from '../params';

/** Baseline rise of the minimum wage after 2024: +9 % every three years (min_wage_defaults, ASSUMPTION). */
const MIN_WAGE_STEP = 0.09;
/** Baseline indexation of the resident pension after 2024: +5 % a year (resident_pension_parameters, ASSUMPTION). */
const PENSION_INDEXATION = 0.05;

/**
 * Tier-1 monthly minimum wage on the enacted path, averaged over the months of each year
 * (2021 = 7/12 × 2,010 + 5/12 × 2,280), then +9 % every three years from 2024's 2,490.
 */
export function minWageTier1Path(): Float64Array {
  return Float64Array.from(YEARS, (year) => {
    if (year <= 2020) return MIN_WAGE_TIER1.before2021Aug;
    if (year === 2021) return (7 / 12) * MIN_WAGE_TIER1.before2021Aug + (5 / 12) * MIN_WAGE_TIER1.from2021Aug;
    if (year <= 2023) return MIN_WAGE_TIER1.from2021Aug;
    return MIN_WAGE_TIER1.from2024Jan * Math.pow(1 + MIN_WAGE_STEP, Math.floor((year - 2024) / 3));
  });
}

/** Resident basic pension base, yuan/month: the interim 2020–24 path, then +5 % a year. */
export function pensionBasePath(): Float64Array {
  const out = new Float64Array(YEARS.length);
  YEARS.forEach((year, t) => {
    out[t] = PENSION_BASE_PATH[year] ?? out[t - 1]! * (1 + PENSION_INDEXATION);
  });
  return out;
}
