import { describe, expect, it } from 'vitest';
import { storageFailure } from './storage-failure';

/** A DOMException look-alike: fake-indexeddb and browsers report IndexedDB errors as objects with a name (and a legacy code). */
function domError(name: string, message = 'detail', code = 0): { name: string; message: string; code: number } {
  return { name, message, code };
}

describe('storageFailure', () => {
  it('classifies a QuotaExceededError as quota, keeping its English text', () => {
    expect(storageFailure(domError('QuotaExceededError', 'The quota has been exceeded.'))).toEqual({
      kind: 'quota',
      message: 'QuotaExceededError: The quota has been exceeded.',
    });
  });

  it('finds a quota error wrapped by dexie (.inner), by a cause, or in a bulk failure list', () => {
    expect(storageFailure({ name: 'AbortError', message: 'Transaction aborted', inner: domError('QuotaExceededError') })).toMatchObject({
      kind: 'quota',
      message: 'AbortError: Transaction aborted',
    });
    expect(storageFailure(new Error('write failed', { cause: domError('QuotaExceededError') })).kind).toBe('quota');
    expect(storageFailure({ name: 'BulkError', message: '1 of 2 failed', failures: [domError('ConstraintError'), domError('QuotaExceededError')] }).kind).toBe(
      'quota',
    );
    expect(storageFailure({ name: 'OpenFailedError', message: 'open', inner: domError('QuotaExceededError') }).kind).toBe('quota');
  });

  it('recognises the legacy quota code 22 and Firefox’s old quota name', () => {
    expect(storageFailure(domError('Error', 'legacy', 22)).kind).toBe('quota');
    expect(storageFailure(domError('NS_ERROR_DOM_QUOTA_REACHED')).kind).toBe('quota');
  });

  it('classifies errors that mean the database cannot be used as unavailable', () => {
    for (const name of ['OpenFailedError', 'DatabaseClosedError', 'MissingAPIError', 'InvalidStateError', 'VersionError', 'BlockedError']) {
      expect(storageFailure(domError(name)), name).toEqual({ kind: 'unavailable', message: `${name}: detail` });
    }
    expect(storageFailure({ name: 'AbortError', message: 'x', inner: domError('InvalidStateError') }).kind).toBe('unavailable');
  });

  it('classifies anything else as other', () => {
    expect(storageFailure(domError('ConstraintError'))).toEqual({ kind: 'other', message: 'ConstraintError: detail' });
    expect(storageFailure(new TypeError('boom'))).toEqual({ kind: 'other', message: 'TypeError: boom' });
    expect(storageFailure('plain text')).toEqual({ kind: 'other', message: 'plain text' });
    expect(storageFailure(undefined)).toEqual({ kind: 'other', message: 'undefined' });
  });

  it('does not loop on an error that wraps itself', () => {
    const cyclic: Record<string, unknown> = { name: 'AbortError', message: 'loop' };
    cyclic['inner'] = cyclic;
    expect(storageFailure(cyclic).kind).toBe('other');
  });
});
