/**
 * "Who gains": the distributional impact of a scenario's levers against its baseline (the same
 * assumptions, every lever at its default), in the style of PolicyEngine's decile impact
 * (PolicyEngine/policyengine.py, docs/Distributional/ByIncomeDecile: the average and relative
 * change of net income by baseline income decile; and its intra-decile winners and losers, whose
 * shares are weighted by people, not households).
 *
 * The unit of comparison is a 2020 household followed through the years together with the persons
 * urbanisation moves into its urban clone: its persons are the same in both runs (movers only shift
 * between a row and its clone), so scenario and baseline compare household by household even when
 * a lever changes the pace of urbanisation. Its income is the persons-weighted mean per-capita
 * disposable income of the household and its clone. Per-capita, not equivalised: the model's
 * incomes, the NBS survey and the plan's targets are all per capita, and the synthetic households
 * carry no ages to build an equivalence scale from.
 */
import { WHO_GAINS_CUTS, WHO_GAINS_DECILES, WHO_GAINS_LINES, WHO_GAINS_THRESHOLD, type WhoGainsCutId } from '../catalog/who-gains';
import type { Population } from '../population/build';

export { WHO_GAINS_CUTS } from '../catalog/who-gains';
export type WhoGainsCut = WhoGainsCutId;

/** The impact on one cut of the population in one year. Means are per person per year (yuan); shares are percent of the cut's persons. */
export interface WhoGainsGroup {
  /** Mean baseline income per decile (yuan/person/year). */
  readonly decileBaselineMean: number[];
  /** Mean change in income per decile, scenario − baseline (yuan/person/year). */
  readonly decileChange: number[];
  /** The decile's change in total income over its baseline total (percent). */
  readonly decilePercentChange: number[];
  /** The same over the whole cut. */
  readonly meanChange: number;
  readonly percentChange: number;
  /** Percent of persons whose household's income rises by more than 1 %, falls by more than 1 %, or neither. */
  readonly gainShare: number;
  readonly loseShare: number;
  readonly noChangeShare: number;
  /** Persons below 1, 1.5 and 2 × the baseline's dibao line, in the baseline and in the scenario. */
  readonly baselineBelow: number[];
  readonly scenarioBelow: number[];
  /** Scenario − baseline of those counts (persons). */
  readonly belowChange: number[];
}

/** The impact in one year, by cut. */
export interface WhoGainsYear {
  readonly year: number;
  readonly cuts: Record<WhoGainsCut, WhoGainsGroup>;
}

/** Cut membership of each 2020 household (index = original row), and the persons each carries (relative to 2020, constant over time). */
export interface WhoGainsUnits {
  readonly count: number;
  readonly weight: Float64Array;
  /** For each cut except 'all', 1 for households in it. */
  readonly inCut: Record<Exclude<WhoGainsCut, 'all'>, Uint8Array>;
}

/** The 2020 households of a population as who-gains units: a household's cut is its 2020 residence, so a cut holds the same persons in both runs. */
export function unitsOf(pop: Population): WhoGainsUnits {
  const n = pop.originals;
  return {
    count: n,
    weight: pop.persons2020.subarray(0, n),
    inCut: {
      urban: pop.urban.subarray(0, n),
      rural: Uint8Array.from(pop.urban.subarray(0, n), (u) => 1 - u),
      mountain: pop.mountain.subarray(0, n),
    },
  };
}

/**
 * What one run records for the comparison, per year: each unit's per-capita income, and the persons
 * below the dibao line multiples by cut (counted by row, so 'all' equals the persons_below_* outputs).
 */
export class RunIncomes {
  /** income[t][u]: unit u's mean per-capita disposable income in year index t (yuan/person/year). */
  readonly income: Float64Array[] = [];
  /** below[t][cut × 3 + k]: persons (absolute) below WHO_GAINS_LINES[k] × the line, cuts in WHO_GAINS_CUTS order. */
  readonly below: Float64Array[] = [];
  readonly #order: Int32Array[] = [];
  /** #rankings[t][cut]: the cut's ranking in year index t, made once (a baseline run is cached and compared with every scenario of its assumptions). */
  readonly #rankings: Partial<Record<WhoGainsCut, CutRanking>>[] = [];

