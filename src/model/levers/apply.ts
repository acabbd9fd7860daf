/**
 * Applies every policy lever of one year in the notes' order (model notes §10): L1, L2 (wages)
 * → L6, L7 (business, property) → L4, L5, L8, L5b (transfers). The dibao (L3) and PIT (L9)
 * follow in the engine, on the incomes these produce.
 */
import { GDP_NOMINAL_2020, LABOUR_SHARE_2020, MIN_WAGE_TIER_RATIOS, RURAL_MIGRANT_WORKERS } from '../data/baseline';
import type { Population } from '../population/build';
import type { IncomeHistogram } from '../indicators/histogram';
import type { MacroPaths } from '../macro/macro';
import type { ResolvedParams } from '../params';
import { STRUCTURAL } from '../structural';
import {
  applyLabourShare,
  applyMinimumWage,
  averageTaxRate,
  payPerPerson,
  personsIn,
  personsWhere,
  rowsWhere,
  shareInProportion,
  topTaxResponse,
  type RowRule,
  type YearState,
} from './rules';

// The fixed sets of rows that levers reach (rowsWhere lists each once per population).
const RURAL: RowRule = (pop, r) => pop.urban[r] === 0;
const MOUNTAIN: RowRule = (pop, r) => pop.mountain[r] === 1;
const MOUNTAIN_DIRECT_REACH: RowRule = (pop, r) => pop.mountain[r] === 1 && pop.rank[r]! <= STRUCTURAL.mountainDirectReach;
const MOUNTAIN_JOBS_REACH: RowRule = (pop, r) => pop.mountain[r] === 1 && pop.rank[r]! <= STRUCTURAL.mountainJobsReach;
/** Citizenised migrants live in the lower part of urban incomes. */
const CITIZEN_REACH: RowRule = (pop, r) => pop.urban[r] === 1 && pop.rank[r]! <= STRUCTURAL.citizenReach;

/** Lever stocks carried from year to year (capital, assets, cumulative growth factors). */
export interface LeverStocks {
  mountainCapital: number;
  collectiveAssets: number;
  entrepreneurship: number;
  propertyUrban: number;
  propertyRural: number;
}

const coverage = new WeakMap<Population, number>();

/**
 * c_NA: survey wages per yuan of national-accounts labour compensation, from the build itself
 * (its 2020 wage bill over 49.7 % of 2020 GDP; about 0.60, model notes §8). The labour-share
 * indicator is the wage bill over GDP scaled by the same ratio, so the labour-share lever moves
 * it one for one.
 */
function wageCoverage(pop: Population): number {
  let c = coverage.get(pop);
  if (c === undefined) {
    let wages = 0;
    for (let r = 0; r < pop.originals; r++) wages += pop.persons2020[r]! * pop.wage[r]!;
    c = wages / ((LABOUR_SHARE_2020 / 100) * GDP_NOMINAL_2020);
    coverage.set(pop, c);
  }
  return c;
}

/** What the levers did this year, beyond the per-capita deltas in the state. */
export interface LeverYear {
  /** Net extra wages (yuan): minimum-wage gains less the wages lost with jobs, plus the labour-share lever's pay; for the labour share. */
  readonly wageBill: number;
  /** Minimum-wage rate gains, gross of job losses (yuan), for the employer cost. */
  readonly minWageBill: number;
  /** Jobs lost to the minimum wage, net of re-employment, in urban rows and in rural rows (persons). */
  readonly jobsLostUrban: number;
  readonly jobsLostRural: number;
  /** Business and property income households lose to the labour-share lever (yuan, survey terms). */
  readonly capitalIncomeOffset: number;
}

/**
 * Each fiscal lever's cost by year index (yuan). A class whose `add` the levers call, not a
 * closure made per run: V8 compiles a call for the function it has seen there, and a new closure
 * on every run threw the optimised lever code away on every run of a drag ("wrong call target").
 */
export class FiscalLedger {
  /** Cost by lever id, one value per year index. */
  readonly byLever: Map<string, Float64Array>;

  constructor(leverIds: readonly string[], years: number) {
    this.byLever = new Map(leverIds.map((id) => [id, new Float64Array(years)]));
  }

  /** The year's net fiscal cost over every lever (yuan; negative = net revenue). */
  yearTotal(t: number): number {
    let total = 0;
    for (const series of this.byLever.values()) total += series[t]!;
    return total;
  }

  /** Books `amount` yuan to a lever's cost in year index t. */
  add(id: string, t: number, amount: number): void {
    const series = this.byLever.get(id);
    if (!series) throw new Error(`bug: ${id} is not a fiscal lever`);
    series[t]! += amount;
  }
}

