/**
 * The precision of each unit: how many decimals a value in it is stated to. Exports that are read
 * by people (the CSV files) round to it, so that 52396.99999999758 yuan is written 52397; JSON
 * keeps full precision. The figures are one step finer than the page shows, and finer than any plan
 * target is stated (a ratio target of 1.9 is judged to 3 decimals, a Gini of 0.35 to 4).
 */
import type { OutputDef, Unit } from './types';

/** Decimals a value in each unit is stated to. */
export const UNIT_DECIMALS: Readonly<Record<Unit, number>> = {
  yuan_per_person_year: 0,
  yuan_per_person_month: 0,
  yuan_per_month: 0,
  yuan_per_worker: 0,
  yuan_per_person: 0,
  yuan: 0,
  yuan_bn_per_year: 3,
  percent: 2,
  percent_per_year: 2,
  pp: 2,
  pp_per_year: 2,
  ratio: 3,
  share: 4,
  persons: 0,
  persons_per_household: 2,
  persons_10k: 2,
  persons_million: 3,
  per_year: 4,
  elasticity: 3,
  choice: 0,
};

/** The decimals an output's values are stated to (its unit's). */
export function outputDecimals(output: Pick<OutputDef, 'unit'>): number {
  return UNIT_DECIMALS[output.unit];
}
