/**
 * The annual projection, 2020 → 2035 (model notes §2): per year, population growth →
 * urbanisation movers → uprating (anchored on the baseline) → lever rules → dibao → PIT →
 * indicators and fiscal accounts, on the synthetic population built from 2020 data.
 */
import { CITIES, DIBAO_STANDARD_2020, LABOUR_SHARE_2020, URBANISATION_2020 } from './data/baseline';
import { FISCAL_LEVERS } from './catalog';
import { macroPaths, type MacroPaths } from './macro/macro';
import { IncomeHistogram } from './indicators/histogram';
import { STRUCTURAL } from './structural';
import { applyFinancingLevy, applyIncomeTax, applyLevers, FiscalLedger, type LeverStocks } from './levers/apply';
import { YEAR_COUNT, YEARS, type ResolvedParams } from './params';
import type { Population } from './population/build';
import { minWageTier1Path, pensionBasePath } from './levers/baseline-policy';
import { DIBAO_INCLUSION_BENEFIT, DIBAO_INCLUSION_REACH, dibaoOf, type DibaoRule, type YearState } from './levers/rules';
import { groupRuns, LINE_MARGIN, YearTally, type TallySnapshot } from './indicators/tally';
import { recordYear, RunIncomes } from './indicators/who-gains';
import { fittedLogisticRate, logisticStep } from './urbanisation/urbanisation';

/** What the baseline run fixes for scenarios with the same assumptions (model notes §9: frozen anchor). */
export interface BaselineAnchor {
  /** The anchor k_t of the non-wage components (business, property, other transfers), per year. */
  readonly k: Float64Array;
  /** The anchor of wages, k^W_t, per year: the baseline wage bill follows GDP and the labour-share path. */
  readonly kWage: Float64Array;
  /** Baseline per-capita disposable income per year: the index the dibao standard follows. */
  readonly income: Float64Array;
  readonly dibaoSpending: Float64Array;
  readonly movers: Float64Array;
}

/** One year's income distribution: household-income bands and the Lorenz curve (see IncomeHistogram.summary). */
export interface YearDistribution {
  readonly year: number;
  /** Percentage of persons per household-income band (standard household, DISTRIBUTION_BAND_WIDTH yuan wide; the last is open). */
  readonly shares: number[];
  /** Cumulative income share at population shares 0, 0.05, …, 1. */
  readonly lorenz: number[];
}

/** Width and number of the household-income bands reported per year (20,000 yuan; 0 … 1 million and above). */
export const DISTRIBUTION_BAND_WIDTH = 20000;
export const DISTRIBUTION_BANDS = 51;
export const LORENZ_POINTS = 21;

/** Raw outputs of one simulation: one Float64Array per output id, the distributions, and the anchor. */
export interface Simulation {
  readonly outputs: Map<string, Float64Array>;
  readonly distributions: YearDistribution[];
  readonly anchor: BaselineAnchor;
  /**
   * Per year, each 2020 household's income and the poverty counts by cut: what a scenario's "who
   * gains" compares (indicators/who-gains). Undefined when the run was told not to record them.
   */
  readonly incomes: RunIncomes | undefined;
}

/** What a run keeps beyond its outputs. */
export interface SimulateOptions {
  /**
   * Record each household's income per year for "who gains" (default true). Monte Carlo draws
   * read only outputs, and the recording is about a fifth of a run's time.
   */
  readonly recordIncomes?: boolean;
}

const TOP = 1e-12;

/** Per-household arrays of one simulated year, shown to a probe (views into scratch memory: copy what you keep). */
export interface YearView {
  readonly yearIndex: number;
  /** Persons per row this year (absolute). */
  readonly personsScale: number;
  readonly personsRelative: Float64Array;
  readonly baseIncome: Float64Array;
  readonly preDibao: Float64Array;
  readonly dibao: Float64Array;
  readonly income: Float64Array;
  /** Lever deltas by component (all zero without levers). */
  readonly deltas: YearState;
}

/** Called at the end of every simulated year: used by tests and the typical-household view. */
export type YearProbe = (view: YearView) => void;

/** Index of the wage component in the per-stratum factor and sum arrays (wage, business, property, transfer). */
const WAGE = 0;

/**
 * Runs the annual projection. Without an anchor it solves the anchors (a baseline run); with one
 * it uses them (a scenario).
 *
 * The baseline's incomes follow two anchors (model notes §8–9): the wage bill grows with nominal
 * GDP and the labour-share path, so the labour share is the model's own wage bill over GDP; the
 * other components, dibao included, grow per capita by G_t (income in step with GDP per capita).
 * The dibao standard follows per-capita income (the plan's dynamic adjustment): in a scenario it
 * follows the scenario's own income, solved together with the dibao it pays (solveIncomeIndex).
 *
 * Two devices keep a run O(households × years) with a small constant: base components are
 * X₂₀₂₀ × a cumulative factor per stratum and component (every row of a stratum is uprated
 * alike, so this is exact), and persons are kept relative to 2020 (population growth is uniform,
 * so it is one scale factor applied to counts and totals).
 */
export function simulate(pop: Population, params: ResolvedParams, anchor?: BaselineAnchor, probe?: YearProbe, options: SimulateOptions = {}): Simulation {
  const T = YEAR_COUNT;
  const run = startRun(pop, params, anchor, probe, options.recordIncomes ?? true);
  const { macro, settings } = run;

  for (let t = 0; t < T; t++) {
    const scale = macro.populationIndex[t]!;
    const uplift = t === 0 ? 0 : params.at('dibao_uplift', t) / 100;
    let movers = 0;
    if (t > 0) {
      movers = urbaniseYear(run, t, scale);
      uprateYear(run, t, scale);
    } else {
      run.baseLineByCity.set(pop.dibaoLine2020);
    }
    run.moversPath[t] = movers;
    const withLevers = settings.levers && t > 0;
    const jobsLostUrban = withLevers ? applyYearLevers(run, t, scale, uplift) : 0;
    const incomeIndex = settleDibaoYear(run, t, uplift, withLevers);
    bookDibaoAndFinancing(run, t, scale);
    if (run.incomes) recordIncomes(run, run.incomes, t, scale);
    writeYearIndicators(run, t, { scale, uplift, incomeIndex, jobsLostUrban, movers, withLevers });
    if (probe) showYear(run, probe, t, scale, withLevers);
  }

  writeFiscalAccounts(run.indicators, run.fiscal, macro);
  return {
    outputs: run.indicators.outputs,
    distributions: run.distributions,
    incomes: run.incomes,
    anchor: anchor ?? { k: run.kPath, kWage: run.kWagePath, income: run.incomePath, dibaoSpending: run.dibaoSpendingPath, movers: run.moversPath },
  };
}

/** The parameters a run reads once (per-year paths are read with params.at in the year's steps). */
interface RunSettings {
  readonly ceiling: number;
  readonly logisticRate: number;
  readonly surveySlope: number;
  readonly moverSelection: number;
  readonly moverUplift: number;
  readonly baseTakeUp: number;
  readonly inclusionError: number;
  readonly proLow: boolean;
  readonly recycling: number;
  readonly taxFinanced: boolean;
  readonly levers: boolean;
}

/** Reads the run's fixed parameters. */
function readRunSettings(params: ResolvedParams): RunSettings {
  const ceiling = params.scalar('urbanisation_ceiling') / 100;
  const inPlaceShare = params.scalar('in_place_share');
  return {
    ceiling,
    logisticRate: fittedLogisticRate(ceiling) + params.scalar('urbanisation_rate_shift'),
    surveySlope: params.scalar('survey_weight_slope'),
    moverSelection: params.scalar('mover_selection'),
    moverUplift: inPlaceShare * STRUCTURAL.inPlaceUplift + (1 - inPlaceShare) * params.scalar('migrant_uplift'),
    baseTakeUp: params.scalar('dibao_take_up'),
    inclusionError: params.scalar('dibao_inclusion_error'),
    proLow: params.scalar('labour_share_incidence') >= 1,
    recycling: params.scalar('pit_recycling'),
    taxFinanced: params.scalar('fiscal_financing') === 1,
    levers: params.leversActive,
  };
}

