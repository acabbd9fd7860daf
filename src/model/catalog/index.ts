/**
 * The metadata surface of the model: every parameter and output with its labels, unit, range,
 * Monte Carlo distribution and source, and the plan's targets. It holds no computation, so the UI
 * and the scenario layer may import it freely.
 */
export type * from './types';
export * from './constants';
export { PARAMETERS, RETIRED_PARAMETERS, findParameter, isParamId, type ParamId } from './parameters';
export { FISCAL_LEVERS, type FiscalLeverId } from './fiscal-levers';
export { OUTPUTS, findOutput, type OutputId } from './outputs';
export { TARGETS, type TargetId } from './targets';
export { FISCAL_COST_CUMULATIVE, SEEKABLE_LEVERS, SEEKABLE_TARGETS } from './seekable';
export {
  WHO_GAINS_CUTS,
  WHO_GAINS_CUT_LABELS,
  WHO_GAINS_DECILES,
  WHO_GAINS_LINES,
  WHO_GAINS_MEASURES,
  WHO_GAINS_THRESHOLD,
  type WhoGainsCutId,
  type WhoGainsMeasureDef,
} from './who-gains';
export { UNIT_DECIMALS, outputDecimals } from './precision';
export { PLAN_TARGETS, PLAN_SECTIONS, type PlanTarget, type PlanComparator } from '../plan-targets';
/** The 11 prefecture-level cities in the model's order (household selector index = position here), and their names. */
export { CITIES, CITY_NAMES, type CityId } from '../data/baseline';
export type * from '../results';
