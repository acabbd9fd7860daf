import {
  CITIES,
  CITY_URBANISATION_2020,
  COMPONENT_SHARES,
  DIBAO_STANDARD_2020,
  EARNERS_PER_PERSON,
  ECO_COUNTIES_2020,
  HOUSEHOLD_SIZE_PMF,
  MOUNTAIN_COUNTIES_2020,
  SIZE_FIVE_PLUS,
} from '../data/baseline';
import { normalCdf, normalInv } from '../numerics/normal';
import { vanDerCorput } from '../numerics/sequences';
import { calibrateCities, type CalibrationBase, type CityCalibration } from './cities';

/** Options that shape the 2020 synthetic population (catalog parameters of the same names). */
export interface BuildOptions {
  readonly sigmaUrban: number;
  readonly sigmaRural: number;
  readonly mountainIncomeFactor: number;
  readonly ecoIncomeFactor: number;
  readonly vulnerableShareScale: number;
  readonly dibaoTakeUp: number;
  readonly dibaoInclusionError: number;
  readonly pensionRecipients: number;
  /** Approximate number of original (non-clone) households. */
  readonly households: number;
  /** The fewest original households a stratum gets (default BUILD_CONSTANTS.minPerStratum). */
  readonly minPerStratum?: number;
  /**
   * Build at another year's provincial levels instead of 2020's (the back-cast's 2015 build).
   * The dibao lines are then the 2020 lines scaled by the base's all-resident mean over 2020's
   * (an assumption: the standard followed income), and everything else (city relatives, shares,
   * household sizes, census populations) stays 2020's.
   */
  readonly base?: CalibrationBase;
}

/** Fixed structural assumptions of the build (model notes §4). */
export const BUILD_CONSTANTS = {
  /** Vulnerable share of persons by area, before the scale factor (dibao_parameters, ASSUMPTION). */
  vulnerableShare: { urban: 0.004, rural: 0.015 },
  /** Vulnerable pre-transfer income: mean κ_v × dibao line, log s.d. σ_v; 60 % of it transfers. */
  vulnerableMeanToLine: 0.8,
  vulnerableSigma: 0.6,
  vulnerableTransferShare: 0.6,
  /** Household size vs income rank: Gaussian-copula correlation ρ. */
  sizeRankCorrelation: -0.2,
  /** Component slopes over the income rank (component_rank_slopes, ASSUMPTION). */
  rankSlopes: { wage: 0.2, business: 0, property: 1.5, transfer: -1.5 },
  /** Minimum households per stratum. */
  minPerStratum: 200,
  /** Share of resident-pension recipients who live in rural households (resident_pension_parameters). */
  pensionRuralShare: 0.75,
  /** City dibao standard = provincial × (city mean ÷ province mean)^0.5 (dibao_parameters). */
  dibaoCityElasticity: 0.5,
} as const;

/**
 * The synthetic household population: struct-of-arrays, one row per household. Rows
 * [0, originals) are the 2020 households; each rural original i has an urban "shadow clone" at
 * row cloneRow[i] with weight 0 in 2020, into which urbanisation moves its weight.
 * Incomes are per capita (yuan/person/year); weights count persons.
 */