/** Applies the levers of year index t to the state's deltas and books their fiscal costs. */
export function applyLevers(
  s: YearState,
  params: ResolvedParams,
  t: number,
  macro: MacroPaths,
  stocks: LeverStocks,
  lineByCity: Float64Array,
  minWageTier1: number,
  proLow: boolean,
  fiscal: FiscalLedger,
): LeverYear {
  // Components are read from `s` only where a rule acts: each is written on first read (see LeverState).
  const mw = applyMinimumWageLever(s, params, t, minWageTier1);
  const labour = applyLabourShareLever(s, params, t, macro, proLow, fiscal);
  applyCollectiveEconomy(s, params, t, stocks, fiscal);
  applyRuralEntrepreneurship(s, params, t, stocks, fiscal);
  applyPropertyIncome(s, params, t, stocks);
  applyResidentPension(s, params, t, macro, fiscal);
  applyMountainCounties(s, params, t, stocks, fiscal);
  applyHukouCitizenisation(s, params, t, fiscal);
  applyLowIncomeTopUp(s, params, t, lineByCity, fiscal);
  return {
    wageBill: mw.netWageChange + labour.pay,
    minWageBill: mw.grossWageGain,
    jobsLostUrban: mw.jobsLostUrban,
    jobsLostRural: mw.jobsLostRural,
    capitalIncomeOffset: labour.pay === 0 ? 0 : labour.capitalIncomeOffset,
  };
}

/** L1 minimum wage: the tier-1 rate of the baseline path raised by the lever, tiers 2 and 3 in fixed ratio. */
function applyMinimumWageLever(s: YearState, params: ResolvedParams, t: number, minWageTier1: number): ReturnType<typeof applyMinimumWage> {
  return applyMinimumWage(s, {
    baseByTier: [minWageTier1 * MIN_WAGE_TIER_RATIOS[0], minWageTier1 * MIN_WAGE_TIER_RATIOS[1], minWageTier1 * MIN_WAGE_TIER_RATIOS[2]],
    uplift: params.at('min_wage_uplift', t) / 100,
    passThrough: params.scalar('min_wage_pass_through'),
    spillover: params.scalar('min_wage_spillover'),
    employmentElasticity: params.scalar('min_wage_employment_elasticity'),
  });
}

/**
 * L2 labour share: ΔW_total = c_NA × ΔLS × nominal GDP (the 2020 basis the labour share is
 * measured on); the public sector pays s_pub of it from the budget, firms pay the rest out of
 * capital income, of which households hold a share h. Returns the pay and the capital income
 * households lose.
 */
function applyLabourShareLever(
  s: YearState,
  params: ResolvedParams,
  t: number,
  macro: MacroPaths,
  proLow: boolean,
  fiscal: FiscalLedger,
): { pay: number; capitalIncomeOffset: number } {
  const extraLabourPay = (wageCoverage(s.pop) * params.at('labour_share_policy', t) * macro.gdpNominalComparable[t]!) / 100;
  const capitalIncomeOffset = extraLabourPay * (1 - STRUCTURAL.publicSectorWageShare) * params.scalar('household_capital_income_share');
  const pay = applyLabourShare(s, extraLabourPay, proLow, capitalIncomeOffset);
  fiscal.add('labour_share', t, pay * STRUCTURAL.publicSectorWageShare);
  return { pay, capitalIncomeOffset };
}

/** L6a village collective economy: S_t = (1 − dep) S_{t−1} + C_{t−1}; dividends per rural person. */
function applyCollectiveEconomy(s: YearState, params: ResolvedParams, t: number, stocks: LeverStocks, fiscal: FiscalLedger): void {
  const lastYearInvestment = t > 1 ? params.at('collective_economy_investment', t - 1) : 0;
  stocks.collectiveAssets = stocks.collectiveAssets * (1 - STRUCTURAL.collectiveDepreciation) + lastYearInvestment * 1e9;
  const dividends = stocks.collectiveAssets * params.scalar('collective_return') * STRUCTURAL.collectivePayout;
  if (dividends > 0) {
    const rural = rowsWhere(s.pop, RURAL);
    payPerPerson(s, dividends / personsIn(s, rural), rural, s.dProperty);
  }
  fiscal.add('collective', t, params.at('collective_economy_investment', t) * 1e9);
}

/** L6b rural entrepreneurship: a decaying stock of support; income ∝ business × √rank among rural rows. */
function applyRuralEntrepreneurship(s: YearState, params: ResolvedParams, t: number, stocks: LeverStocks, fiscal: FiscalLedger): void {
  const pop = s.pop;
  stocks.entrepreneurship = stocks.entrepreneurship * (1 - STRUCTURAL.entrepreneurshipDecay) + params.at('rural_entrepreneurship', t) * 1e9;
  if (stocks.entrepreneurship > 0) {
    const business = s.business;
    shareInProportion(
      s,
      stocks.entrepreneurship * params.scalar('entrepreneurship_return'),
      rowsWhere(pop, RURAL),
      (r) => business[r]! * Math.sqrt(pop.rank[r]!),
      s.dBusiness,
    );
  }
  fiscal.add('entrepreneurship', t, params.at('rural_entrepreneurship', t) * 1e9);
}

