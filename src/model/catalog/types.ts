/** The shapes of the catalog: parameters, outputs, targets, units and sources. */
/** A label or description in both of the app's languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Where a default or an output comes from: a key of the baseline data file, or a stated assumption. */
export type SourceRef = { readonly dataKey: string; readonly note?: Bilingual } | { readonly assumption: Bilingual };

/** Units the formatting layer knows how to display. */
export type Unit =
  | 'yuan_per_person_year'
  | 'yuan_per_person_month'
  | 'yuan_per_month'
  | 'yuan_per_worker'
  | 'yuan_per_person'
  | 'yuan'
  | 'yuan_bn_per_year'
  | 'percent'
  | 'percent_per_year'
  | 'pp'
  | 'pp_per_year'
  | 'ratio'
  | 'share'
  | 'persons'
  | 'persons_per_household'
  | 'persons_10k'
  | 'persons_million'
  | 'per_year'
  | 'elasticity'
  | 'choice';

/** The range Monte Carlo draws a parameter from. */
export type McDistribution =
  | { readonly dist: 'uniform'; readonly min: number; readonly max: number }
  | { readonly dist: 'normal'; readonly mean: number; readonly sd: number }
  | { readonly dist: 'triangular'; readonly min: number; readonly mode: number; readonly max: number };

/** Groups of policy levers, as the plan groups them. */
export type LeverGroup = 'income_distribution' | 'labour_market' | 'social_security' | 'regions' | 'rural' | 'urbanisation' | 'tax';
/** Groups of assumptions (not policy). */
export type AssumptionGroup = 'macro' | 'distribution' | 'urbanisation' | 'labour' | 'programmes' | 'fiscal' | 'measurement';

/** One scenario input: its range, default and where the default comes from (`Id`: the type of its id). */
export interface ParameterDef<Id extends string = string> {
  readonly id: Id;
  /** A policy lever (a deviation from the baseline policy path) or an assumption about the world. */
  readonly kind: 'lever' | 'assumption';
  readonly group: LeverGroup | AssumptionGroup;
  readonly label: Bilingual;
  readonly description: Bilingual;
  readonly unit: Unit;
  /** The default as one number (for a path default, its value in the first projected year). */
  readonly default: number;
  /** A year-by-year default (2021–2035) where the baseline is not constant. */
  readonly defaultPath?: Readonly<Record<number, number>>;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Whether a year-by-year path makes sense; otherwise only the first year's value is read. */
  readonly timeVarying: boolean;
  /** Labels of the values 0, 1, 2, … of a choice parameter. */
  readonly choices?: readonly Bilingual[];
  readonly source: SourceRef;
  /** The Monte Carlo range; absent for parameters that are never drawn (levers, switches). */
  readonly mc?: McDistribution;
}

/** Topics of outputs. */
export type OutputGroup = 'income' | 'distribution' | 'urbanisation' | 'macro' | 'labour' | 'poverty' | 'city' | 'fiscal';

/** One model output series (`Id`: the type of its id). */
export interface OutputDef<Id extends string = string> {
  readonly id: Id;
  readonly group: OutputGroup;
  readonly label: Bilingual;
  /** What the series measures and how the model gets it. */
  readonly description: Bilingual;
  readonly unit: Unit;
  readonly source: SourceRef;
}

/**
 * What a verdict rests on: `model`, a mechanism computed from the model's own quantities and
 * calibrated on data up to 2020; `assumed-level`, a mechanism that starts from an assumed level
 * or factor (a data gap), so the verdict moves with that assumption; `trend`, a user's straight
 * line for a tracked target. Verdicts of different bases are never counted in one sum.
 */
export type TargetBasis = 'model' | 'assumed-level' | 'trend';

/** The 2025 target of a modelled output, as the plan states it, and what its verdict rests on. */
export interface TargetDef {
  readonly outputId: string;
  readonly comparator: '>=' | '>' | '<=' | '<' | 'rising';
  readonly value: number;
  readonly year: number;
  /** `model` or `assumed-level` (see TargetBasis). */
  readonly basis: Exclude<TargetBasis, 'trend'>;
  /** For an assumed level: the assumption the verdict rests on (a catalog parameter id). */
  readonly assumption?: string;
}
