import { describe, expect, it } from 'vitest';
import { BASE_YEAR, CITIES, FISCAL_LEVERS, PARAMETERS, TARGET_YEAR, type ParameterDef } from '../../src/model/catalog';
import { run, type OverrideValue, type ScenarioResult } from '../../src/model/index';
import { PRESETS } from '../../src/scenario/presets';

// The model-check matrix. Every parameter at its min, default and max (the rest at default) and
// every preset must stay inside its bounds, and every derived output must equal what it is
// derived from; every lever, at its ends, leaves the calibrated 2020 as it is; and a lever
// whose mechanism moves an output one way moves it that way over a grid from its min to its
// max. The expectations are invariants (identities, bounds, directions), not today's numbers.
// The reduced population keeps the matrix fast; it is built the same way.
const households = 4000;

/** Grid points per lever for the monotone responses (MATRIX_POINTS=41 runs the dense grid). */
const gridPoints = Number(process.env['MATRIX_POINTS'] ?? 9);
if (!Number.isInteger(gridPoints) || gridPoints < 2) throw new Error(`MATRIX_POINTS must be an integer of at least 2, not ${process.env['MATRIX_POINTS']}`);

/** Relative tolerance of an identity between outputs (float noise of a sum or a ratio). */
const IDENTITY_TOLERANCE = 1e-9;

/**
 * Relative step back allowed to an income output that a lever raises. The dibao rule has a
 * notch: a household drawn into the inclusion error gets 0.3 × the line only below 1.5 × the
 * line, so one that earns a little more there has less after the dibao. On a fine grid that
 * shows as a step back of a few 1e-7 of the mean; a lever's own effect is far larger.
 */
const DIBAO_NOTCH_TOLERANCE = 1e-6;
const INCOME_OUTPUTS = new Set(['income_per_capita', 'income_per_capita_urban', 'income_per_capita_rural', 'mountain_counties_income_ratio']);

/** Time for one grid test: a run of the reduced population takes well under a second. */
const GRID_TIMEOUT_MS = 5000 + 1000 * gridPoints;

/** Spending levers and their fiscal rows: a spending lever never costs less than zero. */
const SPENDING_ROWS = ['labour_share', 'dibao', 'pension', 'low_income_topup', 'mountain', 'collective', 'entrepreneurship', 'hukou'] as const;

const percentOutputs = ['urbanization_rate', 'hh_income_100k_500k', 'hh_income_200k_600k', 'labour_share_gdp', 'urban_unemployment_rate'];

const LEVERS = PARAMETERS.filter((p) => p.kind === 'lever');

// Runs are pure functions of their overrides: each is made once and shared by the checks below
// (the matrix's min and max runs are the ends of the monotone grids).
const runs = new Map<string, ScenarioResult>();
function runOf(overrides: Readonly<Record<string, OverrideValue>>): ScenarioResult {
  const key = JSON.stringify(overrides);
  let result = runs.get(key);
  if (!result) {
    result = run({ overrides }, { households, whoGains: false });
    runs.set(key, result);
  }
  return result;
}

const baseline = (): ScenarioResult => runOf({});

function series(result: ScenarioResult, id: string): number[] {
  const values = result.outputs[id];
  if (!values) throw new Error(`output ${id} is missing`);
  return values;
}

/** No NaN, shares within bounds, incomes positive, spending never negative, the total the sum of its rows. */
function expectWithinBounds(result: ScenarioResult): void {
  for (const [id, values] of Object.entries(result.outputs)) {
    for (const v of values) expect(Number.isFinite(v), `${id} is finite`).toBe(true);
  }
  const within = (id: string, low: number, high: number): void => {
    for (const v of series(result, id)) {
      expect(v, id).toBeGreaterThanOrEqual(low);
      expect(v, id).toBeLessThanOrEqual(high);
    }
  };
  for (const id of percentOutputs) within(id, 0, 100);
  within('gini', 0, 1);
  within('survey_urban_weight', 0, 1);
  for (const id of ['income_per_capita', 'income_per_capita_urban', 'income_per_capita_rural', 'quintile_q1']) {
    for (const v of series(result, id)) expect(v, id).toBeGreaterThan(0);
  }
  for (const row of SPENDING_ROWS) {
    for (const v of series(result, `fiscal_cost_${row}`)) expect(v, row).toBeGreaterThanOrEqual(0);
  }
  expect(series(result, 'fiscal_cost_min_wage')[result.years.indexOf(TARGET_YEAR)]).toBe(0);
}

