/** Whether a value read from outside (JSON, storage, a link) is a plain object whose fields can be checked one by one: an object, not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
