/**
 * The compute surface of the pure model core. Everything here is synchronous and deterministic:
 * the same input gives bit-identical output in a test, the CLI and the worker.
 */
import { BASE_YEAR, HORIZON_YEAR, MODEL_VERSION, PARAMETERS, TARGETS } from './catalog';
import { projectIncome } from './placeholder-projection';

export { MODEL_VERSION } from './catalog';

/** A scalar override, or a year-by-year path of [year, value] points. */
export type OverrideValue = number | { readonly path: readonly (readonly [number, number])[] };

/** What a run needs: the scenario's overrides of catalog defaults, already validated. */
export interface RunInput {
  readonly overrides: Readonly<Record<string, OverrideValue>>;
}

/** The status of one target in the target year. */
export interface TargetStatus {
  readonly outputId: string;
  readonly year: number;
  readonly target: number;
  readonly value: number;
  /** value − target, in the target's unit (negative means short of a "≥" target). */
  readonly gap: number;
  readonly reached: boolean;
}

/** What a run returns: one value per year for every output id, and the status of each target. */
export interface ScenarioResult {
  readonly modelVersion: string;
  readonly years: number[];
  readonly outputs: Record<string, number[]>;
  readonly targets: TargetStatus[];
}

/** Compares an output with each of its targets in the target year. */
function targetStatuses(years: readonly number[], outputs: Readonly<Record<string, number[]>>): TargetStatus[] {
  return TARGETS.flatMap((t) => {
    const value = outputs[t.outputId]?.[years.indexOf(t.year)];
    if (value === undefined) return [];
    const reached =
      t.comparator === '>=' ? value >= t.value : t.comparator === '>' ? value > t.value : t.comparator === '<=' ? value <= t.value : value < t.value;
    return [{ outputId: t.outputId, year: t.year, target: t.value, value, gap: value - t.value, reached }];
  });
}

/** Reads a scalar parameter from the overrides, falling back to its catalog default. */
function scalarParameter(input: RunInput, id: string): number {
  const def = PARAMETERS.find((p) => p.id === id);
  if (!def) throw new Error(`bug: parameter ${id} is not in the catalog`);
  const override = input.overrides[id];
  if (override === undefined) return def.default;
  if (typeof override === 'number') return override;
  // A path's first point stands for the whole run in this one-lever slice.
  return override.path[0]?.[1] ?? def.default;
}

/** Runs the model for one scenario. Throws only on bugs; validate input with parseScenario first. */
export function run(input: RunInput): ScenarioResult {
  const growth = scalarParameter(input, 'income_growth_nominal');
  const projection = projectIncome(growth, BASE_YEAR, HORIZON_YEAR);
  const years = [...projection.years];
  const outputs = { income_per_capita: [...projection.incomePerCapita] };
  return { modelVersion: MODEL_VERSION, years, outputs, targets: targetStatuses(years, outputs) };
}