/**
 * Every derived output equals what it is derived from, in every year, within a relative
 * IDENTITY_TOLERANCE. Returns the identities that fail (empty when all hold), one line each.
 */
function brokenIdentities(result: ScenarioResult): string[] {
  const problems: string[] = [];
  const o = (id: string): number[] => series(result, id);
  const same = (what: string, year: number, actual: number, expected: number, scale = Math.abs(expected)): void => {
    if (!(Math.abs(actual - expected) <= IDENTITY_TOLERANCE * scale)) problems.push(`${what} in ${year}: ${actual} ≠ ${expected}`);
  };
  const cities = CITIES.map((c) => o(`city_income_${c}`));
  result.years.forEach((year, t) => {
    const urban = o('income_per_capita_urban')[t]!;
    const rural = o('income_per_capita_rural')[t]!;
    const weight = o('survey_urban_weight')[t]!;
    same('urban_rural_income_ratio = urban ÷ rural', year, o('urban_rural_income_ratio')[t]!, urban / rural);
    const cityMeans = cities.map((c) => c[t]!);
    same('city_income_max_min_ratio = max ÷ min of the cities', year, o('city_income_max_min_ratio')[t]!, Math.max(...cityMeans) / Math.min(...cityMeans));
    same('quintile_ratio_q5_q1 = q5 ÷ q1', year, o('quintile_ratio_q5_q1')[t]!, o('quintile_q5')[t]! / o('quintile_q1')[t]!);
    same('income_per_capita_real = income ÷ price_index', year, o('income_per_capita_real')[t]!, o('income_per_capita')[t]! / o('price_index')[t]!);
    same('gdp_per_capita = gdp_nominal ÷ (population × 1e4)', year, o('gdp_per_capita')[t]!, o('gdp_nominal')[t]! / (o('population')[t]! * 1e4));
    same('income_per_capita = survey-weighted mix of urban and rural', year, o('income_per_capita')[t]!, weight * urban + (1 - weight) * rural);
    let rows = 0;
    let rowsScale = 0;
    for (const { id } of FISCAL_LEVERS) {
      rows += o(`fiscal_cost_${id}`)[t]!;
      rowsScale += Math.abs(o(`fiscal_cost_${id}`)[t]!);
    }
    same('fiscal_cost_total = sum of the rows', year, o('fiscal_cost_total')[t]!, rows, rowsScale);
  });
  for (const id of [...FISCAL_LEVERS.map((l) => l.id), 'total']) {
    const cost = o(`fiscal_cost_${id}`);
    let running = 0;
    let runningScale = 0;
    result.years.forEach((year, t) => {
      running += cost[t]!;
      runningScale += Math.abs(cost[t]!);
      same(`fiscal_cost_${id}_cumulative = running sum`, year, o(`fiscal_cost_${id}_cumulative`)[t]!, running, runningScale);
      same(
        `fiscal_cost_${id}_pct_revenue = 100 × cost ÷ budget_revenue`,
        year,
        o(`fiscal_cost_${id}_pct_revenue`)[t]!,
        (100 * cost[t]!) / o('budget_revenue')[t]!,
      );
      same(`fiscal_cost_${id}_pct_gdp = 100 × cost ÷ gdp_nominal`, year, o(`fiscal_cost_${id}_pct_gdp`)[t]!, (100 * cost[t]!) / o('gdp_nominal')[t]!);
    });
  }
  return problems;
}

/** Every output and distribution of 2020 that is not bit-for-bit the baseline's, one line each. */
function changed2020(result: ScenarioResult): string[] {
  const reference = baseline();
  const t = reference.years.indexOf(BASE_YEAR);
  const problems: string[] = [];
  for (const [id, values] of Object.entries(reference.outputs)) {
    if (!Object.is(series(result, id)[t], values[t])) problems.push(`${id}: ${series(result, id)[t]} ≠ baseline ${values[t]}`);
  }
  const distribution = result.distributions[t]!;
  const referenceDistribution = reference.distributions[t]!;
  for (const key of ['shares', 'lorenz'] as const) {
    distribution[key].forEach((v, i) => {
      if (!Object.is(v, referenceDistribution[key][i])) problems.push(`distribution ${key}[${i}]: ${v} ≠ baseline ${referenceDistribution[key][i]}`);
    });
  }
  return problems;
}

