// The target of a goal-seek or a least-cost package: a modelled plan target (an output id), or a
// custom indicator of the scenario that carries a target (its id). Both searches read a target
// the same way from each run's outputs, so a custom indicator is met exactly when the scorecard's
// custom row says it is (indicators/custom.ts judges it with the same comparator and threshold).

import { TARGETS } from '../catalog';
import type { TargetBasis } from '../catalog';
import type { ThresholdComparator } from '../../shared/comparator';
import { compileExpression, evaluateExpression, type CustomIndicatorInput } from '../indicators/custom';

/**
 * What a verdict found by a search rests on: a plan target's basis (see TargetBasis), or `custom`,
 * a user's expression over the model's outputs (each output keeps its own basis).
 */
export type SeekBasis = Exclude<TargetBasis, 'trend'> | 'custom';

/** A target a search aims at, with the plan's (or the indicator's) comparator, threshold and year. */
export interface SeekTarget {
  /** The plan target's output id, or the custom indicator's id. */
  readonly id: string;
  readonly basis: SeekBasis;
  readonly comparator: ThresholdComparator;
  /** The threshold and year a request that names neither is judged against. */
  readonly threshold: number;
  readonly year: number;
  /** The outputs `read` reads (a run that keeps only these can be read). */
  readonly outputs: readonly string[];
  /**
   * The target's value in the year at `yearIndex` of a run's outputs; NaN when a custom
   * expression cannot be evaluated there (a division by zero: never met, never a slope).
   */
  read(outputs: Readonly<Record<string, readonly number[]>>, yearIndex: number): number;
}

/**
 * The target `id` names: a plan target with a threshold, else a custom indicator of `indicators`
 * with a target and an expression that compiles. A string is the reason it is neither, for the
 * caller's error naming its field.
 */
export function resolveSeekTarget(id: string, indicators: readonly CustomIndicatorInput[] = []): SeekTarget | string {
  const plan = TARGETS.find((t) => t.outputId === id);
  if (plan) {
    if (plan.comparator === 'rising') return `"${id}" is judged on its whole path, not against a threshold`;
    return {
      id,
      basis: plan.basis,
      comparator: plan.comparator,
      threshold: plan.value,
      year: plan.year,
      outputs: [id],
      read: (outputs, yearIndex) => outputs[id]![yearIndex]!,
    };
  }
  const indicator = indicators.find((i) => i.id === id);
  if (!indicator) return `"${id}" is neither a modelled plan target nor a custom indicator of the scenario`;
  if (!indicator.target) return `the custom indicator "${id}" has no target: give it a comparator, a threshold and a year first`;
  const compiled = compileExpression(indicator.expression);
  if (!compiled.ok) return `the custom indicator "${id}" cannot be evaluated: ${compiled.error.message.en}`;
  const expression = compiled.value;
  return {
    id,
    basis: 'custom',
    comparator: indicator.target.comparator,
    threshold: indicator.target.threshold,
    year: indicator.target.year,
    outputs: [...expression.names],
    read: (outputs, yearIndex) => {
      const value = evaluateExpression(expression, (name) => outputs[name]?.[yearIndex] ?? NaN);
      return value.ok ? value.value : NaN;
    },
  };
}
