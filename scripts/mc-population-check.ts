/**
 * `npx tsx scripts/mc-population-check.ts [draws] [scenario overrides as JSON]`: checks the
 * population Monte Carlo runs on. Runs the same draws (seed DEFAULT_SEED, default 1,000 draws,
 * the baseline scenario) on MC_POPULATION anchored to the full population, as the app and the
 * CLI do, and exactly on the full population (DEFAULT_HOUSEHOLDS, no anchor); for every target
 * with basis `model` compares P(met) (within two binomial standard errors) and the 2025
 * P10/P50/P90 (the full run's value inside the small run's 95 % order-statistic interval). Prints
 * a table and exits 1 if any figure disagrees. Slow: a full-population draw costs about fifteen small ones.
 */
import { DEFAULT_HOUSEHOLDS, TARGET_YEAR } from '../src/model/catalog';
import { BUILD_CONSTANTS } from '../src/model/population/build';
import { YEAR_COUNT, YEARS } from '../src/model/params';
import { DEFAULT_SEED, drawSample, MC_POPULATION, MC_TARGETS, runDraws, summarise, type DrawChunk, type McRunOptions } from '../src/model/uncertainty';

const draws = Number(process.argv[2] ?? 1000);
const overrides = JSON.parse(process.argv[3] ?? '{}') as Record<string, number>;
const outputs = MC_TARGETS.map((t) => t.outputId);
const sample = drawSample(DEFAULT_SEED, draws);
const t = YEARS.indexOf(TARGET_YEAR);

function timed(label: string, options: McRunOptions): DrawChunk {
  const start = performance.now();
  const chunk = runDraws(overrides, sample, 0, draws, { ...options, outputs });
  console.log(`${draws} draws ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return chunk;
}

const SMALL = `${MC_POPULATION.households}/${MC_POPULATION.minPerStratum} anchored`;
const anchoredRun = timed(
  `on ${MC_POPULATION.households} households (at least ${MC_POPULATION.minPerStratum} per stratum), anchored to ${DEFAULT_HOUSEHOLDS}`,
  {},
);
const full = timed(`on ${DEFAULT_HOUSEHOLDS} households`, {
  population: { households: DEFAULT_HOUSEHOLDS, minPerStratum: BUILD_CONSTANTS.minPerStratum },
  anchorTo: null,
});
const small = summarise(overrides, sample, [anchoredRun]);
const large = summarise(overrides, sample, [full]);

/** The 95 % interval of the q-quantile from the order statistics of `values` (binomial ranks, normal approximation). */
function interval(chunk: DrawChunk, o: number, q: number): [number, number] {
  const values = Float64Array.from({ length: draws }, (_, i) => chunk.scenario[i * outputs.length * YEAR_COUNT + o * YEAR_COUNT + t]!).sort();
  const half = 1.96 * Math.sqrt(draws * q * (1 - q));
  const lo = Math.max(0, Math.floor(draws * q - half) - 1);
  const hi = Math.min(draws - 1, Math.ceil(draws * q + half) - 1);
  return [values[lo]!, values[hi]!];
}

let agree = true;
console.log(
  `\ntarget                           P(met) ${SMALL} / ${DEFAULT_HOUSEHOLDS} (2 s.e.)   P10 / P50 / P90 in ${TARGET_YEAR}: ${SMALL} [95 % interval] vs ${DEFAULT_HOUSEHOLDS}`,
);
outputs.forEach((id, o) => {
  const [p, q] = [small.pMet[id]!, large.pMet[id]!];
  const mean = (p + q) / 2;
  const se2 = 2 * Math.sqrt((mean * (1 - mean)) / draws);
  const pOk = Math.abs(p - q) <= se2;
  const cells = [0.1, 0.5, 0.9].map((quantile) => {
    const key = `p${Math.round(quantile * 100)}` as 'p10' | 'p50' | 'p90';
    const [lo, hi] = interval(anchoredRun, o, quantile);
    const value = large.quantiles[id]![key][t]!;
    const ok = value >= lo && value <= hi;
    if (!ok) agree = false;
    return `${small.quantiles[id]![key][t]!.toPrecision(5)} [${lo.toPrecision(5)}, ${hi.toPrecision(5)}] vs ${value.toPrecision(5)}${ok ? '' : ' ✗'}`;
  });
  if (!pOk) agree = false;
  console.log(`${id.padEnd(32)} ${p.toFixed(3)} / ${q.toFixed(3)} (±${se2.toFixed(3)})${pOk ? '' : ' ✗'}   ${cells.join('; ')}`);
});
console.log(`P(all met): ${small.pAllMet.toFixed(3)} / ${large.pAllMet.toFixed(3)}`);
console.log(agree ? 'The small anchored population agrees with the full one within Monte Carlo error.' : 'DISAGREEMENT beyond Monte Carlo error (marked ✗).');
process.exitCode = agree ? 0 : 1;
