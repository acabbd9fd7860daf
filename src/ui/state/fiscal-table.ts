/**
 * The fiscal cost table as plain data: each fiscal lever's cost per year 2021–2025 (yuan and share
 * of budget revenue), its 2021–2025 cumulative, the total, and how the levers are financed. The
 * fiscal panel and the printed brief both read it, so they show the same figures. Presentation
 * only: every number is a model output of the scenario run.
 */
import { FISCAL_LEVERS, TARGET_YEAR } from '../../model/catalog';
import { SCORECARD_TEXT } from '../i18n/scorecard';
import type { Language } from '../i18n/messages';
import { allZero, formatFiscalYuanWithUnit } from './scorecard-view';

/** The years the fiscal table covers (the plan period). */
export const FISCAL_YEARS = [2021, 2022, 2023, 2024, 2025] as const;

/** The outputs of one run, by output id, aligned with its years. */
export interface RunOutputs {
  readonly years: readonly number[];
  readonly outputs: Readonly<Record<string, readonly number[] | undefined>>;
}

/** One row of the fiscal table. */
export interface FiscalRow {
  readonly id: string;
  readonly label: string;
  /** Cost per year 2021–2025 in yuan, and as % of budget revenue (model outputs). */
  readonly yuan: readonly (number | undefined)[];
  readonly pct: readonly (number | undefined)[];
  /** Cumulative cost 2021–2025 (the model's cumulative output at 2025). */
  readonly cumulative: number | undefined;
  /** The minimum wage's employer cost in 2025 (it has no fiscal cost); else undefined. */
  readonly employerCost: number | undefined;
  readonly nonZero: boolean;
}

/** Every fiscal lever's row in display order, the total, and whether the scenario costs nothing at all. */
export interface FiscalTable {
  readonly levers: readonly FiscalRow[];
  readonly total: FiscalRow;
  readonly allZero: boolean;
}

/** Reads a run's fiscal outputs into the table's rows, labelled in a language. */
export function fiscalTable(run: RunOutputs, language: Language): FiscalTable {
  const at = (id: string, year: number): number | undefined => run.outputs[id]?.[run.years.indexOf(year)];
  const row = (id: string, label: string): FiscalRow => {
    const yuan = FISCAL_YEARS.map((y) => at(`fiscal_cost_${id}`, y));
    const cumulative = at(`fiscal_cost_${id}_cumulative`, TARGET_YEAR);
    const employerYears = id === 'min_wage' ? FISCAL_YEARS.map((y) => at('employer_cost_min_wage', y)) : [];
    return {
      id,
      label,
      yuan,
      pct: FISCAL_YEARS.map((y) => at(`fiscal_cost_${id}_pct_revenue`, y)),
      cumulative,
      employerCost: id === 'min_wage' ? at('employer_cost_min_wage', TARGET_YEAR) : undefined,
      nonZero: !allZero([...yuan, cumulative]) || !allZero(employerYears),
    };
  };
  const levers = FISCAL_LEVERS.map((l) => row(l.id, l.label[language]));
  const total = row('total', SCORECARD_TEXT[language].fiscalTotal);
  return { levers, total, allZero: !total.nonZero && levers.every((l) => !l.nonZero) };
}

/**
 * How the fiscal levers are financed, in words: by borrowing, or (when the fiscal_financing
 * assumption is 1) by a proportional household tax, with its 2025 levy from the run.
 */
export function fiscalFinancingText(financing: number, run: RunOutputs, language: Language): string {
  const t = SCORECARD_TEXT[language];
  if (financing !== 1) return t.fiscalFinancedBorrowing;
  const levy = run.outputs['financing_levy']?.[run.years.indexOf(TARGET_YEAR)] ?? 0;
  return t.fiscalFinancedTax(formatFiscalYuanWithUnit(levy, language), TARGET_YEAR);
}
