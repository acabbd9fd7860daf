/**
 * Policy rules applied household by household (model notes §10). Each lever adds its deviation
 * from the baseline policy path to per-capita deltas, and returns an exact 0 cost and no change
 * when its input is at the baseline value (the function returns before touching anything).
 */
import type { Population } from '../population/build';

/** Working arrays of one simulated year, shared by the lever rules. */
export interface YearState {
  readonly pop: Population;
  /** Persons per row this year. */
  readonly persons: Float64Array;
  /** Per-capita base components this year (baseline rules, before levers). */
  readonly wage: Float64Array;
  readonly business: Float64Array;
  readonly property: Float64Array;
  readonly transfer: Float64Array;
  /** Per-capita deltas added by levers this year. */
  readonly dWage: Float64Array;
  readonly dBusiness: Float64Array;
  readonly dProperty: Float64Array;
  readonly dTransfer: Float64Array;
  /** Per row: an earner's monthly wage per yuan of per-capita yearly wage (size ÷ (12 × earners)). */
  readonly earnerMonthlyPerWage: Float64Array;
  /** Row index where each run of rows of one tally group (one stratum, originals or clones) starts, and the row count at the end. */
  readonly runStart: Int32Array;
}

/** Minimum-wage tier (0, 1, 2) of a row: tier 1 for urban Hangzhou, Ningbo, Wenzhou; tier 3 for Quzhou, Lishui and rural rows. */
export function minWageTier(city: number, urban: boolean): 0 | 1 | 2 {
  if (!urban || city === 7 || city === 10) return 2;
  return city <= 2 ? 0 : 1;
}

/** Minimum-wage parameters of one year. */
export interface MinWageInputs {
  /** Baseline monthly minimum by tier. */
  readonly baseByTier: readonly [number, number, number];
  /** Uplift as a fraction of the baseline (0 = baseline). */
  readonly uplift: number;
  readonly passThrough: number;
  readonly spillover: number;
  readonly employmentElasticity: number;
}

/** Spillover reach above the minimum (workers at 1–1.3 × the minimum) and replacement of lost jobs. */
export const MIN_WAGE_SPILLOVER_RANGE = 0.3;
export const MIN_WAGE_REPLACEMENT = 0.3;

/**
 * The minimum-wage kernel κ(x) at x = earner's monthly wage ÷ the baseline minimum: the full
 * pass-through at or below the minimum, a spillover fading to 0 at 1.3 times it, 0 above.
 */
export function minWageKernel(x: number, passThrough: number, spillover: number): number {
  if (x <= 1) return passThrough;
  if (x <= 1 + MIN_WAGE_SPILLOVER_RANGE) return spillover * (1 - (x - 1) / MIN_WAGE_SPILLOVER_RANGE);
  return 0;
}

/** What the minimum wage did in one year. */
export interface MinWageYear {
  /** The rate gains of the affected earners (yuan): the employer cost base. */
  readonly grossWageGain: number;
  /** Gains less the wages lost with jobs, net of re-employment (yuan): the extra wage bill for the labour share. */
  readonly netWageChange: number;
  /** Jobs lost, net of re-employment, in urban rows (urban originals and clones) and in rural rows (persons). */
  readonly jobsLostUrban: number;
  readonly jobsLostRural: number;
}

const NO_MIN_WAGE_CHANGE: MinWageYear = { grossWageGain: 0, netWageChange: 0, jobsLostUrban: 0, jobsLostRural: 0 };

/**
 * L1 minimum wage, on one affected earner per household (f_low = 1/earners, model notes §10 L1):
 * the earner whose monthly wage x is at most 1.3 times the minimum and who gains from the rise
 * (κ(x) > 0). The rate effect raises that earner's pay by 12 × ΔM × κ(x); the employment effect
 * (ε_E ≤ 0) falls on the same earner, symmetric with the gain: ε_E × (ΔM/M) × the earner's yearly
 * wage × (1 − replacement). Other earners of the household are untouched. Jobs lost are counted
 * apart for urban and rural rows, so each can be set against its own labour force.
 */
