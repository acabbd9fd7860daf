/**
 * Turns whatever a storage call threw into a typed StorageFailure, so the UI can say "the disk is
 * full" or "storage is unavailable, work continues in memory" instead of a bare error text.
 */
import { describeCause } from '../shared/cause';
import { isRecord } from '../shared/record';
import { err, ok, type Result } from '../shared/result';
import type { StorageFailure } from './library';

/** The error name of a blocked upgrade: another tab holds an older version of the database open (dexie only fires an event for it, so openLibrary makes the error). */
export const BLOCKED_ERROR_NAME = 'BlockedError';

/** Error names that mean IndexedDB itself cannot be used (closed, missing, refused, stuck behind another tab). */
const UNAVAILABLE_NAMES: ReadonlySet<string> = new Set([
  'OpenFailedError',
  'DatabaseClosedError',
  'MissingAPIError',
  'InvalidStateError',
  'VersionError',
  'VersionChangeError',
  'UpgradeError',
  'NoSuchDatabaseError',
  'SecurityError',
  BLOCKED_ERROR_NAME,
]);

/** The legacy DOMException code of QUOTA_EXCEEDED_ERR (older browsers report only the code). */
const QUOTA_EXCEEDED_CODE = 22;

/** How deep to follow `.inner` / `.cause` / `.failures`: dexie wraps once or twice; a cycle must not hang us. */
const MAX_DEPTH = 5;

/** The error and everything it wraps: dexie keeps the DOM error in `.inner`, BulkError/ModifyError in `.failures`. */
function chain(cause: unknown, depth = 0): unknown[] {
  if (!isRecord(cause) || depth > MAX_DEPTH) return [cause];
  const wrapped: unknown[] = [];
  if (cause['inner'] !== undefined && cause['inner'] !== null) wrapped.push(cause['inner']);
  if (cause['cause'] !== undefined && cause['cause'] !== null) wrapped.push(cause['cause']);
  const failures = cause['failures'];
  if (Array.isArray(failures)) wrapped.push(...failures);
  else if (isRecord(failures)) wrapped.push(...Object.values(failures));
  return [cause, ...wrapped.flatMap((inner) => chain(inner, depth + 1))];
}

function nameOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value['name'] === 'string' ? value['name'] : undefined;
}

/** Firefox's older name for a full quota. */
const FIREFOX_QUOTA_NAME = 'NS_ERROR_DOM_QUOTA_REACHED';

function isQuota(value: unknown): boolean {
  const name = nameOf(value);
  return name === 'QuotaExceededError' || name === FIREFOX_QUOTA_NAME || (isRecord(value) && value['code'] === QUOTA_EXCEEDED_CODE);
}

/**
 * Classifies a thrown value: a QuotaExceededError anywhere in the wrapping chain (dexie's `.inner`,
 * `.cause`, bulk failures; also the legacy code 22) is `quota`; an error that means the database
 * cannot be used (open failed, closed, API missing, invalid state, version trouble, blocked
 * upgrade) is `unavailable`; anything else is `other`. Quota wins over unavailable because dexie
 * reports a full disk during open as an OpenFailedError wrapping the quota error.
 */
export function storageFailure(cause: unknown): StorageFailure {
  const errors = chain(cause);
  const message = describeCause(cause);
  if (errors.some(isQuota)) return { kind: 'quota', message };
  if (errors.some((e) => UNAVAILABLE_NAMES.has(nameOf(e) ?? ''))) return { kind: 'unavailable', message };
  return { kind: 'other', message };
}

/** The failure for an id that names no library scenario. */
export function missingFailure(id: string): StorageFailure {
  return { kind: 'missing', message: `No scenario with id "${id}" in the library` };
}

/** Thrown inside a storage transaction to abort it with a typed failure; `attempt` turns it back into a Result. */
export class StorageAbort extends Error {
  constructor(readonly failure: StorageFailure) {
    super(failure.message);
    this.name = 'StorageAbort';
  }
}

/** Runs a storage operation: its value, else a StorageAbort's failure, else whatever it threw classified by `storageFailure`. */
export async function attempt<T>(body: () => Promise<T>): Promise<Result<T, StorageFailure>> {
  try {
    return ok(await body());
  } catch (cause) {
    return err(cause instanceof StorageAbort ? cause.failure : storageFailure(cause));
  }
}