export interface Population {
  readonly rows: number;
  readonly originals: number;
  readonly city: Uint8Array;
  /** 1 urban, 0 rural. */
  readonly urban: Uint8Array;
  readonly mountain: Uint8Array;
  readonly eco: Uint8Array;
  readonly vulnerable: Uint8Array;
  readonly isClone: Uint8Array;
  /** For a clone, its original's row; −1 otherwise. */
  readonly cloneOf: Int32Array;
  /** For a rural original, its clone's row; −1 otherwise. */
  readonly cloneRow: Int32Array;
  /** Person rank within the stratum, in (0, 1). */
  readonly rank: Float64Array;
  /** Standard normal score of the rank (used to select movers by income). */
  readonly rankScore: Float64Array;
  readonly size: Float64Array;
  readonly earners: Float64Array;
  /** Persons the row stands for in 2020. */
  readonly persons2020: Float64Array;
  /** 2020 per-capita components: wages, net business, net property, other net transfers (without dibao). */
  readonly wage: Float64Array;
  readonly business: Float64Array;
  readonly property: Float64Array;
  readonly transfer: Float64Array;
  /** 2020 dibao per capita under the baseline rule. */
  readonly dibao2020: Float64Array;
  /** Expected resident-pension recipients in the household. */
  readonly pensioners: Float64Array;
  /** Deterministic draws in [0, 1): dibao take-up and inclusion error. */
  readonly takeUpDraw: Float64Array;
  readonly inclusionDraw: Float64Array;
  /** The city calibration the build used. */
  readonly cities: CityCalibration;
  /** Dibao line per capita per year by city in 2020 (12 × monthly standard). */
  readonly dibaoLine2020: Float64Array;
  /** Stratum of each row (a clone has its original's stratum). */
  readonly stratum: Uint16Array;
  /** Tally group of each row: stratum × 2, + 1 for a clone (the urban twin of a rural stratum). */
  readonly group: Uint16Array;
  /** City, area (1 urban) and mountain flag of each stratum. */
  readonly strataCity: Uint8Array;
  readonly strataUrban: Uint8Array;
  readonly strataMountain: Uint8Array;
}

interface Stratum {
  city: number;
  urban: boolean;
  mountain: boolean;
  persons: number;
  mean: number;
  ecoShare: number;
}

/** The strata: city × area × mountain, with 2020 persons (survey terms) and mean income. */
function strata(cal: CityCalibration, mountainIncomeFactor: number): Stratum[] {
  const out: Stratum[] = [];
  CITIES.forEach((c, ci) => {
    const cityPop = cal.population[ci]!;
    const mtn = MOUNTAIN_COUNTIES_2020[c];
    const mountainShare = mtn ? mtn.population / cityPop : 0;
    const cityUrbanisation = CITY_URBANISATION_2020[c] / 100;
    const mtnUrbanisation = mtn ? mtn.urbanShare / 100 : 0;
    const ecoShare = mtn ? (ECO_COUNTIES_2020[c] ?? 0) / mtn.population : 0;
    for (const urban of [true, false]) {
      const w = cal.surveyUrbanWeight[ci]!;
      const areaPersons = cityPop * (urban ? w : 1 - w);
      const areaMean = urban ? cal.urbanMean[ci]! : cal.ruralMean[ci]!;
      // Mountain share of the area's persons, tilted by the counties' lower urbanisation.
      const share =
        mountainShare >= 0.999 ? 1 : Math.min(1, mountainShare * (urban ? mtnUrbanisation / cityUrbanisation : (1 - mtnUrbanisation) / (1 - cityUrbanisation)));
      if (share >= 1) {
        out.push({ city: ci, urban, mountain: true, persons: areaPersons, mean: areaMean, ecoShare });
        continue;
      }
      const plainMean = areaMean / (1 - share + share * mountainIncomeFactor);
      out.push({ city: ci, urban, mountain: false, persons: areaPersons * (1 - share), mean: plainMean, ecoShare: 0 });
      if (share > 0) out.push({ city: ci, urban, mountain: true, persons: areaPersons * share, mean: plainMean * mountainIncomeFactor, ecoShare });
    }
  });
  return out;
}

/**
 * Dibao lines by city for a build at a base year: the 2020 provincial standard scaled by the
 * base's all-resident mean over 2020's (52,397), with the same city elasticity.
 */
function baseDibaoLines(cal: CityCalibration, base: CalibrationBase): Float64Array {
  const all = base.surveyWeight * base.urbanMean + (1 - base.surveyWeight) * base.ruralMean;
  const standard = DIBAO_STANDARD_2020 * (all / 52397);
  return Float64Array.from(cal.allMean, (m) => 12 * standard * Math.pow(m / all, BUILD_CONSTANTS.dibaoCityElasticity));
}

