/**
 * The logic of `npm run simulate` (scripts/simulate.ts is a thin main over it): parse the command
 * line, validate and run a scenario, and format the result as JSON or CSV. Everything here is
 * synchronous but the least-cost package (its LP solver loads asynchronously: `runCli` then
 * returns a promise of the exit code) and does no I/O except through the `CliIo` handed to
 * `runCli`, so tests drive it in-process.
 */
import type { TargetBasis } from '../src/model/catalog';
import { resolve } from 'node:path';
import { CSV_LAYOUTS, buildResultsCsv, type CsvLayout } from '../src/export/results-csv';
import { buildFansCsv } from '../src/export/fans-csv';
import type { CsvLanguage } from '../src/export/csv-text';
import { DEFAULT_HOUSEHOLDS, run, runWorkbench, type RunInput, type WhoGainsYear } from '../src/model/index';
import { DEFAULT_SEED, MAX_DRAWS, MC_POPULATION, monteCarlo, type Fan } from '../src/model/uncertainty';
import { goalSeek, GoalSeekError, type GoalSeekResult } from '../src/model/analysis/goal-seek';
import {
  leastCost,
  LeastCostError,
  LEAST_COST_MAX_LEVERS,
  LEAST_COST_MAX_TARGETS,
  type LeastCostResult,
  type LeastCostTarget,
} from '../src/model/analysis/least-cost';
import { globalSensitivity, SensitivityError, tornado, type Tornado } from '../src/model/analysis/sensitivity';
import { OUTPUTS, SEEKABLE_LEVERS, SEEKABLE_TARGETS } from '../src/model/catalog';
import { scorecard, type TargetState } from '../src/model/indicators/scorecard';
import { compileExpression, customSeries, judgeCustomTarget, type CustomVerdict, type ExpressionError } from '../src/model/indicators/custom';
import type { PlanComparator } from '../src/model/plan-targets';
import { INDICATOR_ID_PATTERN, type CustomIndicatorDoc, type ScenarioDoc, type ScenarioError, type ScenarioWarning } from '../src/scenario/document';
import { SCENARIO_BUNDLE_FORMAT } from '../src/scenario/files';
import type { CappedErrors } from '../src/scenario/error-list';
import { readScenarioJson } from '../src/scenario/parse';
import { err, ok, type Result } from '../src/shared/result';

export const USAGE =
  'usage: npm run simulate -- [scenario.json] [--scorecard] [--draws N [--seed S]] [--seek TARGET --lever LEVER [--threshold V] [--year Y]] [--least-cost --target ID[:V] [--target …] --levers A,B,…] [--tornado TARGET] [--out results.json|results.csv [--layout long|wide] [--lang en|zh]]';

/** The most scenario errors printed; the rest are counted ("… and 99,900 more errors"). */
export const MAX_REPORTED_ERRORS = 100;

const HELP = `${USAGE}

Runs the Prosperity Sandbox model for one scenario document (schema: docs/scenario.schema.json),
or for the baseline when no scenario is given.

  scenario.json   a scenario document; omit it to run the baseline
  --out FILE      write the result to FILE: .json or .csv (default: JSON on stdout)
  The JSON holds "outputs" (one value per year for every output) and "whoGains" (per year and cut
  — all, urban, rural, mountain — the change against the baseline under the same assumptions by
  baseline-income decile, the shares of persons gaining or losing more than 1 %, and the persons
  below 1, 1.5 and 2 × the dibao line; see docs/model.md, "Who gains"). The CSV holds the outputs,
  then the scenario's custom indicators (id custom.<id>; docs/csv.md).

  --layout L      the CSV's layout (docs/csv.md): long (default; a row per output and
                  series, a column per year) or wide (a row per series and year, a
                  column per output); the same bytes as the app's CSV of that layout
  --lang L        the CSV's headers, labels and units: en (default) or zh
  --scorecard     add "scorecard" to the JSON: every plan target's 2025 verdict
                  (id, value, target, comparator, status, basis, firstYearReached)
  --draws N       Monte Carlo over the catalog's assumptions with N draws (1 to ${MAX_DRAWS}) on
                  ${MC_POPULATION.households} households anchored to the full ${DEFAULT_HOUSEHOLDS}
                  (docs/model.md, "Uncertainty"): adds "quantiles" (P5, P10, P50, P90, P95 of every
                  output and year), "pMet" and "pAllMet" to the JSON, and for a scenario with
                  custom indicators, after "indicators", "customPMet" (each custom target's share
                  of draws meeting it) and "customQuantiles" (each indicator's P5 … P95 per year,
                  over the draws in which it has a value; null when its expression cannot be
                  evaluated); a .csv --out then holds the output percentiles, one row per output,
                  percentile and year
  --seed S        the Monte Carlo seed, an integer from 0 to 4294967295 (default ${DEFAULT_SEED})
  --seek TARGET --lever LEVER [--threshold V] [--year Y]
                  what would it take: the value of LEVER (set to one value for every year),
                  nearest the scenario's own, at which the modelled target TARGET (an output id,
                  e.g. hh_income_200k_600k, or the id of one of the scenario's custom indicators
                  with a target) meets V in year Y (default: the plan's threshold and year, or the
                  indicator's); adds "seek" to the JSON: target, year, threshold, lever, status
                  (reached, unreachable or already), value (for unreachable: the best value in
                  the lever's range), achieved (the target's value there) and
                  fiscalCostCumulative (yuan, 2021-2025), each from an exact run (docs/model.md,
                  "What would it take")
  --least-cost --target ID[:V] [--target ID[:V] …] --levers A,B,…
                  the least-cost package: the values of the levers A, B, … (each set to one
                  value for every year; at most ${LEAST_COST_MAX_LEVERS}) that meet every target ID (a modelled
                  target's output id or a custom indicator's id, at most ${LEAST_COST_MAX_TARGETS}; V its
                  threshold, default the plan's or the indicator's) in its year at the lowest
                  cumulative 2021-2025 fiscal cost, by sequential linear programming (HiGHS)
                  from the cheapest single lever; adds "leastCost" to
                  the JSON: status (reached, infeasible or already), method (slp, single-lever or
                  as-is), overrides (the lever values to set), fiscalCostCumulative (yuan),
                  achieved (each target's value), singleLever (the cheapest single lever meeting
                  every target, or null), iterations, solver and indicative (true: a linearised
                  search), each figure from an exact run (docs/model.md, "Least-cost package")
  --tornado TARGET
                  sensitivity of the modelled target TARGET (or a custom indicator's target, by
                  its id): each Monte Carlo assumption at its P10 and its P90, one at a time
                  (docs/model.md, "Sensitivity"); adds "tornado"
                  to the JSON: target, year, threshold, comparator, base and, largest swing
                  first, bars of id, mode (value or shift: a deviation from the default path),
                  low, high, atLow, atHigh, swing, metAtLow, metAtHigh. With --draws also
                  "sensitivity": { TARGET: { src, r2 } }, the standardised regression
                  coefficients of the target on the drawn assumptions and their R²
  -h, --help      print this help

The file is UTF-8 (a leading byte-order mark is ignored) or UTF-16 with a byte-order mark. A
bundle of several scenarios (as the app exports them) is refused: export or extract one scenario.
At most ${MAX_REPORTED_ERRORS} errors are listed, then how many more there are.

Exit codes: 0 success, 1 bad arguments, bad scenario or unwritable output, 2 internal error.
`;

