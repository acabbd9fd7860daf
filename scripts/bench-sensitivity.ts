/**
 * The sensitivity case of `npm run bench`: a tornado over every Monte Carlo parameter for one
 * target (each at its P10 and P90, one at a time, on the Monte Carlo population anchored to the
 * exact run), warm (populations and baselines cached, as in a working session), for the baseline
 * and for a scenario with levers (whose points each run the baseline too). The bar is 1.5 s.
 * Then the regression of global sensitivity on 2,000 draws of every drawn parameter.
 */
import { globalSensitivity, tornado, type SensitivityInput } from '../src/model/analysis/sensitivity';
import { Xoshiro128 } from '../src/model/numerics/prng';
import { DRAWN_PARAMETERS } from '../src/model/uncertainty';
import type { OverrideValue } from '../src/model/params';

/** Tornadoes a planner would ask for: income per head on the baseline, the urban/rural ratio with two levers set. */
const CASES: readonly { readonly target: string; readonly overrides: Readonly<Record<string, OverrideValue>>; readonly note: string }[] = [
  { target: 'income_per_capita', overrides: {}, note: 'baseline' },
  { target: 'urban_rural_income_ratio', overrides: { dibao_uplift: 20, labour_share_policy: 1 }, note: 'two levers set' },
];

/** Prints the median wall time of each case over `repeats` tornadoes (after one to warm up). */
export function sensitivityBench(repeats = 5): void {
  console.log(`\nSensitivity, a tornado over every Monte Carlo parameter for one target (median of ${repeats} warm runs; bar 1.5 s):`);
  for (const { target, overrides, note } of CASES) {
    const first = tornado(overrides, { target });
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      tornado(overrides, { target });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${target} (${note}): ${first.bars.length} parameters, ${first.runs.exact} exact and ${first.runs.small} small-population points; median ${times[repeats >> 1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms; widest: ${first.bars[0]!.id}`,
    );
  }
}

/** Prints the median time of the standardised regression on 2,000 synthetic draws of every drawn parameter. */
export function regressionBench(repeats = 5, draws = 2000): void {
  const rng = new Xoshiro128(1);
  const drawn = DRAWN_PARAMETERS.map((p) => ({ id: p.id, mode: p.mode, values: Array.from({ length: draws }, () => rng.nextFloat()) }));
  const y = Array.from({ length: draws }, (_, i) => drawn.reduce((sum, p, j) => sum + (j + 1) * p.values[i]!, 0) + rng.nextFloat());
  const input: SensitivityInput = { seed: 1, draws, drawn, targetDraws: { t: y } };
  globalSensitivity(input, 't');
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    globalSensitivity(input, 't');
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  SRC regression on ${draws} draws of ${drawn.length} parameters (mathjs): median ${times[repeats >> 1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms`,
  );
}
