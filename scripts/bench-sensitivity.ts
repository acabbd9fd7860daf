/**
 * The sensitivity case of `npm run bench`: a tornado over every Monte Carlo parameter for one
 * target (each at its P10 and P90, one at a time, on the Monte Carlo population anchored to the
 * exact run), warm (populations and baselines cached, as in a working session), for the baseline
 * and for a scenario with levers (whose points each run the baseline too). The bar is 1.5 s.
 */
import { tornado } from '../src/model/analysis/sensitivity';
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