export type OutputFormat = 'json' | 'csv';

/** What the command line asks for. */
export interface CliOptions {
  /** The scenario file to run; absent means the baseline. */
  readonly scenarioFile?: string;
  /** Where to write the result; absent means stdout (JSON). */
  readonly outFile?: string;
  readonly format: OutputFormat;
  /** The CSV's layout (only with a .csv --out). */
  readonly layout: CsvLayout;
  /** The CSV's language (only with a .csv --out). */
  readonly language: CsvLanguage;
  /** Add the scorecard (every plan target's verdict and its basis) to the JSON. */
  readonly scorecard: boolean;
  /** Monte Carlo draws (`--draws`); absent means none. */
  readonly draws?: number;
  /** Monte Carlo seed (`--seed`); absent means DEFAULT_SEED. */
  readonly seed?: number;
  /** A goal-seek (`--seek` with `--lever`, `--threshold`, `--year`); absent means none. */
  readonly seek?: SeekOptions;
  /** A least-cost package (`--least-cost` with `--target` and `--levers`); absent means none. */
  readonly leastCost?: LeastCostOptions;
  /** The target of a tornado (`--tornado`); absent means none. */
  readonly tornado?: string;
  readonly help: boolean;
}

/** What `--least-cost` asks: the targets (thresholds optional) and the levers that may move. */
export interface LeastCostOptions {
  readonly targets: readonly LeastCostTarget[];
  readonly levers: readonly string[];
}

/** The `leastCost` key of the JSON: the package, its cost and each target's value under it (src/model/analysis/least-cost.ts). */
export interface CliLeastCost {
  readonly status: LeastCostResult['status'];
  readonly method: LeastCostResult['method'];
  readonly overrides: Readonly<Record<string, number>>;
  readonly fiscalCostCumulative: number;
  readonly achieved: Readonly<Record<string, number>>;
  readonly singleLever: LeastCostResult['singleLever'];
  readonly iterations: number;
  readonly solver: string;
  readonly indicative: true;
}

/** What `--seek` asks: a modelled target, a lever, and optionally another threshold or year. */
export interface SeekOptions {
  readonly target: string;
  readonly lever: string;
  readonly threshold?: number;
  readonly year?: number;
}

/** The `seek` key of the JSON: the goal-seek's answer (src/model/analysis/goal-seek.ts). */
export type CliSeek = Pick<GoalSeekResult, 'target' | 'year' | 'threshold' | 'lever' | 'status' | 'value' | 'achieved' | 'fiscalCostCumulative'>;

/**
 * One plan target's 2025 verdict as `--scorecard` publishes it. `status` is reached, within_reach,
 * missed, not_projected (a tracked target with an official value but no trend) or no_data;
 * `basis` is model, assumed-level or trend, null when there is no verdict.
 */
