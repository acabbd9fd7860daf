/**
 * What the custom indicators panel and their scorecard rows show: names, values as text, and a
 * draft's checks. Every number comes from the model's result (WorkbenchResult.custom); nothing
 * here evaluates an expression.
 */
import type { CustomIndicatorResult, CustomVerdict } from '../../compute/model-api';
import { INDICATORS_MAX, type CustomIndicatorDoc, type IndicatorTargetDoc } from '../../scenario/document';
import { comparatorSymbol } from '../charts/chart-spec';
import { formatNumber, formatNumberBetween } from '../format/number';
import { INDICATORS_TEXT } from '../i18n/indicators';
import type { Language } from '../i18n/messages';

/** The first free id of the form `ind_<n>` (ids are not shown: names are). */
export function nextIndicatorId(existing: readonly CustomIndicatorDoc[]): string {
  const taken = new Set(existing.map((i) => i.id));
  for (let n = 1; ; n++) if (!taken.has(`ind_${n}`)) return `ind_${n}`;
}

/** The indicator's name in the language: its label there, else in the other language, else "Custom indicator n". */
export function indicatorName(indicator: CustomIndicatorDoc, index: number, language: Language): string {
  const other = language === 'zh' ? 'en' : 'zh';
  return indicator.label?.[language] || indicator.label?.[other] || INDICATORS_TEXT[language].untitled(index + 1);
}

/** Decimals that show three significant digits (none for large values, at most six). */
export function significantDecimals(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  return Math.min(6, Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value)))));
}

/** A custom indicator's value as text: three significant digits and the indicator's own unit, if any. */
export function formatIndicatorValue(value: number | null, language: Language, unit?: string): string {
  if (value === null) return INDICATORS_TEXT[language].noValue;
  const number = formatNumber(value, language, significantDecimals(value));
  return unit ? `${number} ${unit}` : number;
}

/** A custom threshold as text, with the digits it was given and the indicator's unit: "0.62", "0.62 ratio". */
export function thresholdText(threshold: number, language: Language, unit?: string): string {
  const number = formatNumberBetween(threshold, language, 0, 6);
  return unit ? `${number} ${unit}` : number;
}

/** A custom target as text, its threshold with the digits it was given: "≥ 0.62 in 2025" / "2025年 ≥ 0.62". */
export function targetText(target: IndicatorTargetDoc, language: Language, unit?: string): string {
  return INDICATORS_TEXT[language].targetText(comparatorSymbol(target.comparator), thresholdText(target.threshold, language, unit), target.year);
}

/** One row of the scorecard for a custom target. */
export interface CustomScorecardRow {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly target: string;
  readonly gap: string;
  readonly state: CustomVerdict['state'];
  readonly firstYear: string;
  /** The target's year (where a goal-seek on the row opens). */
  readonly year: number;
}

/** The scorecard rows of the scenario's custom targets, in the scenario's order, from the run's verdicts. */
export function customScorecardRows(
  indicators: readonly CustomIndicatorDoc[],
  results: readonly CustomIndicatorResult[] | undefined,
  language: Language,
  notByHorizon: string,
): CustomScorecardRow[] {
  return indicators.flatMap((indicator, index): CustomScorecardRow[] => {
    const verdict = results?.find((r) => r.id === indicator.id)?.verdict;
    if (!indicator.target || !verdict) return [];
    // The gap at the value's own decimals (a gap of 0.00435 on a value of 0.624 reads +0.004).
    // Signed as the plan's gaps are: "+" above, "−" (U+2212) below.
    const gapNumber =
      verdict.gap === null || verdict.value === null ? null : formatNumber(verdict.gap, language, significantDecimals(verdict.value)).replace(/^-/, '\u2212');
    const gap =
      gapNumber === null ? INDICATORS_TEXT[language].noValue : `${verdict.gap! > 0 ? '+' : ''}${indicator.unit ? `${gapNumber} ${indicator.unit}` : gapNumber}`;
    return [
      {
        id: indicator.id,
        name: indicatorName(indicator, index, language),
        value: formatIndicatorValue(verdict.value, language, indicator.unit),
        target: targetText(indicator.target, language, indicator.unit),
        gap,
        state: verdict.state,
        firstYear:
          verdict.firstYearReached === null
            ? verdict.state === 'no_data'
              ? INDICATORS_TEXT[language].noValue
              : notByHorizon
            : String(verdict.firstYearReached),
        year: indicator.target.year,
      },
    ];
  });
}

/** A draft of the panel's form, as typed (its fields are bound to the form's inputs). */
export interface IndicatorDraft {
  name: string;
  expression: string;
  unit: string;
  withTarget: boolean;
  comparator: IndicatorTargetDoc['comparator'];
  threshold: string;
  year: number;
}

/** The draft of an existing indicator (editing), or of a new one. */
export function draftOf(indicator: CustomIndicatorDoc | undefined, language: Language, index: number): IndicatorDraft {
  return {
    name: indicator ? indicatorName(indicator, index, language) : '',
    expression: indicator?.expression ?? '',
    unit: indicator?.unit ?? '',
    withTarget: indicator?.target !== undefined,
    comparator: indicator?.target?.comparator ?? '>=',
    threshold: indicator?.target ? String(indicator.target.threshold) : '',
    year: indicator?.target?.year ?? 2025,
  };
}

/** Why a draft cannot be saved (the expression's own check is the model's), or the indicator it makes. */
export function indicatorFromDraft(
  draft: IndicatorDraft,
  id: string,
  language: Language,
  previous: CustomIndicatorDoc | undefined,
): { ok: true; indicator: CustomIndicatorDoc } | { ok: false; reason: 'name' | 'threshold' } {
  const name = draft.name.trim();
  if (name === '') return { ok: false, reason: 'name' };
  const threshold = Number(draft.threshold.trim());
  if (draft.withTarget && (draft.threshold.trim() === '' || !Number.isFinite(threshold))) return { ok: false, reason: 'threshold' };
  // The name is kept in the language it was typed in; the other language's label stays as it was.
  const label = language === 'zh' ? { ...previous?.label, zh: name.slice(0, 100) } : { ...previous?.label, en: name.slice(0, 100) };
  const unit = draft.unit.trim().slice(0, 20);
  return {
    ok: true,
    indicator: {
      id,
      label,
      expression: draft.expression.trim(),
      ...(unit ? { unit } : {}),
      ...(draft.withTarget ? { target: { comparator: draft.comparator, threshold, year: draft.year } } : {}),
    },
  };
}

/** Whether another indicator can be added. */
export function canAddIndicator(existing: readonly CustomIndicatorDoc[]): boolean {
  return existing.length < INDICATORS_MAX;
}
