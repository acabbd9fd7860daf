import { INCOME_PER_CAPITA_2020 } from './baseline-2020';

/** Years and the matching per-capita income of a projection. */
export interface IncomeProjection {
  readonly years: readonly number[];
  readonly incomePerCapita: readonly number[];
}

/**
 * Projects per-capita disposable income from its 2020 level at a constant nominal growth rate.
 * This is the foundation's thin slice; the microsimulation replaces it.
 */
export function projectIncome(growthPercentPerYear: number, firstYear: number, lastYear: number): IncomeProjection {
  const years: number[] = [];
  const incomePerCapita: number[] = [];
  let income = INCOME_PER_CAPITA_2020;
  for (let year = firstYear; year <= lastYear; year++) {
    if (year > firstYear) income *= 1 + growthPercentPerYear / 100;
    years.push(year);
    incomePerCapita.push(income);
  }
  return { years, incomePerCapita };
}