export interface CliScorecardRow {
  readonly id: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly comparator: PlanComparator;
  readonly status: TargetState;
  readonly basis: TargetBasis | null;
  readonly firstYearReached: number | null;
}

/**
 * The published result of a run: these four fields (one value per year for every output; who
 * gains per year and cut) and, only when asked for (`--scorecard`), every plan target's verdict.
 */
export interface SimulationResult {
  readonly modelVersion: string;
  readonly years: readonly number[];
  readonly outputs: Readonly<Record<string, readonly number[]>>;
  readonly whoGains: readonly WhoGainsYear[];
  readonly scorecard?: readonly CliScorecardRow[];
  /** With `--draws`: the percentiles of every output, by output id (one value per year each). */
  readonly quantiles?: Readonly<Record<string, Fan>>;
  /** With `--draws`: the share of draws meeting each target whose verdict rests on the model (basis `model`). */
  readonly pMet?: Readonly<Record<string, number>>;
  /** With `--draws`: the share of draws meeting all of them at once. */
  readonly pAllMet?: number;
  /** With `--seek`: what it takes to meet the target. */
  readonly seek?: CliSeek;
  /** With `--least-cost`: the cheapest package of the levers meeting every target. */
  readonly leastCost?: CliLeastCost;
  /** With `--tornado`: the target at each Monte Carlo assumption's P10 and P90. */
  readonly tornado?: CliTornado;
  /** With `--tornado` and `--draws`: the target's standardised regression coefficients on the draws, and R². */
  readonly sensitivity?: Readonly<Record<string, CliSensitivity>>;
  /** For a scenario with custom indicators: each one's values per year (null where it cannot be evaluated), its first problem and its target's verdict. */
  readonly indicators?: Readonly<Record<string, CliIndicator>>;
  /** With `--draws` and custom targets: the share of draws meeting each, by indicator id. */
  readonly customPMet?: Readonly<Record<string, number | null>>;
  /** With `--draws` and custom indicators: each one's percentiles by indicator id (null: its expression cannot be evaluated). */
  readonly customQuantiles?: Readonly<Record<string, Fan | null>>;
}

/** The `tornado` key of the JSON (src/model/analysis/sensitivity.ts). */
export type CliTornado = Pick<Tornado, 'target' | 'year' | 'threshold' | 'comparator' | 'base' | 'baseMet' | 'bars' | 'held'>;

/** A target's entry under the `sensitivity` key: the SRC of each drawn assumption (largest first) and R² (null: the target did not vary). */
export interface CliSensitivity {
  readonly src: readonly { readonly id: string; readonly src: number }[];
  readonly r2: number | null;
}

/** A custom indicator as the command line publishes it. */
export interface CliIndicator {
  readonly values: readonly (number | null)[];
  readonly error: ExpressionError | null;
  readonly verdict?: CustomVerdict;
}

/** The output format an --out file name asks for, from its extension. */
export function formatForFile(file: string): OutputFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** Output ids, none of which a custom indicator may take as its id. */
const OUTPUT_ID_SET: ReadonlySet<string> = new Set(OUTPUTS.map((o) => o.id));

/**
 * Whether `id` can name a target to seek: a modelled target with a threshold, or an id a custom
 * indicator may have (checked against the scenario's indicators once the scenario is read).
 */
function canBeSoughtTarget(id: string): boolean {
  return SEEKABLE_TARGETS.includes(id) || (!OUTPUT_ID_SET.has(id) && INDICATOR_ID_PATTERN.test(id));
}

