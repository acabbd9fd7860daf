/**
 * The back-cast (model notes §12.2): the synthetic population built at 2015's provincial levels
 * and run 2015 → 2020 on observed drivers, with the projection's own mechanics (movers into
 * clones selected by κ, uprating by stratum with the urban–rural gap Δ_UR, city convergence and
 * the mountain premium, the anchor k_t solved with the dibao included).
 *
 * Observed drivers, since 2015–19 GDP growth and CPI are not in the data file:
 * - the anchor G_t is the observed nominal all-resident income growth (2015's all-resident mean
 *   is a gap: it is w₂₀₁₅ U₂₀₁₅ + (1 − w₂₀₁₅) R₂₀₁₅ with the interpolated weight), so the
 *   back-cast's all-resident mean is the official one every year by construction;
 * - movers follow the observed survey urban weight path (2015 and 2016 interpolated).
 * The urban and rural means, and so the growth differential, are what the mechanics make of it.
 */
import { CITIES } from '../data/baseline';
import { ALL_RESIDENT_INCOME, INCOME_2015, surveyWeightAt } from '../data/history';
import { dibaoCandidateRows, fillSelectionWeights, moveToClones, personsByCity, ruralRowsByCity, solveAnchor, stratumSums2020, uprateStrata } from '../engine';
import { dibaoOf, type DibaoRule } from '../levers/rules';
import type { ResolvedParams } from '../params';
import { buildOptions } from '../index';
import { buildPopulation, type BuildOptions, type Population } from '../population/build';
import { STRUCTURAL } from '../structural';

/** First and last year of the back-cast. */
export const BACKCAST_START = 2015;
export const BACKCAST_END = 2020;

/** The structural parameters the back-cast fits; the rest come from the run's parameters. */
export interface BackcastKnobs {
  /** Δ_UR, percentage points a year (urban_rural_growth_gap). */
  readonly gap: number;
  /** κ, mover selection on the income rank score (mover_selection). */
  readonly kappa: number;
}

/** One year of the back-cast. */
export interface BackcastYear {
  readonly year: number;
  /** Means per person, dibao included, yuan. */
  readonly urban: number;
  readonly rural: number;
  readonly all: number;
  /** Urban persons ÷ all persons. */
  readonly surveyWeight: number;
  /** Growth on the year before, percent (NaN in 2015). */
  readonly urbanGrowth: number;
  readonly ruralGrowth: number;
}

/** The 2015 provincial levels of the back-cast's build: official urban and rural means, interpolated survey weight. */
export const BASE_2015 = { urbanMean: INCOME_2015.urban, ruralMean: INCOME_2015.rural, surveyWeight: surveyWeightAt(BACKCAST_START) } as const;

/** The all-resident mean of 2015 the anchor starts from (a gap: w U + (1 − w) R). */
export const ALL_RESIDENT_2015 = BASE_2015.surveyWeight * BASE_2015.urbanMean + (1 - BASE_2015.surveyWeight) * BASE_2015.ruralMean;

/** The observed all-resident mean of a back-cast year (2015 from the identity above). */
export function allResidentAt(year: number): number {
  if (year === BACKCAST_START) return ALL_RESIDENT_2015;
  const value = ALL_RESIDENT_INCOME[year];
  if (value === undefined) throw new Error(`allResidentAt: no all-resident mean for ${year}`);
  return value;
}

/** The build options of a run's parameters, at 2015's levels. */
export function buildOptions2015(params: ResolvedParams, households: number): BuildOptions {
  return { ...buildOptions(params, households), base: BASE_2015 };
}

/** Builds the 2015 population of the back-cast: the 2020 construction at 2015's provincial levels. */
export function buildPopulation2015(params: ResolvedParams, households: number): Population {
  return buildPopulation(buildOptions2015(params, households));
}

/**
 * Runs the back-cast 2015 → 2020 on a 2015 population, with Δ_UR and κ from `knobs` (default:
 * the parameters' values for 2021) and every other parameter from `params`. Returns one entry
 * per year, 2015 first.
 */