const sizeValue = (k: number, count: number): number => (k === count - 1 ? SIZE_FIVE_PLUS : k + 1);

/**
 * Draws a household size at a uniform quantile. Rows carry equal person weight, so sizes are
 * drawn from the person-weighted pmf (k × share of size-k households); the household shares then
 * come out as the household pmf.
 */
function sizeAt(pmf: readonly number[], q: number): number {
  let total = 0;
  for (let k = 0; k < pmf.length; k++) total += pmf[k]! * sizeValue(k, pmf.length);
  let cumulative = 0;
  for (let k = 0; k < pmf.length; k++) {
    cumulative += (pmf[k]! * sizeValue(k, pmf.length)) / total;
    if (q < cumulative) return sizeValue(k, pmf.length);
  }
  return SIZE_FIVE_PLUS;
}

/** The stratum's share of original rows: ∝ √persons, at least `minPerStratum` each. */
function rowsPerStratum(list: readonly Stratum[], households: number, minPerStratum: number): number[] {
  const sqrtSum = list.reduce((a, s) => a + Math.sqrt(s.persons), 0);
  return list.map((s) => Math.max(minPerStratum, Math.round((households * Math.sqrt(s.persons)) / sqrtSum)));
}

/** Dibao line per capita per year by city: 12 × the provincial standard × (city mean ÷ province mean)^elasticity. */
function dibaoLinesFor(cal: CityCalibration, base: CalibrationBase | undefined): Float64Array {
  return base
    ? baseDibaoLines(cal, base)
    : Float64Array.from(cal.allMean, (m) => 12 * DIBAO_STANDARD_2020 * Math.pow(m / 52397, BUILD_CONSTANTS.dibaoCityElasticity));
}

/** The per-row columns the build fills (typed arrays: their elements are writable). */
type RowColumns = Pick<
  Population,
  | 'city'
  | 'urban'
  | 'mountain'
  | 'eco'
  | 'vulnerable'
  | 'isClone'
  | 'cloneOf'
  | 'cloneRow'
  | 'rank'
  | 'rankScore'
  | 'size'
  | 'earners'
  | 'persons2020'
  | 'wage'
  | 'business'
  | 'property'
  | 'transfer'
  | 'dibao2020'
  | 'pensioners'
  | 'takeUpDraw'
  | 'inclusionDraw'
  | 'stratum'
> & {
  /** Pre-dibao income per capita (the build's working column; not part of the population). */
  readonly preDibao: Float64Array;
};

/** Zeroed row columns for `rows` rows (clone links at −1). */
function allocateColumns(rows: number): RowColumns {
  return {
    city: new Uint8Array(rows),
    urban: new Uint8Array(rows),
    mountain: new Uint8Array(rows),
    eco: new Uint8Array(rows),
    vulnerable: new Uint8Array(rows),
    isClone: new Uint8Array(rows),
    cloneOf: new Int32Array(rows).fill(-1),
    cloneRow: new Int32Array(rows).fill(-1),
    rank: new Float64Array(rows),
    rankScore: new Float64Array(rows),
    size: new Float64Array(rows),
    earners: new Float64Array(rows),
    persons2020: new Float64Array(rows),
    wage: new Float64Array(rows),
    business: new Float64Array(rows),
    property: new Float64Array(rows),
    transfer: new Float64Array(rows),
    dibao2020: new Float64Array(rows),
    pensioners: new Float64Array(rows),
    takeUpDraw: new Float64Array(rows),
    inclusionDraw: new Float64Array(rows),
    preDibao: new Float64Array(rows),
    stratum: new Uint16Array(rows),
  };
}

/**
 * Fills the original rows [start, start + n) of stratum k: ranks on a quantile grid, household
 * sizes by a Gaussian copula on the rank, deterministic draws, and pre-dibao income (rows below
 * the vulnerable share are the vulnerable group; the rest span the full lognormal).
 */