/** Parses the arguments after the script name. Errors are messages without the `error: ` prefix. */
export function parseArgs(argv: readonly string[]): Result<CliOptions, string[]> {
  const errors: string[] = [];
  const positional: string[] = [];
  let outFile: string | undefined;
  let help = false;
  let withScorecard = false;
  let optionsEnded = false;
  let draws: number | undefined;
  let seed: number | undefined;
  let seekTarget: string | undefined;
  let seekLever: string | undefined;
  let seekThreshold: number | undefined;
  let seekYear: number | undefined;
  let leastCostAsked = false;
  const leastCostTargets: LeastCostTarget[] = [];
  let leastCostLevers: string[] | undefined;
  let tornadoTarget: string | undefined;

  /** Reads an integer option in [min, max], or records why it is not one. */
  const integerOption = (name: string, value: string | undefined, min: number, max: number): number | undefined => {
    const n = value === undefined || value.trim() === '' ? NaN : Number(value);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    errors.push(`${name} needs an integer from ${min} to ${max}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
    return undefined;
  };
  let layout: string | undefined;
  let language: string | undefined;

  const setOut = (value: string | undefined): void => {
    if (value === undefined || value === '') errors.push('--out needs a file name (results.json or results.csv)');
    else if (outFile !== undefined) errors.push('--out given more than once');
    else outFile = value;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--out') {
      const value = argv[i + 1];
      if (value !== undefined && !value.startsWith('-')) i++;
      setOut(value !== undefined && !value.startsWith('-') ? value : undefined);
    } else if (arg.startsWith('--out=')) {
      setOut(arg.slice('--out='.length));
    } else if (arg === '--draws' || arg === '--seed' || arg.startsWith('--draws=') || arg.startsWith('--seed=')) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, argv[++i]];
      if (name === '--draws') draws = integerOption(name, inline, 1, MAX_DRAWS);
      else seed = integerOption(name, inline, 0, 0xffffffff);
    } else if (['--seek', '--lever', '--threshold', '--year'].some((name) => arg === name || arg.startsWith(`${name}=`))) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, argv[++i]];
      if (name === '--seek') {
        if (inline === undefined || !canBeSoughtTarget(inline))
          errors.push(
            `--seek needs a modelled target with a threshold (${SEEKABLE_TARGETS.join(', ')}) or a custom indicator's id, got ${inline === undefined ? 'nothing' : JSON.stringify(inline)}`,
          );
        else seekTarget = inline;
      } else if (name === '--lever') {
        if (inline === undefined || !(SEEKABLE_LEVERS as readonly string[]).includes(inline))
          errors.push(
            `--lever needs a policy lever that takes a level (${SEEKABLE_LEVERS.join(', ')}), got ${inline === undefined ? 'nothing' : JSON.stringify(inline)}`,
          );
        else seekLever = inline;
      } else if (name === '--threshold') {
        const n = inline === undefined || inline.trim() === '' ? NaN : Number(inline);
        if (Number.isFinite(n)) seekThreshold = n;
        else errors.push(`--threshold needs a number, got ${inline === undefined ? 'nothing' : JSON.stringify(inline)}`);
      } else {
        seekYear = integerOption(name, inline, 2021, 2035);
      }
    } else if (arg === '--least-cost') {
      leastCostAsked = true;
    } else if (arg === '--target' || arg.startsWith('--target=')) {
      const value = arg === '--target' ? argv[++i] : arg.slice('--target='.length);
      const [id, threshold, ...rest] = (value ?? '').split(':');
      const n = threshold === undefined ? undefined : threshold.trim() === '' ? NaN : Number(threshold);
      if (value === undefined || !canBeSoughtTarget(id!))
        errors.push(
          `--target needs a modelled target with a threshold (${SEEKABLE_TARGETS.join(', ')}) or a custom indicator's id, as ID or ID:THRESHOLD, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`,
        );
      else if (rest.length > 0 || (n !== undefined && !Number.isFinite(n)))
        errors.push(`--target ${value}: the threshold after the colon must be a number, got ${JSON.stringify(value.slice(id!.length + 1))}`);
      else if (leastCostTargets.some((t) => t.target === id)) errors.push(`--target ${id} is given twice`);
      else leastCostTargets.push({ target: id!, ...(n !== undefined ? { threshold: n } : {}) });
    } else if (arg === '--levers' || arg.startsWith('--levers=')) {
      const value = arg === '--levers' ? argv[++i] : arg.slice('--levers='.length);
      const ids = (value ?? '').split(',').map((id) => id.trim());
      const bad = ids.filter((id) => !(SEEKABLE_LEVERS as readonly string[]).includes(id));
      if (value === undefined || value.trim() === '' || bad.length > 0)
        errors.push(
          `--levers needs policy levers that take a level, separated by commas (${SEEKABLE_LEVERS.join(', ')}), got ${value === undefined ? 'nothing' : JSON.stringify(bad.length > 0 && value.trim() !== '' ? bad.join(',') : value)}`,
        );
      else if (new Set(ids).size < ids.length) errors.push(`--levers lists a lever twice: ${value}`);
      else if (ids.length > LEAST_COST_MAX_LEVERS) errors.push(`--levers takes at most ${LEAST_COST_MAX_LEVERS} levers, got ${ids.length}`);
      else if (leastCostLevers !== undefined) errors.push('--levers given more than once');
      else leastCostLevers = ids;
    } else if (arg === '--tornado' || arg.startsWith('--tornado=')) {
      const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (inline === undefined || !canBeSoughtTarget(inline))
        errors.push(
          `--tornado needs a modelled target with a threshold (${SEEKABLE_TARGETS.join(', ')}) or a custom indicator's id, got ${inline === undefined ? 'nothing' : JSON.stringify(inline)}`,
        );
      else tornadoTarget = inline;
    } else if (arg === '--layout' || arg.startsWith('--layout=')) {
      layout = arg === '--layout' ? argv[++i] : arg.slice('--layout='.length);
      if (!CSV_LAYOUTS.includes(layout as CsvLayout))
        errors.push(`--layout must be long or wide (got ${layout === undefined ? 'nothing' : JSON.stringify(layout)})`);
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      language = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (language !== 'en' && language !== 'zh') errors.push(`--lang must be en or zh (got ${language === undefined ? 'nothing' : JSON.stringify(language)})`);
    } else if (arg === '--scorecard') {
      withScorecard = true;
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else {
      errors.push(`unknown option ${arg}`);
    }
  }

  if (positional.length > 1) errors.push(`expected at most one scenario file, got ${positional.length}: ${positional.join(' ')}`);
  if (positional[0] === '-') errors.push('reading the scenario from stdin is not supported; give a file name');
  let format: OutputFormat = 'json';
  if (outFile !== undefined) {
    const chosen = formatForFile(outFile);
    if (chosen === undefined) errors.push(`${outFile}: unknown output format; the --out file must end in .json or .csv`);
    else format = chosen;
  }
  if (withScorecard && format === 'csv') errors.push('--scorecard adds a key to the JSON output; it cannot be written to a .csv file');
  if (
    (seekLever !== undefined || seekThreshold !== undefined || seekYear !== undefined) &&
    seekTarget === undefined &&
    !errors.some((e) => e.startsWith('--seek'))
  )
    errors.push('--lever, --threshold and --year go with --seek: give the target to seek');
  if (seekTarget !== undefined && seekLever === undefined && !errors.some((e) => e.startsWith('--lever')))
    errors.push('--seek needs --lever: the lever to move');
  if (seekTarget !== undefined && format === 'csv') errors.push('--seek adds a key to the JSON output; it cannot be written to a .csv file');
  const leastCostErrors = (): boolean => errors.some((e) => e.startsWith('--target') || e.startsWith('--levers'));
  if (!leastCostAsked && (leastCostTargets.length > 0 || leastCostLevers !== undefined) && !leastCostErrors())
    errors.push('--target and --levers go with --least-cost: add --least-cost');
  if (leastCostAsked && leastCostTargets.length === 0 && !leastCostErrors()) errors.push('--least-cost needs --target: a target to meet (ID or ID:THRESHOLD)');
  if (leastCostAsked && leastCostLevers === undefined && !leastCostErrors()) errors.push('--least-cost needs --levers: the levers that may move (A,B,…)');
  if (leastCostTargets.length > LEAST_COST_MAX_TARGETS)
    errors.push(`--target: at most ${LEAST_COST_MAX_TARGETS} targets at once, got ${leastCostTargets.length}`);
  if (leastCostAsked && format === 'csv') errors.push('--least-cost adds a key to the JSON output; it cannot be written to a .csv file');
  if (tornadoTarget !== undefined && format === 'csv') errors.push('--tornado adds a key to the JSON output; it cannot be written to a .csv file');
  if (seed !== undefined && draws === undefined && !errors.some((e) => e.startsWith('--draws')))
    errors.push('--seed needs --draws: it seeds the Monte Carlo draws');
  if ((layout !== undefined || language !== undefined) && format !== 'csv') errors.push('--layout and --lang shape the CSV; give --out with a .csv file');
  if (errors.length > 0) return err(errors);

  const scenarioFile = positional[0];
  return ok({
    ...(scenarioFile !== undefined ? { scenarioFile } : {}),
    ...(outFile !== undefined ? { outFile } : {}),
    format,
    layout: (layout as CsvLayout | undefined) ?? 'long',
    language: (language as CsvLanguage | undefined) ?? 'en',
    scorecard: withScorecard,
    ...(draws !== undefined ? { draws } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(seekTarget !== undefined && seekLever !== undefined
      ? {
          seek: {
            target: seekTarget,
            lever: seekLever,
            ...(seekThreshold !== undefined ? { threshold: seekThreshold } : {}),
            ...(seekYear !== undefined ? { year: seekYear } : {}),
          },
        }
      : {}),
    ...(leastCostAsked && leastCostLevers !== undefined ? { leastCost: { targets: leastCostTargets, levers: leastCostLevers } } : {}),
    ...(tornadoTarget !== undefined ? { tornado: tornadoTarget } : {}),
    help,
  });
}

