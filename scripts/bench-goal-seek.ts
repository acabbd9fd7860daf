/**
 * The goal-seek case of `npm run bench`: "what would it take" for one lever and one target at the
 * default population, warm (populations and baselines cached, as in a working session), with the
 * number of exact and preview-population runs each search made. The bar is 300 ms.
 */
import { goalSeek, type GoalSeekRequest } from '../src/model/analysis/goal-seek';

/** Searches a planner would run: a band share, the urban/rural ratio with a stricter bar, and one out of reach. */
const CASES: readonly (GoalSeekRequest & { readonly note: string })[] = [
  { target: 'hh_income_200k_600k', lever: 'labour_share_policy', note: 'reached' },
  { target: 'urban_rural_income_ratio', lever: 'property_income_rural', threshold: 1.8, note: 'a stricter bar' },
  { target: 'income_per_capita', lever: 'min_wage_uplift', note: 'out of reach' },
];

/** Prints the median wall time of each case over `repeats` searches (after one to warm up). */
export function goalSeekBench(repeats = 5): void {
  console.log(`\nGoal-seek, one lever and one target (median of ${repeats} warm searches; bar 300 ms):`);
  for (const request of CASES) {
    const first = goalSeek({}, request);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      goalSeek({}, request);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${request.target} by ${request.lever} (${request.note}): ${first.status} at ${first.value}, median ${times[repeats >> 1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms; ${first.runs.exact} exact and ${first.runs.preview} preview-population runs`,
    );
  }
}
