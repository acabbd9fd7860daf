import { describe, expect, it } from 'vitest';
import type { Population } from '../population/build';
import { payPerPerson, personsIn, rowsWhere, shareInProportion, type RowRule, type YearState } from './rules';

const MOUNTAIN: RowRule = (pop, r) => pop.mountain[r] === 1;

/** A six-row population: rows 1, 3 and 4 are in mountain counties; row 3 holds nobody this year. */
function yearState(): YearState {
  const pop = { rows: 6, mountain: Uint8Array.from([0, 1, 0, 1, 1, 0]) } as unknown as Population;
  const zeros = () => new Float64Array(6);
  return {
    pop,
    persons: Float64Array.from([10, 20, 30, 0, 40, 50]),
    wage: Float64Array.from([1, 2, 3, 4, 5, 6]),
    business: zeros(),
    property: zeros(),
    transfer: zeros(),
    dWage: zeros(),
    dBusiness: zeros(),
    dProperty: zeros(),
    dTransfer: zeros(),
  } as unknown as YearState;
}

describe('lever rules on a selection of rows', () => {
  it('rowsWhere lists the selected rows in row order, once per population and rule', () => {
    const s = yearState();
    let tests = 0;
    const select: RowRule = (pop, r) => {
      tests++;
      return pop.mountain[r] === 1;
    };
    const rows = rowsWhere(s.pop, select);
    expect([...rows]).toEqual([1, 3, 4]);
    expect(rowsWhere(s.pop, select)).toBe(rows);
    expect(tests).toBe(6);
    // Another population gets its own list.
    expect(rowsWhere(yearState().pop, select)).not.toBe(rows);
  });

  it('pays per person to occupied selected rows only, and the amounts add up', () => {
    const s = yearState();
    const rows = rowsWhere(s.pop, MOUNTAIN);
    expect(personsIn(s, rows)).toBe(60);
    const paid = payPerPerson(s, 100, rows, s.dTransfer);
    expect([...s.dTransfer]).toEqual([0, 100, 0, 0, 100, 0]);
    expect(paid).toBe(100 * 60);
  });

  it('shares a total over selected rows in proportion to the weight, conserving it', () => {
    const s = yearState();
    const rows = rowsWhere(s.pop, MOUNTAIN);
    const shared = shareInProportion(s, 1000, rows, (r) => s.wage[r]!, s.dWage);
    expect(shared).toBe(1000);
    // Per capita ∝ wage: rows 1 and 4 (wages 2 and 5) over a base of 20·2 + 40·5 = 240.
    expect(s.dWage[1]).toBeCloseTo((1000 * 2) / 240, 12);
    expect(s.dWage[4]).toBeCloseTo((1000 * 5) / 240, 12);
    expect(s.dWage[0]! + s.dWage[2]! + s.dWage[3]! + s.dWage[5]!).toBe(0);
    expect(s.persons[1]! * s.dWage[1]! + s.persons[4]! * s.dWage[4]!).toBeCloseTo(1000, 9);
  });
});