/** Everything one simulation carries from step to step and year to year. */
interface RunContext {
  readonly pop: Population;
  readonly params: ResolvedParams;
  readonly macro: MacroPaths;
  readonly anchor: BaselineAnchor | undefined;
  readonly probe: YearProbe | undefined;
  readonly settings: RunSettings;
  readonly ws: Workspace;
  /** A row's income scale: 1 for originals, 1 + the movers' uplift for clones (rows from pop.originals on). */
  readonly cloneScale: number;
  /** Cumulative uprating factor per stratum and component. */
  readonly factor: Float64Array;
  /**
   * Σ over a stratum's rows of persons × row scale × X₂₀₂₀, per component: kept current as persons
   * move. Clones hold no persons in 2020, so the start is the same for every run on the population.
   */
  readonly stratumSums: Float64Array;
  readonly tallies: YearTally;
  readonly state: LeverState;
  readonly kPath: Float64Array;
  readonly kWagePath: Float64Array;
  readonly incomePath: Float64Array;
  readonly dibaoSpendingPath: Float64Array;
  readonly moversPath: Float64Array;
  readonly cityPersons: Float64Array;
  readonly cityUrbanPersons: Float64Array;
  readonly totalRelative: number;
  readonly minWage: Float64Array;
  /** The dibao line by city at the baseline's income: the poverty counts use it. */
  readonly baseLineByCity: Float64Array;
  /** The baseline's line with the year's uplift, not indexed to this run's income: the low-income top-up's reach is measured against it. */
  readonly topUpLineByCity: Float64Array;
  /** The baseline rule's line at this run's income index, and the scenario's (that line with the uplift): written by passIndexedYear. */
  readonly indexedLineByCity: Float64Array;
  readonly scenarioLineByCity: Float64Array;
  readonly convergenceTerm: Float64Array;
  /** The candidates for the dibao reach the lines of this run can have (the uplift raises them). */
  readonly dibaoCandidates: Int32Array;
  readonly stocks: LeverStocks;
  readonly indicators: YearIndicators;
  readonly fiscal: FiscalLedger;
  readonly distributions: YearDistribution[];
  readonly incomes: RunIncomes | undefined;
  /** Urbanisation rate (share), carried from year to year. */
  urbanisation: number;
  /** Last year's wage bill and total income (persons relative to 2020), for the baseline's anchors. */
  previousWageBill: number;
  previousIncomeTotal: number;
}

/** Sets up a run: the workspace's arrays at 2020, the tallies, the lever state, the anchor paths, the policy paths and the ledgers. */
function startRun(
  pop: Population,
  params: ResolvedParams,
  anchor: BaselineAnchor | undefined,
  probe: YearProbe | undefined,
  recordsIncomes: boolean,
): RunContext {
  const T = YEAR_COUNT;
  const settings = readRunSettings(params);
  const macro = macroPaths(params);
  const distributions: YearDistribution[] = [];
  const ws = workspaceFor(pop);
  const {
    persons,
    personsAbsolute,
    selectionWeight,
    baseIncome,
    wage,
    business,
    property,
    transfer,
    dWage,
    dBusiness,
    dProperty,
    dTransfer,
    pre,
    dibao,
    income,
    histogram,
  } = ws;
  persons.set(pop.persons2020);
  // Mover selection weights exp(κ z) depend on κ alone: recomputed only when it changes.
  if (ws.selectionFor !== settings.moverSelection) {
    fillSelectionWeights(selectionWeight, pop.rankScore, settings.moverSelection);
    ws.selectionFor = settings.moverSelection;
  }
  const cloneScale = 1 + settings.moverUplift;
  const factor = new Float64Array(pop.strataCity.length * 4).fill(1);
  const stratumSums = Float64Array.from(ws.stratumSums2020);
  const tallies = new YearTally(
    pop,
    histogram,
    { persons, income, baseIncome, dibao, pre },
    params.scalar('band_size_multiplier'),
    params.scalar('band_definition'),
  );
  const state = new LeverState(
    pop,
    personsAbsolute,
    [wage, business, property, transfer],
    [dWage, dBusiness, dProperty, dTransfer],
    ws.earnerMonthlyPerWage,
    tallies.runStart,
    cloneScale,
  );
  const { cityPersons, cityUrbanPersons } = personsByCity(pop, persons);
  const minWage = minWageTier1Path();
  const pensionBase = pensionBasePath();
  const convergenceTerm = new Float64Array(CITIES.length * 2);
  const dibaoCandidates = candidatesFor(ws, pop, maxLineFactor(params));
  return {
    pop,
    params,
    macro,
    anchor,
    probe,
    settings,
    ws,
    cloneScale,
    factor,
    stratumSums,
    tallies,
    state,
    kPath: anchor ? anchor.k : new Float64Array(T).fill(1),
    kWagePath: anchor ? anchor.kWage : new Float64Array(T).fill(1),
    incomePath: anchor ? anchor.income : new Float64Array(T),
    dibaoSpendingPath: new Float64Array(T),
    moversPath: new Float64Array(T),
    cityPersons,
    cityUrbanPersons,
    totalRelative: sum(cityPersons),
    minWage,
    baseLineByCity: new Float64Array(CITIES.length),
    topUpLineByCity: new Float64Array(CITIES.length),
    indexedLineByCity: new Float64Array(CITIES.length),
    scenarioLineByCity: new Float64Array(CITIES.length),
    convergenceTerm,
    dibaoCandidates,
    stocks: { mountainCapital: 0, collectiveAssets: 0, entrepreneurship: 0, propertyUrban: 1, propertyRural: 1 },
    indicators: new YearIndicators(params, macro, { minWage, pensionBase }, histogram, distributions, convergenceTerm),
    fiscal: new FiscalLedger(
      FISCAL_LEVERS.map((l) => l.id),
      T,
    ),
    distributions,
    incomes: recordsIncomes ? new RunIncomes() : undefined,
    urbanisation: URBANISATION_2020 / 100,
    previousWageBill: componentSum(stratumSums, factor, WAGE),
    previousIncomeTotal: 0,
  };
}

/** Step 1 (t > 0): logistic urbanisation, survey weights by city, movers into clones. Returns the movers (persons). */
function urbaniseYear(run: RunContext, t: number, scale: number): number {
  const { pop, params, settings, ws } = run;
  run.urbanisation = logisticStep(run.urbanisation, settings.ceiling, settings.logisticRate + params.at('hukou_pace', t));
  return (
    scale *
    moveToClones(
      pop,
      ws.persons,
      ws.ruralByCity,
      run.cityPersons,
      run.cityUrbanPersons,
      run.stratumSums,
      settings.surveySlope * (run.urbanisation - URBANISATION_2020 / 100),
      ws.selectionWeight,
      settings.moverUplift,
    )
  );
}

/**
 * Step 2 (t > 0): uprating by stratum, then the anchors: solved on the baseline (the wage bill
 * grows with nominal GDP and the labour-share path; the rest, dibao included, per capita by G_t),
 * frozen for scenarios. Sets the baseline's dibao lines for the year.
 */
function uprateYear(run: RunContext, t: number, scale: number): void {
  const { pop, params, macro, anchor, settings, factor, stratumSums, kPath, kWagePath, incomePath, baseLineByCity, totalRelative } = run;
  const growthAnchor = 1 + macro.incomeGrowth[t]!;
  uprateStrata(pop, factor, {
    growthAnchor,
    gap: params.at('urban_rural_growth_gap', t) / 100,
    mountainPremium: params.at('mountain_growth_premium', t) / 100,
    surveyWeight: sum(run.cityUrbanPersons) / totalRelative,
    convergenceTerm: run.convergenceTerm,
  });
  if (!anchor) {
    // Wages: the bill grows with nominal GDP and the labour-share path (persons kept relative).
    const wageTarget = (run.previousWageBill * wageBillGrowth(macro, t) * macro.populationIndex[t - 1]!) / scale;
    // The rest, dibao included, grows per capita by G_t.
    const otherTarget = (run.previousIncomeTotal - run.previousWageBill) * growthAnchor;
    kWagePath[t] = wageTarget / componentSum(stratumSums, factor, WAGE);
    incomePath[t] = (wageTarget + otherTarget) / totalRelative;
    setLines(baseLineByCity, pop.dibaoLine2020, incomePath[t]! / incomePath[0]!);
    kPath[t] = solveAnchor(pop, run.ws.persons, factor, kWagePath[t]!, run.cloneScale, stratumSums, run.dibaoCandidates, wageTarget + otherTarget, {
      lineByCity: baseLineByCity,
      takeUp: settings.baseTakeUp,
      inclusionError: settings.inclusionError,
    });
  } else {
    setLines(baseLineByCity, pop.dibaoLine2020, incomePath[t]! / incomePath[0]!);
  }
  scaleAnchors(factor, kWagePath[t]!, kPath[t]!);
}

