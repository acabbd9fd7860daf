/**
 * The compute surface of the pure model core. Everything here is synchronous and deterministic:
 * the same input gives bit-identical output in a test, the CLI and the worker.
 */
import { DEFAULT_HOUSEHOLDS, MODEL_VERSION, OUTPUTS, PARAMETERS, PREVIEW_HOUSEHOLDS, TARGETS, type TargetDef } from './catalog';
import { householdPath, type HouseholdPath, type HouseholdSelector } from './analysis/household';
import { ownHouseholdPath, type OwnHousehold, type OwnHouseholdPath } from './analysis/own-household';
import { simulate, type BaselineAnchor, type Simulation, type YearDistribution } from './engine';
import { scorecard, type ScorecardRow, type TrackedTrend } from './indicators/scorecard';
import { assumptionsOnly, resolveParams, YEARS, type OverrideValue, type ResolvedParams } from './params';
import { buildPopulation, type Population } from './population/build';
import { unitsOf, whoGains, type RunIncomes, type WhoGainsUnits, type WhoGainsYear } from './indicators/who-gains';
import { buildOptions } from './build-options';
import { customIndicators, type CustomIndicatorInput, type CustomIndicatorResult } from './indicators/custom';

export { buildOptions } from './build-options';

export { DEFAULT_HOUSEHOLDS, MODEL_VERSION, PREVIEW_HOUSEHOLDS } from './catalog';
export type { OverrideValue } from './params';
export type { HouseholdPath, HouseholdSelector, HouseholdYear } from './analysis/household';
export type { OwnHousehold, OwnHouseholdChange, OwnHouseholdPath, OwnHouseholdSource, OwnHouseholdYear } from './analysis/own-household';
export type { ScorecardRow, TrackedTrend, TargetState } from './indicators/scorecard';
export type { YearDistribution } from './engine';
export type { CustomIndicatorInput, CustomIndicatorResult, CustomTarget, CustomVerdict, ExpressionError, ExpressionErrorKind } from './indicators/custom';
export type { WhoGainsCut, WhoGainsGroup, WhoGainsYear } from './indicators/who-gains';

/** What a run needs: the scenario's overrides of catalog defaults, already validated by parseScenario. */
export interface RunInput {
  readonly overrides: Readonly<Record<string, OverrideValue>>;
  /** User trends for tracked (non-modelled) plan targets, by target id. */
  readonly tracked?: Readonly<Record<string, TrackedTrend>>;
  /** The scenario's custom indicators: expressions over the outputs, evaluated after the run (indicators/custom). */
  readonly indicators?: readonly CustomIndicatorInput[];
}

/** The status of one modelled target in the target year. */
export interface TargetStatus {
  readonly outputId: string;
  readonly year: number;
  readonly comparator: TargetDef['comparator'];
  readonly target: number;
  readonly value: number;
  /** value − target in the target's unit (for "rising": the change since 2020). Positive is better for ≥ and >. */
  readonly gap: number;
  readonly reached: boolean;
  /** First year from 2021 in which the target holds, or null if never by 2035. */
  readonly firstYearReached: number | null;
}

/** What a run returns: one value per year for every output id, and the status of each modelled target. */
export interface ScenarioResult {
  readonly modelVersion: string;
  readonly years: number[];
  readonly outputs: Record<string, number[]>;
  readonly targets: TargetStatus[];
  /** The income distribution of every year (household-income bands and Lorenz curve). */
  readonly distributions: YearDistribution[];
  /**
   * Who gains, every year: the levers' effect by baseline income decile, the shares of persons who
   * gain or lose more than 1 %, and the poverty counts, against the baseline under the same
   * assumptions (indicators/who-gains). All zero changes for a run without levers.
   */
  readonly whoGains: WhoGainsYear[];
}

/** Everything the workbench shows for one scenario. */
export interface WorkbenchResult {
  readonly scenario: ScenarioResult;
  /** The scenario's assumptions with every lever at its default. */
  readonly modifiedBaseline: ScenarioResult;
  /** Every parameter at its default. */
  readonly baseline: ScenarioResult;
  /** All plan targets, modelled (from the scenario) and tracked (from trends). */
  readonly scorecard: ScorecardRow[];
  /** True for a fast preview (previewWorkbench) shown while a slider moves; absent for the exact run. */
  readonly preview?: boolean;
  /** The scenario's custom indicators, in the scenario's order (absent when it has none). */
  readonly custom?: CustomIndicatorResult[];
}