function fillStratumRows(cols: RowColumns, s: Stratum, k: number, start: number, n: number, line: number, vShare: number, options: BuildOptions): void {
  const { stratum, city, urban, mountain, eco, vulnerable, rank, rankScore, size, earners, persons2020, takeUpDraw, inclusionDraw, preDibao } = cols;
  const rho = BUILD_CONSTANTS.sizeRankCorrelation;
  const sigma = s.urban ? options.sigmaUrban : options.sigmaRural;
  const pmf = s.urban ? HOUSEHOLD_SIZE_PMF.urban : HOUSEHOLD_SIZE_PMF.rural;
  const personsPerRow = s.persons / n;
  let vulnerableRows = 0;
  while (vulnerableRows < n && (vulnerableRows + 0.5) / n < vShare) vulnerableRows++;
  for (let i = 0, row = start; i < n; i++, row++) {
    const u = (i + 0.5) / n;
    stratum[row] = k;
    city[row] = s.city;
    urban[row] = s.urban ? 1 : 0;
    mountain[row] = s.mountain ? 1 : 0;
    eco[row] = s.mountain && vanDerCorput(i + 1, 5) < s.ecoShare ? 1 : 0;
    rank[row] = u;
    rankScore[row] = normalInv(u);
    const z = rankScore[row]!;
    const zIndependent = normalInv(vanDerCorput(i + 1, 2));
    size[row] = sizeAt(pmf, normalCdf(rho * z + Math.sqrt(1 - rho * rho) * zIndependent));
    earners[row] = EARNERS_PER_PERSON * size[row]!;
    persons2020[row] = personsPerRow;
    takeUpDraw[row] = vanDerCorput(row + 1, 3);
    inclusionDraw[row] = vanDerCorput(row + 1, 7);
    if (i < vulnerableRows) {
      vulnerable[row] = 1;
      const sv = BUILD_CONSTANTS.vulnerableSigma;
      preDibao[row] = BUILD_CONSTANTS.vulnerableMeanToLine * line * Math.exp(sv * normalInv(u / vShare) - (sv * sv) / 2);
    } else {
      const uu = (i - vulnerableRows + 0.5) / (n - vulnerableRows);
      preDibao[row] = Math.exp(Math.log(s.mean) - (sigma * sigma) / 2 + sigma * normalInv(uu)) * (eco[row] ? options.ecoIncomeFactor : 1);
    }
  }
}

/** A row's 2020 dibao under the baseline rule: the gap to the line if taken up, or the inclusion error's 0.3 × line. */
function baselineDibao(cols: RowColumns, r: number, dibaoLine2020: Float64Array, options: BuildOptions): number {
  const y = cols.preDibao[r]!;
  const lineR = dibaoLine2020[cols.city[r]!]!;
  if (y < lineR) return cols.takeUpDraw[r]! < options.dibaoTakeUp ? lineR - y : 0;
  if (y < 1.5 * lineR && cols.inclusionDraw[r]! < options.dibaoInclusionError) return 0.3 * lineR;
  return 0;
}

/**
 * Scales the non-vulnerable rows of [start, end) until the stratum mean, dibao included, is the
 * target, then writes each row's 2020 dibao.
 */
function scaleStratumToMean(cols: RowColumns, s: Stratum, start: number, end: number, dibaoLine2020: Float64Array, options: BuildOptions): void {
  const { preDibao, vulnerable, dibao2020 } = cols;
  const n = end - start;
  for (let iter = 0; iter < 8; iter++) {
    let total = 0;
    let scalable = 0;
    for (let r = start; r < end; r++) {
      const d = baselineDibao(cols, r, dibaoLine2020, options);
      total += preDibao[r]! + d;
      if (!vulnerable[r]) scalable += preDibao[r]!;
    }
    const target = s.mean * n;
    const factor = 1 + (target - total) / scalable;
    for (let r = start; r < end; r++) if (!vulnerable[r]) preDibao[r]! *= factor;
  }
  for (let r = start; r < end; r++) dibao2020[r] = baselineDibao(cols, r, dibaoLine2020, options);
}