/** What a run publishes beyond the outputs. */
export interface SimulateOptions {
  /** Add every plan target's verdict (`--scorecard`). */
  readonly scorecard?: boolean;
  /** Add Monte Carlo percentiles and P(met) from this many draws (`--draws`). */
  readonly draws?: number;
  /** The Monte Carlo seed (`--seed`, default DEFAULT_SEED). */
  readonly seed?: number;
  /** Add what it takes to meet a target with one lever (`--seek`). */
  readonly seek?: SeekOptions;
  /** Add the tornado of this target (`--tornado`), and with `draws` its regression on the draws. */
  readonly tornado?: string;
}

/**
 * Runs the model and keeps only the published fields, copying the arrays; with `scorecard`, every
 * plan target's verdict too (tracked targets judged on the input's trends, as the app does); with
 * `draws`, the Monte Carlo percentiles and P(met) (docs/model.md, "Uncertainty"), while `outputs`
 * stay those of the ordinary run.
 */
export function simulate(input: RunInput, options: SimulateOptions = {}): SimulationResult {
  const result = run(input);
  const outputs: Record<string, readonly number[]> = {};
  for (const [id, values] of Object.entries(result.outputs)) outputs[id] = [...values];
  const whoGains = structuredClone(result.whoGains);
  const published = {
    modelVersion: result.modelVersion,
    years: [...result.years],
    outputs,
    whoGains,
    ...withScorecard(input, result, options),
    ...(options.seek ? { seek: seekOf(input, options.seek) } : {}),
    ...(options.tornado !== undefined ? { tornado: tornadoOf(input, options.tornado) } : {}),
    ...withIndicators(input, result),
  };
  if (options.draws === undefined) return published;
  const mc = monteCarlo(input.overrides, {
    draws: options.draws,
    seed: options.seed ?? DEFAULT_SEED,
    ...(input.indicators ? { indicators: input.indicators } : {}),
  });
  const sensitivity = options.tornado !== undefined ? { sensitivity: { [options.tornado]: sensitivityOf(globalSensitivity(mc, options.tornado)) } } : {};
  return {
    ...published,
    quantiles: mc.quantiles,
    pMet: mc.pMet,
    pAllMet: mc.pAllMet,
    ...(mc.customPMet ? { customPMet: mc.customPMet } : {}),
    ...(mc.customQuantiles ? { customQuantiles: mc.customQuantiles } : {}),
    ...sensitivity,
  };
}

