// Reads a double's high 32 bits (sign, 11 exponent bits, 20 mantissa bits) without a logarithm.
const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Sub-bins per doubling of income (the top mantissa bits): a bin is 0.5–0.8 % wide. */
const SUB_BITS = 7;
/** Incomes are binned from 2^9 = 512 to 2^26 ≈ 67 million yuan per person per year. */
const LOW_EXPONENT = 9;
const HIGH_EXPONENT = 26;

/** The bin key of a positive double: its exponent and top mantissa bits, i.e. a piecewise-linear log2. */
function keyOf(y: number): number {
  scratch[0] = y;
  return scratchWords[HIGH_WORD]! >>> (20 - SUB_BITS);
}

const KEY_LOW = keyOf(2 ** LOW_EXPONENT);

/**
 * An income histogram with bins under 1 % wide on a log scale: the O(n) replacement for
 * sorting households every simulated year. Bins are found from the bits of the double (no
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

  /** The bin of a per-capita income (incomes outside the range go to the end bins). */
  binOf(y: number): number {
    if (!(y > IncomeHistogram.LOW)) return 0;
    const b = keyOf(y) - KEY_LOW;
    return b >= IncomeHistogram.BINS ? IncomeHistogram.BINS - 1 : b;
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

  /** The person-weighted Gini, treating each bin as one group at its mean. */
  gini(): number {
    let totalPersons = 0;
    let totalIncome = 0;
    for (let b = 0; b < IncomeHistogram.BINS; b++) {
      totalPersons += this.persons[b]!;
      totalIncome += this.income[b]!;
    }
    let area = 0;
    let cumulativeIncome = 0;
    for (let b = 0; b < IncomeHistogram.BINS; b++) {
      const p = this.persons[b]!;
      if (p === 0) continue;
      const next = cumulativeIncome + this.income[b]!;
      area += (p / totalPersons) * ((cumulativeIncome + next) / totalIncome);
      cumulativeIncome = next;
    }
    return 1 - area;
  }

  /**
   * Mean per-capita income of each of `groups` equal groups of households ranked by per-capita
   * income (the NBS quintile convention: 20 % of households, mean = income ÷ persons). A bin
   * that straddles a boundary is split in proportion to its households.
   */
  householdGroupMeans(groups: number): number[] {
    let totalHouseholds = 0;
    for (let b = 0; b < IncomeHistogram.BINS; b++) totalHouseholds += this.households[b]!;
    const income = new Array<number>(groups).fill(0);
    const persons = new Array<number>(groups).fill(0);
    let cumulative = 0;
    let group = 0;
    for (let b = 0; b < IncomeHistogram.BINS; b++) {
      let h = this.households[b]!;
      if (h === 0) continue;
      const perHousehold = { p: this.persons[b]! / h, y: this.income[b]! / h };
      while (h > 0) {
        const room = ((group + 1) * totalHouseholds) / groups - cumulative;
        const take = group === groups - 1 ? h : Math.min(h, room);
        income[group]! += take * perHousehold.y;
        persons[group]! += take * perHousehold.p;
        cumulative += take;
        h -= take;
        if (h > 1e-9 * totalHouseholds && group < groups - 1) group++;
        else h = 0;
      }
    }
    return income.map((y, g) => y / persons[g]!);
  }

  /**
   * The distribution of household income under the standard-household convention (per-capita ×
   * `standardSize`): the percentage of persons in each band of `width` yuan from 0 up to
   * `bands × width` (the last band is open), and the Lorenz curve of per-capita income at
   * `points` equally spaced population shares (0 … 1), each bin treated as one group at its mean.
   */
  distribution(standardSize: number, width: number, bands: number, points: number): { shares: number[]; lorenz: number[] } {
    let totalPersons = 0;
    let totalIncome = 0;
    for (let b = 0; b < IncomeHistogram.BINS; b++) {
      totalPersons += this.persons[b]!;
      totalIncome += this.income[b]!;
    }
    const shares = new Array<number>(bands).fill(0);
    const lorenz = new Array<number>(points).fill(0);
    let cumulativePersons = 0;
    let cumulativeIncome = 0;
    let next = 1;
    for (let b = 0; b < IncomeHistogram.BINS; b++) {
      const p = this.persons[b]!;
      if (p === 0) continue;
      const mean = this.income[b]! / p;
      shares[Math.min(bands - 1, Math.floor((mean * standardSize) / width))]! += (100 * p) / totalPersons;
      const fromPersons = cumulativePersons / totalPersons;
      const fromIncome = cumulativeIncome / totalIncome;
      cumulativePersons += p;
      cumulativeIncome += this.income[b]!;
      const toPersons = cumulativePersons / totalPersons;
      const toIncome = cumulativeIncome / totalIncome;
      while (next < points - 1 && next / (points - 1) <= toPersons) {
        const q = next / (points - 1);
        lorenz[next] = fromIncome + ((toIncome - fromIncome) * (q - fromPersons)) / (toPersons - fromPersons);
        next++;
      }
    }
    lorenz[points - 1] = 1;
    return { shares, lorenz };
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
