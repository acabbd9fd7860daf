import { CITIES } from '../data/baseline';
import type { Population } from '../population/build';
import type { IncomeHistogram } from './histogram';
import { DIBAO_INCLUSION_REACH, dibaoOf, type DibaoRule, type YearState } from '../levers/rules';

/** How the year's pass forms each row's income before tallying it (see YearTally.passYear). */
export interface IncomeFormation {
  /** Cumulative uprating factor per stratum × component (wage, business, property, transfer). */
  readonly factor: Float64Array;
  /** The row scale of clones (1 + the movers' uplift); originals have 1. */
  readonly cloneScale: number;
  /** Lever deltas, when levers act this year. */
  readonly deltas: YearState | undefined;
  /** The scenario's dibao rule; none in the base year, which keeps the 2020 build's dibao. */
  readonly rule: DibaoRule | undefined;
  /** The baseline rule, when the dibao paid under it must be totalled too. */
  readonly baseRule: DibaoRule | undefined;
  /**
   * Write every row's incomes to the source arrays (a probe or the income tax reads them).
   * Otherwise rows without persons are skipped and only their final income is written: less memory traffic.
   */
  readonly keepRows: boolean;
}

// Slots of the year's sums, kept in a Float64Array; the loop itself sums into locals.
const TOTAL_PERSONS = 0;
const TOTAL_INCOME = 1;
const URBAN_PERSONS = 2;
const URBAN_INCOME = 3;
const MOUNTAIN_PERSONS = 4;
const MOUNTAIN_INCOME = 5;
const ECO_PERSONS = 6;
const ECO_INCOME = 7;
const BELOW_1 = 8;
const BELOW_15 = 9;
const BELOW_2 = 10;
const RECIPIENTS = 11;
const HOUSEHOLDS = 12;
const BAND_1 = 13;
const BAND_2 = 14;
const SLOTS = 15;

const EMPTY = new Float64Array(0);

/** Relative margin below a poverty line that counts as "below" (see tallyYear). */
export const LINE_MARGIN = 1e-9;

/** The per-row arrays a tally reads (persons, final income, base income, dibao). */
export interface TallySources {
  readonly persons: Float64Array;
  readonly income: Float64Array;
  readonly baseIncome: Float64Array;
  readonly dibao: Float64Array;
  readonly pre: Float64Array;
}

/** A copy of a tally's results and its histogram's bins (see YearTally.snapshot). */
export interface TallySnapshot {
  readonly arrays: readonly Float64Array[];
  readonly dibaoSpending: number;
  readonly dibaoAtBaseRule: number;
}

const runStarts = new WeakMap<Population, Int32Array>();

/**
 * Row index where each run of rows of one tally group starts, and the row count at the end: the
 * same for every run on a population, so found once per population. A run holds one stratum's
 * originals or its clones, so its rows share the stratum, city, uprating factors and row scale.
 */
export function groupRuns(pop: Population): Int32Array {
  let runStart = runStarts.get(pop);
  if (!runStart) {
    const starts = [0];
    for (let r = 1; r < pop.rows; r++) if (pop.group[r] !== pop.group[r - 1]) starts.push(r);
    starts.push(pop.rows);
    runStart = Int32Array.from(starts);
    runStarts.set(pop, runStart);
  }
  return runStart;
}

/**
 * Sums, over one year's households, everything the indicators need: person and income totals
 * by area, city, mountain and eco flags, household-band counts under the chosen definition, counts
 * below multiples of the dibao line, dibao recipients, and the income histogram.
 */
export class YearTally {
  /** The year's sums, by the slot constants above. */
  readonly sums = new Float64Array(SLOTS);
  readonly cityPersons = new Float64Array(CITIES.length);
  readonly cityIncome = new Float64Array(CITIES.length);
  readonly areaCityPersons = new Float64Array(CITIES.length * 2);
  /** Persons × base (pre-lever, pre-dibao) income by city and area, for the convergence term. */
  readonly areaCityBase = new Float64Array(CITIES.length * 2);
  /** Persons, income and base income by tally group (see Population.group). */
  readonly groupPersons: Float64Array;
  readonly groupIncome: Float64Array;
  readonly groupBase: Float64Array;
  /** Row index where each run of rows of one tally group starts, and the row count at the end. */
  readonly runStart: Int32Array;
  /** Dibao paid (relative persons × yuan) under the scenario rule and under the baseline rule, from the last passYear. */
  dibaoSpending = 0;
  dibaoAtBaseRule = 0;