/** Step 3 (levers active, t > 0): the levers' deviations from the baseline policy path. Returns the urban jobs lost to the minimum wage. */
function applyYearLevers(run: RunContext, t: number, scale: number, uplift: number): number {
  const { state, ws, topUpLineByCity, baseLineByCity } = run;
  scaleInto(ws.personsAbsolute, ws.persons, scale);
  state.startYear(t, run.factor);
  for (let c = 0; c < CITIES.length; c++) topUpLineByCity[c] = baseLineByCity[c]! * (1 + uplift);
  const result = applyLevers(state, run.params, t, run.macro, run.stocks, topUpLineByCity, run.minWage[t]!, run.settings.proLow, run.fiscal);
  run.indicators.series('employer_cost_min_wage')[t] = result.minWageBill * STRUCTURAL.employerOnCost;
  return result.jobsLostUrban;
}

/**
 * Step 4: the dibao on pre-dibao income (its standard indexed to this run's income), the PIT and
 * the tallies. Returns this run's income over the baseline's this year: the dibao standard's
 * index (1 on the baseline).
 */
function settleDibaoYear(run: RunContext, t: number, uplift: number, withLevers: boolean): number {
  const { pop, params, anchor, probe, settings, ws, tallies, baseLineByCity } = run;
  const pitChange = t === 0 ? 0 : params.at('pit_top_rate_change', t) / 100;
  // The base year is the 2020 build as it stands (no levers, the 2020 dibao, all factors 1): the
  // same for every run on the population with the same band convention, so it is tallied once.
  const baseYearKey = `${params.scalar('band_size_multiplier')}|${params.scalar('band_definition')}`;
  const baseYear = t === 0 && !probe ? ws.baseYear.get(baseYearKey) : undefined;
  if (baseYear) {
    tallies.restore(baseYear);
    return 1;
  }
  if (t === 0) {
    tallies.passYear(baseLineByCity, {
      factor: run.factor,
      cloneScale: run.cloneScale,
      deltas: undefined,
      rule: undefined,
      baseRule: undefined,
      keepRows: probe !== undefined,
    });
    ws.baseYear.set(baseYearKey, tallies.snapshot());
    return 1;
  }
  const year: IndexedYear = {
    pop,
    persons: ws.persons,
    factor: run.factor,
    cloneScale: run.cloneScale,
    stratumSums: run.stratumSums,
    candidates: run.dibaoCandidates,
    deltas: withLevers ? run.state : undefined,
    baseLineByCity,
    indexedLineByCity: run.indexedLineByCity,
    scenarioLineByCity: run.scenarioLineByCity,
    uplift,
    takeUp: Math.min(0.99, settings.baseTakeUp + params.at('dibao_take_up_gain', t) / 100),
    baseTakeUp: settings.baseTakeUp,
    inclusionError: settings.inclusionError,
    baselineTotal: run.incomePath[t]! * run.totalRelative,
  };
  const keepRows = pitChange !== 0 || settings.taxFinanced || probe !== undefined;
  if (!(anchor && settings.levers)) {
    passIndexedYear(tallies, year, 1, false, keepRows);
    return 1;
  }
  // The scenario's dibao standard follows the scenario's own income (settleIndexedYear).
  const tax =
    pitChange === 0
      ? undefined
      : (): number => {
          const cost = applyIncomeTax(
            run.state,
            ws.income,
            ws.pre,
            ws.histogram,
            pitChange,
            params.scalar('taxable_income_elasticity'),
            settings.recycling,
            baseLineByCity,
          );
          tallies.tally(baseLineByCity);
          return cost;
        };
  const settled = settleIndexedYear(tallies, year, settings.levers, keepRows, tax);
  if (tax) run.fiscal.add('pit', t, settled.taxCost);
  return settled.index;
}

/**
 * Books the year's dibao spending and, on a scenario, the dibao's fiscal cost against the base
 * rule and the baseline; then financing by a proportional household tax when chosen (the year's
 * net fiscal cost, from final incomes). The levy comes after the dibao standard is set, so the
 * standard follows income before this tax.
 */
function bookDibaoAndFinancing(run: RunContext, t: number, scale: number): void {
  const { anchor, tallies, fiscal } = run;
  const dibaoSpending = tallies.dibaoSpending * scale;
  run.dibaoSpendingPath[t] = dibaoSpending;
  if (anchor && t > 0) {
    const atBaseRule = tallies.dibaoAtBaseRule * scale;
    fiscal.add('dibao', t, (dibaoSpending - atBaseRule) * (1 + STRUCTURAL.dibaoAdminCost));
    fiscal.add('dibao_savings', t, (atBaseRule - anchor.dibaoSpending[t]!) * (1 + STRUCTURAL.dibaoAdminCost));
  }
  if (!anchor && t === 0) run.incomePath[0] = tallies.totalIncome / tallies.totalPersons;
  if (run.settings.taxFinanced && anchor && t > 0) {
    const levy = fiscal.yearTotal(t);
    run.indicators.series('financing_levy')[t] = Math.max(0, levy);
    if (levy > 0) {
      applyFinancingLevy(run.ws.income, levy / (tallies.totalIncome * scale));
      tallies.tally(run.baseLineByCity);
    }
  }
}

/**
 * Records the year's final incomes for "who gains". The base year restored from its snapshot leaves
 * the rows' incomes unwritten; they are the 2020 build's (components and dibao as built, factors 1)
 * and only originals hold persons then, so they are formed here as the base-year pass forms them.
 */
function recordIncomes(run: RunContext, incomes: RunIncomes, t: number, scale: number): void {
  const { pop, ws } = run;
  if (t === 0) {
    for (let r = 0; r < pop.originals; r++) ws.income[r] = pop.wage[r]! + pop.business[r]! + pop.property[r]! + pop.transfer[r]! + pop.dibao2020[r]!;
  }
  recordYear(incomes, pop, ws.persons, ws.income, run.baseLineByCity, scale, LINE_MARGIN);
}

/** What a year's steps found, for its indicators. */
interface YearOutcome {
  readonly scale: number;
  readonly uplift: number;
  readonly incomeIndex: number;
  readonly jobsLostUrban: number;
  readonly movers: number;
  readonly withLevers: boolean;
}

/** Step 5: the year's indicators, and what the next year carries (the wage bill and total income). */
function writeYearIndicators(run: RunContext, t: number, year: YearOutcome): void {
  const { stratumSums, factor, incomePath, tallies } = run;
  const leverWages = year.withLevers ? weightedSum(run.ws.persons, run.ws.dWage) : 0;
  const wageBillRelative = componentSum(stratumSums, factor, WAGE) + leverWages;
  run.indicators.write(t, tallies, {
    scale: year.scale,
    urbanisation: run.urbanisation,
    dibaoStandard: (DIBAO_STANDARD_2020 * incomePath[t]! * year.incomeIndex * (1 + year.uplift)) / incomePath[0]!,
    wageBill: wageBillRelative * year.scale,
    jobsLostUrban: year.jobsLostUrban,
    movers: year.movers,
    baselineMovers: run.anchor?.movers[t],
  });
  run.previousWageBill = componentSum(stratumSums, factor, WAGE);
  run.previousIncomeTotal = tallies.totalIncome;
}

/** Shows the year's rows to a probe (the lever state started even when no lever ran). */
function showYear(run: RunContext, probe: YearProbe, t: number, scale: number, withLevers: boolean): void {
  const { ws, state } = run;
  if (!withLevers) {
    state.startYear(t, run.factor);
    scaleInto(ws.personsAbsolute, ws.persons, scale);
  }
  probe({
    yearIndex: t,
    personsScale: scale,
    personsRelative: ws.persons,
    baseIncome: ws.baseIncome,
    preDibao: ws.pre,
    dibao: ws.dibao,
    income: ws.income,
    deltas: state,
  });
}

/** Writes each fiscal lever's accounts and their total, and makes sure the employer-cost and levy series exist. */
function writeFiscalAccounts(indicators: YearIndicators, fiscal: FiscalLedger, macro: MacroPaths): void {
  const total = new Float64Array(YEAR_COUNT);
  const out = (id: string): Float64Array => indicators.series(id);
  for (const [id, series] of fiscal.byLever) {
    writeFiscal(out, id, series, macro);
    for (let t = 0; t < YEAR_COUNT; t++) total[t]! += series[t]!;
  }
  writeFiscal(out, 'total', total, macro);
  out('employer_cost_min_wage');
  out('financing_levy');
}