/** The custom indicators of a workbench result, from its three runs' outputs (none: absent). */
function withCustom(result: WorkbenchResult, input: RunInput): WorkbenchResult {
  if (!input.indicators || input.indicators.length === 0) return result;
  const { scenario, modifiedBaseline, baseline } = result;
  return {
    ...result,
    custom: customIndicators(input.indicators, scenario.years, {
      scenario: scenario.outputs,
      modifiedBaseline: modifiedBaseline.outputs,
      baseline: baseline.outputs,
    }),
  };
}

/** A small least-recently-used cache: results are pure functions of their key, so caching is invisible. */
class Lru<V> {
  readonly #map = new Map<string, V>();
  constructor(private readonly capacity: number) {}
  get(key: string, make: () => V): V {
    const hit = this.#map.get(key);
    if (hit !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, hit);
      return hit;
    }
    const value = make();
    this.#map.set(key, value);
    if (this.#map.size > this.capacity) this.#map.delete(this.#map.keys().next().value!);
    return value;
  }
}

let populations = new Lru<Population>(4);
let baselines = new Lru<Simulation>(16);
// The result objects of baseline runs, so a repeated request (every slider move asks for the
// baseline and the modified baseline) does not convert the same arrays again.
let baselineResults = new WeakMap<Simulation, ScenarioResult>();

/** Forgets every cached population and baseline run (for benchmarks that must time cold runs). */
export function clearModelCaches(): void {
  populations = new Lru<Population>(4);
  baselines = new Lru<Simulation>(16);
  baselineResults = new WeakMap<Simulation, ScenarioResult>();
}

/** Builds (or reuses) the 2020 synthetic population for a scenario's build parameters. */
export function populationFor(params: ResolvedParams, households = DEFAULT_HOUSEHOLDS): Population {
  return populations.get(`${households}|${params.buildKey}`, () => buildPopulation(buildOptions(params, households)));
}

/**
 * The status of each modelled target in the target year: the scorecard's judgement (one
 * implementation for both), in the catalog's order of TARGETS.
 */
export function targetStatuses(years: readonly number[], outputs: Readonly<Record<string, number[]>>): TargetStatus[] {
  const rows = scorecard(years, outputs, {});
  return TARGETS.flatMap((t): TargetStatus[] => {
    const row = rows.find((r) => r.id === t.outputId);
    if (!row || row.value === null || row.target === null || row.gap === null) return [];
    return [
      {
        outputId: t.outputId,
        year: t.year,
        comparator: t.comparator,
        target: row.target,
        value: row.value,
        gap: row.gap,
        reached: row.state === 'reached',
        firstYearReached: row.firstYearReached,
      },
    ];
  });
}

/** The who-gains units of a population, made once per population. */
const unitCache = new WeakMap<Population, WhoGainsUnits>();
function unitsFor(pop: Population): WhoGainsUnits {
  let units = unitCache.get(pop);
  if (!units) {
    units = unitsOf(pop);
    unitCache.set(pop, units);
  }
  return units;
}

/** A baseline run's recorded incomes (baselines always record them: they are cached and serve every scenario). */
function recorded(sim: Simulation): RunIncomes {
  if (!sim.incomes) throw new Error('bug: a baseline run did not record incomes');
  return sim.incomes;
}

/** A simulation as a result; `baseline` is the run under the same assumptions with every lever at its default (the simulation itself for a baseline). */
function toResult(sim: Simulation, baseline: Simulation, pop: Population): ScenarioResult {
  const outputs: Record<string, number[]> = {};
  for (const def of OUTPUTS) {
    const series = sim.outputs.get(def.id);
    if (!series) throw new Error(`bug: output ${def.id} was not computed`);
    outputs[def.id] = Array.from(series);
  }
  const years = [...YEARS];
  return {
    modelVersion: MODEL_VERSION,
    years,
    outputs,
    targets: targetStatuses(years, outputs),
    distributions: sim.distributions,
    whoGains: sim.incomes ? whoGains(unitsFor(pop), years, recorded(baseline), sim.incomes) : [],
  };
}