export function backcast(pop: Population, params: ResolvedParams, knobs?: Partial<BackcastKnobs>): BackcastYear[] {
  const gap = knobs?.gap ?? params.at('urban_rural_growth_gap', 1);
  const kappa = knobs?.kappa ?? params.scalar('mover_selection');
  const strataCount = pop.strataCity.length;
  const inPlaceShare = params.scalar('in_place_share');
  const moverUplift = inPlaceShare * STRUCTURAL.inPlaceUplift + (1 - inPlaceShare) * params.scalar('migrant_uplift');
  const cloneScale = 1 + moverUplift;
  const rule: DibaoRule = {
    lineByCity: Float64Array.from(pop.dibaoLine2020),
    takeUp: params.scalar('dibao_take_up'),
    inclusionError: params.scalar('dibao_inclusion_error'),
  };
  const mountainPremium = params.at('mountain_growth_premium', 1) / 100;
  const convergence = params.scalar('city_convergence');

  const persons = Float64Array.from(pop.persons2020);
  const selectionWeight = new Float64Array(pop.rows);
  fillSelectionWeights(selectionWeight, pop.rankScore, kappa);
  const stratumSums = stratumSums2020(pop);
  const factor = new Float64Array(strataCount * 4).fill(1);
  const ruralByCity = ruralRowsByCity(pop);
  const candidates = dibaoCandidateRows(pop, STRUCTURAL.dibaoCandidateReach);
  const { cityPersons, cityUrbanPersons } = personsByCity(pop, persons);
  const totalRelative = cityPersons.reduce((a, b) => a + b, 0);
  const convergenceTerm = new Float64Array(CITIES.length * 2);
  const startWeight = surveyWeightAt(BACKCAST_START);

  const years: BackcastYear[] = [];
  let previous = tallyYear(pop, persons, factor, cloneScale, undefined, convergence, convergenceTerm);
  years.push({ year: BACKCAST_START, ...previous, urbanGrowth: Number.NaN, ruralGrowth: Number.NaN });
  for (let year = BACKCAST_START + 1; year <= BACKCAST_END; year++) {
    const growth = allResidentAt(year) / allResidentAt(year - 1);
    moveToClones(pop, persons, ruralByCity, cityPersons, cityUrbanPersons, stratumSums, surveyWeightAt(year) - startWeight, selectionWeight, moverUplift);
    uprateStrata(pop, factor, {
      growthAnchor: growth,
      gap: gap / 100,
      mountainPremium,
      surveyWeight: cityUrbanPersons.reduce((a, b) => a + b, 0) / totalRelative,
      convergenceTerm,
    });
    // The dibao standard follows the anchor, as the baseline policy path does.
    for (let c = 0; c < CITIES.length; c++) rule.lineByCity[c]! *= growth;
    const k = solveAnchor(pop, persons, factor, null, cloneScale, stratumSums, candidates, previous.all * growth * totalRelative, rule);
    for (let i = 0; i < factor.length; i++) factor[i]! *= k;
    const now = tallyYear(pop, persons, factor, cloneScale, rule, convergence, convergenceTerm);
    years.push({ year, ...now, urbanGrowth: 100 * (now.urban / previous.urban - 1), ruralGrowth: 100 * (now.rural / previous.rural - 1) });
    previous = now;
  }
  return years;
}

/**
 * One year's urban, rural and all-resident means (dibao included) and survey weight, and the
 * city–area convergence term for next year from base (pre-dibao) incomes, as the engine's
 * indicators compute them. Without a rule (the base year) each row has the build's dibao, as the
 * engine's base year does.
 */
function tallyYear(
  pop: Population,
  persons: Float64Array,
  factor: Float64Array,
  cloneScale: number,
  rule: DibaoRule | undefined,
  convergence: number,
  convergenceTerm: Float64Array,
): { urban: number; rural: number; all: number; surveyWeight: number } {
  const { stratum, wage, business, property, transfer, city, urban, takeUpDraw, inclusionDraw } = pop;
  let urbanPersons = 0;
  let urbanIncome = 0;
  let ruralPersons = 0;
  let ruralIncome = 0;
  const slotPersons = new Float64Array(CITIES.length * 2);
  const slotBase = new Float64Array(CITIES.length * 2);
  for (let r = 0; r < pop.rows; r++) {
    const p = persons[r]!;
    if (p === 0) continue;
    const f = stratum[r]! * 4;
    const y =
      (r < pop.originals ? 1 : cloneScale) *
      (wage[r]! * factor[f]! + business[r]! * factor[f + 1]! + property[r]! * factor[f + 2]! + transfer[r]! * factor[f + 3]!);
    const income = y + (rule ? dibaoOf(y, rule.lineByCity[city[r]!]!, takeUpDraw[r]!, inclusionDraw[r]!, rule) : pop.dibao2020[r]!);
    const slot = city[r]! * 2 + urban[r]!;
    slotPersons[slot]! += p;
    slotBase[slot]! += p * y;
    if (urban[r]) {
      urbanPersons += p;
      urbanIncome += p * income;
    } else {
      ruralPersons += p;
      ruralIncome += p * income;
    }
  }
  const areaPersons = [0, 0];
  const areaBase = [0, 0];
  for (let slot = 0; slot < slotPersons.length; slot++) {
    areaPersons[slot % 2]! += slotPersons[slot]!;
    areaBase[slot % 2]! += slotBase[slot]!;
  }
  for (let slot = 0; slot < slotPersons.length; slot++) {
    convergenceTerm[slot] = -convergence * Math.log(slotBase[slot]! / slotPersons[slot]! / (areaBase[slot % 2]! / areaPersons[slot % 2]!));
  }
  return {
    urban: urbanIncome / urbanPersons,
    rural: ruralIncome / ruralPersons,
    all: (urbanIncome + ruralIncome) / (urbanPersons + ruralPersons),
    surveyWeight: urbanPersons / (urbanPersons + ruralPersons),
  };
}

/** Average yearly growth between two back-cast years, percent (geometric, as the official 7.5 / 8.6 %). */
export function averageGrowth(years: readonly BackcastYear[], area: 'urban' | 'rural', from: number, to: number): number {
  const a = years.find((y) => y.year === from);
  const b = years.find((y) => y.year === to);
  if (!a || !b) throw new Error(`averageGrowth: the back-cast has no year ${a ? to : from}`);
  return 100 * (Math.pow(b[area] / a[area], 1 / (to - from)) - 1);
}
