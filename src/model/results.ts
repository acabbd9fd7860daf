/**
 * The shapes of what the model returns. Types only (erased at run time): the main thread imports
 * them through the catalog, so the worker boundary is typed end to end without pulling model code
 * into the page.
 */
export type { TargetStatus, ScenarioResult, WorkbenchResult, RunInput } from './index';
export type { ScorecardRow, TrackedTrend, TargetState } from './indicators/scorecard';
export type { YearDistribution } from './engine';
export type { CustomIndicatorInput, CustomIndicatorResult, CustomTarget, CustomVerdict, ExpressionError, ExpressionErrorKind } from './indicators/custom';
export type { WhoGainsCut, WhoGainsGroup, WhoGainsYear } from './indicators/who-gains';
export type { HouseholdPath, HouseholdSelector, HouseholdYear } from './analysis/household';
export type { OwnHousehold, OwnHouseholdChange, OwnHouseholdPath, OwnHouseholdSource, OwnHouseholdYear } from './analysis/own-household';
export type { GoalSeekRequest, GoalSeekResult, GoalSeekStatus } from './analysis/goal-seek';
export type { TargetWaterfall, Waterfall } from './analysis/waterfall';
export type {
  LeastCostAchieved,
  LeastCostMethod,
  LeastCostRequest,
  LeastCostResult,
  LeastCostStatus,
  LeastCostTarget,
  SingleLeverPackage,
} from './analysis/least-cost';
export type { GlobalSensitivity, SensitivityInput, SrcEntry, Tornado, TornadoBar, TornadoRequest } from './analysis/sensitivity';