export function applyMinimumWage(s: YearState, m: MinWageInputs): MinWageYear {
  if (m.uplift === 0) return NO_MIN_WAGE_CHANGE;
  const { pop, persons, wage, dWage, earnerMonthlyPerWage, runStart } = s;
  let grossWageGain = 0;
  let netWageChange = 0;
  let jobsLostUrban = 0;
  let jobsLostRural = 0;
  // A job is lost per affected earner with probability −ε_E (ΔM/M)(1 − replacement).
  const jobLossShare = -m.employmentElasticity * m.uplift * (1 - MIN_WAGE_REPLACEMENT);
  // The tier is the same for a run of one group (one city and area).
  for (let run = 0; run + 1 < runStart.length; run++) {
    const from = runStart[run]!;
    const g = pop.group[from]!;
    const urban = (g & 1) === 1 || pop.strataUrban[g >> 1] === 1;
    const base = m.baseByTier[minWageTier(pop.strataCity[g >> 1]!, urban)];
    const reach = base * (1 + MIN_WAGE_SPILLOVER_RANGE);
    let runJobsLost = 0;
    for (let r = from; r < runStart[run + 1]!; r++) {
      const p = persons[r]!;
      if (p === 0) continue;
      const earnerMonthly = wage[r]! * earnerMonthlyPerWage[r]!;
      if (earnerMonthly > reach) continue;
      const kernel = minWageKernel(earnerMonthly / base, m.passThrough, m.spillover);
      if (kernel === 0) continue;
      const size = pop.size[r]!;
      const rateGain = (12 * base * m.uplift * kernel) / size;
      // The affected earner's yearly wage, per capita: 12 × earnerMonthly ÷ size.
      const employmentLoss = (-jobLossShare * 12 * earnerMonthly) / size;
      dWage[r]! += rateGain + employmentLoss;
      grossWageGain += p * rateGain;
      netWageChange += p * (rateGain + employmentLoss);
      runJobsLost += (p / size) * jobLossShare;
    }
    if (urban) jobsLostUrban += runJobsLost;
    else jobsLostRural += runJobsLost;
  }
  return { grossWageGain, netWageChange, jobsLostUrban, jobsLostRural };
}

/**
 * L2 labour share: extra wages of ΔLS × GDP × c_NA (survey wages per national-accounts
 * compensation), shared in proportion to wages, or to wages × (1 − rank) when pro-low-income.
 * The part paid by firms comes out of capital income: households lose `capitalIncomeOffset`
 * (yuan, survey terms) of business and property income, each household in proportion to its own
 * business plus property income, each component by the same proportion. Returns the extra wage
 * bill (yuan).
 */
export function applyLabourShare(s: YearState, extraWageBill: number, proLow: boolean, capitalIncomeOffset: number): number {
  if (extraWageBill === 0) return 0;
  const { pop, persons, wage, dWage } = s;
  let base = 0;
  for (let r = 0; r < pop.rows; r++) base += persons[r]! * wage[r]! * (proLow ? 1 - pop.rank[r]! : 1);
  if (base <= 0) return 0;
  const perUnit = extraWageBill / base;
  for (let r = 0; r < pop.rows; r++) if (persons[r]! > 0) dWage[r]! += perUnit * wage[r]! * (proLow ? 1 - pop.rank[r]! : 1);
  if (capitalIncomeOffset !== 0) {
    const { business, property, dBusiness, dProperty } = s;
    let capital = 0;
    for (let r = 0; r < pop.rows; r++) capital += persons[r]! * (business[r]! + property[r]!);
    if (capital > 0) {
      const cut = capitalIncomeOffset / capital;
      for (let r = 0; r < pop.rows; r++) {
        if (persons[r] === 0) continue;
        dBusiness[r]! -= cut * business[r]!;
        dProperty[r]! -= cut * property[r]!;
      }
    }
  }
  return extraWageBill;
}

/**
 * A rule that selects rows by what a row keeps for a whole run (area, mountain county, rank).
 * Declare each rule once, at module level: its identity is the key of its cached row list.
 */
export type RowRule = (pop: Population, row: number) => boolean;

const rowLists = new WeakMap<Population, Map<RowRule, Int32Array>>();

/**
 * The rows a rule selects, in row order, computed once per population and rule: a lever then
 * visits its own rows, not every row of the population every year. Visiting a subset in row
 * order adds the same terms in the same order, so results are bit for bit those of testing
 * every row.
 */
export function rowsWhere(pop: Population, rule: RowRule): Int32Array {
  let lists = rowLists.get(pop);
  if (!lists) {
    lists = new Map();
    rowLists.set(pop, lists);
  }
  let rows = lists.get(rule);
  if (!rows) {
    const selected: number[] = [];
    for (let r = 0; r < pop.rows; r++) if (rule(pop, r)) selected.push(r);
    rows = Int32Array.from(selected);
    lists.set(rule, rows);
  }
  return rows;
}

/** Pays an amount per person to the given rows (rowsWhere); returns the amount paid (yuan). */
export function payPerPerson(s: YearState, perPerson: number, rows: Int32Array, into: Float64Array): number {
  if (perPerson === 0) return 0;
  let paid = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const p = s.persons[r]!;
    if (p === 0) continue;
    into[r]! += perPerson;
    paid += p * perPerson;
  }
  return paid;
}

