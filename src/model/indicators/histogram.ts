/** Sub-bins per doubling of income (the top mantissa bits): a bin is 0.5–0.8 % wide. */
const SUB_BITS = 7;
/** Incomes are binned from 2^9 = 512 to 2^26 ≈ 67 million yuan per person per year. */
const LOW_EXPONENT = 9;
const HIGH_EXPONENT = 26;

/** What the indicators read from one year's histogram (see IncomeHistogram.summary). */
export interface HistogramSummary {
  readonly gini: number;
  readonly shares: number[];
  readonly lorenz: number[];
  readonly groupMeans: number[];
}

/**
 * An income histogram with bins under 1 % wide on a log scale: the O(n) replacement for
 * sorting households every simulated year. Bins are found from the bits of the income (no
 * logarithm). Each bin keeps exact sums (persons, households, income), so means are exact and
 * only the order *within* a bin is lost, which moves the Gini by under 1e-4
 * (src/model/indicators/histogram.spec.ts checks it against an exact sort).
 */
export class IncomeHistogram {
  static readonly BINS = (HIGH_EXPONENT - LOW_EXPONENT) << SUB_BITS;
  static readonly LOW = 2 ** LOW_EXPONENT;
  static readonly HIGH = 2 ** HIGH_EXPONENT;
  readonly persons = new Float64Array(IncomeHistogram.BINS);
  readonly households = new Float64Array(IncomeHistogram.BINS);
  readonly income = new Float64Array(IncomeHistogram.BINS);

  /** Empties every bin. */
  clear(): void {
    this.persons.fill(0);
    this.households.fill(0);
    this.income.fill(0);
  }

  /**
   * The bin of a per-capita income (incomes outside the range go to the end bins): its binary
   * exponent and the SUB_BITS bits below the leading one, i.e. a piecewise-linear log2. They are
   * read from the integer part with integer instructions (no logarithm, no trip through memory);
   * this is exact because y ≥ 2^LOW_EXPONENT puts the fraction below the bits used.
   */
  binOf(y: number): number {
    if (!(y > IncomeHistogram.LOW)) return 0;
    if (y >= IncomeHistogram.HIGH) return IncomeHistogram.BINS - 1;
    const integer = y | 0;
    const exponent = 31 - Math.clz32(integer);
    return ((exponent - LOW_EXPONENT) << SUB_BITS) | ((integer >>> (exponent - SUB_BITS)) & ((1 << SUB_BITS) - 1));
  }

  /** The lower edge (yuan) of a bin. */
  static lowerEdge(bin: number): number {
    const exponent = LOW_EXPONENT + (bin >>> SUB_BITS);
    const fraction = (bin & ((1 << SUB_BITS) - 1)) / (1 << SUB_BITS);
    return 2 ** exponent * (1 + fraction);
  }

  /** Adds a row: persons p in h households at per-capita income y. */
  add(y: number, p: number, h: number): void {
    const b = this.binOf(y);
    this.persons[b]! += p;
    this.households[b]! += h;
    this.income[b]! += p * y;
  }

  /**
   * Everything the indicators read from the year's histogram, in two passes over the bins (one
   * for totals, one for the rest), each bin treated as one group at its mean:
   * - `gini`: the person-weighted Gini of per-capita income;
   * - `shares`: the distribution of household income under the standard-household convention
   *   (per-capita × `standardSize`), the percentage of persons in each band of `width` yuan from
   *   0 up to `bands × width` (the last band is open);
   * - `lorenz`: the Lorenz curve at `points` equally spaced population shares (0 … 1);
   * - `groupMeans`: mean per-capita income of each of `groups` equal groups of households ranked
   *   by per-capita income (the NBS quintile convention: 20 % of households, mean = income ÷
   *   persons); a bin that straddles a boundary is split in proportion to its households.
   */
  summary(standardSize: number, width: number, bands: number, points: number, groups: number): HistogramSummary {
    let totalPersons = 0;
    let totalIncome = 0;
    let totalHouseholds = 0;
    for (let b = 0; b < IncomeHistogram.BINS; b++) {
      totalPersons += this.persons[b]!;
      totalIncome += this.income[b]!;
      totalHouseholds += this.households[b]!;
    }
    const shares = new Array<number>(bands).fill(0);
    const lorenz = new Array<number>(points).fill(0);
    const groupIncome = new Array<number>(groups).fill(0);
    const groupPersons = new Array<number>(groups).fill(0);
    let cumulativePersons = 0;
    let cumulativeIncome = 0;
    let cumulativeHouseholds = 0;
    let area = 0;
    let next = 1;
    let group = 0;
    for (let b = 0; b < IncomeHistogram.BINS; b++) {
      const p = this.persons[b]!;
      if (p === 0) continue;
      const binIncome = this.income[b]!;
      shares[Math.min(bands - 1, Math.floor(((binIncome / p) * standardSize) / width))]! += (100 * p) / totalPersons;
      const fromPersons = cumulativePersons / totalPersons;
      const fromIncome = cumulativeIncome / totalIncome;
      cumulativePersons += p;
      cumulativeIncome += binIncome;
      const toPersons = cumulativePersons / totalPersons;
      const toIncome = cumulativeIncome / totalIncome;
      area += (p / totalPersons) * (fromIncome + toIncome);
      while (next < points - 1 && next / (points - 1) <= toPersons) {
        const q = next / (points - 1);
        lorenz[next] = fromIncome + ((toIncome - fromIncome) * (q - fromPersons)) / (toPersons - fromPersons);
        next++;
      }
      // Household groups: split the bin's households across group boundaries.
      let h = this.households[b]!;
      const personsPerHousehold = p / h;
      const incomePerHousehold = binIncome / h;
      while (h > 0) {
        const room = ((group + 1) * totalHouseholds) / groups - cumulativeHouseholds;
        const take = group === groups - 1 ? h : Math.min(h, room);
        groupIncome[group]! += take * incomePerHousehold;
        groupPersons[group]! += take * personsPerHousehold;
        cumulativeHouseholds += take;
        h -= take;
        if (h > 1e-9 * totalHouseholds && group < groups - 1) group++;
        else h = 0;
      }
    }
    lorenz[points - 1] = 1;
    return { gini: 1 - area, shares, lorenz, groupMeans: groupIncome.map((y, g) => y / groupPersons[g]!) };
  }

  /** The lowest per-capita income of the top `share` of persons (the lower edge of its bin). */
  topThreshold(share: number): number {
    let totalPersons = 0;
    for (let b = 0; b < IncomeHistogram.BINS; b++) totalPersons += this.persons[b]!;
    let above = 0;
    for (let b = IncomeHistogram.BINS - 1; b >= 0; b--) {
      above += this.persons[b]!;
      if (above >= share * totalPersons) return IncomeHistogram.lowerEdge(b);
    }
    return 0;
  }
}
