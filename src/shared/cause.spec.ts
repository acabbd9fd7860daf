import { describe, expect, it } from 'vitest';
import { describeCause } from './cause';

describe('describeCause', () => {
  it('names a storage error by its name and message, as the engine reported it', () => {
    expect(describeCause(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))).toBe(
      'QuotaExceededError: The quota has been exceeded.',
    );
  });

  it('gives the message alone for a reason shown inside a sentence', () => {
    expect(describeCause(Object.assign(new Error('The file was removed'), { name: 'NotFoundError' }), 'message')).toBe('The file was removed');
  });

  it('falls back to the name, then to the value as text', () => {
    expect(describeCause({ name: 'DatabaseClosedError' })).toBe('DatabaseClosedError');
    expect(describeCause('disk on fire')).toBe('disk on fire');
  });

  it('never throws, even for a value that cannot be turned into text', () => {
    const hostile = Object.create(null) as object;
    expect(describeCause(hostile)).toBe('unknown error');
  });
});
