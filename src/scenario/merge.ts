/**
 * Three-way merge of scenario documents, for two tabs editing one library scenario. The levers
 * (overrides) and tracked trends are maps of independent entries, so they merge entry by entry:
 * an entry only one side changed since the common base takes that side's value; an entry both
 * sides changed to different values is a conflict, and the side being written ("mine", the last
 * write) wins while the conflict reports both values. The name and notes merge the same way, as
 * single fields. Everything else (schema, model version, horizon, custom indicators) is taken from "mine".
 */
import type { ScenarioDoc, ScenarioOverride, TrackedTrendDoc } from './document';

/** Which part of the document a conflict is in. */
export type MergeField = 'overrides' | 'tracked' | 'name' | 'notes';

/** One entry both sides changed to different values since the base. `undefined` means "at its default" (removed). */
export interface MergeConflict {
  readonly field: MergeField;
  /** The parameter or target id (overrides, tracked); the field name again for name and notes. */
  readonly key: string;
  /** The value the merge kept (this tab's, the last write). */
  readonly mine: ScenarioOverride | TrackedTrendDoc | string | undefined;
  /** The other side's value, which the merge replaced (the version history keeps it). */
  readonly theirs: ScenarioOverride | TrackedTrendDoc | string | undefined;
}

/** The merged document and the entries both sides changed differently. */
export interface MergeOutcome {
  readonly doc: ScenarioDoc;
  readonly conflicts: readonly MergeConflict[];
}

/** Structural equality of JSON values (numbers, strings, arrays, plain objects); key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Merges one map entry by entry; conflicts are appended to `conflicts`. */
function mergeMap<V extends ScenarioOverride | TrackedTrendDoc>(
  field: 'overrides' | 'tracked',
  base: Readonly<Record<string, V>>,
  mine: Readonly<Record<string, V>>,
  theirs: Readonly<Record<string, V>>,
  conflicts: MergeConflict[],
): Record<string, V> {
  const merged: Record<string, V> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of [...keys].sort()) {
    const value = mergeValue(field, key, base[key], mine[key], theirs[key], conflicts);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** The merged value of one entry (undefined: at its default / absent). */
function mergeValue<V extends MergeConflict['mine']>(
  field: MergeField,
  key: string,
  base: V | undefined,
  mine: V | undefined,
  theirs: V | undefined,
  conflicts: MergeConflict[],
): V | undefined {
  const mineChanged = !sameValue(base, mine);
  const theirsChanged = !sameValue(base, theirs);
  if (!mineChanged) return theirs;
  if (theirsChanged && !sameValue(mine, theirs)) conflicts.push({ field, key, mine, theirs });
  return mine;
}

/**
 * Merges `mine` (this tab's document, edited from `base`) into `theirs` (what is stored now,
 * written by another tab since `base`). With `theirs` equal to `base` the result is `mine`.
 */
export function mergeScenario(base: ScenarioDoc, mine: ScenarioDoc, theirs: ScenarioDoc): MergeOutcome {
  const conflicts: MergeConflict[] = [];
  const overrides = mergeMap('overrides', base.overrides, mine.overrides, theirs.overrides, conflicts);
  const tracked = mergeMap('tracked', base.tracked ?? {}, mine.tracked ?? {}, theirs.tracked ?? {}, conflicts);
  const name = mergeValue('name', 'name', base.name, mine.name, theirs.name, conflicts) ?? mine.name;
  const notes = mergeValue('notes', 'notes', base.notes, mine.notes, theirs.notes, conflicts) ?? mine.notes;
  const hasTracked = mine.tracked !== undefined || theirs.tracked !== undefined || Object.keys(tracked).length > 0;
  const doc: ScenarioDoc = { ...mine, name, notes, overrides, ...(hasTracked ? { tracked } : {}) };
  return { doc, conflicts };
}