/**
 * Shares a total (yuan) over the given rows (rowsWhere) in proportion to a per-capita weight;
 * returns what was shared.
 */
export function shareInProportion(s: YearState, total: number, rows: Int32Array, weightOf: (row: number) => number, into: Float64Array): number {
  if (total === 0) return 0;
  let base = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (s.persons[r]! > 0) base += s.persons[r]! * weightOf(r);
  }
  if (base <= 0) return 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (s.persons[r]! > 0) into[r]! += (total * weightOf(r)) / base;
  }
  return total;
}

/** Persons in the given rows (rowsWhere). */
export function personsIn(s: YearState, rows: Int32Array): number {
  let total = 0;
  for (let i = 0; i < rows.length; i++) total += s.persons[rows[i]!]!;
  return total;
}

/** Persons in rows selected by a predicate. */
export function personsWhere(s: YearState, select: (row: number) => boolean): number {
  let total = 0;
  for (let r = 0; r < s.pop.rows; r++) if (s.persons[r]! > 0 && select(r)) total += s.persons[r]!;
  return total;
}

/** Dibao rule parameters. */
export interface DibaoRule {
  /** Per-capita yearly line by city. */
  readonly lineByCity: Float64Array;
  readonly takeUp: number;
  readonly inclusionError: number;
}

/** Share of the line paid under an inclusion error, and its reach (below 1.5 × the line). */
export const DIBAO_INCLUSION_BENEFIT = 0.3;
export const DIBAO_INCLUSION_REACH = 1.5;

/**
 * The dibao a row receives, per capita, at pre-dibao income `pre` (model notes §10 L3, micro
 * option). A taken-up household below the line gets the full gap; a household drawn into the
 * inclusion error below 1.5 × the line gets 0.3 × the line; it gets the larger of the two. Every
 * branch rises with the line, so a higher standard never lowers anyone's income.
 */
export function dibaoOf(pre: number, line: number, takeUpDraw: number, inclusionDraw: number, rule: DibaoRule): number {
  const gap = pre < line && takeUpDraw < rule.takeUp ? line - pre : 0;
  const inclusion = pre < DIBAO_INCLUSION_REACH * line && inclusionDraw < rule.inclusionError ? DIBAO_INCLUSION_BENEFIT * line : 0;
  return gap > inclusion ? gap : inclusion;
}

/** The personal income tax schedule of 2019 (annual, per earner): bracket tops and rates. */
const PIT_BRACKETS: readonly (readonly [number, number])[] = [
  [36000, 0.03],
  [144000, 0.1],
  [300000, 0.2],
  [420000, 0.25],
  [660000, 0.3],
  [960000, 0.35],
  [Infinity, 0.45],
];
/** 60,000 basic deduction plus about 24,000 special deductions per earner. */
const PIT_DEDUCTION = 84000;

/** Average PIT rate on an earner's yearly income under the simplified 2019 schedule. */
export function averageTaxRate(annualIncome: number): number {
  let taxable = annualIncome - PIT_DEDUCTION;
  if (taxable <= 0 || annualIncome <= 0) return 0;
  let tax = 0;
  let floor = 0;
  for (const [top, rate] of PIT_BRACKETS) {
    const slice = Math.min(taxable, top - floor);
    tax += slice * rate;
    taxable -= slice;
    floor = top;
    if (taxable <= 0) break;
  }
  return tax / annualIncome;
}

/** A top-income household's response to a change in its tax rate (per capita, yuan a year). */
export interface TopTaxResponse {
  /** Gross (pre-tax) income after the response, G′. */
  readonly gross: number;
  /** Change in tax paid, (τ + Δτ)G′ − τG: the revenue. */
  readonly taxChange: number;
  /** Change in disposable income, (1 − τ − Δτ)G′ − (1 − τ)G. */
  readonly incomeChange: number;
}

/**
 * L9's behavioural response (Saez, Slemrod & Giertz 2012): gross income G responds to the
 * net-of-tax rate with elasticity e, G′ = G × ((1 − τ − Δτ)/(1 − τ))^e, so a rise raises less and
 * a cut costs less as e grows. τ is the household's average rate, the rate its gross proxy is
 * built on and that the lever shifts; a rate change cannot take it below zero.
 */
export function topTaxResponse(gross: number, rate: number, rateChange: number, elasticity: number): TopTaxResponse {
  const change = Math.max(rateChange, -rate);
  const responded = elasticity === 0 ? gross : gross * Math.pow((1 - rate - change) / (1 - rate), elasticity);
  return {
    gross: responded,
    taxChange: (rate + change) * responded - rate * gross,
    incomeChange: (1 - rate - change) * responded - (1 - rate) * gross,
  };
}