describe.each(PARAMETERS.map((p) => [p.id, p] as const))('%s at min, default and max', (_id, def) => {
  it.each([
    ['min', def.min],
    ['default', def.default],
    ['max', def.max],
  ])('%s: no NaN, shares within bounds, spending never negative, ratios equal to their parts', (label, value) => {
    // "default" is the catalog default itself (for a year-by-year default, no override at all).
    const result = runOf(label === 'default' ? {} : { [def.id]: value });
    expectWithinBounds(result);
    expect(brokenIdentities(result)).toEqual([]);
  });
});

describe.each(PRESETS.map((p) => [p.id, p] as const))('the %s preset', (_id, preset) => {
  it('has no NaN, shares within bounds, spending never negative, ratios equal to their parts, and the 2020 of the baseline', () => {
    const result = runOf(preset.overrides);
    expectWithinBounds(result);
    expect(brokenIdentities(result)).toEqual([]);
    expect(changed2020(result)).toEqual([]);
  });
});

// 2020 is calibrated data: levers act from 2021 on, so no lever setting may move any 2020 value.
describe('2020 is unchanged by levers', () => {
  const ends = LEVERS.flatMap((def) => [[def.id, 'max', def.max] as const, ...(def.min !== def.default ? [[def.id, 'min', def.min] as const] : [])]);
  it.each(ends)('%s at its %s leaves every 2020 output bit for bit as in the baseline', (id, _end, value) => {
    expect(changed2020(runOf({ [id]: value }))).toEqual([]);
  });
  it('every lever at its max at once leaves every 2020 output bit for bit as in the baseline', () => {
    const result = runOf(Object.fromEntries(LEVERS.map((def) => [def.id, def.max])));
    expect(changed2020(result)).toEqual([]);
    expect(brokenIdentities(result)).toEqual([]);
  });
  it('every lever at its min at once leaves every 2020 output bit for bit as in the baseline', () => {
    expect(changed2020(runOf(Object.fromEntries(LEVERS.map((def) => [def.id, def.min]))))).toEqual([]);
  });
});

/**
 * An output a lever moves one way by its mechanism. Over the grid from the lever's min to its
 * max the output never moves the other way in any projected year; a `strict` response also
 * moves in 2025 between min and max (so a lever that stopped working fails too).
 */
interface Response {
  readonly output: string;
  readonly direction: 'up' | 'down';
  readonly strict: boolean;
  /** The mechanism that makes the response monotone. */
  readonly why: string;
}

const up = (output: string, why: string): Response => ({ output, direction: 'up', strict: true, why });
const down = (output: string, why: string): Response => ({ output, direction: 'down', strict: true, why });
const notUp = (output: string, why: string): Response => ({ output, direction: 'down', strict: false, why });
const notDown = (output: string, why: string): Response => ({ output, direction: 'up', strict: false, why });