  /** Units by ascending income in year index t, ties by index (computed once; starts from the previous year's order, which TimSort finishes in near-linear time). */
  orderOf(t: number): Int32Array {
    const cached = this.#order[t];
    if (cached) return cached;
    const income = this.income[t]!;
    const start = t > 0 ? this.orderOf(t - 1) : Int32Array.from(income, (_, i) => i);
    const order = Int32Array.from(start).sort((a, b) => income[a]! - income[b]! || a - b);
    this.#order[t] = order;
    return order;
  }

  /** A cut's units by ascending income in year index t, with their persons' total (computed once). */
  rankingOf(t: number, cut: WhoGainsCut, units: WhoGainsUnits): CutRanking {
    const year = (this.#rankings[t] ??= {});
    return (year[cut] ??= rankCut(this.orderOf(t), units.weight, cut === 'all' ? undefined : units.inCut[cut]));
  }
}

/** The units of one cut by ascending baseline income, and the total of their persons (summed in that order). */
export interface CutRanking {
  readonly order: Int32Array;
  readonly total: number;
}

/** The members of a cut (all units when `member` is undefined) in the order given, with the total of their weights. */
export function rankCut(order: Int32Array, weight: Float64Array, member: Uint8Array | undefined): CutRanking {
  if (!member) {
    let total = 0;
    for (let j = 0; j < order.length; j++) total += weight[order[j]!]!;
    return { order, total };
  }
  const members = order.filter((u) => member[u] === 1);
  let total = 0;
  for (let j = 0; j < members.length; j++) total += weight[members[j]!]!;
  return { order: members, total };
}

/**
 * Records year t of a run: the units' incomes from the rows' final incomes, and the persons below
 * each line multiple by cut. `lineByCity` is the line the poverty counts use (the baseline's dibao
 * line this year, the same in both runs, so a change in the count is a change in incomes, not in
 * the line); `margin` keeps float noise from counting a recipient lifted exactly to the line as below.
 */
export function recordYear(
  into: RunIncomes,
  pop: Population,
  persons: Float64Array,
  income: Float64Array,
  lineByCity: Float64Array,
  scale: number,
  margin: number,
): void {
  const { originals, cloneRow, cloneOf, urban, mountain, city } = pop;
  const units = new Float64Array(originals);
  for (let o = 0; o < originals; o++) {
    const c = cloneRow[o]!;
    const pc = c >= 0 ? persons[c]! : 0;
    if (pc === 0) {
      units[o] = income[o]!;
    } else {
      const p = persons[o]!;
      units[o] = (p * income[o]! + pc * income[c]!) / (p + pc);
    }
  }
  const below = new Float64Array(WHO_GAINS_CUTS.length * 3);
  for (let r = 0; r < pop.rows; r++) {
    const p = persons[r]!;
    if (p === 0) continue;
    const line = lineByCity[city[r]!]! * (1 - margin);
    const y = income[r]!;
    if (y >= 2 * line) continue;
    const o = r < originals ? r : cloneOf[r]!;
    const area = urban[o] ? 1 : 2;
    const inMountain = mountain[o] === 1;
    for (let k = 0; k < 3; k++) {
      if (y < WHO_GAINS_LINES[k]! * line) {
        below[k]! += p;
        below[area * 3 + k]! += p;
        if (inMountain) below[9 + k]! += p;
      }
    }
  }
  for (let i = 0; i < below.length; i++) below[i]! *= scale;
  into.income.push(units);
  into.below.push(below);
}

/**
 * The impact of a scenario against its baseline in every year. Deciles are deciles of persons
 * within the cut, ranked by baseline income; a household on a decile boundary is split between the
 * two deciles by its persons, so every decile holds exactly a tenth of the cut's persons and the
 * mean of the ten decile changes is the cut's mean change.
 */
export function whoGains(units: WhoGainsUnits, years: readonly number[], baseline: RunIncomes, scenario: RunIncomes): WhoGainsYear[] {
  return years.map((year, t) => {
    const b = baseline.income[t]!;
    const s = scenario.income[t]!;
    const cuts = {} as Record<WhoGainsCut, WhoGainsGroup>;
    WHO_GAINS_CUTS.forEach((cut, i) => {
      cuts[cut] = {
        ...rankedImpact(baseline.rankingOf(t, cut, units), units.weight, b, s),
        baselineBelow: Array.from(baseline.below[t]!.subarray(i * 3, i * 3 + 3)),
        scenarioBelow: Array.from(scenario.below[t]!.subarray(i * 3, i * 3 + 3)),
        belowChange: Array.from(scenario.below[t]!.subarray(i * 3, i * 3 + 3), (v, k) => v - baseline.below[t]![i * 3 + k]!),
      };
    });
    return { year, cuts };
  });
}

/** The impact measures of a cut that do not count persons below the line. */
type GroupImpact = Omit<WhoGainsGroup, 'baselineBelow' | 'scenarioBelow' | 'belowChange'>;

/** Deciles, means and winner/loser shares of the members of one cut (`member` undefined: every unit), units given by ascending baseline income (see whoGains). */
export function groupImpact(
  order: Int32Array,
  weight: Float64Array,
  member: Uint8Array | undefined,
  baseline: Float64Array,
  scenario: Float64Array,
): GroupImpact {
  return rankedImpact(rankCut(order, weight, member), weight, baseline, scenario);
}

/** groupImpact on a cut already ranked (rankCut): the baseline's rankings are made once and serve every scenario. */
function rankedImpact({ order, total }: CutRanking, weight: Float64Array, baseline: Float64Array, scenario: Float64Array): GroupImpact {
  const D = WHO_GAINS_DECILES;
  const persons = new Float64Array(D);
  const base = new Float64Array(D);
  const change = new Float64Array(D);
  let gain = 0;
  let lose = 0;
  let cumulative = 0;
  // A unit's first decile is the previous unit's last (its `from` is that unit's `to`), and a
  // unit inside one decile adds to that decile alone: so the open decile's sums are kept in
  // locals and written when a unit reaches the next decile. The additions happen in the same
  // order as adding to the arrays unit by unit, so the sums are the same to the last bit.
  let first = 0;
  let open = 0;
  let openPersons = 0;
  let openBase = 0;
  let openChange = 0;
  for (let j = 0; j < order.length; j++) {
    const u = order[j]!;
    const w = weight[u]!;
    const y = baseline[u]!;
    const dy = scenario[u]! - y;
    const from = cumulative;
    const to = cumulative + w;
    cumulative = to;
    const last = Math.min(D - 1, Math.floor((to * D) / total));
    for (let d = first; d <= last; d++) {
      const lo = d === first ? from : (d * total) / D;
      const hi = d === last ? to : ((d + 1) * total) / D;
      const part = hi - lo;
      if (part <= 0) continue;
      if (d !== open) {
        persons[open] = openPersons;
        base[open] = openBase;
        change[open] = openChange;
        open = d;
        openPersons = persons[d]!;
        openBase = base[d]!;
        openChange = change[d]!;
      }
      openPersons += part;
      openBase += part * y;
      openChange += part * dy;
    }
    first = last;
    // A zero or negative baseline income has no relative change: the sign of the change decides.
    const relative = y > 0 ? dy / y : dy;
    if (relative > WHO_GAINS_THRESHOLD) gain += w;
    else if (relative < -WHO_GAINS_THRESHOLD) lose += w;
  }
  persons[open] = openPersons;
  base[open] = openBase;
  change[open] = openChange;
  let baseTotal = 0;
  let changeTotal = 0;
  for (let d = 0; d < D; d++) {
    baseTotal += base[d]!;
    changeTotal += change[d]!;
  }
  const percentOf = (dy: number, y: number): number => (y === 0 ? 0 : (100 * dy) / y);
  return {
    decileBaselineMean: Array.from(base, (v, d) => v / persons[d]!),
    decileChange: Array.from(change, (v, d) => v / persons[d]!),
    decilePercentChange: Array.from(change, (v, d) => percentOf(v, base[d]!)),
    meanChange: changeTotal / total,
    percentChange: percentOf(changeTotal, baseTotal),
    gainShare: 100 * (gain / total),
    loseShare: 100 * (lose / total),
    noChangeShare: 100 * ((total - gain - lose) / total),
  };
}
