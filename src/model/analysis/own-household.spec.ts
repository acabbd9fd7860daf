import { describe, expect, it } from 'vitest';
import { CITIES } from '../data/baseline';
import { simulate } from '../engine';
import { populationFor, run, runHousehold, runOwnHousehold } from '../index';
import { resolveParams, YEARS } from '../params';
import { pickHousehold } from './household';
import { OWN_HOUSEHOLD_SOURCES, withOwnHousehold, type OwnHousehold } from './own-household';

// A smaller build than the page's keeps the file fast; the rules are the same on any build.
const households = 4000;
const pop = populationFor(resolveParams({}), households);
const LISHUI = CITIES.indexOf('lishui');
const HANGZHOU = CITIES.indexOf('hangzhou');

describe('the own-household calculator applies the model’s rules to a household the user enters', () => {
  it('tops a rural household under the dibao line up to its city’s line every year, the line indexed to income as the dibao standard is', () => {
    const household: OwnHousehold = { city: LISHUI, urban: false, members: 2, wage: 2000, business: 0, property: 0, transfers: 1000 };
    for (const overrides of [{}, { dibao_uplift: 15 }]) {
      const path = runOwnHousehold({ overrides }, household, { households });
      const standard = run({ overrides }, { households }).outputs['dibao_standard']!;
      const scenario = Object.keys(overrides).length === 0 ? path.baseline : path.scenario;
      for (let t = 0; t <= YEARS.indexOf(2025); t++) {
        // The city's 2020 line (yuan/person/year) moves with the provincial standard.
        const line = (pop.dibaoLine2020[LISHUI]! * standard[t]!) / standard[0]!;
        const y = scenario[t]!;
        expect(y.total).toBeCloseTo(2 * line, 6);
        expect(y.dibao).toBeCloseTo(2 * line - (y.wage + y.business + y.property + y.transfers), 6);
      }
    }
  });

  it('gives a household with wages only the wage growth of the typical household of its city and area', () => {
    const own = runOwnHousehold(
      { overrides: {} },
      { city: HANGZHOU, urban: true, members: 3, wage: 150000, business: 0, property: 0, transfers: 0 },
      { households },
    );
    const typical = runHousehold({ overrides: {} }, { city: HANGZHOU, urban: true, size: 3, percentile: 50 }, { households });
    for (let t = 0; t < YEARS.length; t++) {
      expect(own.baseline[t]!.wage / 150000).toBeCloseTo(typical.baseline[t]!.wage / typical.baseline[0]!.wage, 12);
      expect(own.baseline[t]!.business).toBe(0);
      expect(own.baseline[t]!.total).toBeCloseTo(own.baseline[t]!.wage, 6);
    }
  });

  it('gives a household equal to a typical preset the preset’s numbers, baseline and scenario', () => {
    const selector = { city: HANGZHOU, urban: true, size: 3, percentile: 50 };
    const row = pickHousehold(pop, selector);
    const members = pop.size[row]!;
    const household: OwnHousehold = {
      city: HANGZHOU,
      urban: true,
      members,
      earners: pop.earners[row]!,
      pensioners: pop.pensioners[row]!,
      wage: pop.wage[row]! * members,
      business: pop.business[row]! * members,
      property: pop.property[row]! * members,
      transfers: pop.transfer[row]! * members,
    };
    const overrides = { min_wage_uplift: 10, labour_share_policy: 1, pension_uplift: 50, property_income_urban: 1, pit_top_rate_change: 2 };
    const own = runOwnHousehold({ overrides }, household, { households });
    const preset = runHousehold({ overrides }, { ...selector, size: members }, { households });
    expect(own.scenario[5]!.total).not.toBeCloseTo(own.baseline[5]!.total, 0);
    for (let t = 0; t < YEARS.length; t++) {
      for (const key of ['wage', 'business', 'property', 'transfers', 'dibao', 'total'] as const) {
        expect(own.baseline[t]![key]).toBeCloseTo(preset.baseline[t]![key], 4);
        expect(own.scenario[t]![key]).toBeCloseTo(preset.scenario[t]![key], 4);
      }
    }
  });

  it('reports the change as scenario minus baseline, in yuan, in per cent and by source summing to the total', () => {
    const household: OwnHousehold = { city: LISHUI, urban: false, members: 4, wage: 40000, business: 8000, property: 1000, transfers: 6000 };
    const path = runOwnHousehold({ overrides: { min_wage_uplift: 15, low_income_topup: 600, collective_economy_investment: 3 } }, household, { households });
    const t = YEARS.indexOf(2025);
    const change = path.change[t]!;
    expect(change.yuan).toBeCloseTo(path.scenario[t]!.total - path.baseline[t]!.total, 9);
    expect(change.percent!).toBeCloseTo((100 * change.yuan) / path.baseline[t]!.total, 9);
    const sum = OWN_HOUSEHOLD_SOURCES.reduce((a, k) => a + change.bySource[k], 0);
    expect(sum).toBeCloseTo(change.yuan, 6);
    expect(change.yuan).toBeGreaterThan(0);
  });

  it('with every lever at its default shows no change in any year', () => {
    const path = runOwnHousehold(
      { overrides: {} },
      { city: 3, urban: true, members: 1, wage: 60000, business: 0, property: 5000, transfers: 0 },
      { households },
    );
    for (const c of path.change) expect(c.yuan).toBe(0);
  });

  it('leaves the province’s results as they are: the added row moves no provincial total beyond float noise', () => {
    const { pop: withRow, row } = withOwnHousehold(pop, { city: 2, urban: false, members: 5, wage: 1e6, business: 0, property: 0, transfers: 0 });
    expect(withRow.rows).toBe(pop.rows + 2);
    expect(withRow.cloneOf[withRow.cloneRow[row]!]).toBe(row);
    // Every clone still points at its original and back.
    for (let r = 0; r < withRow.originals; r++) if (withRow.cloneRow[r]! >= 0) expect(withRow.cloneOf[withRow.cloneRow[r]!]).toBe(r);
    const params = resolveParams({});
    const before = simulate(pop, params).outputs;
    const after = simulate(withRow, params).outputs;
    for (const id of ['income_per_capita', 'gini', 'dibao_recipients', 'income_per_capita_rural']) {
      for (let t = 0; t < YEARS.length; t++) expect(after.get(id)![t]! / before.get(id)![t]!).toBeCloseTo(1, 10);
    }
  });
});