/** The monotone responses of each lever (the mechanism, model notes §10, decides which). */
const RESPONSES: Readonly<Record<string, readonly Response[]>> = {
  labour_share_policy: [
    up('labour_share_gdp', 'the extra labour pay is a share of GDP credited to labour'),
    up('fiscal_cost_labour_share', 'the public sector pays its share of the extra labour pay'),
  ],
  min_wage_uplift: [
    up('min_wage_tier1', 'the tier-1 minimum is the enacted path times (1 + uplift)'),
    up('employer_cost_min_wage', 'the rate gain of each affected earner is proportional to the uplift'),
    up('urban_unemployment_rate', 'jobs lost grow with the uplift (employment elasticity < 0 by default)'),
  ],
  dibao_uplift: [
    up('dibao_standard', 'the standard is the indexed path times (1 + uplift)'),
    up('fiscal_cost_dibao', 'every branch of the dibao rule rises with the line'),
    notDown('dibao_recipients', 'a higher line makes more households eligible, with the same take-up draws'),
    notUp('persons_below_dibao', 'income after the dibao never falls as the line rises'),
    notDown('income_per_capita', 'income after the dibao never falls as the line rises'),
  ],
  dibao_take_up_gain: [
    up('fiscal_cost_dibao', 'more eligible households take the dibao up'),
    up('dibao_recipients', 'more eligible households take the dibao up'),
    notUp('persons_below_dibao', 'a household that takes the dibao up is lifted to the line'),
  ],
  pension_uplift: [
    up('pension_base', 'the pension is the baseline path plus the uplift'),
    up('fiscal_cost_pension', 'the cost is 12 × uplift × recipients'),
    up('income_per_capita', 'every recipient household gets the uplift net of crowding-out'),
  ],
  low_income_topup: [
    up('fiscal_cost_low_income_topup', 'the payment per eligible person is proportional to the top-up'),
    notUp('persons_below_2_dibao', 'the top-up is paid only below twice the line and only raises incomes there'),
  ],
  mountain_transfer: [
    up('fiscal_cost_mountain', 'the cost is the funds'),
    up('mountain_counties_income_ratio', 'the funds are paid only to mountain-county residents, who are below the provincial mean'),
  ],
  collective_economy_investment: [
    up('fiscal_cost_collective', 'the cost is the investment'),
    up('income_per_capita_rural', 'the assets’ dividends are paid per rural person'),
  ],
  rural_entrepreneurship: [
    up('fiscal_cost_entrepreneurship', 'the cost is the support'),
    up('income_per_capita_rural', 'the support’s return is business income of rural households'),
  ],
  property_income_urban: [up('income_per_capita_urban', 'urban property income compounds at the extra growth')],
  property_income_rural: [up('income_per_capita_rural', 'rural property income compounds at the extra growth')],
  hukou_pace: [
    up('urbanization_rate', 'the pace is added to the logistic rate, and the logistic step rises with its rate'),
    notDown('survey_urban_weight', 'each city’s survey weight target rises with urbanisation'),
  ],
  hukou_citizenisation: [
    up('fiscal_cost_hukou', 'the cost is citizens × the cost per citizen'),
    up('income_per_capita_urban', 'citizens get the urban benefit per person'),
  ],
  pit_top_rate_change: [
    down('fiscal_cost_pit', 'a higher rate on the top raises revenue (below the revenue-maximising rate)'),
    down('income_per_capita', 'the top’s income after tax falls as its rate rises, and nothing is recycled by default'),
  ],
};

/** Levers with no monotone response to assert, and why. */
const NOT_MONOTONE: Readonly<Record<string, string>> = {
  labour_share_incidence: 'a choice of how extra labour pay is shared, not a level',
  pit_recycling: 'a choice of how PIT revenue is used, not a level',
  mountain_share_direct: 'a split of the mountain funds (nothing at the default of no funds); which split raises incomes most depends on reach and returns',
  mountain_share_jobs: 'a split of the mountain funds (nothing at the default of no funds); which split raises incomes most depends on reach and returns',
};

/** The lever's grid: gridPoints values from min to max, the ends exactly. */
function gridOf(def: ParameterDef): number[] {
  return Array.from({ length: gridPoints }, (_, i) =>
    i === 0 ? def.min : i === gridPoints - 1 ? def.max : def.min + ((def.max - def.min) * i) / (gridPoints - 1),
  );
}

describe('monotone responses', () => {
  it('every lever has its monotone responses listed, or a reason why none is asserted', () => {
    for (const def of LEVERS) expect(def.id in RESPONSES !== def.id in NOT_MONOTONE, def.id).toBe(true);
    for (const id of [...Object.keys(RESPONSES), ...Object.keys(NOT_MONOTONE)])
      expect(
        LEVERS.some((def) => def.id === id),
        id,
      ).toBe(true);
  });

  const cases = LEVERS.filter((def) => def.id in RESPONSES).map((def) => [def.id, def] as const);
  it.each(cases)(
    `%s: each response moves one way over ${gridPoints} points from min to max`,
    (id, def) => {
      expect(brokenResponses(def, {}, RESPONSES[id]!)).toEqual([]);
    },
    GRID_TIMEOUT_MS,
  );
});

/**
 * An assumption whose mechanism moves outputs one way, mostly one that sets how strongly a
 * lever acts, with the lever held at a setting (model notes §10): the behavioural responses a
 * lever's sign alone does not check.
 */
interface ConditionalResponse {
  readonly assumption: string;
  readonly given: Readonly<Record<string, number>>;
  readonly responses: readonly Response[];
}

