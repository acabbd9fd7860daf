/**
 * Presentation decisions of the scorecard and the fiscal panel: filtering, ordering, counting
 * states and writing rows out. Every number shown comes from the model's scorecard or outputs;
 * nothing here computes a model quantity.
 */
import {
  findParameter,
  PLAN_SECTIONS,
  PLAN_TARGETS,
  type PlanComparator,
  type PlanTarget,
  type ScorecardRow,
  type TargetBasis,
  type TargetState,
} from '../../model/catalog';
import { formatNumber } from '../format/number';
import { formatTargetGap, formatTargetValue, formatThreshold, MINUS } from '../format/target-units';
import type { Language } from '../i18n/messages';
import { SCORECARD_TEXT } from '../i18n/scorecard';

export type SectionFilter = number | 'all';
export type KindFilter = 'all' | 'modeled' | 'tracked';
export type SortOrder = 'plan' | 'gap';
/** A basis, or "none": rows without a verdict (not projected, no data). */
export type BasisFilter = 'all' | TargetBasis | 'none';

export interface ScorecardFilter {
  readonly section: SectionFilter;
  readonly kind: KindFilter;
  /** Absent: every basis. */
  readonly basis?: BasisFilter;
}

/** The bases in the order the scorecard lists them. */
export const BASES: readonly TargetBasis[] = ['model', 'assumed-level', 'trend'];

/** The states that are verdicts (a target judged reached or not); the others have no verdict. */
export type VerdictState = 'reached' | 'within_reach' | 'missed';
export const VERDICT_STATES: readonly VerdictState[] = ['reached', 'within_reach', 'missed'];

/** A row's basis as the filter and the counts see it: "none" for a row without a verdict. */
export function rowBasis(row: ScorecardRow): TargetBasis | 'none' {
  return row.basis === null || row.state === 'not_projected' || row.state === 'no_data' ? 'none' : row.basis;
}

export const STATES: readonly TargetState[] = ['reached', 'within_reach', 'missed', 'not_projected', 'no_data'];

const targetsById = new Map(PLAN_TARGETS.map((t, i) => [t.id, { target: t, order: i }]));

/** The plan's metadata of a scorecard row. */
export function planTarget(id: string): PlanTarget | undefined {
  return targetsById.get(id)?.target;
}

/** The plan sections that have targets, in order, for the section filter. */
export function sectionsWithTargets(): number[] {
  return [...new Set(PLAN_TARGETS.map((t) => t.section))].filter((s) => PLAN_SECTIONS[s] !== undefined).sort((a, b) => a - b);
}

/** The rows that pass the section and kind filters, in their given order. */
export function filterRows(rows: readonly ScorecardRow[], filter: ScorecardFilter): ScorecardRow[] {
  const basis = filter.basis ?? 'all';
  return rows.filter(
    (r) =>
      (filter.section === 'all' || r.section === filter.section) &&
      (filter.kind === 'all' || r.kind === filter.kind) &&
      (basis === 'all' || rowBasis(r) === basis),
  );
}

/**
 * How far a row falls short of its target, relative to the target's size (a display ordering,
 * not a model quantity): positive is short, negative is beyond the target; null without data.
 * "Keeps rising" rows compare the change since 2020 with the 2020 value.
 */
export function relativeShortfall(row: ScorecardRow): number | null {
  if (row.gap === null || row.state === 'no_data') return null;
  const shortfall = row.comparator === '<=' || row.comparator === '<' ? row.gap : -row.gap;
  const scale = row.target !== null && row.target !== 0 ? Math.abs(row.target) : 1;
  return shortfall / scale;
}

function planOrder(id: string): number {
  return targetsById.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
}

/** Plan order, or worst gap first (rows without data last; ties in plan order). */
export function sortRows(rows: readonly ScorecardRow[], order: SortOrder): ScorecardRow[] {
  const byPlan = (a: ScorecardRow, b: ScorecardRow): number => planOrder(a.id) - planOrder(b.id);
  if (order === 'plan') return [...rows].sort(byPlan);
  return [...rows].sort((a, b) => {
    const sa = relativeShortfall(a);
    const sb = relativeShortfall(b);
    if (sa === null || sb === null) return sa === sb ? byPlan(a, b) : sa === null ? 1 : -1;
    return sb - sa || byPlan(a, b);
  });
}