/** Growth factor of the baseline wage bill from year index t − 1 to t: nominal GDP (comparable basis) × the labour-share path. */
function wageBillGrowth(macro: MacroPaths, t: number): number {
  return (macro.gdpNominalComparable[t]! / macro.gdpNominalComparable[t - 1]!) * (macro.labourShareBase[t]! / macro.labourShareBase[t - 1]!);
}

/** Σ over strata of the stratum sum × the factor of one component (persons relative to 2020, row scale included). */
function componentSum(stratumSums: Float64Array, factor: Float64Array, component: number): number {
  let total = 0;
  for (let i = component; i < stratumSums.length; i += 4) total += stratumSums[i]! * factor[i]!;
  return total;
}

/** Σ persons × values over the rows. */
function weightedSum(persons: Float64Array, values: Float64Array): number {
  let total = 0;
  for (let r = 0; r < persons.length; r++) total += persons[r]! * values[r]!;
  return total;
}

/** lines[c] = lines2020[c] × index. */
function setLines(lines: Float64Array, lines2020: Float64Array, index: number): void {
  for (let c = 0; c < lines.length; c++) lines[c] = lines2020[c]! * index;
}

/** Multiplies the wage factors by kWage and the other components' factors by k. */
function scaleAnchors(factor: Float64Array, kWage: number, k: number): void {
  for (let i = 0; i < factor.length; i++) factor[i]! *= i % 4 === WAGE ? kWage : k;
}

/** The largest multiple of the baseline line a run's dibao line reaches: 1 + the largest uplift. */
function maxLineFactor(params: ResolvedParams): number {
  let most = 0;
  for (let t = 1; t < YEAR_COUNT; t++) most = Math.max(most, params.at('dibao_uplift', t));
  return 1 + most / 100;
}

/** One year's inputs to the dibao standard's income index (see solveIncomeIndex and passIndexedYear). */
interface IndexedYear {
  readonly pop: Population;
  readonly persons: Float64Array;
  readonly factor: Float64Array;
  readonly cloneScale: number;
  readonly stratumSums: Float64Array;
  readonly candidates: Int32Array;
  readonly deltas: YearState | undefined;
  /** The baseline's line by city this year (index 1). */
  readonly baseLineByCity: Float64Array;
  /** Written by passIndexedYear: the baseline rule's line at this run's index, and the scenario's (with the uplift). */
  readonly indexedLineByCity: Float64Array;
  readonly scenarioLineByCity: Float64Array;
  readonly uplift: number;
  readonly takeUp: number;
  readonly baseTakeUp: number;
  readonly inclusionError: number;
  /** The baseline's total income this year (relative persons × yuan): the index is this run's total over it. */
  readonly baselineTotal: number;
}

/** The year's pre-dibao total (relative persons × yuan): Σ stratum sums × factors, plus the lever deltas. */
function preDibaoTotal(y: IndexedYear): number {
  const { persons, factor, deltas } = y;
  let total = 0;
  for (let i = 0; i < y.stratumSums.length; i++) total += y.stratumSums[i]! * factor[i]!;
  if (deltas) {
    const { dWage, dBusiness, dProperty, dTransfer } = deltas;
    for (let r = 0; r < persons.length; r++) {
      const p = persons[r]!;
      if (p !== 0) total += p * (dWage[r]! + dBusiness[r]! + dProperty[r]! + dTransfer[r]!);
    }
  }
  return total;
}

/**
 * The year's pre-dibao total and its candidate rows packed for the income-index solve (whole
 * pre-dibao incomes; lines with the uplift): only the rows that can draw dibao at an index up to
 * `maxIndex` (all of them with Infinity).
 */
interface IndexPack {
  readonly preDibaoTotal: number;
  rows: NearLine;
  maxIndex: number;
}

/**
 * How far above its first guess (P / B) the index solve may go on the rows packed first. The index
 * rises from there by the dibao's share of income (under 1 %); an index beyond this repacks every
 * candidate (solveIncomeIndex), so the headroom changes only the work, never the result.
 */
const INDEX_HEADROOM = 1.1;

function packYear(y: IndexedYear): IndexPack {
  const total = preDibaoTotal(y);
  const maxIndex = (total / y.baselineTotal) * INDEX_HEADROOM;
  return { preDibaoTotal: total, rows: packIndexRows(y, maxIndex), maxIndex };
}

function packIndexRows(y: IndexedYear, maxIndex: number): NearLine {
  return packNearLine(y.pop, y.persons, y.factor, y.cloneScale, y.candidates, y.baseLineByCity, 1 + y.uplift, { kind: 'whole', deltas: y.deltas, maxIndex });
}

/**
 * The income index s of a scenario year: the scenario's total income over the baseline's, where
 * the dibao line (baseline line × s × (1 + uplift)) pays a dibao that is itself part of that
 * income. Solves s·B = P + D(s) + other by Newton's method, B the baseline total, P the pre-dibao
 * total, D the dibao paid (piecewise linear in s: a gap row gets line·s − y, an inclusion-error row
 * 0.3 × line·s) and `other` what happens to incomes after the dibao (the income tax). D's slope is
 * a few thousandths of B, so two or three steps land within float precision.
 */
function solveIncomeIndex(y: IndexedYear, other: number, pack: IndexPack): number {
  const rule: DibaoRule = { lineByCity: y.scenarioLineByCity, takeUp: y.takeUp, inclusionError: y.inclusionError };
  const near = pack.rows;
  let s = (pack.preDibaoTotal + other) / y.baselineTotal;
  for (let iter = 0; iter < 50; iter++) {
    if (s > pack.maxIndex) {
      // Rows left out of the pack could draw dibao at this index: pack them all and start again
      // (the same steps as on a full pack from the start: left-out rows added nothing before).
      pack.rows = packIndexRows(y, Infinity);
      pack.maxIndex = Infinity;
      return solveIncomeIndex(y, other, pack);
    }
    let dibaoTotal = 0;
    let slope = 0;
    for (let j = 0; j < near.count; j++) {
      const line = near.line[j]! * s;
      const income = near.fixed[j]!;
      if (income >= DIBAO_INCLUSION_REACH * line) continue;
      const d = dibaoOf(income, line, near.takeUpDraw[j]!, near.inclusionDraw[j]!, rule);
      if (d === 0) continue;
      const p = near.persons[j]!;
      dibaoTotal += p * d;
      slope += p * (d === line - income ? near.line[j]! : DIBAO_INCLUSION_BENEFIT * near.line[j]!);
    }
    const next = s - (s * y.baselineTotal - pack.preDibaoTotal - dibaoTotal - other) / (y.baselineTotal - slope);
    const done = Math.abs(next - s) < TOP * s;
    s = next;
    if (done) break;
  }
  // Within float noise of the baseline's income, the index is the baseline's: levers that leave
  // every income as it was then give the baseline bit for bit (model notes §1, test T2).
  return Math.abs(s - 1) < INDEX_NOISE ? 1 : s;
}

/** Relative difference from 1 below which the income index is float noise (the totals are sums of ~10⁴ terms). */
const INDEX_NOISE = 1e-12;

/** The year's pass with the dibao lines at income index s: the scenario's (with the uplift and take-up gain) and, with levers, the baseline rule's. */
function passIndexedYear(tallies: YearTally, y: IndexedYear, s: number, levers: boolean, keepRows: boolean): void {
  for (let c = 0; c < y.baseLineByCity.length; c++) {
    y.indexedLineByCity[c] = y.baseLineByCity[c]! * s;
    y.scenarioLineByCity[c] = y.indexedLineByCity[c]! * (1 + y.uplift);
  }
  tallies.passYear(y.baseLineByCity, {
    factor: y.factor,
    cloneScale: y.cloneScale,
    deltas: y.deltas,
    rule: { lineByCity: y.scenarioLineByCity, takeUp: y.takeUp, inclusionError: y.inclusionError },
    baseRule: levers ? { lineByCity: y.indexedLineByCity, takeUp: y.baseTakeUp, inclusionError: y.inclusionError } : undefined,
    keepRows,
  });
}

/**
 * A scenario year with the dibao standard indexed to the scenario's own income: solves the index,
 * passes the year, applies the income tax (`tax`, which re-tallies and returns its fiscal cost),
 * and, while the realised total differs from the index's total by more than float noise (the tax's
 * effect, or a row the packed candidates missed), solves again with that difference. Returns the
 * index and the tax's cost of the final pass.
 */
