import { CENSUS_POPULATION_2020, CITIES, CITY_INCOME_2020, CITY_MAX_MIN_2020, PROVINCE_INCOME_2020, type CityId } from '../data/baseline';

/**
 * The provincial levels a build is calibrated to, when not 2020's: urban and rural means and the
 * survey urban weight of another year (the 2015 build of the back-cast). City relatives, survey
 * weight shape and census populations stay those of 2020 (earlier city series are a data gap).
 */
export interface CalibrationBase {
  /** Provincial urban mean, yuan per person per year. */
  readonly urbanMean: number;
  /** Provincial rural mean, yuan per person per year. */
  readonly ruralMean: number;
  /** Provincial survey urban weight (DPI − R)/(U − R). */
  readonly surveyWeight: number;
}

/** The city calibration (2020 unless a base says otherwise): survey urban weights and urban/rural means that add up to the province. */
export interface CityCalibration {
  /** Survey urban person share per city (not the urbanisation rate). */
  readonly surveyUrbanWeight: Float64Array;
  readonly urbanMean: Float64Array;
  readonly ruralMean: Float64Array;
  /** w_c U_c + (1 − w_c) R_c. */
  readonly allMean: Float64Array;
  readonly population: Float64Array;
  /** The province's survey urban weight, (DPI − R)/(U − R) = 0.6652 in 2020 (the base's weight with a base). */
  readonly provinceSurveyWeight: number;
}

const logit = (p: number): number => Math.log(p / (1 - p));
const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Calibrates the 11 cities to 2020 (model notes §12.1). Each city keeps its own urban and rural
 * means and its survey urban weight w_c = (all − R)/(U − R). Because city survey means do not
 * aggregate to the provincial ones with census populations, three common adjustments make them
 * hold together, in this order: a logit shift of every w_c so the census-weighted weight equals
 * the province's 0.6652; a shrink of the log city relatives (one factor for both areas) so the
 * max/min of city means is the official 1.64; and one scale factor per area so the urban and
 * rural means are exactly 62,699 and 31,930 (and so the province mean is 52,397).
 *
 * With a `base`, the same three steps hit the base's survey weight and urban and rural means
 * instead (the 2020 city relatives and max/min are kept: a data gap for earlier years).
 */
export function calibrateCities(base?: CalibrationBase): CityCalibration {
  const n = CITIES.length;
  const population = Float64Array.from(CITIES, (c) => CENSUS_POPULATION_2020[c]);
  const totalPopulation = population.reduce((a, b) => a + b, 0);
  const { all: provinceAll } = PROVINCE_INCOME_2020;
  const provinceUrban = base ? base.urbanMean : PROVINCE_INCOME_2020.urban;
  const provinceRural = base ? base.ruralMean : PROVINCE_INCOME_2020.rural;
  const provinceSurveyWeight = base ? base.surveyWeight : (provinceAll - provinceRural) / (provinceUrban - provinceRural);

  const rawWeight = CITIES.map((c: CityId) => {
    const { all, urban, rural } = CITY_INCOME_2020[c];
    return (all - rural) / (urban - rural);
  });
  // 1. Shift every city's weight in logit space until the census-weighted mean is the province's.
  let lo = -3;
  let hi = 3;
  for (let iter = 0; iter < 200; iter++) {
    const mid = (lo + hi) / 2;
    let weighted = 0;
    for (let i = 0; i < n; i++) weighted += population[i]! * logistic(logit(rawWeight[i]!) + mid);
    if (weighted / totalPopulation > provinceSurveyWeight) hi = mid;
    else lo = mid;
  }
  const shift = (lo + hi) / 2;
  const surveyUrbanWeight = Float64Array.from(rawWeight, (w) => logistic(logit(w) + shift));

  const urbanMean = new Float64Array(n);
  const ruralMean = new Float64Array(n);
  const allMean = new Float64Array(n);
  const build = (shrink: number): number => {
    let urbanPersons = 0;
    let ruralPersons = 0;
    let urbanSum = 0;
    let ruralSum = 0;
    for (let i = 0; i < n; i++) {
      const { urban, rural } = CITY_INCOME_2020[CITIES[i]!];
      // City relatives are 2020's (to the 2020 provincial means) whatever the base year.
      urbanMean[i] = provinceUrban * Math.pow(urban / PROVINCE_INCOME_2020.urban, shrink);
      ruralMean[i] = provinceRural * Math.pow(rural / PROVINCE_INCOME_2020.rural, shrink);
      const w = surveyUrbanWeight[i]!;
      urbanPersons += population[i]! * w;
      ruralPersons += population[i]! * (1 - w);
      urbanSum += population[i]! * w * urbanMean[i]!;
      ruralSum += population[i]! * (1 - w) * ruralMean[i]!;
    }
    const urbanScale = provinceUrban / (urbanSum / urbanPersons);
    const ruralScale = provinceRural / (ruralSum / ruralPersons);
    let max = -Infinity;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      urbanMean[i]! *= urbanScale;
      ruralMean[i]! *= ruralScale;
      const w = surveyUrbanWeight[i]!;
      allMean[i] = w * urbanMean[i]! + (1 - w) * ruralMean[i]!;
      max = Math.max(max, allMean[i]!);
      min = Math.min(min, allMean[i]!);
    }
    return max / min;
  };
  // 2–3. The max/min ratio rises with the shrink factor: bisect for the official 1.64.
  let shrinkLo = 0.5;
  let shrinkHi = 1.5;
  for (let iter = 0; iter < 100; iter++) {
    const mid = (shrinkLo + shrinkHi) / 2;
    if (build(mid) > CITY_MAX_MIN_2020) shrinkHi = mid;
    else shrinkLo = mid;
  }
  build((shrinkLo + shrinkHi) / 2);
  return { surveyUrbanWeight, urbanMean, ruralMean, allMean, population, provinceSurveyWeight };
}