/** The `tornado` key: the target at each drawn assumption's P10 and P90, in the published fields. */
function tornadoOf(input: RunInput, target: string): CliTornado {
  const { year, threshold, comparator, base, baseMet, bars, held } = tornado(
    input.overrides,
    { target },
    input.indicators ? { indicators: input.indicators } : {},
  );
  return { target, year, threshold, comparator, base, baseMet, bars, held };
}

/** A target's `sensitivity` entry: its SRCs and R². */
function sensitivityOf(result: ReturnType<typeof globalSensitivity>): CliSensitivity {
  return { src: result.src, r2: result.r2 };
}

/** The `leastCost` key: the package in the published fields, each target's value by its id. */
export async function leastCostOf(input: RunInput, request: LeastCostOptions): Promise<CliLeastCost> {
  const found = await leastCost(input.overrides, request, input.indicators ? { indicators: input.indicators } : {});
  const achieved: Record<string, number> = {};
  for (const a of found.achieved) achieved[a.target] = a.value;
  const { status, method, overrides, fiscalCostCumulative, singleLever, iterations, solver, indicative } = found;
  return { status, method, overrides, fiscalCostCumulative, achieved, singleLever, iterations, solver, indicative };
}

/** The `indicators` key for a scenario with custom indicators (none: no key), evaluated on the run's outputs as the app's worker does. */
function withIndicators(input: RunInput, result: ReturnType<typeof run>): { indicators?: Record<string, CliIndicator> } {
  if (!input.indicators || input.indicators.length === 0) return {};
  const indicators: Record<string, CliIndicator> = {};
  for (const indicator of input.indicators) {
    const compiled = compileExpression(indicator.expression);
    if (!compiled.ok) {
      indicators[indicator.id] = { values: result.years.map(() => null), error: compiled.error };
      continue;
    }
    const { values, error } = customSeries(compiled.value, result.years, result.outputs);
    indicators[indicator.id] = { values, error, ...(indicator.target ? { verdict: judgeCustomTarget(indicator.target, result.years, values) } : {}) };
  }
  return { indicators };
}

/** The `seek` key: the goal-seek's answer, in the published fields. */
function seekOf(input: RunInput, request: SeekOptions): CliSeek {
  const { target, year, threshold, lever, status, value, achieved, fiscalCostCumulative } = goalSeek(input.overrides, request, input.indicators);
  return { target, year, threshold, lever, status, value, achieved, fiscalCostCumulative };
}

/** The `scorecard` key when asked for: every plan target's verdict (tracked targets judged on the input's trends, as the app does). */
function withScorecard(input: RunInput, result: ReturnType<typeof run>, options: SimulateOptions): { scorecard?: CliScorecardRow[] } {
  if (!options.scorecard) return {};
  const rows = scorecard(result.years, result.outputs, input.tracked ?? {}).map((row): CliScorecardRow => ({
    id: row.id,
    value: row.value,
    target: row.target,
    comparator: row.comparator,
    status: row.state,
    basis: row.basis,
    firstYearReached: row.firstYearReached,
  }));
  return { scorecard: rows };
}

/** Runs the baseline: no overrides. */
export function simulateBaseline(options: SimulateOptions = {}): SimulationResult {
  return simulate({ overrides: {} }, options);
}

/**
 * The text of a scenario file's content: bytes are UTF-8 (a leading byte-order mark dropped) or,
 * after an FF FE / FE FF byte-order mark, UTF-16; a string only loses a leading byte-order mark.
 * Undefined for bytes that are not valid text in their encoding.
 */
export function decodeScenarioFile(content: string | Uint8Array): string | undefined {
  if (typeof content === 'string') return content.startsWith('\uFEFF') ? content.slice(1) : content;
  const [b0, b1] = content;
  const encoding = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // TextDecoder drops the byte-order mark of its own encoding (ignoreBOM is false by default).
    return new TextDecoder(encoding, { fatal: true }).decode(content);
  } catch {
    return undefined;
  }
}

/** Whether parsed JSON is a bundle of scenarios (the app's multi-scenario export), with how many it holds. */
function bundleSize(text: string): number | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('format' in value) || value.format !== SCENARIO_BUNDLE_FORMAT) return undefined;
  return 'scenarios' in value && Array.isArray(value.scenarios) ? value.scenarios.length : 0;
}

/**
 * Validates scenario JSON text and, only if it is valid, runs it (with its tracked-target trends).
 * A leading byte-order mark is ignored; a refusal lists the first 100 errors and counts the rest.
 */
