/**
 * The 2015–2020 history the structural fit uses (model notes §12.2), typed. Every constant names
 * the key of `sources/zhejiang-baseline.json` it comes from and its status. Nothing after 2020
 * except the 2021 band share, which pins σ through the model's own 2021 projection (notes §6).
 */

/** Provincial mean disposable income per capita, yuan, by year and area. income_pc_province. */
export interface AreaMeans {
  readonly urban: number;
  readonly rural: number;
}

/**
 * The 2015 urban and rural means: the 2020 levels deflated by the official 2016–20 average
 * growth (62,699 / 1.075⁵, 31,930 / 1.086⁵). income_pc_province, DER.
 */
export const INCOME_2015: AreaMeans = { urban: 43674, rural: 21137 };

/**
 * Urban and rural means with an official (or derived) level, 2017–2020 (2016 is a gap).
 * income_pc_province: 2017, 2018, 2020 OFF; 2019 DER.
 */
export const AREA_INCOME: Readonly<Record<number, AreaMeans>> = {
  2017: { urban: 51261, rural: 24956 },
  2018: { urban: 55574, rural: 27302 },
  2019: { urban: 60182, rural: 29876 },
  2020: { urban: 62699, rural: 31930 },
};

/**
 * All-resident means 2016–2020 (2015 is a gap, see {@link surveyWeightAt}). income_pc_province:
 * 2016 DER (back-calculated from the official growth), 2017, 2018, 2020 OFF, 2019 DER.
 */
export const ALL_RESIDENT_INCOME: Readonly<Record<number, number>> = { 2016: 38539, 2017: 42046, 2018: 45840, 2019: 49899, 2020: 52397 };

/** Survey urban weight (all − R)/(U − R) with a level for all three. survey_urban_weight, DER. */
export const SURVEY_WEIGHT: Readonly<Record<number, number>> = { 2014: 0.632, 2017: 0.6497, 2018: 0.6557, 2019: 0.6607, 2020: 0.6652 };

/**
 * The survey urban weight of a year 2014–2020. 2015 and 2016 are gaps: they are interpolated
 * linearly between 2014 and 2017 (0.6379, 0.6438).
 */
export function surveyWeightAt(year: number): number {
  const known = SURVEY_WEIGHT[year];
  if (known !== undefined) return known;
  if (year > 2014 && year < 2017) return SURVEY_WEIGHT[2014]! + ((SURVEY_WEIGHT[2017]! - SURVEY_WEIGHT[2014]!) * (year - 2014)) / 3;
  throw new Error(`surveyWeightAt: no survey urban weight for ${year} (2014–2020 only)`);
}

/** The official 2016–20 average yearly growth, percent: urban 7.5, rural 8.6. income_growth_13th_fyp_average, OFF. */
export const GROWTH_13TH_FYP = { urban: 7.5, rural: 8.6 } as const;

/**
 * Top ÷ bottom quintile (20 % of households ranked by per-capita income; mean = income ÷ persons)
 * within each area, 2020, for FUJIAN: a neighbouring province used for the shape of the
 * within-area distribution only, until Zhejiang's tables are obtained. quintile_proxy_fujian, DER
 * (111,439 / 17,838 and 45,754 / 7,900).
 */
export const QUINTILE_RATIO_PROXY_2020 = { urban: 6.25, rural: 5.79 } as const;