/** Runs (or reuses) the baseline under a scenario's assumptions: every lever at its default. */
function baselineSimulation(params: ResolvedParams, overrides: Readonly<Record<string, OverrideValue>>, households: number): Simulation {
  return baselines.get(`${households}|${params.assumptionKey}`, () => {
    const baselineParams = params.leversActive ? resolveParams(assumptionsOnly(overrides)) : params;
    return simulate(populationFor(baselineParams, households), baselineParams);
  });
}

/** Options of a run: the population size (fewer households for fast batch work). */
export interface RunOptions {
  readonly households?: number;
  /**
   * Compare the scenario household by household with its baseline ("who gains", default true).
   * Without it the result's `whoGains` is empty and the run skips recording each household's
   * income: a preview step costs about a third less.
   */
  readonly whoGains?: boolean;
}

/** Runs a scenario, its modified baseline and the baseline, and scores every plan target. */
export function runWorkbench(input: RunInput, options: RunOptions = {}): WorkbenchResult {
  const scenario = run(input, options);
  const modifiedBaseline = run({ overrides: assumptionsOnly(input.overrides) }, options);
  const baseline = run({ overrides: {} }, options);
  return withCustom({ scenario, modifiedBaseline, baseline, scorecard: scorecard(scenario.years, scenario.outputs, input.tracked ?? {}) }, input);
}

/** Follows one typical household through the scenario's baseline and the scenario. */
export function runHousehold(input: RunInput, selector: HouseholdSelector, options: RunOptions = {}): HouseholdPath {
  const households = options.households ?? DEFAULT_HOUSEHOLDS;
  const params = resolveParams(input.overrides);
  const baselineParams = params.leversActive ? resolveParams(assumptionsOnly(input.overrides)) : params;
  const baseline = baselineSimulation(params, input.overrides, households);
  return householdPath(populationFor(params, households), baselineParams, params, baseline.anchor, YEARS, selector);
}

/**
 * Follows a household the user describes (2020 incomes) through the scenario's baseline and the
 * scenario, by the same rules as the typical households (ownHouseholdPath). Nothing is cached.
 */
export function runOwnHousehold(input: RunInput, household: OwnHousehold, options: RunOptions = {}): OwnHouseholdPath {
  const households = options.households ?? DEFAULT_HOUSEHOLDS;
  const params = resolveParams(input.overrides);
  const baselineParams = params.leversActive ? resolveParams(assumptionsOnly(input.overrides)) : params;
  return ownHouseholdPath(populationFor(params, households), baselineParams, params, YEARS, household);
}

/**
 * A fast approximation of runWorkbench, for the steps of a slider being dragged (the exact run
 * follows when the slider rests). The scenario and its modified baseline are run on the
 * PREVIEW_HOUSEHOLDS sample, and their difference from that sample's own default run is added
 * to the full sample's default run:
 *
 *   preview(x) = full(default) + sample(x) − sample(default)
 *
 * So with nothing changed the preview is the exact result, the baseline shown never moves, and a
 * change carries only the sampling noise of its *effect* (tests/model bound it against the full
 * run). Outputs, distributions and the scorecard are all built this way; band shares and Lorenz
 * points are kept non-negative. "Who gains" is left to the exact run (a changed preview's
 * `whoGains` is empty): comparing every household in every year would add half again to a step.
 * The result is marked `preview: true`.
 */
export function previewWorkbench(input: RunInput): WorkbenchResult {
  const sample = { households: PREVIEW_HOUSEHOLDS, whoGains: false };
  const baseline = run({ overrides: {} });
  const sampleDefault = run({ overrides: {} }, sample);
  const modifiedBaseline = shifted(baseline, run({ overrides: assumptionsOnly(input.overrides) }, sample), sampleDefault);
  const scenario = shifted(baseline, run(input, sample), sampleDefault);
  return withCustom(
    { scenario, modifiedBaseline, baseline, scorecard: scorecard(scenario.years, scenario.outputs, input.tracked ?? {}), preview: true },
    input,
  );
}