/**
 * The verdicts counted apart by basis (model, assumed level, user trend: never one sum), and the
 * rows without a verdict (not projected, no data), counting what is shown.
 */
export interface BasisCounts {
  readonly verdicts: Readonly<Record<TargetBasis, Readonly<Record<VerdictState, number>>>>;
  readonly not_projected: number;
  readonly no_data: number;
}

/** Counts the rows' verdicts by basis, and the rows without a verdict. */
export function countByBasis(rows: readonly ScorecardRow[]): BasisCounts {
  const empty = (): Record<VerdictState, number> => ({ reached: 0, within_reach: 0, missed: 0 });
  const verdicts: Record<TargetBasis, Record<VerdictState, number>> = { model: empty(), 'assumed-level': empty(), trend: empty() };
  let notProjected = 0;
  let noData = 0;
  for (const r of rows) {
    const basis = rowBasis(r);
    if (r.state === 'not_projected') notProjected += 1;
    else if (r.state === 'no_data' || basis === 'none') noData += 1;
    else verdicts[basis][r.state] += 1;
  }
  return { verdicts, not_projected: notProjected, no_data: noData };
}

/**
 * The scorecard's summary line: the verdicts of each basis that has any, apart (never one sum),
 * then the rows not projected and without data, and how many rows are shown.
 */
export function summaryText(counts: BasisCounts, shown: number, total: number, language: Language): string {
  return SCORECARD_TEXT[language].summary(basisGroups(counts, language), counts.not_projected, counts.no_data, shown, total);
}

/** The verdict counts of each basis that has any, written out apart ("模型：已达标 7 · 接近 2 · 未达标 2"). */
export function basisGroups(counts: BasisCounts, language: Language): string[] {
  const t = SCORECARD_TEXT[language];
  return BASES.filter((b) => verdictCount(counts.verdicts[b]) > 0).map((b) => t.basisGroup(b, counts.verdicts[b]));
}

/** How many verdicts a basis has (to leave out a basis without any). */
export function verdictCount(counts: Readonly<Record<VerdictState, number>>): number {
  return counts.reached + counts.within_reach + counts.missed;
}

/** A row's basis written out: its name and what it rests on (for an assumed level, the assumption's catalog label). */
export function basisText(row: ScorecardRow, language: Language): { readonly text: string; readonly description: string } {
  const t = SCORECARD_TEXT[language];
  const basis = rowBasis(row);
  if (basis !== 'assumed-level') return t.basis[basis];
  const assumption = row.assumption ? (findParameter(row.assumption)?.label[language] ?? row.assumption) : '';
  return { text: t.basis['assumed-level'].text, description: t.assumedOn(assumption) };
}

/** A status as icon and text, e.g. "已达标 ✓" / "Reached ✓". */
export function statusText(state: TargetState, language: Language): string {
  const s = SCORECARD_TEXT[language].states[state];
  return `${s.text} ${s.icon}`;
}

const SYMBOL: Readonly<Record<Exclude<PlanComparator, 'rising'>, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** A plan target as written in the scorecard: "≥ 7.5万元", "≤ 1.9", "持续提高（2020年 0.52）". */
export function formatComparatorTarget(comparator: PlanComparator, target: number | null, unit: string, language: Language): string {
  const t = SCORECARD_TEXT[language];
  if (comparator === 'rising') return target === null ? t.rising : t.risingSince(formatTargetValue(target, unit, language));
  if (target === null) return t.noValue;
  return `${SYMBOL[comparator]} ${formatThreshold(target, unit, language)}`;
}

/** The cells of one scorecard row, written out in a language. */
export interface RowCells {
  readonly label: string;
  readonly value: string;
  readonly target: string;
  readonly gap: string;
  readonly status: string;
  readonly firstYear: string;
  /** The basis of the verdict, e.g. "模型" / "Model". */
  readonly basis: string;
  /** What the basis means for this row (for an assumed level, the assumption it rests on). */
  readonly basisDescription: string;
  /**
   * For a target not projected, `value` is its latest official value and year; here the two apart
   * (value in its unit, year as written), so a narrow cell can set them on separate lines.
   */
  readonly official: { readonly value: string; readonly year: string } | null;
}