const CONDITIONAL_RESPONSES: readonly ConditionalResponse[] = [
  {
    assumption: 'taxable_income_elasticity',
    given: { pit_top_rate_change: 10 },
    responses: [up('fiscal_cost_pit', 'a rate rise raises less revenue as taxable income responds more')],
  },
  {
    assumption: 'taxable_income_elasticity',
    given: { pit_top_rate_change: -5 },
    responses: [down('fiscal_cost_pit', 'a rate cut costs less as taxable income responds more')],
  },
  {
    assumption: 'min_wage_employment_elasticity',
    given: { min_wage_uplift: 15 },
    responses: [
      down('urban_unemployment_rate', 'fewer jobs are lost as the elasticity rises toward 0'),
      up('labour_share_gdp', 'the labour share is credited the wage gain net of the wages of lost jobs'),
      up('income_per_capita', 'fewer wages are lost as the elasticity rises toward 0'),
    ],
  },
  {
    assumption: 'pension_crowd_out',
    given: { pension_uplift: 200 },
    responses: [down('income_per_capita', 'households keep less of the uplift as crowding-out grows')],
  },
  {
    assumption: 'population_growth',
    given: {},
    responses: [up('gdp_nominal', 'output grows with the labour force, not only per head')],
  },
  {
    assumption: 'collective_return',
    given: { collective_economy_investment: 10 },
    responses: [up('income_per_capita_rural', 'the dividends per rural person grow with the return on the assets')],
  },
];

describe('monotone responses to an assumption', () => {
  it.each(CONDITIONAL_RESPONSES.map((c) => [c.assumption, JSON.stringify(c.given), c] as const))(
    `%s given %s: each response moves one way over ${gridPoints} points from min to max`,
    (id, _given, { given, responses }) => {
      const def = PARAMETERS.find((p) => p.id === id);
      if (!def || def.kind !== 'assumption') throw new Error(`${id} is not an assumption`);
      expect(brokenResponses(def, given, responses)).toEqual([]);
    },
    GRID_TIMEOUT_MS,
  );
});

/**
 * Runs a parameter's grid (with `given` overrides held) and lists, one line each, every step at
 * which a response moves the wrong way beyond float noise in a projected year, and every strict
 * response that 2025 does not move between the parameter's min and max.
 */
function brokenResponses(def: ParameterDef, given: Readonly<Record<string, number>>, responses: readonly Response[]): string[] {
  const grid = gridOf(def);
  const results = grid.map((value) => runOf({ ...given, [def.id]: value }));
  const years = baseline().years;
  const target = years.indexOf(TARGET_YEAR);
  const problems: string[] = [];
  for (const { output, direction, strict, why } of responses) {
    const sign = direction === 'up' ? 1 : -1;
    // The wrong-way steps of this response: the first in full, then how many there are.
    const wrongWay: string[] = [];
    for (let t = years.indexOf(BASE_YEAR) + 1; t < years.length; t++) {
      for (let i = 1; i < grid.length; i++) {
        const before = series(results[i - 1]!, output)[t]!;
        const after = series(results[i]!, output)[t]!;
        const noise = (INCOME_OUTPUTS.has(output) ? DIBAO_NOTCH_TOLERANCE : IDENTITY_TOLERANCE) * Math.max(Math.abs(before), Math.abs(after));
        if (sign * (after - before) < -noise) wrongWay.push(`${years[t]}, ${def.id} ${grid[i - 1]} → ${grid[i]}: ${before} → ${after}`);
      }
    }
    if (wrongWay.length > 0)
      problems.push(
        `${output} should go ${direction} (${why}) but goes the other way at ${wrongWay[0]} (${wrongWay.length} wrong-way steps of ${(years.length - 1) * (grid.length - 1)})`,
      );
    if (strict) {
      const atMin = series(results[0]!, output)[target]!;
      const atMax = series(results[grid.length - 1]!, output)[target]!;
      const noise = IDENTITY_TOLERANCE * Math.max(Math.abs(atMin), Math.abs(atMax));
      if (!(sign * (atMax - atMin) > noise))
        problems.push(`${output} should go ${direction} (${why}) in ${TARGET_YEAR} from ${def.id} ${def.min} to ${def.max} but goes ${atMin} → ${atMax}`);
    }
  }
  return problems;
}
