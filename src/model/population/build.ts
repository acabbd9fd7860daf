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
        mountainShare >= 0.999
          ? 1
          : Math.min(1, mountainShare * (urban ? mtnUrbanisation / cityUrbanisation : (1 - mtnUrbanisation) / (1 - cityUrbanisation)));
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

/**
 * Builds the 2020 synthetic population deterministically (quantile grids and van der Corput
 * sequences, no randomness). It reproduces the official 2020 province, urban and rural means
 * exactly and the city means of the calibration, with the dibao of the baseline rule included.
 */
export function buildPopulation(options: BuildOptions): Population {
  const cal = calibrateCities(options.base);
  const list = strata(cal, options.mountainIncomeFactor);
  const sqrtSum = list.reduce((a, s) => a + Math.sqrt(s.persons), 0);
  const counts = list.map((s) => Math.max(BUILD_CONSTANTS.minPerStratum, Math.round((options.households * Math.sqrt(s.persons)) / sqrtSum)));
  const originals = counts.reduce((a, b) => a + b, 0);
  const ruralOriginals = list.reduce((a, s, k) => a + (s.urban ? 0 : counts[k]!), 0);
  const rows = originals + ruralOriginals;

  const city = new Uint8Array(rows);
  const urban = new Uint8Array(rows);
  const mountain = new Uint8Array(rows);
  const eco = new Uint8Array(rows);
  const vulnerable = new Uint8Array(rows);
  const isClone = new Uint8Array(rows);
  const cloneOf = new Int32Array(rows).fill(-1);
  const cloneRow = new Int32Array(rows).fill(-1);
  const rank = new Float64Array(rows);
  const rankScore = new Float64Array(rows);
  const size = new Float64Array(rows);
  const earners = new Float64Array(rows);
  const persons2020 = new Float64Array(rows);
  const wage = new Float64Array(rows);
  const business = new Float64Array(rows);
  const property = new Float64Array(rows);
  const transfer = new Float64Array(rows);
  const dibao2020 = new Float64Array(rows);
  const pensioners = new Float64Array(rows);
  const takeUpDraw = new Float64Array(rows);
  const inclusionDraw = new Float64Array(rows);
  const preDibao = new Float64Array(rows);
  const stratum = new Uint16Array(rows);
  const strataCity = Uint8Array.from(list, (s) => s.city);
  const strataUrban = Uint8Array.from(list, (s) => (s.urban ? 1 : 0));
  const strataMountain = Uint8Array.from(list, (s) => (s.mountain ? 1 : 0));
  const dibaoLine2020 = options.base ? baseDibaoLines(cal, options.base) : Float64Array.from(cal.allMean, (m) => 12 * DIBAO_STANDARD_2020 * Math.pow(m / 52397, BUILD_CONSTANTS.dibaoCityElasticity));

  const rho = BUILD_CONSTANTS.sizeRankCorrelation;
  let row = 0;
  list.forEach((s, k) => {
    const n = counts[k]!;
    const start = row;
    const sigma = s.urban ? options.sigmaUrban : options.sigmaRural;
    const vShare = Math.min(0.2, (s.urban ? BUILD_CONSTANTS.vulnerableShare.urban : BUILD_CONSTANTS.vulnerableShare.rural) * options.vulnerableShareScale);
    const line = dibaoLine2020[s.city]!;
    const shares = s.urban ? COMPONENT_SHARES.urban : COMPONENT_SHARES.rural;
    const pmf = s.urban ? HOUSEHOLD_SIZE_PMF.urban : HOUSEHOLD_SIZE_PMF.rural;
    const personsPerRow = s.persons / n;

    // Rows below the vulnerable share are the vulnerable group; the rest span the full lognormal.
    let vulnerableRows = 0;
    while (vulnerableRows < n && (vulnerableRows + 0.5) / n < vShare) vulnerableRows++;
    for (let i = 0; i < n; i++, row++) {
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
    const end = row;

    // Scale the non-vulnerable rows until the stratum mean, dibao included, is the target.
    const dibaoOf = (r: number): number => {
      const y = preDibao[r]!;
      const lineR = dibaoLine2020[city[r]!]!;
      if (y < lineR) return takeUpDraw[r]! < options.dibaoTakeUp ? lineR - y : 0;
      if (y < 1.5 * lineR && inclusionDraw[r]! < options.dibaoInclusionError) return 0.3 * lineR;
      return 0;
    };
    for (let iter = 0; iter < 8; iter++) {
      let total = 0;
      let scalable = 0;
      for (let r = start; r < end; r++) {
        const d = dibaoOf(r);
        total += preDibao[r]! + d;
        if (!vulnerable[r]) scalable += preDibao[r]!;
      }
      const target = s.mean * n;
      const factor = 1 + (target - total) / scalable;
      for (let r = start; r < end; r++) if (!vulnerable[r]) preDibao[r]! *= factor;
    }
    for (let r = start; r < end; r++) dibao2020[r] = dibaoOf(r);

    // Components: rank-sloped shares, then RAS to the stratum's component totals (ending on rows).
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
  });

  // Shadow clones: an urban copy of every rural original, weight 0 in 2020.
  for (let r = 0; r < originals; r++) {
    if (urban[r]) continue;
    const c = row++;
    cloneRow[r] = c;
    cloneOf[c] = r;
    isClone[c] = 1;
    stratum[c] = stratum[r]!;
    // A clone starts with its original's 2020 components; the engine applies the mover uplift.
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
  }

  // Resident-pension recipients: more likely in lower ranks and in rural households; scaled so
  // the expected count is the catalog's N_P with the rural share of BUILD_CONSTANTS.
  for (const isUrban of [0, 1]) {
    const wanted = options.pensionRecipients * 1e6 * (isUrban ? 1 - BUILD_CONSTANTS.pensionRuralShare : BUILD_CONSTANTS.pensionRuralShare);
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

  return {
    rows,
    originals,
    city,
    urban,
    mountain,
    eco,
    vulnerable,
    isClone,
    cloneOf,
    cloneRow,
    rank,
    rankScore,
    size,
    earners,
    persons2020,
    wage,
    business,
    property,
    transfer,
    dibao2020,
    pensioners,
    takeUpDraw,
    inclusionDraw,
    cities: cal,
    dibaoLine2020,
    stratum,
    group: Uint16Array.from(stratum, (k, r) => k * 2 + isClone[r]!),
    strataCity,
    strataUrban,
    strataMountain,
  };
}