/** L7 property income: extra growth compounds. Urban ∝ property; rural half per person, half ∝ property. No fiscal cost. */
function applyPropertyIncome(s: YearState, params: ResolvedParams, t: number, stocks: LeverStocks): void {
  const { pop, persons, dProperty } = s;
  const n = pop.rows;
  stocks.propertyUrban *= 1 + params.at('property_income_urban', t) / 100;
  stocks.propertyRural *= 1 + params.at('property_income_rural', t) / 100;
  if (stocks.propertyUrban !== 1) {
    const property = s.property;
    for (let r = 0; r < n; r++) if (pop.urban[r]) dProperty[r]! += property[r]! * (stocks.propertyUrban - 1);
  }
  if (stocks.propertyRural !== 1) {
    const property = s.property;
    let ruralProperty = 0;
    let ruralPersons = 0;
    for (let r = 0; r < n; r++) {
      if (pop.urban[r]) continue;
      ruralProperty += persons[r]! * property[r]!;
      ruralPersons += persons[r]!;
    }
    const extra = ruralProperty * (stocks.propertyRural - 1);
    for (let r = 0; r < n; r++) {
      if (pop.urban[r] || persons[r] === 0) continue;
      dProperty[r]! += (0.5 * extra) / ruralPersons + (0.5 * extra * property[r]!) / ruralProperty;
    }
  }
}

/** L4 resident pension: 12 ΔB per recipient, net of crowding-out; recipients grow 2 % a year. */
function applyResidentPension(s: YearState, params: ResolvedParams, t: number, macro: MacroPaths, fiscal: FiscalLedger): void {
  const pensionUplift = params.at('pension_uplift', t);
  if (pensionUplift === 0) return;
  const { pop, persons, dTransfer } = s;
  const n = pop.rows;
  const recipientsScale = Math.pow(1 + STRUCTURAL.pensionRecipientGrowth, t) / macro.populationIndex[t]!;
  const kept = 1 - params.scalar('pension_crowd_out');
  let recipients = 0;
  for (let r = 0; r < n; r++) {
    if (persons[r] === 0) continue;
    const count = pop.pensioners[r]! * recipientsScale;
    dTransfer[r]! += (12 * pensionUplift * count * kept) / pop.size[r]!;
    recipients += (persons[r]! / pop.size[r]!) * count;
  }
  fiscal.add('pension', t, 12 * pensionUplift * recipients);
}

/** L5 the 26 mountain counties: direct support, jobs, and income from investment a year later. */
function applyMountainCounties(s: YearState, params: ResolvedParams, t: number, stocks: LeverStocks, fiscal: FiscalLedger): void {
  const { pop, persons, dWage, dBusiness, dTransfer } = s;
  const funds = params.at('mountain_transfer', t) * 1e9;
  let directShare = params.scalar('mountain_share_direct');
  let jobsShare = params.scalar('mountain_share_jobs');
  if (directShare + jobsShare > 1) {
    const total = directShare + jobsShare;
    directShare /= total;
    jobsShare /= total;
  }
  const lastYearFunds = t > 1 ? params.at('mountain_transfer', t - 1) : 0;
  stocks.mountainCapital = stocks.mountainCapital * (1 - STRUCTURAL.mountainDepreciation) + (1 - directShare - jobsShare) * lastYearFunds * 1e9;
  if (funds > 0) {
    const directReach = rowsWhere(pop, MOUNTAIN_DIRECT_REACH);
    const jobsReach = rowsWhere(pop, MOUNTAIN_JOBS_REACH);
    payPerPerson(s, (directShare * funds * (1 - STRUCTURAL.mountainDirectLeakage)) / personsIn(s, directReach), directReach, dTransfer);
    payPerPerson(s, (jobsShare * funds * STRUCTURAL.mountainJobsPassThrough) / personsIn(s, jobsReach), jobsReach, dWage);
  }
  if (stocks.mountainCapital > 0) {
    const investmentIncome = stocks.mountainCapital * params.scalar('mountain_capital_return') * STRUCTURAL.mountainLocalShare;
    const { wage, business } = s;
    const mountain = rowsWhere(pop, MOUNTAIN);
    let w = 0;
    let b = 0;
    for (let i = 0; i < mountain.length; i++) {
      const r = mountain[i]!;
      w += persons[r]! * wage[r]!;
      b += persons[r]! * business[r]!;
    }
    shareInProportion(s, (investmentIncome * w) / (w + b), mountain, (r) => wage[r]!, dWage);
    shareInProportion(s, (investmentIncome * b) / (w + b), mountain, (r) => business[r]!, dBusiness);
  }
  fiscal.add('mountain', t, funds);
}

