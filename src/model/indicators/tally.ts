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

  constructor(
    private readonly pop: Population,
    private readonly histogram: IncomeHistogram,
    private readonly sources: TallySources,
    private readonly standardSize: number,
  ) {}

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
 * One tight loop over the households with no call per household. Sums go straight into
 * `into.sums`: code after a hot loop has no type feedback when V8 compiles the loop on the fly
 * (on-stack replacement), and writing the sums there made the loop deoptimise on every call.
 */
function tallyYear(sources: TallySources, pop: Population, histogram: IncomeHistogram, standardSize: number, lineByCity: Float64Array, into: YearTally): void {
  const { persons, income, baseIncome, dibao } = sources;
  const { size: sizes, city: cities, urban: urbanFlags, mountain, eco } = pop;
  const s = into.sums.fill(0);
  const cityPersons = into.cityPersons.fill(0);
  const cityIncome = into.cityIncome.fill(0);
  const areaCityPersons = into.areaCityPersons.fill(0);
  const areaCityBase = into.areaCityBase.fill(0);
  histogram.clear();
  const binPersons = histogram.persons;
  const binHouseholds = histogram.households;
  const binIncome = histogram.income;
  for (let r = 0; r < persons.length; r++) {
    const p = persons[r]!;
    if (p === 0) continue;
    const y = income[r]!;
    const size = sizes[r]!;
    const city = cities[r]!;
    const urban = urbanFlags[r]!;
    const py = p * y;
    const h = p / size;
    s[TOTAL_PERSONS]! += p;
    s[TOTAL_INCOME]! += py;
    s[HOUSEHOLDS]! += h;
    const bin = histogram.binOf(y);
    binPersons[bin]! += p;
    binHouseholds[bin]! += h;
    binIncome[bin]! += py;
    if (urban) {
      s[URBAN_PERSONS]! += p;
      s[URBAN_INCOME]! += py;
    }
    if (mountain[r]) {
      s[MOUNTAIN_PERSONS]! += p;
      s[MOUNTAIN_INCOME]! += py;
    }
    if (eco[r]) {
      s[ECO_PERSONS]! += p;
      s[ECO_INCOME]! += py;
    }
    cityPersons[city]! += p;
    cityIncome[city]! += py;
    const slot = city * 2 + urban;
    areaCityPersons[slot]! += p;
    areaCityBase[slot]! += p * baseIncome[r]!;
    const standard = standardSize * y;
    if (standard >= 100000 && standard < 500000) s[BAND_STANDARD_1]! += p;
    if (standard >= 200000 && standard < 600000) s[BAND_STANDARD_2]! += p;
    const household = size * y;
    if (household >= 100000 && household < 500000) {
      s[BAND_HOUSEHOLDS_1]! += h;
      s[BAND_PERSONS_1]! += p;
    }
    if (household >= 200000 && household < 600000) {
      s[BAND_HOUSEHOLDS_2]! += h;
      s[BAND_PERSONS_2]! += p;
    }
    const line = lineByCity[city]!;
    if (y < 2 * line) {
      s[BELOW_2]! += p;
      if (y < 1.5 * line) s[BELOW_15]! += p;
      if (y < line) s[BELOW_1]! += p;
    }
    if (dibao[r]! > 0) s[RECIPIENTS]! += p;
  }
}