export function simulateScenarioText(
  text: string,
  options: SimulateOptions = {},
): Result<{ scenario: ScenarioDoc; warnings: CappedErrors<ScenarioWarning>; result: SimulationResult }, CappedErrors<ScenarioError>> {
  const read = readScenarioText(text);
  if (!read.ok) return read;
  return ok({ ...read.value, result: simulate(read.value.input, options) });
}

/** The model's input of a scenario document, its custom indicators with their names and units (which the CSV writes). */
export type ScenarioRunInput = RunInput & { readonly indicators?: readonly CustomIndicatorDoc[] };

/** Validates scenario JSON text (a leading byte-order mark ignored): the document, its warnings and the model's input, or the first 100 errors and a count. */
export function readScenarioText(
  text: string,
): Result<{ scenario: ScenarioDoc; warnings: CappedErrors<ScenarioWarning>; input: ScenarioRunInput }, CappedErrors<ScenarioError>> {
  const parsed = readScenarioJson(decodeScenarioFile(text) ?? text, MAX_REPORTED_ERRORS);
  if (!parsed.ok) return parsed;
  const { doc, warnings } = parsed.value;
  const { overrides, tracked, indicators } = doc;
  return ok({ scenario: doc, warnings, input: { overrides, ...(tracked ? { tracked } : {}), ...(indicators ? { indicators } : {}) } });
}

/**
 * Result as JSON: `{ modelVersion, years, outputs, whoGains }`, plus `scorecard` and the Monte
 * Carlo keys (`quantiles`, `pMet`, `pAllMet`), `seek`, `leastCost`, `tornado` and `sensitivity` when
 * the result has them, and, last, `indicators` (with draws also `customPMet` and `customQuantiles`)
 * for a scenario with custom indicators; 2-space indented, with a final newline. A percentile of
 * an output or indicator undefined in every draw is null.
 */
export function formatJson(result: SimulationResult): string {
  const {
    modelVersion,
    years,
    outputs,
    whoGains,
    scorecard: rows,
    quantiles,
    pMet,
    pAllMet,
    seek,
    leastCost: package_,
    tornado: bars,
    sensitivity,
    indicators,
    customPMet,
    customQuantiles,
  } = result;
  const mc = quantiles ? { quantiles, pMet, pAllMet } : {};
  const extra = {
    ...(seek ? { seek } : {}),
    ...(package_ ? { leastCost: package_ } : {}),
    ...(bars ? { tornado: bars } : {}),
    ...(sensitivity ? { sensitivity } : {}),
  };
  const custom = { ...(indicators ? { indicators } : {}), ...(customPMet ? { customPMet } : {}), ...(customQuantiles ? { customQuantiles } : {}) };
  return `${JSON.stringify({ modelVersion, years, outputs, whoGains, ...(rows ? { scorecard: rows } : {}), ...mc, ...extra, ...custom }, null, 2)}\n`;
}

/**
 * The results CSV of a run (src/export/results-csv.ts, the writer the app's CSV export uses): the
 * scenario, its modified baseline when assumptions move an output, and the baseline, rounded to
 * each output's precision, then the scenario's custom indicators (named and with the units of its
 * document, as the app's export names them), in a layout and language.
 */
export function resultsCsv(input: ScenarioRunInput, layout: CsvLayout, language: CsvLanguage): string {
  return buildResultsCsv(runWorkbench(input), layout, language, input.indicators ?? []);
}

/**
 * What the command writes: the JSON of `simulate`, or as CSV the results in the chosen layout
 * (or, with `--draws`, the Monte Carlo percentiles).
 */
function formatOutput(input: ScenarioRunInput, options: CliOptions): string {
  if (options.format === 'json') return formatJson(simulate(input, simulateOptions(options)));
  if (options.draws === undefined) return resultsCsv(input, options.layout, options.language);
  const result = simulate(input, simulateOptions(options));
  return buildFansCsv(result.years, result.quantiles!);
}

/**
 * One line per listed scenario error: `<file>: <field path>: <reason>` (English), no `error: `
 * prefix; then, when more errors were only counted, one more line counts them
 * (`<file>: … and 99900 more errors (100000 in all; the first 100 are listed)`).
 */
export function describeScenarioErrors(file: string, errors: CappedErrors<ScenarioError>): string[] {
  const lines = errors.listed.map((e) => {
    const prefix = `${e.path || '(document)'}: `;
    const reason = e.message.en.startsWith(prefix) ? e.message.en.slice(prefix.length) : e.message.en;
    return e.path ? `${file}: ${e.path}: ${reason}` : `${file}: ${reason}`;
  });
  const { more } = errors;
  if (more > 0)
    lines.push(
      `${file}: … and ${more} more error${more === 1 ? '' : 's'} (${errors.listed.length + more} in all; the first ${errors.listed.length} are listed)`,
    );
  return lines;
}

/**
 * One line per listed scenario warning, `<file>: <field path>: <what it means>` (English), no
 * `warning: ` prefix; then, when more were only counted, one line counts them.
 */