/** L8 hukou: citizenised migrants gain urban benefits (they live in the lower half of urban incomes). */
function applyHukouCitizenisation(s: YearState, params: ResolvedParams, t: number, fiscal: FiscalLedger): void {
  const citizens = (params.at('hukou_citizenisation', t) / 100) * RURAL_MIGRANT_WORKERS;
  if (citizens > 0) {
    const reach = rowsWhere(s.pop, CITIZEN_REACH);
    payPerPerson(s, (citizens * params.scalar('citizen_benefit')) / personsIn(s, reach), reach, s.dTransfer);
    fiscal.add('hukou', t, citizens * params.scalar('citizen_cost'));
  }
}

/** L5b low-income top-up: below twice the (scenario) dibao line, before the dibao test. */
function applyLowIncomeTopUp(s: YearState, params: ResolvedParams, t: number, lineByCity: Float64Array, fiscal: FiscalLedger): void {
  const topUp = params.at('low_income_topup', t);
  if (topUp > 0) {
    const { pop, persons, wage, business, property, transfer, dWage, dBusiness, dProperty, dTransfer } = s;
    const n = pop.rows;
    let paid = 0;
    for (let r = 0; r < n; r++) {
      const p = persons[r]!;
      if (p === 0) continue;
      const y = wage[r]! + business[r]! + property[r]! + transfer[r]! + dWage[r]! + dBusiness[r]! + dProperty[r]! + dTransfer[r]!;
      if (y < STRUCTURAL.topUpReach * lineByCity[pop.city[r]!]!) {
        dTransfer[r]! += STRUCTURAL.topUpTakeUp * topUp;
        paid += p * STRUCTURAL.topUpTakeUp * topUp;
      }
    }
    fiscal.add('low_income_topup', t, paid);
  }
}

/**
 * L9 personal income tax: changes the average rate on wages and property income of the top 5 %
 * of persons by income, with the response of their gross income to the net-of-tax rate
 * (topTaxResponse); the province keeps 40 % of the revenue. Recycling pays the province's share
 * per person below twice the dibao line (1) or per pension recipient (2). Adjusts `income` in
 * place and returns the net fiscal cost (negative = revenue).
 */
export function applyIncomeTax(
  s: YearState,
  income: Float64Array,
  pre: Float64Array,
  histogram: IncomeHistogram,
  rateChange: number,
  elasticity: number,
  recycling: number,
  baseLineByCity: Float64Array,
): number {
  const { pop, persons, wage, property, dWage, dProperty } = s;
  const n = pop.rows;
  histogram.clear();
  for (let r = 0; r < n; r++) if (persons[r]! > 0) histogram.add(income[r]!, persons[r]!, persons[r]! / pop.size[r]!);
  const threshold = histogram.topThreshold(STRUCTURAL.pitTopShare);
  let revenue = 0;
  for (let r = 0; r < n; r++) {
    const p = persons[r]!;
    if (p === 0 || income[r]! < threshold) continue;
    const taxed = wage[r]! + property[r]! + dWage[r]! + dProperty[r]!;
    const rate = averageTaxRate((taxed * pop.size[r]!) / pop.earners[r]!);
    const response = topTaxResponse(taxed / (1 - rate), rate, rateChange, elasticity);
    income[r]! += response.incomeChange;
    revenue += p * response.taxChange;
  }
  const local = revenue * STRUCTURAL.pitLocalShare;
  if (local <= 0 || recycling === 0) return -local;
  if (recycling === 1) {
    const reach = (r: number): boolean => pre[r]! < STRUCTURAL.topUpReach * baseLineByCity[pop.city[r]!]!;
    const perPerson = local / personsWhere(s, reach);
    for (let r = 0; r < n; r++) if (persons[r]! > 0 && reach(r)) income[r]! += perPerson;
  } else {
    let recipients = 0;
    for (let r = 0; r < n; r++) recipients += (persons[r]! / pop.size[r]!) * pop.pensioners[r]!;
    for (let r = 0; r < n; r++) if (persons[r]! > 0) income[r]! += (local * pop.pensioners[r]!) / pop.size[r]! / recipients;
  }
  return 0;
}

/**
 * Financing by a proportional household tax (fiscal_financing = 1): every household pays the same
 * share of its final disposable income, so ratios of incomes (U/R, Gini, quintile ratios) keep
 * their values. Levied after the dibao and the PIT; adjusts `income` in place.
 */
export function applyFinancingLevy(income: Float64Array, rate: number): void {
  const kept = 1 - rate;
  for (let r = 0; r < income.length; r++) income[r]! *= kept;
}