function settleIndexedYear(
  tallies: YearTally,
  y: IndexedYear,
  levers: boolean,
  keepRows: boolean,
  tax: (() => number) | undefined,
): { index: number; taxCost: number } {
  const pack = packYear(y);
  let other = 0;
  let s = solveIncomeIndex(y, other, pack);
  let taxCost = 0;
  for (let round = 0; round < 4; round++) {
    passIndexedYear(tallies, y, s, levers, keepRows);
    taxCost = tax ? tax() : 0;
    const realised = tallies.totalIncome;
    const expected = s * y.baselineTotal;
    if (Math.abs(realised - expected) <= 1e-13 * expected) break;
    other += realised - expected;
    s = solveIncomeIndex(y, other, pack);
  }
  return { index: s, taxCost };
}

/** A year's facts besides its tallies that the indicators read. */
interface YearFacts {
  /** Population index: absolute persons per relative person. */
  readonly scale: number;
  /** Urbanisation rate (share). */
  readonly urbanisation: number;
  /** The dibao standard this year (yuan/person/month): the baseline path at this run's income index, with any uplift. */
  readonly dibaoStandard: number;
  /** The wage bill of households, levers included (yuan, survey terms). */
  readonly wageBill: number;
  /** Jobs lost to the minimum wage in urban rows (persons); rural losses do not enter urban unemployment. */
  readonly jobsLostUrban: number;
  readonly movers: number;
  /** The baseline's movers this year (a scenario's extra movers leave farming). */
  readonly baselineMovers: number | undefined;
}

/** The baseline policy paths (per year) the indicators report on. */
interface PolicyPaths {
  readonly minWage: Float64Array;
  readonly pensionBase: Float64Array;
}

/**
 * Writes each year's indicators into the run's output series, and keeps what the next year
 * carries: unemployment, urban employment and cumulative new jobs, agricultural productivity,
 * the 2020 income, standard and wage bill the ratios start from, and the city–area convergence
 * term the uprating reads. A class of its own so that simulate stays small (V8 compiles a large
 * function late and slowly; docs/ui-performance.md).
 */
class YearIndicators {
  /** Every output series written, by output id. */
  readonly outputs = new Map<string, Float64Array>();
  #unemployment: number;
  #urbanEmployment = 0;
  #jobsCumulative = 0;
  #agriProductivity: number;
  #income2020 = 0;
  #standard2020 = 0;
  #wageBill2020 = 0;
  readonly #convergence: number;
  readonly #params: ResolvedParams;
  readonly #macro: MacroPaths;
  readonly #policy: PolicyPaths;
  readonly #histogram: IncomeHistogram;
  readonly #distributions: YearDistribution[];
  readonly #convergenceTerm: Float64Array;

  constructor(
    params: ResolvedParams,
    macro: MacroPaths,
    policy: PolicyPaths,
    histogram: IncomeHistogram,
    distributions: YearDistribution[],
    convergenceTerm: Float64Array,
  ) {
    this.#params = params;
    this.#macro = macro;
    this.#policy = policy;
    this.#histogram = histogram;
    this.#distributions = distributions;
    this.#convergenceTerm = convergenceTerm;
    this.#unemployment = params.scalar('unemployment_2020');
    this.#agriProductivity = params.scalar('agri_productivity_2020');
    this.#convergence = params.scalar('city_convergence');
  }

  /** The series of an output, created (zero) the first time it is asked for. */
  series(id: string): Float64Array {
    let values = this.outputs.get(id);
    if (!values) {
      values = new Float64Array(YEAR_COUNT);
      this.outputs.set(id, values);
    }
    return values;
  }

  /** Writes year t's indicators from its tallies, and what the next year carries. */
  write(t: number, a: YearTally, facts: YearFacts): void {
    const dpi = a.totalIncome / a.totalPersons;
    if (t === 0) {
      this.#income2020 = dpi;
      this.#standard2020 = facts.dibaoStandard;
      this.#wageBill2020 = facts.wageBill;
    }
    this.#income(t, a, facts, dpi);
    this.#dibao(t, facts, dpi);
    this.#macroRatios(t, facts, dpi);
    this.#labour(t, a, facts);
    this.#nextConvergence(a);
  }

