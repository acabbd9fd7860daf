// The gap-closing waterfall: how each changed lever moves every modelled target from the baseline
// to the scenario. The levers interact (a wage rise changes what a transfer adds), so a lever's
// contribution depends on what is already in place; with six levers or fewer changed it is their
// Shapley value (the average over every order of adding them), which is symmetric and sums to the
// whole change exactly; with more (2^n runs would take too long) each lever is added in the
// catalog's order and credited with the change it makes then.
//
// Changed assumptions are not levers: the waterfall first moves from the baseline to the baseline
// under the scenario's assumptions (one bar, "assumptions"), then adds the levers.

import { MODEL_VERSION, PARAMETERS, TARGETS, type TargetBasis } from '../catalog';
import type { ThresholdComparator } from '../../shared/comparator';
import { YEARS, type OverrideValue } from '../params';
import { run } from '../index';

/** The most changed levers attributed by Shapley values (2^6 = 64 runs); more are added in order. */
export const SHAPLEY_MAX_LEVERS = 6;

/** One modelled target's waterfall in its year. */
export interface TargetWaterfall {
  readonly target: string;
  readonly basis: Exclude<TargetBasis, 'trend'>;
  readonly year: number;
  /** The threshold, or null for a "rising" target (judged on its path). */
  readonly threshold: number | null;
  readonly comparator: ThresholdComparator | 'rising';
  /** The value with every parameter at its default. */
  readonly baseline: number;
  /** What the changed assumptions add (the baseline under the scenario's assumptions minus `baseline`); 0 when none changed. */
  readonly assumptions: number;
  /** Each changed lever's contribution, in the catalog's order. */
  readonly levers: readonly { readonly lever: string; readonly contribution: number }[];
  /** The scenario's value: baseline + assumptions + every contribution. */
  readonly scenario: number;
}

/** The waterfall of every modelled target, and how the levers were attributed. */
export interface Waterfall {
  /** `shapley` (six levers or fewer changed) or `sequential` (in `order`). */
  readonly method: 'shapley' | 'sequential';
  /** The changed levers, in the catalog's order (the order of adding them for `sequential`). */
  readonly order: readonly string[];
  readonly targets: readonly TargetWaterfall[];
  /** Exact model runs made (2^n + 1 for Shapley, n + 2 in order). */
  readonly runs: number;
  /** The model version that made it; the attribution has no random element. */
  readonly modelVersion: string;
}

/** n! for the small n of Shapley weights. */
function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}

/**
 * The waterfall of a scenario: for every modelled target, from the baseline through the changed
 * assumptions and each changed lever to the scenario. Pure and deterministic. `progress(done,
 * total)` is told after each model run.
 */
export function waterfall(overrides: Readonly<Record<string, OverrideValue>>, progress?: (done: number, total: number) => void): Waterfall {
  const levers = PARAMETERS.filter((p) => p.kind === 'lever' && overrides[p.id] !== undefined).map((p) => p.id);
  const assumptions: Record<string, OverrideValue> = {};
  for (const p of PARAMETERS) if (p.kind === 'assumption' && overrides[p.id] !== undefined) assumptions[p.id] = overrides[p.id]!;
  const n = levers.length;
  const method = n <= SHAPLEY_MAX_LEVERS ? 'shapley' : 'sequential';
  // The lever sets to run, as bit masks over `levers`: every subset, or the prefixes of the order.
  const masks = method === 'shapley' ? Array.from({ length: 1 << n }, (_, m) => m) : Array.from({ length: n + 1 }, (_, k) => (1 << k) - 1);
  const total = masks.length + 1;
  let done = 0;
  const indices = TARGETS.map((t) => YEARS.indexOf(t.year));
  const valuesOf = (scenario: Readonly<Record<string, OverrideValue>>): number[] => {
    const outputs = run({ overrides: scenario }, { whoGains: false }).outputs;
    done++;
    progress?.(done, total);
    return TARGETS.map((t, k) => outputs[t.outputId]![indices[k]!]!);
  };
  const baseline = valuesOf({});
  const value = new Map<number, number[]>();
  for (const mask of masks) {
    const scenario: Record<string, OverrideValue> = { ...assumptions };
    levers.forEach((id, i) => {
      if (mask & (1 << i)) scenario[id] = overrides[id]!;
    });
    value.set(mask, valuesOf(scenario));
  }
  const full = (1 << n) - 1;
  const contribution = (i: number, k: number): number => {
    const bit = 1 << i;
    if (method === 'sequential') return value.get(((bit << 1) - 1) & full)![k]! - value.get(bit - 1)![k]!;
    let phi = 0;
    for (const mask of masks) {
      if (mask & bit) continue;
      const size = popCount(mask);
      phi += ((factorial(size) * factorial(n - size - 1)) / factorial(n)) * (value.get(mask | bit)![k]! - value.get(mask)![k]!);
    }
    return phi;
  };
  const targets = TARGETS.map((t, k): TargetWaterfall => {
    const start = baseline[k]!;
    const modified = value.get(0)![k]!;
    const end = value.get(full)![k]!;
    const leverParts = levers.map((lever, i) => ({ lever, contribution: contribution(i, k) }));
    return {
      target: t.outputId,
      basis: t.basis,
      year: t.year,
      threshold: t.comparator === 'rising' ? null : t.value,
      comparator: t.comparator,
      baseline: start,
      assumptions: modified - start,
      levers: leverParts,
      scenario: end,
    };
  });
  return { method, order: levers, targets, runs: done, modelVersion: MODEL_VERSION };
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}