  constructor(
    private readonly pop: Population,
    private readonly histogram: IncomeHistogram,
    private readonly sources: TallySources,
    private readonly standardSize: number,
    private readonly bandDefinition: number,
  ) {
    const groups = pop.strataCity.length * 2;
    this.groupPersons = new Float64Array(groups);
    this.groupIncome = new Float64Array(groups);
    this.groupBase = new Float64Array(groups);
    this.runStart = groupRuns(pop);
    // Warm-up on empty input (see tallyYear): records type feedback for the code after the loop.
    const empty = new Float64Array(0);
    const emptySources = { persons: empty, income: empty, baseIncome: empty, dibao: empty, pre: empty };
    tallyYear(emptySources, pop, histogram, standardSize, bandDefinition, new Float64Array(CITIES.length), this, undefined);
    tallyYear(emptySources, pop, histogram, standardSize, bandDefinition, new Float64Array(CITIES.length), this, {
      factor: empty,
      cloneScale: 1,
      deltas: undefined,
      rule: undefined,
      baseRule: undefined,
      keepRows: true,
    });
  }

  /** Copies the results of the last pass, to be restored for a year every run computes alike (the base year). */
  snapshot(): TallySnapshot {
    return { arrays: this.resultArrays().map((a) => a.slice()), dibaoSpending: this.dibaoSpending, dibaoAtBaseRule: this.dibaoAtBaseRule };
  }

  /** Puts back the results of a snapshot, as if its pass had just run. The source arrays are not restored. */
  restore(snapshot: TallySnapshot): void {
    this.resultArrays().forEach((a, i) => a.set(snapshot.arrays[i]!));
    this.dibaoSpending = snapshot.dibaoSpending;
    this.dibaoAtBaseRule = snapshot.dibaoAtBaseRule;
  }

  private resultArrays(): Float64Array[] {
    const h = this.histogram;
    return [
      this.sums,
      this.cityPersons,
      this.cityIncome,
      this.areaCityPersons,
      this.areaCityBase,
      this.groupPersons,
      this.groupIncome,
      this.groupBase,
      h.persons,
      h.households,
      h.income,
    ];
  }

  /** Re-tallies the year from the source arrays (after a change to incomes), with the dibao lines that the poverty counts use. */
  tally(lineByCity: Float64Array): void {
    tallyYear(this.sources, this.pop, this.histogram, this.standardSize, this.bandDefinition, lineByCity, this, undefined);
  }

  /** The year's main pass: forms every row's base, pre-dibao and final income and its dibao into the source arrays, and tallies them. */
  passYear(lineByCity: Float64Array, formation: IncomeFormation): void {
    tallyYear(this.sources, this.pop, this.histogram, this.standardSize, this.bandDefinition, lineByCity, this, formation);
  }

  get totalPersons(): number {
    return this.sums[TOTAL_PERSONS]!;
  }
  get totalIncome(): number {
    return this.sums[TOTAL_INCOME]!;
  }
  get urbanPersons(): number {
    return this.sums[URBAN_PERSONS]!;
  }
  get urbanIncome(): number {
    return this.sums[URBAN_INCOME]!;
  }
  get mountainPersons(): number {
    return this.sums[MOUNTAIN_PERSONS]!;
  }
  get mountainIncome(): number {
    return this.sums[MOUNTAIN_INCOME]!;
  }
  get ecoPersons(): number {
    return this.sums[ECO_PERSONS]!;
  }
  get ecoIncome(): number {
    return this.sums[ECO_INCOME]!;
  }
  get below1(): number {
    return this.sums[BELOW_1]!;
  }
  get below15(): number {
    return this.sums[BELOW_15]!;
  }
  get below2(): number {
    return this.sums[BELOW_2]!;
  }
  get recipients(): number {
    return this.sums[RECIPIENTS]!;
  }

  /**
   * Shares (percent) in the 100k–500k and 200k–600k household bands, under the definition the
   * tally was made with: 0 (the NBS standard household, the default) counts persons whose
   * per-capita income × the standard size is in the band; 1 counts households and 2 persons by
   * actual household income.
   */
  bandShares(): { band100to500: number; band200to600: number } {
    const s = this.sums;
    const total = this.bandDefinition === 1 ? s[HOUSEHOLDS]! : s[TOTAL_PERSONS]!;
    return { band100to500: (100 * s[BAND_1]!) / total, band200to600: (100 * s[BAND_2]!) / total };
  }
}

