import type { CustomIndicatorDoc, ScenarioOverride } from '../../scenario/document';
import { sameValue } from '../../scenario/merge';

type Overrides = Readonly<Record<string, ScenarioOverride>>;

/**
 * Whether the scenario's overrides `now` are those an analysis ran for (`ranFor`) with only
 * `applied` set on top: every applied lever holds its applied value and every other setting is as
 * it was. An analysis panel uses it to keep its answer current after "apply", and to offer Undo
 * only while nothing else was edited since.
 */
export function onlyAppliedSince(now: Overrides, ranFor: Overrides, applied: Readonly<Record<string, number>>): boolean {
  for (const [id, value] of Object.entries(applied)) if (now[id] !== value) return false;
  const cleared = Object.fromEntries(Object.keys(applied).map((id) => [id, undefined]));
  return sameValue({ ...now, ...cleared }, { ...ranFor, ...cleared });
}

/**
 * What a search aimed at `targets` read from the scenario's custom indicators: the id, expression
 * and target of each of those that is a custom indicator (not its name or unit, which do not change
 * an answer; not the other indicators, which it never read). Two scenarios with the same key give
 * the search the same custom targets; a plan target adds nothing to it.
 */
export function customTargetsKey(indicators: readonly CustomIndicatorDoc[] | undefined, targets: readonly string[]): readonly unknown[] {
  return (indicators ?? []).filter((i) => targets.includes(i.id)).map(({ id, expression, target }) => ({ id, expression, target }));
}
