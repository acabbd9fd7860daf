/**
 * The contract between the main thread and the model worker. The worker implements it over the
 * pure core (`satisfies ModelApi`); the main thread only ever sees these types.
 */
import type {
  LeastCostRequest,
  LeastCostResult,
  GlobalSensitivity,
  SensitivityInput,
  Tornado,
  TornadoRequest,
  ExpressionError,
  GoalSeekRequest,
  GoalSeekResult,
  Waterfall,
  HouseholdPath,
  HouseholdSelector,
  OwnHousehold,
  OwnHouseholdPath,
  WorkbenchResult,
} from '../model/catalog';
import type { ScenarioDoc } from '../scenario/document';

export type {
  LeastCostAchieved,
  LeastCostMethod,
  LeastCostRequest,
  LeastCostResult,
  LeastCostStatus,
  LeastCostTarget,
  SingleLeverPackage,
  GlobalSensitivity,
  SensitivityInput,
  SrcEntry,
  Tornado,
  TornadoBar,
  TornadoRequest,
  CustomIndicatorResult,
  CustomVerdict,
  ExpressionError,
  Waterfall,
  TargetWaterfall,
  GoalSeekRequest,
  GoalSeekResult,
  HouseholdPath,
  HouseholdSelector,
  OwnHousehold,
  OwnHouseholdPath,
  OwnHouseholdSource,
  WorkbenchResult,
  ScorecardRow,
  YearDistribution,
} from '../model/catalog';

/** The functions the worker exposes. Results come back as promises across the boundary. */
export interface ModelApi {
  /** Runs a scenario, its modified baseline and the baseline, and scores every plan target. */
  runWorkbench(scenario: ScenarioDoc): WorkbenchResult | Promise<WorkbenchResult>;
  /** The same, approximated on a smaller sample (marked `preview`): for the steps of a slider being dragged. */
  previewWorkbench(scenario: ScenarioDoc): WorkbenchResult | Promise<WorkbenchResult>;
  /**
   * Runs one step of the model's warm-up (throwaway lever scenarios, so the engine's code is
   * compiled before the first drag); false once no step is left.
   */
  warmUp(step: number): boolean | Promise<boolean>;
  /** Follows one typical household through the baseline and the scenario. */
  household(scenario: ScenarioDoc, selector: HouseholdSelector): HouseholdPath | Promise<HouseholdPath>;
  /** Follows a household the user describes through the baseline and the scenario (computed, never kept). */
  ownHousehold(scenario: ScenarioDoc, household: OwnHousehold): OwnHouseholdPath | Promise<OwnHouseholdPath>;
  /** What would it take: the value of one lever at which a modelled target is met (exact runs; see analysis/goal-seek). */
  goalSeek(scenario: ScenarioDoc, request: GoalSeekRequest): GoalSeekResult | Promise<GoalSeekResult>;
  /** Checks a custom indicator's expression without running anything: null, or its problem (position, name). */
  checkExpression(expression: string): ExpressionError | null | Promise<ExpressionError | null>;
  /** The gap-closing waterfall of every modelled target (see analysis/waterfall); `progress` is told after each model run. */
  waterfall(scenario: ScenarioDoc, progress?: (done: number, total: number) => void): Waterfall | Promise<Waterfall>;
  /**
   * The least-cost package of several levers meeting several targets (see analysis/least-cost).
   * `progress` is told after each step; its answer false (or a promise of false: a callback on the
   * page is a round trip) stops the search, which then rejects with a LeastCostCancelled error.
   */
  leastCost(
    scenario: ScenarioDoc,
    request: LeastCostRequest,
    progress?: (done: number, total: number) => boolean | void | Promise<boolean | void>,
  ): LeastCostResult | Promise<LeastCostResult>;
  /**
   * A target's tornado (see analysis/sensitivity): `progress` is told after each step and awaited;
   * when it answers false the worker stops there and resolves null (cancelled).
   */
  tornado(
    scenario: ScenarioDoc,
    request: TornadoRequest,
    progress: (done: number, total: number) => boolean | Promise<boolean>,
  ): Tornado | null | Promise<Tornado | null>;
  /** Standardised regression coefficients of a target on the drawn parameters of a Monte Carlo result (analysis/sensitivity). */
  globalSensitivity(input: SensitivityInput, target: string): GlobalSensitivity | Promise<GlobalSensitivity>;
}

/**
 * The message a model worker posts as soon as it has asked for its life lock: a Web Lock named
 * `lifeLockName(its name)`, held while the worker lives, whose release tells the page the worker
 * has gone (see startModelWorker in model-workers.ts).
 */
export const LIFE_LOCK_REQUESTED = 'prosperity-sandbox:life-lock-requested';

/**
 * The message a model worker posts once it holds its life lock: from then on the page's getting
 * the lock means the worker has gone, with no doubt about whose request the lock manager saw first.
 */
export const LIFE_LOCK_HELD = 'prosperity-sandbox:life-lock-held';

/** The name of the life lock of the worker named `workerName` (unique to each started worker). */
export function lifeLockName(workerName: string): string {
  return `prosperity-sandbox:model-worker:${workerName}`;
}