export function describeScenarioWarnings(file: string, warnings: CappedErrors<ScenarioWarning>): string[] {
  const lines = warnings.listed.map((w) => {
    const prefix = `${w.path}: `;
    return `${file}: ${w.path}: ${w.message.en.startsWith(prefix) ? w.message.en.slice(prefix.length) : w.message.en}`;
  });
  const { more } = warnings;
  if (more > 0)
    lines.push(
      `${file}: … and ${more} more warning${more === 1 ? '' : 's'} (${warnings.listed.length + more} in all; the first ${warnings.listed.length} are listed)`,
    );
  return lines;
}

/** The error code CliIo.readFile throws with for a FIFO, device or socket (read without blocking). */
export const NOT_A_REGULAR_FILE = 'ENOTREG';

/** A readable reason for a failed file read or write. */
export function describeFileError(cause: unknown): string {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a scenario file';
    case NOT_A_REGULAR_FILE:
      return 'is not a regular file (a FIFO, device or socket); give a scenario file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return cause instanceof Error ? cause.message : String(cause);
  }
}

/** The side effects `runCli` needs; the main binds them to the file system and the process. */
export interface CliIo {
  /** The file's content; must throw (code 'EISDIR' or NOT_A_REGULAR_FILE) rather than block on anything but a regular file. */
  readFile(path: string): string | Uint8Array;
  writeFile(path: string, text: string): void;
  /** Whether two paths name the same file (default: the same absolute path). */
  sameFile?(a: string, b: string): boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What the command line asks a run to publish. */
function simulateOptions(options: CliOptions): SimulateOptions {
  return {
    scorecard: options.scorecard,
    ...(options.draws !== undefined ? { draws: options.draws } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.seek ? { seek: options.seek } : {}),
    ...(options.tornado !== undefined ? { tornado: options.tornado } : {}),
  };
}

/**
 * The whole command: returns the exit code. stdout gets the result and nothing else; every error
 * goes to stderr as `error: …`, and bad input stops the command before the model runs. With
 * `--least-cost` the exit code comes as a promise (the search is asynchronous).
 */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const fail = (lines: readonly string[], code = 1): number => {
    for (const line of lines) io.stderr(`error: ${line}\n`);
    return code;
  };

  const args = parseArgs(argv);
  if (!args.ok) {
    fail(args.error);
    io.stderr(`${USAGE}\n`);
    return 1;
  }
  const options = args.value;
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  const { scenarioFile, outFile } = options;
  const sameFile = io.sameFile ?? ((a: string, b: string): boolean => resolve(a) === resolve(b));
  if (scenarioFile !== undefined && outFile !== undefined && sameFile(scenarioFile, outFile)) {
    return fail([`--out ${outFile} is the scenario file itself; writing the results there would destroy the scenario: choose another file`]);
  }

  let input: ScenarioRunInput = { overrides: {} };
  let text: string;
  try {
    if (options.scenarioFile !== undefined) {
      const file = options.scenarioFile;
      let content: string | Uint8Array;
      try {
        content = io.readFile(file);
      } catch (cause) {
        return fail([`${file}: cannot read: ${describeFileError(cause)}`]);
      }
      const decoded = decodeScenarioFile(content);
      if (decoded === undefined) return fail([`${file}: is not UTF-8 (or UTF-16 with a byte-order mark) text`]);
      const bundled = bundleSize(decoded);
      if (bundled !== undefined) {
        return fail([
          `${file}: is a bundle of ${bundled} scenario${bundled === 1 ? '' : 's'} ("format": "${SCENARIO_BUNDLE_FORMAT}"), not one scenario; ` +
            "this command runs one scenario document: export a single scenario from the app, or extract one (e.g. jq '.scenarios[0]')",
        ]);
      }
      const read = readScenarioText(decoded);
      if (!read.ok) return fail(describeScenarioErrors(file, read.error));
      input = read.value.input;
      for (const line of describeScenarioWarnings(file, read.value.warnings)) io.stderr(`warning: ${line}\n`);
    }
    if (options.leastCost) {
      const asked = options.leastCost;
      const published = simulate(input, simulateOptions(options));
      return leastCostOf(input, asked).then(
        (found) => deliver(formatJson({ ...published, leastCost: found }), options, io, fail),
        (cause: unknown) => {
          if (cause instanceof LeastCostError)
            return fail([`${cause.field === 'lever' || cause.field === 'levers' ? '--levers' : '--target'}: ${cause.message}`]);
          return fail([`internal error while running the model: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`], 2);
        },
      );
    }
    text = formatOutput(input, options);
  } catch (cause) {
    if (cause instanceof GoalSeekError) return fail([`${cause.field === 'target' ? '--seek' : `--${cause.field}`}: ${cause.message}`]);
    if (cause instanceof SensitivityError) return fail([`--tornado: ${cause.message}`]);
    return fail([`internal error while running the model: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`], 2);
  }
  return deliver(text, options, io, fail);
}

/** Writes the result to stdout or the --out file; the exit code. */
function deliver(text: string, options: CliOptions, io: CliIo, fail: (lines: readonly string[]) => number): number {
  if (options.outFile === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFile(options.outFile, text);
  } catch (cause) {
    return fail([`${options.outFile}: cannot write: ${describeFileError(cause)}`]);
  }
  io.stderr(`wrote ${options.outFile}\n`);
  return 0;
}
