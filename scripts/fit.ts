/**
 * `npm run fit`: the structural fit on data up to 2020 (src/model/calibration/fit.ts), and its
 * report: fitted values, objectives, the back-cast's residuals per year, the σ trade-off and the
 * κ profile. docs/model.md's "Fit report" is written from this output.
 *
 * The three fits interact (the 2021 band share moves with Δ_UR and κ, the caseload with σ), so
 * they are repeated in turn, each from the others' latest values, until σ stops moving.
 */
import { DEFAULT_HOUSEHOLDS } from '../src/model/catalog';
import { ALL_RESIDENT_INCOME, AREA_INCOME, INCOME_2015 } from '../src/model/data/history';
import { averageGrowth, backcast, buildPopulation2015 } from '../src/model/calibration/backcast';
import {
  backcastObjective,
  COVID_YEAR_WEIGHT,
  DIFFERENTIAL_TARGETS,
  fitGapAndKappa,
  fitSigma,
  KAPPA_PRIOR,
  modelDifferential,
  OFFICIAL_DIFFERENTIAL,
  SIGMA_OBJECTIVE_SCALE,
  sigmaMoments,
  type Overrides,
} from '../src/model/calibration/fit';
import { resolveParams } from '../src/model/params';

const started = performance.now();
const seconds = (from: number): string => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const households = DEFAULT_HOUSEHOLDS;

let sigma: [number, number] = [0.44, 0.44];
let takeUp = 0.65;
let gap = 1.1;
let kappa = 0.3;
const current = (): Overrides => ({ sigma_urban: sigma[0], sigma_rural: sigma[1], dibao_take_up: takeUp, urban_rural_growth_gap: gap, mover_selection: kappa });

let profile: ReturnType<typeof fitGapAndKappa>['profile'] = [];
for (let round = 1; round <= 4; round++) {
  let t = performance.now();
  const s = fitSigma(sigma, current(), households);
  const moved = s.best.sigmaUrban !== sigma[0] || s.best.sigmaRural !== sigma[1] || s.best.takeUp !== takeUp;
  sigma = [s.best.sigmaUrban, s.best.sigmaRural];
  takeUp = s.best.takeUp;
  console.log(
    `round ${round}: σ = (${sigma[0].toFixed(2)}, ${sigma[1].toFixed(2)}), objective ${s.best.objective.toFixed(3)}, take-up ${takeUp.toFixed(4)} → ${(s.best.recipients2020 / 1e6).toFixed(4)} m recipients (${s.evaluations} σ evaluations, ${seconds(t)})`,
  );
  t = performance.now();
  const g = fitGapAndKappa(current(), households);
  const movedGap = Math.round(g.best.gap * 100) / 100 !== gap || Math.round(g.best.kappa * 100) / 100 !== kappa;
  gap = Math.round(g.best.gap * 100) / 100;
  kappa = Math.round(g.best.kappa * 100) / 100;
  profile = g.profile;
  console.log(
    `round ${round}: Δ_UR = ${gap.toFixed(2)} pp, κ = ${kappa.toFixed(2)}, back-cast objective ${g.best.objective.toFixed(4)}, joint ${g.best.joint.toFixed(4)} (${g.evaluations} back-casts, ${seconds(t)})`,
  );
  if (!moved && !movedGap) break;
}

console.log('\n## Fitted values');
console.log(
  `sigma_urban ${sigma[0].toFixed(2)}  sigma_rural ${sigma[1].toFixed(2)}  dibao_take_up ${takeUp.toFixed(4)}  urban_rural_growth_gap ${gap.toFixed(2)}  mover_selection ${kappa.toFixed(2)}`,
);

const { dibao_take_up: _takeUp, ...withoutTakeUp } = current();
void _takeUp;
const fitted = sigmaMoments(sigma[0], sigma[1], current(), households);
console.log('\n## σ: objective Σ (miss ÷ scale)², scales', JSON.stringify(SIGMA_OBJECTIVE_SCALE));
console.log('targets: Q5/Q1 urban 6.25, rural 5.79 (Fujian 2020, shape only); 2021 200–600k share 30.6 %');
console.log('| σ_U | σ_R | take-up for 0.6 m | Q5/Q1 urban | Q5/Q1 rural | 2021 band share % | objective |');
console.log('|---|---|---|---|---|---|---|');
const pairs: [number, number][] = [
  [0.44, 0.44],
  [0.5, 0.5],
  [0.55, 0.55],
  [0.6, 0.6],
  [0.65, 0.65],
  [0.44, sigma[1]],
  [0.6, sigma[1]],
  [sigma[0], 0.5],
];
for (const [u, r] of pairs) {
  const m = sigmaMoments(u, r, withoutTakeUp, households);
  console.log(
    `| ${u.toFixed(2)} | ${r.toFixed(2)} | ${m.takeUp.toFixed(3)} | ${m.quintileRatioUrban.toFixed(2)} | ${m.quintileRatioRural.toFixed(2)} | ${m.bandShare2021.toFixed(2)} | ${m.objective.toFixed(2)} |`,
  );
}
console.log(
  `| **${sigma[0].toFixed(2)}** | **${sigma[1].toFixed(2)}** | ${fitted.takeUp.toFixed(4)} | ${fitted.quintileRatioUrban.toFixed(2)} | ${fitted.quintileRatioRural.toFixed(2)} | ${fitted.bandShare2021.toFixed(2)} | ${fitted.objective.toFixed(2)} |`,
);
console.log(`fitted: 2020 dibao recipients ${(fitted.recipients2020 / 1e6).toFixed(4)} m at take-up ${fitted.takeUp.toFixed(4)}`);

