/**
 * `npx tsx scripts/mc-population-check.ts [draws]`: checks the population Monte Carlo runs on.
 * Runs the same draws (seed DEFAULT_SEED, default 200 draws, the baseline scenario) at the
 * preview population (PREVIEW_HOUSEHOLDS) and at the full one (DEFAULT_HOUSEHOLDS), and for every
 * target with basis `model` compares P(met) (within two binomial standard errors) and the 2025
 * P10/P50/P90 (the full run's value inside the preview's 95 % order-statistic interval). Prints a
 * table and exits 1 if any figure disagrees. Slow: a full-population draw costs about four preview draws.
 */
import { DEFAULT_HOUSEHOLDS, PREVIEW_HOUSEHOLDS, TARGET_YEAR } from '../src/model/catalog';
import { YEAR_COUNT, YEARS } from '../src/model/params';
import { DEFAULT_SEED, drawSample, MC_TARGETS, runDraws, summarise, type DrawChunk } from '../src/model/uncertainty';

const draws = Number(process.argv[2] ?? 200);
const overrides = {};
const outputs = MC_TARGETS.map((t) => t.outputId);
const sample = drawSample(DEFAULT_SEED, draws);
const t = YEARS.indexOf(TARGET_YEAR);

function timed(households: number): DrawChunk {
  const start = performance.now();
  const chunk = runDraws(overrides, sample, 0, draws, { households, outputs });
  console.log(`${draws} draws at ${households} households: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return chunk;
}

const preview = timed(PREVIEW_HOUSEHOLDS);
const full = timed(DEFAULT_HOUSEHOLDS);
const small = summarise(overrides, sample, [preview]);
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
  `\ntarget                           P(met) ${PREVIEW_HOUSEHOLDS} / ${DEFAULT_HOUSEHOLDS} (2 s.e.)   P10 / P50 / P90 in ${TARGET_YEAR}: ${PREVIEW_HOUSEHOLDS} [95 % interval] vs ${DEFAULT_HOUSEHOLDS}`,
);
outputs.forEach((id, o) => {
  const [p, q] = [small.pMet[id]!, large.pMet[id]!];
  const mean = (p + q) / 2;
  const se2 = 2 * Math.sqrt((mean * (1 - mean)) / draws);
  const pOk = Math.abs(p - q) <= se2;
  const cells = [0.1, 0.5, 0.9].map((quantile) => {
    const key = `p${Math.round(quantile * 100)}` as 'p10' | 'p50' | 'p90';
    const [lo, hi] = interval(preview, o, quantile);
    const value = large.quantiles[id]![key][t]!;
    const ok = value >= lo && value <= hi;
    if (!ok) agree = false;
    return `${small.quantiles[id]![key][t]!.toPrecision(5)} [${lo.toPrecision(5)}, ${hi.toPrecision(5)}] vs ${value.toPrecision(5)}${ok ? '' : ' ✗'}`;
  });
  if (!pOk) agree = false;
  console.log(`${id.padEnd(32)} ${p.toFixed(3)} / ${q.toFixed(3)} (±${se2.toFixed(3)})${pOk ? '' : ' ✗'}   ${cells.join('; ')}`);
});
console.log(`P(all met): ${small.pAllMet.toFixed(3)} / ${large.pAllMet.toFixed(3)}`);
console.log(agree ? 'The preview population agrees with the full one within Monte Carlo error.' : 'DISAGREEMENT beyond Monte Carlo error (marked ✗).');
process.exitCode = agree ? 0 : 1;