/** The label of a target in a language; English drops Chinese names in brackets ("农创客"). */
export function targetLabel(target: PlanTarget, language: Language): string {
  if (language === 'zh') return target.label.zh;
  return target.label.en
    .replace(/\s*[(（][^)）]*[\u3400-\u9fff][^)）]*[)）]/g, '')
    .replace(/[\u3400-\u9fff]+/g, '')
    .trim();
}

/** Whether a state is a verdict (reached, within reach, missed). */
export function isVerdict(state: TargetState): state is VerdictState {
  return (VERDICT_STATES as readonly TargetState[]).includes(state);
}

/**
 * Writes a scorecard row's cells (values from the model, formats from the plan's unit). A 2025
 * value gets the digits that make it agree with its status; a target not projected shows its
 * latest official value and year instead.
 */
export function rowCells(row: ScorecardRow, language: Language): RowCells {
  const target = planTarget(row.id);
  const unit = target?.unit ?? '';
  const t = SCORECARD_TEXT[language];
  const official =
    row.value === null && row.state === 'not_projected' && row.official !== null
      ? { value: formatTargetValue(row.official.value, unit, language), year: t.officialYear(row.official.year) }
      : null;
  let value: string = t.noValue;
  if (row.value !== null)
    value = formatTargetValue(row.value, unit, language, { comparator: row.comparator, threshold: row.target, holds: row.state === 'reached' });
  else if (official) value = t.officialValue(official.value, official.year);
  const basis = basisText(row, language);
  return {
    label: target ? targetLabel(target, language) : row.id,
    value,
    target: formatComparatorTarget(row.comparator, row.target, unit, language),
    gap: row.gap === null ? t.noValue : formatTargetGap(row.gap, unit, language),
    status: statusText(row.state, language),
    firstYear: row.firstYearReached !== null ? String(row.firstYearReached) : isVerdict(row.state) ? t.notByHorizon : t.noValue,
    basis: basis.text,
    basisDescription: basis.description,
    official,
  };
}

// ── Fiscal panel ─────────────────────────────────────────────────────────────────────

/** Below half a yuan a cost counts as zero (float noise of a deviation from the baseline). */
const ZERO_YUAN = 0.5;

/** Whether every value of a cost series is zero. */
export function allZero(values: readonly (number | undefined)[]): boolean {
  return values.every((v) => v === undefined || Math.abs(v) < ZERO_YUAN);
}

/** A sum of yuan in a table cell, without its unit (the header names it): 亿元 / bn yuan, signed with "−". */
export function formatFiscalYuan(value: number, language: Language): string {
  const scaled = language === 'zh' ? value / 1e8 : value / 1e9;
  const decimals = language === 'zh' ? 1 : 2;
  const text = formatNumber(Math.abs(scaled), language, decimals);
  return scaled < 0 && Math.abs(scaled) >= 0.5 * 10 ** -decimals ? `${MINUS}${text}` : text;
}

/** A sum of yuan with its unit: "12.3亿元" / "1.23 bn yuan". */
export function formatFiscalYuanWithUnit(value: number, language: Language): string {
  return language === 'zh' ? `${formatFiscalYuan(value, language)}亿元` : `${formatFiscalYuan(value, language)} bn yuan`;
}

/** A share of budget revenue in a table cell: "5.09%", signed with "−". */
export function formatFiscalPercent(value: number, language: Language): string {
  const text = `${formatNumber(Math.abs(value), language, 2)}%`;
  return value < 0 && Math.abs(value) >= 0.005 ? `${MINUS}${text}` : text;
}

/**
 * Splits a formatted cell into its leading comparator/number and the unit after it
 * ("+1.2个百分点" → "+1.2" and "个百分点") so a narrow column breaks between them, not inside the
 * unit; `spaced` says whether a space separated them ("69,978 yuan"). Text that does not start
 * with a number comes back whole as `unit`, with an empty `number`.
 */
export function splitUnit(text: string): { readonly number: string; readonly spaced: boolean; readonly unit: string } {
  const match = /^([≥≤<>]?\s?[+\u2212-]?[\d.,]+)(\s*)(.*)$/u.exec(text);
  if (!match) return { number: '', spaced: false, unit: text };
  return { number: match[1]!, spaced: match[2] !== '', unit: match[3]! };
}
