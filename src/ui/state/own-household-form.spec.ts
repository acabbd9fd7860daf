import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, parseOwnHouseholdForm, type OwnHouseholdForm } from './own-household-form';

const parse = (change: Partial<OwnHouseholdForm>) => parseOwnHouseholdForm({ ...EMPTY_FORM, ...change }, 11);

describe('the own-household form', () => {
  it('reads a household with thousands separators and full-width digits, empty incomes as none', () => {
    const result = parse({ city: '10', area: 'rural', members: '４', pensioners: '1', wage: '36,000', business: '1 200.5', property: '' });
    expect(result).toEqual({
      ok: true,
      value: { city: 10, urban: false, members: 4, pensioners: 1, wage: 36000, business: 1200.5, property: 0, transfers: 0 },
    });
  });

  it('names every refused field with its reason: not a number, negative, too large, members out of range', () => {
    const result = parse({ members: '0', wage: 'abc', business: '-5', property: '20000000', transfers: '1e3' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual([
      { field: 'members', problem: 'membersRange' },
      { field: 'wage', problem: 'notNumber' },
      { field: 'business', problem: 'negative' },
      { field: 'property', problem: 'tooLarge' },
      { field: 'transfers', problem: 'notNumber' },
    ]);
  });

  it('refuses a fractional or missing member count and more pensioners than members', () => {
    expect(parse({ members: '2.5' })).toEqual({ ok: false, error: [{ field: 'members', problem: 'notWhole' }] });
    expect(parse({ members: ' ' })).toEqual({ ok: false, error: [{ field: 'members', problem: 'required' }] });
    expect(parse({ members: '2', pensioners: '3' })).toEqual({ ok: false, error: [{ field: 'pensioners', problem: 'pensionersRange' }] });
  });
});