/**
 * Splits each row's pre-dibao income of [start, end) into wages, business, property and other
 * transfers: fixed shares for vulnerable rows, rank-sloped shares for the rest, then RAS to the
 * stratum's component totals (ending on rows, so every row still sums to its income).
 */
function splitComponents(cols: RowColumns, s: Stratum, start: number, end: number): void {
  const { preDibao, vulnerable, rank, dibao2020, wage, business, property, transfer } = cols;
  const n = end - start;
  const shares = s.urban ? COMPONENT_SHARES.urban : COMPONENT_SHARES.rural;
  const slopes = BUILD_CONSTANTS.rankSlopes;
  const base = [shares.wage, shares.business, shares.property, shares.transfer];
  const beta = [slopes.wage, slopes.business, slopes.property, slopes.transfer];
  const comps = [wage, business, property, transfer];
  const targets = [0, 0, 0, 0];
  let dibaoTotal = 0;
  for (let r = start; r < end; r++) dibaoTotal += dibao2020[r]!;
  for (let c = 0; c < 4; c++) targets[c] = base[c]! * s.mean * n;
  targets[3]! -= dibaoTotal;
  for (let r = start; r < end; r++) {
    const y = preDibao[r]!;
    if (vulnerable[r]) {
      const t = BUILD_CONSTANTS.vulnerableTransferShare;
      wage[r] = 0.75 * (1 - t) * y;
      business[r] = 0.25 * (1 - t) * y;
      property[r] = 0;
      transfer[r] = t * y;
      for (let c = 0; c < 4; c++) targets[c]! -= comps[c]![r]!;
      continue;
    }
    let sum = 0;
    for (let c = 0; c < 4; c++) sum += base[c]! * Math.exp(beta[c]! * (rank[r]! - 0.5));
    for (let c = 0; c < 4; c++) comps[c]![r] = (y * base[c]! * Math.exp(beta[c]! * (rank[r]! - 0.5))) / sum;
  }
  for (let c = 0; c < 4; c++) targets[c] = Math.max(targets[c]!, 0);
  for (let iter = 0; iter < 12; iter++) {
    for (let c = 0; c < 4; c++) {
      let colSum = 0;
      for (let r = start; r < end; r++) if (!vulnerable[r]) colSum += comps[c]![r]!;
      const f = colSum > 0 ? targets[c]! / colSum : 1;
      for (let r = start; r < end; r++) if (!vulnerable[r]) comps[c]![r]! *= f;
    }
    for (let r = start; r < end; r++) {
      if (vulnerable[r]) continue;
      const sum = wage[r]! + business[r]! + property[r]! + transfer[r]!;
      const f = preDibao[r]! / sum;
      for (let c = 0; c < 4; c++) comps[c]![r]! *= f;
    }
  }
}

/**
 * Appends the shadow clones from row `originals` on: an urban copy of every rural original, weight 0
 * in 2020, starting with its original's 2020 components (the engine applies the mover uplift).
 */
function addShadowClones(cols: RowColumns, originals: number): void {
  const {
    cloneRow,
    cloneOf,
    isClone,
    stratum,
    wage,
    business,
    property,
    transfer,
    city,
    urban,
    mountain,
    eco,
    vulnerable,
    rank,
    rankScore,
    size,
    earners,
    takeUpDraw,
    inclusionDraw,
  } = cols;
  let c = originals;
  for (let r = 0; r < originals; r++) {
    if (urban[r]) continue;
    cloneRow[r] = c;
    cloneOf[c] = r;
    isClone[c] = 1;
    stratum[c] = stratum[r]!;
    wage[c] = wage[r]!;
    business[c] = business[r]!;
    property[c] = property[r]!;
    transfer[c] = transfer[r]!;
    city[c] = city[r]!;
    urban[c] = 1;
    mountain[c] = mountain[r]!;
    eco[c] = eco[r]!;
    vulnerable[c] = vulnerable[r]!;
    rank[c] = rank[r]!;
    rankScore[c] = rankScore[r]!;
    size[c] = size[r]!;
    earners[c] = earners[r]!;
    takeUpDraw[c] = takeUpDraw[r]!;
    inclusionDraw[c] = inclusionDraw[r]!;
    c++;
  }
}