/**
 * One tight loop over the households, run by run of one tally group, with local sums and no call
 * per household. With a formation it first forms each row's incomes (base = row scale × Σ X₂₀₂₀ ×
 * factor, plus lever deltas, plus the dibao), writing them to the source arrays only when asked:
 * one pass per year instead of a pass that writes incomes and a second that reads them back.
 * Without one it reads them (the re-tally after the income tax changed incomes).
 *
 * The code after the loop has no type feedback when V8 first compiles the hot loop on the fly
 * (on-stack replacement), and would deoptimise on every call; YearTally's constructor therefore
 * runs this once on empty input, so every line has run before the first hot call.
 *
 * It stays one long function on purpose: named steps inside the loop would add a call per row.
 */
function tallyYear(
  sources: TallySources,
  pop: Population,
  histogram: IncomeHistogram,
  standardSize: number,
  bandDefinition: number,
  lineByCity: Float64Array,
  into: YearTally,
  formation: IncomeFormation | undefined,
): void {
  const { persons, income, baseIncome, dibao, pre } = sources;
  const { size: sizes, eco, group: groups } = pop;
  const { wage, business, property, transfer, takeUpDraw, inclusionDraw, dibao2020 } = pop;
  const factor = formation?.factor ?? EMPTY;
  const cloneScale = formation?.cloneScale ?? 1;
  const deltas = formation?.deltas;
  const rule = formation?.rule;
  const baseRule = formation?.baseRule;
  const keepRows = formation?.keepRows ?? false;
  const { strataCity, originals } = pop;
  const runStart = into.runStart;
  let spending = 0;
  let atBaseRule = 0;
  // Area, city and mountain sums come from per-group sums (a group is a stratum, or the clones of
  // one), folded together after the loop.
  const groupPersons = into.groupPersons.fill(0);
  const groupIncome = into.groupIncome.fill(0);
  const groupBase = into.groupBase.fill(0);
  histogram.clear();
  const binPersons = histogram.persons;
  const binHouseholds = histogram.households;
  const binIncome = histogram.income;
  let totalPersons = 0;
  let totalIncome = 0;
  let households = 0;
  let urbanPersons = 0;
  let urbanIncome = 0;
  let mountainPersons = 0;
  let mountainIncome = 0;
  let ecoPersons = 0;
  let ecoIncome = 0;
  // Only the chosen band definition is counted: fewer hard-to-predict branches per row.
  const byStandardSize = bandDefinition === 0;
  const countHouseholds = bandDefinition === 1;
  let band1 = 0;
  let band2 = 0;
  let below2 = 0;
  let below15 = 0;
  let below1 = 0;
  let recipients = 0;
  // Rows come in runs of one tally group (a stratum's originals, or its clones): everything that is
  // the same for a group (uprating factors, row scale, city, dibao and poverty lines) is read once
  // per run, and the group's sums are kept in locals.
  for (let run = 0; run + 1 < runStart.length; run++) {
    const from = runStart[run]!;
    // (The constructor's warm-up passes empty arrays: no row to visit.)
    const to = Math.min(runStart[run + 1]!, persons.length);
    if (from >= to) continue;
    const g = groups[from]!;
    const city = strataCity[g >> 1]!;
    const f = (g >> 1) * 4;
    const scale = from < originals ? 1 : cloneScale;
    const wageFactor = formation ? scale * factor[f]! : 0;
    const businessFactor = formation ? scale * factor[f + 1]! : 0;
    const propertyFactor = formation ? scale * factor[f + 2]! : 0;
    const transferFactor = formation ? scale * factor[f + 3]! : 0;
    const scenarioLine = rule ? rule.lineByCity[city]! : 0;
    const scenarioReach = DIBAO_INCLUSION_REACH * scenarioLine;
    const baseLine = baseRule ? baseRule.lineByCity[city]! : 0;
    const baseReach = DIBAO_INCLUSION_REACH * baseLine;
    // Dibao recipients are lifted exactly to the line; a relative margin keeps float noise from
    // counting them as below it.
    const povertyLine = lineByCity[city]! * (1 - LINE_MARGIN);
    let runPersons = 0;
    let runIncome = 0;
    let runBase = 0;
    for (let r = from; r < to; r++) {
      const p = persons[r]!;
      if (p === 0 && !keepRows) continue;
      let y: number;
      let base: number;
      let d: number;
      if (formation) {
        base = wage[r]! * wageFactor + business[r]! * businessFactor + property[r]! * propertyFactor + transfer[r]! * transferFactor;
        const preDibao = deltas ? base + deltas.dWage[r]! + deltas.dBusiness[r]! + deltas.dProperty[r]! + deltas.dTransfer[r]! : base;
        if (!rule) {
          d = dibao2020[r]!;
        } else {
          d = preDibao < scenarioReach ? dibaoOf(preDibao, scenarioLine, takeUpDraw[r]!, inclusionDraw[r]!, rule) : 0;
          if (baseRule && p > 0 && preDibao < baseReach) atBaseRule += p * dibaoOf(preDibao, baseLine, takeUpDraw[r]!, inclusionDraw[r]!, baseRule);
        }
        spending += p * d;
        y = preDibao + d;
        // Final incomes are always kept: "who gains" compares them row by row with the baseline's.
        income[r] = y;
        if (keepRows) {
          baseIncome[r] = base;
          pre[r] = preDibao;
          dibao[r] = d;
        }
      } else {
        y = income[r]!;
        base = baseIncome[r]!;
        d = dibao[r]!;
      }
      if (p === 0) continue;
      const size = sizes[r]!;
      const py = p * y;
      const h = p / size;
      totalPersons += p;
      totalIncome += py;
      households += h;
      const bin = histogram.binOf(y);
      binPersons[bin]! += p;
      binHouseholds[bin]! += h;
      binIncome[bin]! += py;
      runPersons += p;
      runIncome += py;
      runBase += p * base;
      // Branch-free: eco rows are scattered through the mountain strata.
      const inEco = eco[r]!;
      ecoPersons += inEco * p;
      ecoIncome += inEco * py;
      const bandIncome = (byStandardSize ? standardSize : size) * y;
      const bandWeight = countHouseholds ? h : p;
      if (bandIncome >= 100000 && bandIncome < 500000) band1 += bandWeight;
      if (bandIncome >= 200000 && bandIncome < 600000) band2 += bandWeight;
      if (y < 2 * povertyLine) {
        below2 += p;
        if (y < 1.5 * povertyLine) below15 += p;
        if (y < povertyLine) below1 += p;
      }
      if (d > 0) recipients += p;
    }
    groupPersons[g]! += runPersons;
    groupIncome[g]! += runIncome;
    groupBase[g]! += runBase;
  }
  if (formation) {
    into.dibaoSpending = spending;
    into.dibaoAtBaseRule = atBaseRule;
  }
  const cityPersons = into.cityPersons.fill(0);
  const cityIncome = into.cityIncome.fill(0);
  const areaCityPersons = into.areaCityPersons.fill(0);
  const areaCityBase = into.areaCityBase.fill(0);
  for (let g = 0; g < groupPersons.length; g++) {
    const stratum = g >> 1;
    const city = pop.strataCity[stratum]!;
    const urban = (g & 1) === 1 || pop.strataUrban[stratum] === 1 ? 1 : 0;
    const gp = groupPersons[g]!;
    const gy = groupIncome[g]!;
    cityPersons[city]! += gp;
    cityIncome[city]! += gy;
    areaCityPersons[city * 2 + urban]! += gp;
    areaCityBase[city * 2 + urban]! += groupBase[g]!;
    if (urban) {
      urbanPersons += gp;
      urbanIncome += gy;
    }
    if (pop.strataMountain[stratum]) {
      mountainPersons += gp;
      mountainIncome += gy;
    }
  }
  const s = into.sums;
  s[TOTAL_PERSONS] = totalPersons;
  s[TOTAL_INCOME] = totalIncome;
  s[HOUSEHOLDS] = households;
  s[URBAN_PERSONS] = urbanPersons;
  s[URBAN_INCOME] = urbanIncome;
  s[MOUNTAIN_PERSONS] = mountainPersons;
  s[MOUNTAIN_INCOME] = mountainIncome;
  s[ECO_PERSONS] = ecoPersons;
  s[ECO_INCOME] = ecoIncome;
  s[BAND_1] = band1;
  s[BAND_2] = band2;
  s[BELOW_2] = below2;
  s[BELOW_15] = below15;
  s[BELOW_1] = below1;
  s[RECIPIENTS] = recipients;
}
