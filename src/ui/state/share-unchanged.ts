/**
 * Returns `next`, but with every part that deep-equals the same part of `previous` replaced by
 * the previous object. The workbench passes each new scorecard through it, so rows that did not
 * change (every tracked target, most modelled ones while a lever moves) keep their identity and
 * the table skips them: Svelte compares by identity.
 *
 * Handles what a result is made of (plain objects, arrays, primitives; numbers compared with
 * Object.is). Never mutates either argument.
 */
export function shareUnchanged<T>(previous: T | undefined, next: T): T {
  return share(previous, next) as T;
}

function share(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const shared = next.map((item, i) => {
      const kept = share(previous[i], item);
      if (!Object.is(kept, previous[i])) same = false;
      return kept;
    });
    return same ? previous : shared;
  }
  if (Array.isArray(previous) || Object.getPrototypeOf(next) !== Object.prototype) return next;
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const shared: Record<string, unknown> = {};
  for (const key of keys) {
    const kept = Object.hasOwn(before, key) ? share(before[key], after[key]) : after[key];
    if (!Object.hasOwn(before, key) || !Object.is(kept, before[key])) same = false;
    shared[key] = kept;
  }
  return same ? previous : shared;
}