/**
 * Resident-pension recipients: more likely in lower ranks and in rural households; scaled (by
 * bisection, per area) so the expected count is the catalog's N_P with the rural share of
 * BUILD_CONSTANTS. Clones carry their original's recipients.
 */
function assignPensioners(cols: RowColumns, originals: number, pensionRecipients: number): void {
  const { urban, size, rank, persons2020, pensioners, cloneRow } = cols;
  for (const isUrban of [0, 1]) {
    const wanted = pensionRecipients * 1e6 * (isUrban ? 1 - BUILD_CONSTANTS.pensionRuralShare : BUILD_CONSTANTS.pensionRuralShare);
    const countAt = (scale: number, write: boolean): number => {
      let total = 0;
      for (let r = 0; r < originals; r++) {
        if (urban[r] !== isUrban) continue;
        const expected = Math.min(2, size[r]!) * Math.min(1, scale * (1.5 - rank[r]!));
        if (write) pensioners[r] = expected;
        total += (persons2020[r]! / size[r]!) * expected;
      }
      return total;
    };
    let lo = 0;
    let hi = 10;
    for (let iter = 0; iter < 80; iter++) {
      const mid = (lo + hi) / 2;
      if (countAt(mid, false) < wanted) lo = mid;
      else hi = mid;
    }
    countAt((lo + hi) / 2, true);
  }
  for (let r = 0; r < originals; r++) if (cloneRow[r]! >= 0) pensioners[cloneRow[r]!] = pensioners[r]!;
}

/**
 * Builds the 2020 synthetic population deterministically (quantile grids and van der Corput
 * sequences, no randomness). It reproduces the official 2020 province, urban and rural means
 * exactly and the city means of the calibration, with the dibao of the baseline rule included.
 */
export function buildPopulation(options: BuildOptions): Population {
  const cal = calibrateCities(options.base);
  const list = strata(cal, options.mountainIncomeFactor);
  const counts = rowsPerStratum(list, options.households, options.minPerStratum ?? BUILD_CONSTANTS.minPerStratum);
  const originals = counts.reduce((a, b) => a + b, 0);
  const ruralOriginals = list.reduce((a, s, k) => a + (s.urban ? 0 : counts[k]!), 0);
  const rows = originals + ruralOriginals;
  const cols = allocateColumns(rows);
  const dibaoLine2020 = dibaoLinesFor(cal, options.base);

  let start = 0;
  list.forEach((s, k) => {
    const n = counts[k]!;
    const vShare = Math.min(0.2, (s.urban ? BUILD_CONSTANTS.vulnerableShare.urban : BUILD_CONSTANTS.vulnerableShare.rural) * options.vulnerableShareScale);
    fillStratumRows(cols, s, k, start, n, dibaoLine2020[s.city]!, vShare, options);
    scaleStratumToMean(cols, s, start, start + n, dibaoLine2020, options);
    splitComponents(cols, s, start, start + n);
    start += n;
  });
  addShadowClones(cols, originals);
  assignPensioners(cols, originals, options.pensionRecipients);

  const { preDibao: _working, ...columns } = cols;
  return {
    rows,
    originals,
    ...columns,
    cities: cal,
    dibaoLine2020,
    group: Uint16Array.from(cols.stratum, (k, r) => k * 2 + cols.isClone[r]!),
    strataCity: Uint8Array.from(list, (s) => s.city),
    strataUrban: Uint8Array.from(list, (s) => (s.urban ? 1 : 0)),
    strataMountain: Uint8Array.from(list, (s) => (s.mountain ? 1 : 0)),
  };
}