/** Steps of the warm-up that move every lever at once. */
const WARM_UP_ALL_LEVER_STEPS = 4;
/** Steps after those: about as many previews as a drag has before V8 optimises the engine. */
const WARM_UP_DRAG_STEPS = 24;

/**
 * The warm-up, which a worker runs one step at a time (warmUpStep) once the first result is on
 * screen, so that a user's first drag runs optimised code. Every step is a preview (the code an
 * exact run uses is the same, on five times the rows):
 * 1. every lever moved at once, a few times: each lever's code has run and V8 has seen its
 *    types before it optimises applyLevers, the one function all levers share (a lever first
 *    used after that would send it back to the interpreter);
 * 2. a drag's worth of previews of two levers: V8 then optimises the engine's shared code (the
 *    yearly loop, the tallies, the preview arithmetic) while the user reads, not during the first
 *    drag (docs/ui-performance.md).
 * Only levers move, so the caches keep what the default runs use.
 */
export const WARM_UP_STEPS: readonly RunInput[] = (() => {
  const levers = PARAMETERS.filter((p) => p.kind === 'lever');
  const everyLever = (step: number): RunInput => ({
    overrides: Object.fromEntries(
      levers.map((def) => [def.id, def.choices ? (step + 1) % def.choices.length : def.min + (def.max - def.min) * (0.2 + step / 10)]),
    ),
  });
  return [
    ...Array.from({ length: WARM_UP_ALL_LEVER_STEPS }, (_, step) => everyLever(step)),
    ...Array.from({ length: WARM_UP_DRAG_STEPS }, (_, i) => ({ overrides: { dibao_uplift: 1 + i, labour_share_policy: 0.1 + i / 20 } })),
  ];
})();

/** Runs step `step` of the warm-up (WARM_UP_STEPS), discarding its result; false once none is left. */
export function warmUpStep(step: number): boolean {
  const input = WARM_UP_STEPS[step];
  if (!input) return false;
  previewWorkbench(input);
  return step + 1 < WARM_UP_STEPS.length;
}

/**
 * `full + (changed − reference)`, element by element, for every output and distribution (no "who
 * gains": a preview leaves it to the exact run). An unchanged run is the cached reference itself
 * (every parameter at its default), so it gives `full` as it is.
 */
function shifted(full: ScenarioResult, changed: ScenarioResult, reference: ScenarioResult): ScenarioResult {
  if (changed === reference) return full;
  const add = (f: readonly number[], c: readonly number[], r: readonly number[], floor = -Infinity): number[] =>
    f.map((v, i) => Math.max(floor, v + ((c[i] ?? 0) - (r[i] ?? 0))));
  const outputs: Record<string, number[]> = {};
  for (const id of Object.keys(full.outputs)) outputs[id] = add(full.outputs[id]!, changed.outputs[id]!, reference.outputs[id]!);
  const distributions = full.distributions.map((d, i) => ({
    year: d.year,
    shares: add(d.shares, changed.distributions[i]!.shares, reference.distributions[i]!.shares, 0),
    lorenz: add(d.lorenz, changed.distributions[i]!.lorenz, reference.distributions[i]!.lorenz, 0),
  }));
  return { modelVersion: full.modelVersion, years: [...full.years], outputs, targets: targetStatuses(full.years, outputs), distributions, whoGains: [] };
}

/**
 * Runs the model for one scenario. The baseline under the same assumptions is run first (and
 * cached): it fixes the income anchor k_t, so with every lever at its default the scenario *is*
 * the baseline, bit for bit. Throws only on bugs; validate input with parseScenario first.
 */
export function run(input: RunInput, options: RunOptions = {}): ScenarioResult {
  const households = options.households ?? DEFAULT_HOUSEHOLDS;
  const params = resolveParams(input.overrides);
  const baseline = baselineSimulation(params, input.overrides, households);
  if (!params.leversActive) {
    let result = baselineResults.get(baseline);
    if (!result) {
      result = toResult(baseline, baseline, populationFor(params, households));
      baselineResults.set(baseline, result);
    }
    return result;
  }
  const pop = populationFor(params, households);
  const recordIncomes = options.whoGains !== false;
  return toResult(simulate(pop, params, baseline.anchor satisfies BaselineAnchor, undefined, { recordIncomes }), baseline, pop);
}
