/**
 * `npm run bench`: times the model core in Node and prints medians. Figures, not assertions:
 * the issue notes report them.
 */
import { run } from '../src/model/index';
import { emptyScenario } from '../src/scenario/parse';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(label: string, runs: number, body: () => void): void {
  for (let i = 0; i < Math.min(50, runs); i++) body(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    body();
    samples.push(performance.now() - t0);
  }
  const p95 = [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)]!;
  console.log(`${label.padEnd(44)} median ${median(samples).toFixed(4)} ms   p95 ${p95.toFixed(4)} ms   (${runs} runs)`);
}

const scenario = emptyScenario();
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
time('run(baseline) 2020→2025', 2000, () => run(scenario));
