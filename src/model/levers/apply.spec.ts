import { describe, expect, it } from 'vitest';
import { FiscalLedger } from './apply';

describe('FiscalLedger', () => {
  it("adds up each lever's cost by year", () => {
    const ledger = new FiscalLedger(['pension', 'mountain'], 3);
    ledger.add('pension', 1, 5);
    ledger.add('pension', 1, 2.5);
    ledger.add('mountain', 2, 1e9);
    expect(Array.from(ledger.byLever.get('pension')!)).toEqual([0, 7.5, 0]);
    expect(Array.from(ledger.byLever.get('mountain')!)).toEqual([0, 0, 1e9]);
  });

  it('refuses a cost booked to a lever it does not keep, naming it', () => {
    expect(() => new FiscalLedger(['pension'], 3).add('pensions', 1, 5)).toThrow(/pensions/);
  });

  // Levers book costs through `add` in the engine's loop: one function for every run (see params.spec).
  it('books through the same function in every run', () => {
    expect(new FiscalLedger(['a'], 1).add).toBe(new FiscalLedger(['b'], 2).add);
  });
});
