import { CITIES } from '../data/baseline';
import type { Population } from '../population/build';
import type { IncomeHistogram } from './histogram';

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
const BAND_STANDARD_1 = 13;
const BAND_STANDARD_2 = 14;
const BAND_HOUSEHOLDS_1 = 15;
const BAND_HOUSEHOLDS_2 = 16;
const BAND_PERSONS_1 = 17;
const BAND_PERSONS_2 = 18;
const SLOTS = 19;

/** Relative margin below a poverty line that counts as "below" (see tallyYear). */
const LINE_MARGIN = 1e-9;

/** The per-row arrays a tally reads (persons, final income, base income, dibao). */
export interface TallySources {
  readonly persons: Float64Array;
  readonly income: Float64Array;
  readonly baseIncome: Float64Array;
  readonly dibao: Float64Array;
}

/**
 * Sums, over one year's households, everything the indicators need: person and income totals
 * by area, city, mountain and eco flags, household-band counts under every definition, counts
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

  constructor(
    private readonly pop: Population,
    private readonly histogram: IncomeHistogram,
    private readonly sources: TallySources,
    private readonly standardSize: number,
  ) {
    const groups = pop.strataCity.length * 2;
    this.groupPersons = new Float64Array(groups);
    this.groupIncome = new Float64Array(groups);
    this.groupBase = new Float64Array(groups);
    // Warm-up on empty input (see tallyYear): records type feedback for the code after the loop.
    const empty = new Float64Array(0);
    tallyYear({ persons: empty, income: empty, baseIncome: empty, dibao: empty }, pop, histogram, standardSize, new Float64Array(CITIES.length), this);
  }

  /** Tallies one year from the source arrays, with the dibao lines that the poverty counts use. */
  tally(lineByCity: Float64Array): void {
    tallyYear(this.sources, this.pop, this.histogram, this.standardSize, lineByCity, this);
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
   * Shares (percent) in the 100k–500k and 200k–600k household bands. Definition 0 (the NBS
   * standard household, the default) counts persons whose per-capita income × the standard size
   * is in the band; 1 counts households and 2 persons by actual household income.
   */
  bandShares(definition: number): { band100to500: number; band200to600: number } {
    const s = this.sums;
    if (definition === 1) return { band100to500: (100 * s[BAND_HOUSEHOLDS_1]!) / s[HOUSEHOLDS]!, band200to600: (100 * s[BAND_HOUSEHOLDS_2]!) / s[HOUSEHOLDS]! };
    if (definition === 2) return { band100to500: (100 * s[BAND_PERSONS_1]!) / s[TOTAL_PERSONS]!, band200to600: (100 * s[BAND_PERSONS_2]!) / s[TOTAL_PERSONS]! };
    return { band100to500: (100 * s[BAND_STANDARD_1]!) / s[TOTAL_PERSONS]!, band200to600: (100 * s[BAND_STANDARD_2]!) / s[TOTAL_PERSONS]! };
  }
}

/**
 * One tight loop over the households with local sums and no call per household. The code after
 * the loop has no type feedback when V8 first compiles the hot loop on the fly (on-stack
 * replacement), which made it deoptimise on every call; YearTally's constructor therefore runs
 * this once on empty input, so every line has run before the first hot call.
 */
function tallyYear(sources: TallySources, pop: Population, histogram: IncomeHistogram, standardSize: number, lineByCity: Float64Array, into: YearTally): void {
  const { persons, income, baseIncome, dibao } = sources;
  const { size: sizes, city: cities, eco, group: groups } = pop;
  // Area, city and mountain sums come from per-group sums (a group is a stratum, or the clones of
  // one), folded together after the loop: two adds per row instead of eight.
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
  let standard1 = 0;
  let standard2 = 0;
  let households1 = 0;
  let households2 = 0;
  let persons1 = 0;
  let persons2 = 0;
  let below2 = 0;
  let below15 = 0;
  let below1 = 0;
  let recipients = 0;
  for (let r = 0; r < persons.length; r++) {
    const p = persons[r]!;
    if (p === 0) continue;
    const y = income[r]!;
    const size = sizes[r]!;
    const city = cities[r]!;
    const g = groups[r]!;
    const py = p * y;
    const h = p / size;
    totalPersons += p;
    totalIncome += py;
    households += h;
    const bin = histogram.binOf(y);
    binPersons[bin]! += p;
    binHouseholds[bin]! += h;
    binIncome[bin]! += py;
    groupPersons[g]! += p;
    groupIncome[g]! += py;
    groupBase[g]! += p * baseIncome[r]!;
    if (eco[r]) {
      ecoPersons += p;
      ecoIncome += py;
    }
    const standard = standardSize * y;
    if (standard >= 100000 && standard < 500000) standard1 += p;
    if (standard >= 200000 && standard < 600000) standard2 += p;
    const household = size * y;
    if (household >= 100000 && household < 500000) {
      households1 += h;
      persons1 += p;
    }
    if (household >= 200000 && household < 600000) {
      households2 += h;
      persons2 += p;
    }
    // Dibao recipients are lifted exactly to the line; a relative margin keeps float noise from
    // counting them as below it.
    const line = lineByCity[city]! * (1 - LINE_MARGIN);
    if (y < 2 * line) {
      below2 += p;
      if (y < 1.5 * line) below15 += p;
      if (y < line) below1 += p;
    }
    if (dibao[r]! > 0) recipients += p;
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
  s[BAND_STANDARD_1] = standard1;
  s[BAND_STANDARD_2] = standard2;
  s[BAND_HOUSEHOLDS_1] = households1;
  s[BAND_HOUSEHOLDS_2] = households2;
  s[BAND_PERSONS_1] = persons1;
  s[BAND_PERSONS_2] = persons2;
  s[BELOW_2] = below2;
  s[BELOW_15] = below15;
  s[BELOW_1] = below1;
  s[RECIPIENTS] = recipients;
}