  #income(t: number, a: YearTally, { scale, urbanisation }: YearFacts, dpi: number): void {
    const urbanMean = a.urbanIncome / a.urbanPersons;
    const ruralMean = (a.totalIncome - a.urbanIncome) / (a.totalPersons - a.urbanPersons);
    this.series('income_per_capita')[t] = dpi;
    this.series('income_per_capita_urban')[t] = urbanMean;
    this.series('income_per_capita_rural')[t] = ruralMean;
    this.series('income_per_capita_real')[t] = dpi / this.#macro.priceIndex[t]!;
    this.series('urban_rural_income_ratio')[t] = urbanMean / ruralMean;
    let maxCity = -Infinity;
    let minCity = Infinity;
    for (let c = 0; c < CITIES.length; c++) {
      const mean = a.cityIncome[c]! / a.cityPersons[c]!;
      this.series(`city_income_${CITIES[c]}`)[t] = mean;
      maxCity = Math.max(maxCity, mean);
      minCity = Math.min(minCity, mean);
    }
    this.series('city_income_max_min_ratio')[t] = maxCity / minCity;
    this.series('mountain_counties_income_ratio')[t] = a.mountainIncome / a.mountainPersons / dpi;
    this.series('eco_counties_income_ratio')[t] = dpi / (a.ecoIncome / a.ecoPersons);
    this.series('urbanization_rate')[t] = urbanisation * 100;
    this.series('survey_urban_weight')[t] = a.urbanPersons / a.totalPersons;
    const bands = a.bandShares();
    this.series('hh_income_100k_500k')[t] = bands.band100to500;
    this.series('hh_income_200k_600k')[t] = bands.band200to600;
    // NBS quintiles: 20 % of households each, ranked by per-capita income; mean = income ÷ persons.
    const {
      gini,
      shares,
      lorenz,
      groupMeans: quintiles,
    } = this.#histogram.summary(this.#params.scalar('band_size_multiplier'), DISTRIBUTION_BAND_WIDTH, DISTRIBUTION_BANDS, LORENZ_POINTS, 5);
    this.series('gini')[t] = gini;
    this.#distributions.push({ year: YEARS[t]!, shares, lorenz });
    for (let g = 0; g < 5; g++) this.series(`quintile_q${g + 1}`)[t] = quintiles[g]!;
    this.series('quintile_ratio_q5_q1')[t] = quintiles[4]! / quintiles[0]!;
    this.series('persons_below_dibao')[t] = a.below1 * scale;
    this.series('persons_below_1_5_dibao')[t] = a.below15 * scale;
    this.series('persons_below_2_dibao')[t] = a.below2 * scale;
    this.series('dibao_recipients')[t] = a.recipients * scale;
    this.series('pension_base')[t] = this.#policy.pensionBase[t]! + (t === 0 ? 0 : this.#params.at('pension_uplift', t));
    this.series('min_wage_tier1')[t] = this.#policy.minWage[t]! * (1 + (t === 0 ? 0 : this.#params.at('min_wage_uplift', t) / 100));
  }

  /**
   * Target 9 as the plan words it: the dibao standard's growth since 2020 minus per-capita income's
   * growth over the same span, in points. The standard follows the run's own income (the plan's
   * dynamic adjustment), so without an uplift the two grow alike and the difference is 0; it is
   * rounded to 1e-6 pp so that float noise and the index solve's tolerance cannot flip its sign.
   */
  #dibao(t: number, { dibaoStandard }: YearFacts, dpi: number): void {
    this.series('dibao_standard')[t] = dibaoStandard;
    const difference = 100 * (dibaoStandard / this.#standard2020 - dpi / this.#income2020);
    this.series('dibao_growth_vs_income_growth')[t] = Math.round(difference * 1e6) / 1e6 || 0; // never −0
  }

  /** GDP, population and revenue, and the two ratios of household income to the economy. */
  #macroRatios(t: number, { wageBill }: YearFacts, dpi: number): void {
    const m = this.#macro;
    this.series('gdp_nominal')[t] = m.gdpNominal[t]!;
    this.series('gdp_per_capita')[t] = m.gdpNominal[t]! / (m.population[t]! * 1e4);
    this.series('population')[t] = m.population[t]!;
    this.series('price_index')[t] = m.priceIndex[t]!;
    this.series('budget_revenue')[t] = m.budgetRevenue[t]!;
    this.series('income_to_gdp_pc_ratio')[t] = dpi / (m.gdpNominalComparable[t]! / (m.population[t]! * 1e4));
    // The labour share is the households' wage bill over GDP (both on the 2020 basis, so the 2023
    // economic-census level break does not show as a fall), scaled to the official 2020 share.
    this.series('labour_share_gdp')[t] = (LABOUR_SHARE_2020 * (wageBill / this.#wageBill2020)) / (m.gdpNominalComparable[t]! / m.gdpNominalComparable[0]!);
  }

  /**
   * Unemployment by Okun's law on the GDP path (growth against potential growth) plus the urban
   * jobs the minimum wage costs; urban employment as the urban labour force (urban residents ×
   * the labour-force share) in work; new urban jobs as employment growth plus the replacement of
   * those who leave (retirements, moves out).
   */
  #labour(t: number, a: YearTally, { jobsLostUrban, movers, baselineMovers, urbanisation, scale }: YearFacts): void {
    const m = this.#macro;
    const labourForce = urbanisation * m.population[t]! * 1e4 * STRUCTURAL.urbanLabourForceShare;
    if (t > 0) {
      // The assumed growth path, not realGrowth: growth that comes from a population path off its
      // default is no output gap.
      const growthGap = this.#params.at('gdp_real_growth', t) / 100 - this.#params.at('potential_growth', t) / 100;
      this.#unemployment = Math.min(
        STRUCTURAL.unemploymentCeiling,
        Math.max(STRUCTURAL.unemploymentFloor, this.#unemployment - this.#params.scalar('okun_coefficient') * growthGap * 100),
      );
    }
    const rate = Math.min(100, this.#unemployment + (100 * jobsLostUrban) / labourForce);
    this.series('urban_unemployment_rate')[t] = rate;
    const employment = labourForce * (1 - rate / 100);
    if (t > 0) {
      const replacement = (this.#params.scalar('urban_job_replacement_rate') / 100) * this.#urbanEmployment;
      this.#jobsCumulative += Math.max(0, employment - this.#urbanEmployment + replacement) / 1e4;
      const extraMovers = baselineMovers === undefined ? 0 : Math.max(0, movers - baselineMovers) / ((a.totalPersons - a.urbanPersons) * scale);
      this.#agriProductivity *=
        ((1 + STRUCTURAL.agriRealGrowth) * (1 + m.inflation[t]!)) / (1 - this.#params.scalar('agri_labour_decline') / 100 - extraMovers);
    }
    this.#urbanEmployment = employment;
    this.series('new_urban_jobs_cumulative')[t] = this.#jobsCumulative;
    this.series('agri_labour_productivity')[t] = this.#agriProductivity;
  }

  /** The city–area convergence term for next year, from base (pre-lever) incomes. */
  #nextConvergence(a: YearTally): void {
    const areaMean = [0, 0];
    const areaPersons = [0, 0];
    for (let slot = 0; slot < a.areaCityBase.length; slot++) {
      areaMean[slot % 2]! += a.areaCityBase[slot]!;
      areaPersons[slot % 2]! += a.areaCityPersons[slot]!;
    }
    for (let slot = 0; slot < a.areaCityBase.length; slot++) {
      const mean = a.areaCityBase[slot]! / a.areaCityPersons[slot]!;
      const provinceArea = areaMean[slot % 2]! / areaPersons[slot % 2]!;
      this.#convergenceTerm[slot] = -this.#convergence * Math.log(mean / provinceArea);
    }
  }
}

/** Per-row scratch arrays, reused across runs on the same population (simulate is synchronous). */
interface Workspace {
  readonly persons: Float64Array;
  readonly personsAbsolute: Float64Array;
  readonly selectionWeight: Float64Array;
  readonly baseIncome: Float64Array;
  readonly wage: Float64Array;
  readonly business: Float64Array;
  readonly property: Float64Array;
  readonly transfer: Float64Array;
  readonly dWage: Float64Array;
  readonly dBusiness: Float64Array;
  readonly dProperty: Float64Array;
  readonly dTransfer: Float64Array;
  readonly pre: Float64Array;
  readonly dibao: Float64Array;
  readonly income: Float64Array;
  readonly histogram: IncomeHistogram;
  /** Rural originals by city, for moving weight into their clones. */
  readonly ruralByCity: readonly Int32Array[];
  /** Rows that can come near the dibao line, by reach (see candidatesFor): the anchor and index solves look only at these. */
  readonly dibaoCandidates: Map<number, Int32Array>;
  /** The mover selection κ that selectionWeight holds the weights for (NaN before the first run). */
  selectionFor: number;
  /** Σ persons₂₀₂₀ × X₂₀₂₀ per stratum and component (the stratum sums' start). */
  readonly stratumSums2020: Float64Array;
  /** Per row: size ÷ (12 × earners), an earner's monthly wage per yuan of per-capita yearly wage. */
  readonly earnerMonthlyPerWage: Float64Array;
  /** The base year's tally by band convention (standard size | definition). */
  readonly baseYear: Map<string, TallySnapshot>;
}

const workspaces = new WeakMap<Population, Workspace>();

function workspaceFor(pop: Population): Workspace {
  let ws = workspaces.get(pop);
  if (!ws) {
    const array = (): Float64Array => new Float64Array(pop.rows);
    ws = {
      persons: array(),
      personsAbsolute: array(),
      selectionWeight: array(),
      baseIncome: array(),
      wage: array(),
      business: array(),
      property: array(),
      transfer: array(),
      dWage: array(),
      dBusiness: array(),
      dProperty: array(),
      dTransfer: array(),
      pre: array(),
      dibao: array(),
      income: array(),
      histogram: new IncomeHistogram(),
      ruralByCity: ruralRowsByCity(pop),
      dibaoCandidates: new Map(),
      selectionFor: Number.NaN,
      stratumSums2020: stratumSums2020(pop),
      baseYear: new Map(),
      earnerMonthlyPerWage: Float64Array.from(pop.size, (size, r) => size / (12 * pop.earners[r]!)),
    };
    workspaces.set(pop, ws);
  }
  return ws;
}

export function stratumSums2020(pop: Population): Float64Array {
  const sums = new Float64Array(pop.strataCity.length * 4);
  for (let r = 0; r < pop.originals; r++) {
    const f = pop.stratum[r]! * 4;
    const w = pop.persons2020[r]!;
    sums[f]! += w * pop.wage[r]!;
    sums[f + 1]! += w * pop.business[r]!;
    sums[f + 2]! += w * pop.property[r]!;
    sums[f + 3]! += w * pop.transfer[r]!;
  }
  return sums;
}

export function ruralRowsByCity(pop: Population): Int32Array[] {
  const lists: number[][] = CITIES.map(() => []);
  for (let r = 0; r < pop.originals; r++) if (!pop.urban[r]) lists[pop.city[r]!]!.push(r);
  return lists.map((rows) => Int32Array.from(rows));
}

/** Rows whose 2020 income (dibao included) is below `reach` times their city's 2020 dibao line. */
export function dibaoCandidateRows(pop: Population, reach: number): Int32Array {
  const rows: number[] = [];
  for (let r = 0; r < pop.rows; r++) {
    const o = pop.isClone[r] ? pop.cloneOf[r]! : r;
    const y = pop.wage[o]! + pop.business[o]! + pop.property[o]! + pop.transfer[o]! + pop.dibao2020[o]!;
    if (y < reach * pop.dibaoLine2020[pop.city[r]!]!) rows.push(r);
  }
  return Int32Array.from(rows);
}

/**
 * The rows that can come within the dibao's reach in a run whose line rises up to `lineFactor`
 * times the baseline's (an uplift): below STRUCTURAL.dibaoCandidateReach lines in 2020, widened in
 * proportion to the uplift (computed once per population and reach). Rows whose income drifts
 * below the reach later are still paid exactly in the year's pass; settleIndexedYear then
 * corrects the income index for them.
 */
function candidatesFor(ws: Workspace, pop: Population, lineFactor: number): Int32Array {
  const reach = Math.ceil(STRUCTURAL.dibaoCandidateReach * lineFactor * 4) / 4;
  let rows = ws.dibaoCandidates.get(reach);
  if (!rows) {
    rows = dibaoCandidateRows(pop, reach);
    ws.dibaoCandidates.set(reach, rows);
  }
  return rows;
}

/** weights[r] = exp(κ × rankScore[r]): how likely a row's persons are to move (mover selection κ). */
export function fillSelectionWeights(weights: Float64Array, rankScore: Float64Array, kappa: number): void {
  for (let r = 0; r < rankScore.length; r++) weights[r] = Math.exp(kappa * rankScore[r]!);
}

/** Persons (relative) by city, all and urban. */
export function personsByCity(pop: Population, persons: Float64Array): { cityPersons: Float64Array; cityUrbanPersons: Float64Array } {
  const cityPersons = new Float64Array(CITIES.length);
  const cityUrbanPersons = new Float64Array(CITIES.length);
  for (let r = 0; r < pop.rows; r++) {
    cityPersons[pop.city[r]!]! += persons[r]!;
    if (pop.urban[r]) cityUrbanPersons[pop.city[r]!]! += persons[r]!;
  }
  return { cityPersons, cityUrbanPersons };
}

/** target[r] = source[r] × by for every row. */
function scaleInto(target: Float64Array, source: Float64Array, by: number): void {
  for (let r = 0; r < source.length; r++) target[r] = source[r]! * by;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

/**
 * Moves rural persons into their urban clones (exported for the conservation test) until each city's survey urban weight reaches its
 * 2020 value plus `weightShift` (model notes §7.2–7.3). Movers are chosen with weight ∝ exp(κ z)
 * on the income rank score z. Persons are conserved exactly; the city and stratum sums are kept
 * current. Works in persons relative to 2020; returns the relative persons moved.
 */
export function moveToClones(
  pop: Population,
  persons: Float64Array,
  ruralByCity: readonly Int32Array[],
  cityPersons: Float64Array,
  cityUrbanPersons: Float64Array,
  stratumSums: Float64Array,
  weightShift: number,
  selectionWeight: Float64Array,
  moverUplift: number,
): number {
  const { cloneRow, stratum, wage, business, property, transfer } = pop;
  let movers = 0;
  for (let c = 0; c < cityPersons.length; c++) {
    const weight = Math.min(STRUCTURAL.maxSurveyWeight, pop.cities.surveyUrbanWeight[c]! + weightShift);
    const wanted = weight * cityPersons[c]! - cityUrbanPersons[c]!;
    const rural = ruralByCity[c]!;
    let moved = 0;
    if (wanted > 0) {
      let base = 0;
      for (let j = 0; j < rural.length; j++) base += persons[rural[j]!]! * selectionWeight[rural[j]!]!;
      const alpha = base > 0 ? wanted / base : 0;
      for (let j = 0; j < rural.length; j++) {
        const r = rural[j]!;
        const m = persons[r]! * Math.min(0.9, alpha * selectionWeight[r]!);
        persons[r]! -= m;
        persons[cloneRow[r]!]! += m;
        // The moved persons now count with the clone's row scale (1 + uplift) in the stratum sums.
        const f = stratum[r]! * 4;
        const extra = m * moverUplift;
        stratumSums[f]! += extra * wage[r]!;
        stratumSums[f + 1]! += extra * business[r]!;
        stratumSums[f + 2]! += extra * property[r]!;
        stratumSums[f + 3]! += extra * transfer[r]!;
        moved += m;
      }
    } else if (wanted < 0) {
      let inClones = 0;
      for (let j = 0; j < rural.length; j++) inClones += persons[cloneRow[rural[j]!]!]!;
      const share = inClones > 0 ? Math.min(1, -wanted / inClones) : 0;
      for (let j = 0; j < rural.length; j++) {
        const r = rural[j]!;
        const clone = cloneRow[r]!;
        const back = persons[clone]! * share;
        persons[clone]! -= back;
        persons[r]! += back;
        const f = stratum[r]! * 4;
        const extra = back * moverUplift;
        stratumSums[f]! -= extra * wage[r]!;
        stratumSums[f + 1]! -= extra * business[r]!;
        stratumSums[f + 2]! -= extra * property[r]!;
        stratumSums[f + 3]! -= extra * transfer[r]!;
        moved -= back;
      }
    }
    cityUrbanPersons[c]! += moved;
    movers += moved;
  }
  return movers;
}

export interface UpratingInputs {
  readonly growthAnchor: number;
  readonly gap: number;
  readonly mountainPremium: number;
  readonly surveyWeight: number;
  readonly convergenceTerm: Float64Array;
}

/**
 * Uprates the cumulative factors of every stratum and component (model notes §9):
 * X ← X (1 + G_t)(1 + δ_X + δ^UR_a + δ^city + δ^mtn), before the anchor k_t.
 * δ^UR is person-neutral: rural +Δ·w, urban −Δ·(1 − w).
 */
export function uprateStrata(pop: Population, factor: Float64Array, u: UpratingInputs): void {
  for (let s = 0; s < pop.strataCity.length; s++) {
    const isUrban = pop.strataUrban[s] === 1;
    const drift =
      (isUrban ? -u.gap * (1 - u.surveyWeight) : u.gap * u.surveyWeight) +
      u.convergenceTerm[pop.strataCity[s]! * 2 + (isUrban ? 1 : 0)]! +
      (pop.strataMountain[s] ? u.mountainPremium : 0);
    for (let c = 0; c < 4; c++) factor[s * 4 + c]! *= u.growthAnchor * (1 + STRUCTURAL.componentDrift[c]! + drift);
  }
}

/**
 * The year's per-row state for the lever rules and the probe. The four base components are
 * written when a rule first reads one in a year, run by run of one tally group (one stratum and
 * row scale, so one factor): most lever settings read one or two components, so a component no
 * rule reads costs nothing (docs/ui-performance.md).
 */
class LeverState implements YearState {
  readonly #components: readonly [Float64Array, Float64Array, Float64Array, Float64Array];
  /** The year each component was last written for (−1: never). */
  readonly #writtenFor = [-1, -1, -1, -1];
  #year = -1;
  #factor: Float64Array = new Float64Array(0);

  constructor(
    readonly pop: Population,
    readonly persons: Float64Array,
    components: readonly [Float64Array, Float64Array, Float64Array, Float64Array],
    deltas: readonly [Float64Array, Float64Array, Float64Array, Float64Array],
    readonly earnerMonthlyPerWage: Float64Array,
    readonly runStart: Int32Array,
    /** The row scale of clones (originals have 1). */
    private readonly cloneScale: number,
  ) {
    this.#components = components;
    [this.dWage, this.dBusiness, this.dProperty, this.dTransfer] = deltas;
  }

  readonly dWage: Float64Array;
  readonly dBusiness: Float64Array;
  readonly dProperty: Float64Array;
  readonly dTransfer: Float64Array;

  /** Starts a year: the components follow `factor` (per stratum × component, final for the year) and the deltas are cleared. */
  startYear(year: number, factor: Float64Array): void {
    this.#year = year;
    this.#factor = factor;
    this.dWage.fill(0);
    this.dBusiness.fill(0);
    this.dProperty.fill(0);
    this.dTransfer.fill(0);
  }

  get wage(): Float64Array {
    return this.#component(0, this.pop.wage);
  }
  get business(): Float64Array {
    return this.#component(1, this.pop.business);
  }
  get property(): Float64Array {
    return this.#component(2, this.pop.property);
  }
  get transfer(): Float64Array {
    return this.#component(3, this.pop.transfer);
  }

  #component(c: 0 | 1 | 2 | 3, base2020: Float64Array): Float64Array {
    const out = this.#components[c];
    if (this.#writtenFor[c] === this.#year) return out;
    const { runStart, pop } = this;
    for (let run = 0; run + 1 < runStart.length; run++) {
      const from = runStart[run]!;
      const to = runStart[run + 1]!;
      const k = (from < pop.originals ? 1 : this.cloneScale) * this.#factor[pop.stratum[from]! * 4 + c]!;
      for (let r = from; r < to; r++) out[r] = base2020[r]! * k;
    }
    this.#writtenFor[c] = this.#year;
    return out;
  }
}

/**
 * Solves the anchor k_t of the non-wage components on the baseline, given the wage anchor, so that
 * total income, dibao included, equals the target: F(k) = kW·ΣW + k·ΣO + D(k) − target = 0, the
 * sums ΣW, ΣO from the stratum sums. Only rows that can come near the dibao line are visited, and
 * those are packed into contiguous arrays once. D is piecewise linear in k (a gap row receives
 * line − (kW·w + k·o), an inclusion-error row a fixed benefit), so Newton's method lands in two or
 * three steps; it stops when a step changes k by less than 1e-12 relative. With `kWage` null, one
 * anchor scales every component (the back-cast, which has no GDP or labour-share series before 2020).
 */
export function solveAnchor(
  pop: Population,
  persons: Float64Array,
  factor: Float64Array,
  kWage: number | null,
  cloneScale: number,
  stratumSums: Float64Array,
  candidates: Int32Array,
  target: number,
  rule: DibaoRule,
): number {
  // With one common anchor, wages count among the components k scales.
  const common = kWage === null;
  const wageBase = common ? 0 : kWage * componentSum(stratumSums, factor, WAGE);
  let otherBase = 0;
  for (let i = 0; i < stratumSums.length; i++) if (common || i % 4 !== WAGE) otherBase += stratumSums[i]! * factor[i]!;
  // k stays within a few per cent of 1, so rows above 1.7 × the line at k = 1 cannot draw dibao.
  const near = packNearLine(pop, persons, factor, cloneScale, candidates, rule.lineByCity, 1, { kind: 'anchor', kWage });
  let k = 1;
  for (let iter = 0; iter < 50; iter++) {
    let dibaoTotal = 0;
    // dD/dk: −Σ p·o over rows that receive the gap (line − y) at this k.
    let slope = 0;
    for (let j = 0; j < near.count; j++) {
      const y = near.fixed[j]! + k * near.scaled[j]!;
      const line = near.line[j]!;
      if (y < DIBAO_INCLUSION_REACH * line) {
        const p = near.persons[j]!;
        const d = dibaoOf(y, line, near.takeUpDraw[j]!, near.inclusionDraw[j]!, rule);
        dibaoTotal += p * d;
        if (d > 0 && d === line - y) slope -= p * near.scaled[j]!;
      }
    }
    const next = k - (wageBase + k * otherBase + dibaoTotal - target) / (otherBase + slope);
    const done = Math.abs(next - k) < TOP * k;
    k = next;
    if (done) break;
  }
  if (Math.abs(k - 1) > NEAR_LINE_MARGIN - 1) throw new Error(`bug: anchor k = ${k} left the range the dibao pre-selection assumes`);
  return k;
}

/** Above this many inclusion reaches (× the line at k = 1) a row cannot draw dibao at any anchor the solve accepts. */
const NEAR_LINE_MARGIN = 1.15;

/**
 * Dibao candidates packed into contiguous arrays for a Newton solve: a row's pre-dibao income as
 * the part the solve holds fixed and the part it scales, its persons, its dibao line and its
 * draws. One buffer, reused: a pack is read until the next one is made.
 */
interface NearLine {
  count: number;
  fixed: Float64Array;
  scaled: Float64Array;
  persons: Float64Array;
  line: Float64Array;
  takeUpDraw: Float64Array;
  inclusionDraw: Float64Array;
}

const nearLine: NearLine = {
  count: 0,
  fixed: new Float64Array(0),
  scaled: new Float64Array(0),
  persons: new Float64Array(0),
  line: new Float64Array(0),
  takeUpDraw: new Float64Array(0),
  inclusionDraw: new Float64Array(0),
};

/**
 * How a packed row's income is split. `anchor`: the anchor k scales the non-wage components (every
 * component with `kWage` null) and wages × kWage stay fixed; only rows below NEAR_LINE_MARGIN
 * inclusion reaches are kept. `whole`: the income-index solve scales the line, not the income, so
 * the whole pre-dibao income (lever deltas included) is fixed, and the rows kept are those that can
 * draw dibao at an index up to `maxIndex`.
 */
type IncomeSplit =
  { readonly kind: 'anchor'; readonly kWage: number | null } | { readonly kind: 'whole'; readonly deltas: YearState | undefined; readonly maxIndex: number };

const NO_DELTAS = { dWage: new Float64Array(0), dBusiness: new Float64Array(0), dProperty: new Float64Array(0), dTransfer: new Float64Array(0) };

/** Packs the candidates that hold persons at this year's factors, each with its city's line × `lineScale`. */
function packNearLine(
  pop: Population,
  persons: Float64Array,
  factor: Float64Array,
  cloneScale: number,
  candidates: Int32Array,
  lineByCity: Float64Array,
  lineScale: number,
  split: IncomeSplit,
): NearLine {
  const near = nearLine;
  if (near.fixed.length < candidates.length) {
    const size = candidates.length;
    near.fixed = new Float64Array(size);
    near.scaled = new Float64Array(size);
    near.persons = new Float64Array(size);
    near.line = new Float64Array(size);
    near.takeUpDraw = new Float64Array(size);
    near.inclusionDraw = new Float64Array(size);
  }
  const anchor = split.kind === 'anchor';
  // With one common anchor, wages count among the components k scales.
  const common = anchor && split.kWage === null;
  const kWage = anchor ? (split.kWage ?? 0) : 0;
  const deltas = anchor ? undefined : split.deltas;
  const maxIndex = anchor ? 0 : split.maxIndex;
  const { dWage, dBusiness, dProperty, dTransfer } = deltas ?? NO_DELTAS;
  const { wage, business, property, transfer, takeUpDraw, inclusionDraw } = pop;
  const { fixed: packedFixed, scaled: packedScaled, persons: packedPersons, line: packedLine, takeUpDraw: packedTakeUp, inclusionDraw: packedInclusion } = near;
  const runStart = groupRuns(pop);
  const nearReach = NEAR_LINE_MARGIN * DIBAO_INCLUSION_REACH;
  let count = 0;
  let j = 0;
  // The candidates are in row order: walked run by run of one tally group, whose rows share the
  // uprating factors, row scale and line (read once per run).
  for (let run = 0; run + 1 < runStart.length && j < candidates.length; run++) {
    const to = runStart[run + 1]!;
    if (candidates[j]! >= to) continue;
    const from = runStart[run]!;
    const stratum = pop.group[from]! >> 1;
    const f = stratum * 4;
    const f0 = factor[f]!;
    const f1 = factor[f + 1]!;
    const f2 = factor[f + 2]!;
    const f3 = factor[f + 3]!;
    const rowScale = from < pop.originals ? 1 : cloneScale;
    const line = lineByCity[pop.strataCity[stratum]!]! * lineScale;
    for (; j < candidates.length; j++) {
      const r = candidates[j]!;
      if (r >= to) break;
      const p = persons[r]!;
      if (p === 0) continue;
      let fixed: number;
      let scaled: number;
      if (anchor) {
        const rowWage = rowScale * wage[r]! * f0;
        fixed = common ? 0 : kWage * rowWage;
        scaled = rowScale * (business[r]! * f1 + property[r]! * f2 + transfer[r]! * f3) + (common ? rowWage : 0);
        if (!(fixed + scaled < nearReach * line)) continue;
      } else {
        fixed = rowScale * (wage[r]! * f0 + business[r]! * f1 + property[r]! * f2 + transfer[r]! * f3);
        if (deltas) fixed += dWage[r]! + dBusiness[r]! + dProperty[r]! + dTransfer[r]!;
        // The solve skips a row whose income is at or above the inclusion reach of its line × s;
        // line × s ≤ line × maxIndex for s ≤ maxIndex (rounding is monotone), so such a row is
        // skipped at every index up to maxIndex and can be left out.
        if (fixed >= DIBAO_INCLUSION_REACH * (line * maxIndex)) continue;
        scaled = 0;
      }
      packedFixed[count] = fixed;
      packedScaled[count] = scaled;
      packedPersons[count] = p;
      packedLine[count] = line;
      packedTakeUp[count] = takeUpDraw[r]!;
      packedInclusion[count] = inclusionDraw[r]!;
      count++;
    }
  }
  near.count = count;
  return near;
}

function writeFiscal(out: (id: string) => Float64Array, id: string, series: Float64Array, macro: MacroPaths): void {
  const cumulative = out(`fiscal_cost_${id}_cumulative`);
  const level = out(`fiscal_cost_${id}`);
  const revenue = out(`fiscal_cost_${id}_pct_revenue`);
  const gdp = out(`fiscal_cost_${id}_pct_gdp`);
  let running = 0;
  for (let t = 0; t < series.length; t++) {
    level[t] = series[t]!;
    running += series[t]!;
    cumulative[t] = running;
    revenue[t] = (100 * series[t]!) / macro.budgetRevenue[t]!;
    gdp[t] = (100 * series[t]!) / macro.gdpNominal[t]!;
  }
}