console.log(
  `\n## κ profile (best Δ_UR at each κ; back-cast objective in pp², 2020 weight ${COVID_YEAR_WEIGHT}; joint adds ((κ − ${KAPPA_PRIOR.mean}) ÷ ${KAPPA_PRIOR.sd})²)`,
);
console.log('| κ | best Δ_UR (pp) | back-cast objective | joint |');
console.log('|---|---|---|---|');
for (const p of profile) console.log(`| ${p.kappa.toFixed(2)} | ${p.gap.toFixed(3)} | ${p.objective.toFixed(4)} | ${p.joint.toFixed(4)} |`);

const t = performance.now();
const params = resolveParams(current());
const years = backcast(buildPopulation2015(params, households), params);
console.log(`\n## Back-cast 2015 → 2020 at the fitted values (${seconds(t)} with the 2015 build)`);
console.log(
  '| year | urban (model) | urban (official) | resid % | rural (model) | rural (official) | resid % | all (model = official by the anchor) | urban growth % | rural growth % | differential pp |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const y of years) {
  const official = y.year === 2015 ? INCOME_2015 : AREA_INCOME[y.year];
  const resid = (model: number, off: number | undefined): string => (off === undefined ? '—' : ((100 * (model - off)) / off).toFixed(2));
  const growth = (x: number): string => (Number.isNaN(x) ? '—' : x.toFixed(2));
  console.log(
    `| ${y.year} | ${y.urban.toFixed(0)} | ${official?.urban ?? 'gap'} | ${resid(y.urban, official?.urban)} | ${y.rural.toFixed(0)} | ${official?.rural ?? 'gap'} | ${resid(y.rural, official?.rural)} | ${y.all.toFixed(0)} (${ALL_RESIDENT_INCOME[y.year] ?? 'gap'}) | ${growth(y.urbanGrowth)} | ${growth(y.ruralGrowth)} | ${Number.isNaN(y.urbanGrowth) ? '—' : (y.ruralGrowth - y.urbanGrowth).toFixed(2)} |`,
  );
}
console.log('\n| span | weight | observed differential pp | model pp | residual pp |');
console.log('|---|---|---|---|---|');
for (const target of DIFFERENTIAL_TARGETS) {
  const model = modelDifferential(years, target.from, target.to);
  console.log(
    `| ${target.from}–${target.to} | ${target.weight} | ${target.observed.toFixed(3)} | ${model.toFixed(3)} | ${(model - target.observed).toFixed(3)} |`,
  );
}
const average = modelDifferential(years, 2015, 2020);
console.log(
  `2016–20 average: urban ${averageGrowth(years, 'urban', 2015, 2020).toFixed(3)} %, rural ${averageGrowth(years, 'rural', 2015, 2020).toFixed(3)} %, differential ${average.toFixed(3)} pp (official ${OFFICIAL_DIFFERENTIAL.toFixed(1)}; residual ${(average - OFFICIAL_DIFFERENTIAL).toFixed(3)} pp); objective ${backcastObjective(years).toFixed(4)}`,
);

console.log('\n## 2020 weight ω: the trade-off with the acceptance (± 0.2 pp, 2020 levels ± 1 %)');
console.log('| ω | Δ_UR | κ | 2016–20 differential pp | urban 2020 resid % | rural 2020 resid % |');
console.log('|---|---|---|---|---|---|');
const pop2015 = buildPopulation2015(params, households);
for (const omega of [0.25, 0.5, 0.75, 1]) {
  const g = fitGapAndKappa(current(), households, omega);
  const y = backcast(pop2015, params, { gap: g.best.gap, kappa: g.best.kappa });
  const last = y[y.length - 1]!;
  console.log(
    `| ${omega} | ${g.best.gap.toFixed(2)} | ${g.best.kappa.toFixed(2)} | ${modelDifferential(y, 2015, 2020).toFixed(3)} | ${((100 * (last.urban - AREA_INCOME[2020]!.urban)) / AREA_INCOME[2020]!.urban).toFixed(2)} | ${((100 * (last.rural - AREA_INCOME[2020]!.rural)) / AREA_INCOME[2020]!.rural).toFixed(2)} |`,
  );
}
console.log(`\ntotal ${seconds(started)}`);
