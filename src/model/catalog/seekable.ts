/** What "what would it take?" (the goal-seek) can move and aim at. */
import { PARAMETERS, type ParamId } from './parameters';
import { TARGETS } from './targets';

/** Levers a goal-seek can move: continuous policy levers (a choice has no level to seek). */
export const SEEKABLE_LEVERS: readonly ParamId[] = PARAMETERS.filter((p) => p.kind === 'lever' && !p.choices).map((p) => p.id);

/** Modelled targets a goal-seek can aim at, by output id: those with a threshold (a "rising" target is judged on its path). */
export const SEEKABLE_TARGETS: readonly string[] = TARGETS.filter((t) => t.comparator !== 'rising').map((t) => t.outputId);

/** The output read as a scenario's cumulative 2021–2025 fiscal cost (its 2025 value), in yuan. */
export const FISCAL_COST_CUMULATIVE = 'fiscal_cost_total_cumulative';
