import { simulate } from '../src/model/engine';
import { populationFor } from '../src/model/index';
import { resolveParams } from '../src/model/params';
const pop = populationFor(resolveParams({}));
const p = resolveParams(JSON.parse(process.env.OV ?? '{}'));
for (let i = 0; i < 50; i++) simulate(pop, p);
const batches: number[] = [];
for (let b = 0; b < 15; b++) {
  const t0 = process.cpuUsage().user / 1000;
  for (let i = 0; i < 20; i++) simulate(pop, p);
  batches.push((process.cpuUsage().user / 1000 - t0) / 20);
}
batches.sort((a, b) => a - b);
console.log('min', batches[0]!.toFixed(2), 'median', batches[7]!.toFixed(2));
