/**
 * Custom indicators in the Compare view: the compared scenarios' indicators matched across
 * scenarios, and a row per indicator with each scenario's value and verdict.
 *
 * Indicators belong to scenarios (each carries its own, with its own ids and names), so they are
 * matched by what they compute: the same expression, whitespace aside (`expressionKey`), is the same
 * indicator, whatever its id or name in each scenario. Its name, unit and the row's target are the
 * first compared scenario's that has it (a scenario with the expression twice counts its first).
 * A row's value is each scenario's in one year for all, so that they compare: the row's target
 * year, else 2025 (TARGET_YEAR). Each scenario's verdict is on its own target (the model judged it
 * so); where that target is not the row's, the cell says what it is. A scenario without the
 * indicator has a cell that says so, never a blank or a zero. Custom targets are not counted among
 * the plan targets met, nor on the trade-off (as on the scorecard).
 *
 * Every number is the model's: each scenario's `WorkbenchResult.custom`, evaluated in the worker on
 * that scenario's own runs. Nothing here evaluates an expression.
 */
import type { CustomIndicatorResult, CustomVerdict, WorkbenchResult } from '../../compute/model-api';
import { TARGET_YEAR } from '../../model/catalog';
import type { CustomIndicatorDoc, IndicatorTargetDoc, ScenarioDoc } from '../../scenario/document';
import { COMPARE_TEXT } from '../i18n/compare';
import { INDICATORS_TEXT } from '../i18n/indicators';
import type { Language } from '../i18n/messages';
import { SCORECARD_TEXT } from '../i18n/scorecard';
import { formatIndicatorValue, indicatorName, targetText } from './custom-indicators';
import { statusText } from './scorecard-view';

/** A character that can belong to a name or a number (`income_per_capita`, `1.5`, `1e3`). */
const WORD = /[\w$.]/;

/** The characters mathjs's parser skips as whitespace (a line break only inside parentheses). */
const SPACE = /[ \t\u00a0\n]+/g;

/**
 * An expression's identity across scenarios: its text with the whitespace that cannot change its
 * meaning taken out. Runs of what the parser reads as whitespace (space, tab, no-break space, line
 * break) go, except one space between two characters of names or numbers (`2 x` is 2 × x, but
 * `a b` is not `ab`), and a run holding a line break stays one line break (it ends a comment,
 * and outside parentheses it separates statements). So `income_per_capita_rural / income_per_capita`
 * and `income_per_capita_rural/income_per_capita` are one indicator; `a b` and `ab` are two. Texts
 * that differ otherwise (a comment, `0.5` and `.5`, the order of terms) are different indicators:
 * they are not assumed equal.
 */
export function expressionKey(expression: string): string {
  const text = expression.replace(/^[ \t\u00a0\n]+|[ \t\u00a0\n]+$/g, '');
  return text.replace(SPACE, (run: string, at: number) => {
    if (run.includes('\n')) return '\n';
    const before = text[at - 1] ?? '';
    const after = text[at + run.length] ?? '';
    return WORD.test(before) && WORD.test(after) ? ' ' : '';
  });
}

/**
 * An expression cut where a line may wrap when it is shown: after an operator, a comma or an
 * opening parenthesis, never inside a name or a number (`a/b` → `a/`, `b`).
 */
export function expressionParts(expression: string): string[] {
  // A sign after a digit's exponent (`1e-3`) is part of the number.
  return expression.split(/(?<=[*/^,(]|(?<!\d[eE])[-+])/);
}

/** One scenario's indicator for a matched expression: the document's entry and its place in the scenario's list. */
export interface MatchedEntry {
  readonly indicator: CustomIndicatorDoc;
  readonly index: number;
}

/** An expression found in some compared scenarios: its key, and each scenario's entry (undefined where it has none). */
export interface MatchedIndicator {
  readonly key: string;
  /** The compared scenario whose entry names the row (the first that has the expression). */
  readonly first: number;
  readonly entries: readonly (MatchedEntry | undefined)[];
}

/**
 * The custom indicators of the compared scenarios matched by expression (`expressionKey`), in the
 * order first met: the first scenario's indicators in its order, then those only later scenarios
 * have. Within one scenario, a second indicator with the same expression is left out (its first
 * stands for it).
 */
export function matchCustomIndicators(docs: readonly ScenarioDoc[]): MatchedIndicator[] {
  const byKey = new Map<string, { first: number; entries: (MatchedEntry | undefined)[] }>();
  docs.forEach((doc, scenario) => {
    (doc.indicators ?? []).forEach((indicator, index) => {
      const key = expressionKey(indicator.expression);
      let match = byKey.get(key);
      if (!match) {
        match = { first: scenario, entries: docs.map(() => undefined) };
        byKey.set(key, match);
      }
      match.entries[scenario] ??= { indicator, index };
    });
  });
  return [...byKey].map(([key, match]) => ({ key, first: match.first, entries: match.entries }));
}

/** Whether two custom targets are the same (comparator, threshold and year). */
function sameTarget(a: IndicatorTargetDoc | undefined, b: IndicatorTargetDoc | undefined): boolean {
  return a?.comparator === b?.comparator && a?.threshold === b?.threshold && a?.year === b?.year;
}

/** A scenario's cell of a custom row: the indicator is not in the scenario. */
export interface CompareCustomAbsent {
  readonly kind: 'absent';
  /** "not in this scenario", in the page's language. */
  readonly text: string;
}

/** A scenario's cell of a custom row: its value in the row's year and its verdict. */
export interface CompareCustomPresent {
  readonly kind: 'present';
  /** The indicator's id in this scenario (ids differ between scenarios). */
  readonly id: string;
  /** The model's value in the row's year, unrounded; null where the expression has none. */
  readonly number: number | null;
  /** The value written out (three significant digits and the row's unit), or a dash without one. */
  readonly value: string;
  /** Why there is no value: the model's first problem with the expression in this scenario. */
  readonly problem?: string;
  /** The model's verdict on this scenario's own target, or `none` without a target. */
  readonly state: CustomVerdict['state'] | 'none';
  /** The verdict written out ("Reached ✓"), or "no target". */
  readonly status: string;
  /** This scenario's own target, when it is not the row's ("this scenario's target: ≥ 0.65 in 2030"). */
  readonly ownTarget?: string;
}

export type CompareCustomCell = CompareCustomAbsent | CompareCustomPresent;

/** One custom indicator across the compared scenarios. */
export interface CompareCustomRow {
  /** The expression's key (`expressionKey`): the row's identity. */
  readonly key: string;
  /** The first scenario's id, name, unit and expression as written. */
  readonly id: string;
  readonly name: string;
  readonly unit: string | undefined;
  readonly expression: string;
  /** The year of every value in the row: the row's target year, else 2025. */
  readonly year: number;
  /** The row's target: the first scenario's with one that has the indicator; undefined when none has a target. */
  readonly target: IndicatorTargetDoc | undefined;
  /** The target written out, or "no target (2025 value)". */
  readonly targetText: string;
  readonly cells: readonly CompareCustomCell[];
  /** Some scenarios' verdicts differ (among those with a target). */
  readonly differs: boolean;
}

/**
 * The custom indicators of the compared scenarios (`docs`, their `results` in the same order) as
 * rows of the Compare view: each matched expression with, per scenario, its value in the row's
 * year from that scenario's `WorkbenchResult.custom` and the model's verdict on that scenario's own
 * target, or a cell saying the scenario does not have it.
 */
export function compareCustomRows(docs: readonly ScenarioDoc[], results: readonly WorkbenchResult[], language: Language): CompareCustomRow[] {
  const t = COMPARE_TEXT[language];
  return matchCustomIndicators(docs).map((match): CompareCustomRow => {
    const head = match.entries[match.first]!;
    const target = match.entries.find((entry) => entry?.indicator.target)?.indicator.target;
    const year = target?.year ?? TARGET_YEAR;
    const unit = head.indicator.unit;
    const cells = match.entries.map((entry, scenario): CompareCustomCell => {
      if (!entry) return { kind: 'absent', text: t.customAbsent };
      const result = results[scenario];
      const custom: CustomIndicatorResult | undefined = result?.custom?.find((r) => r.id === entry.indicator.id);
      const at = result?.scenario.years.indexOf(year) ?? -1;
      const number = at < 0 ? null : (custom?.scenario[at] ?? null);
      const own = entry.indicator.target;
      const verdict = own ? custom?.verdict : undefined;
      const state = own ? (verdict?.state ?? 'no_data') : 'none';
      return {
        kind: 'present',
        id: entry.indicator.id,
        number,
        value: formatIndicatorValue(number, language, unit),
        ...(number === null && custom?.error ? { problem: INDICATORS_TEXT[language].error(custom.error.kind, custom.error.message[language]) } : {}),
        state,
        status: state === 'none' ? t.customNoTarget : statusText(state, language),
        ...(own && !sameTarget(own, target) ? { ownTarget: t.customOwnTarget(targetText(own, language, unit)) } : {}),
      };
    });
    const states = new Set(cells.flatMap((cell) => (cell.kind === 'present' && cell.state !== 'none' ? [cell.state] : [])));
    return {
      key: match.key,
      id: head.indicator.id,
      name: indicatorName(head.indicator, head.index, language),
      unit,
      expression: head.indicator.expression.trim(),
      year,
      target,
      targetText: target ? targetText(target, language, unit) : t.customNoTargetYear(year),
      cells,
      differs: states.size > 1,
    };
  });
}

/** The verdict of a custom cell as the CSV writes it: the state's word, "no target", or "not in this scenario". */
export function customVerdictWord(cell: CompareCustomCell, language: Language): string {
  if (cell.kind === 'absent') return cell.text;
  return cell.state === 'none' ? COMPARE_TEXT[language].customNoTarget : SCORECARD_TEXT[language].states[cell.state].text;
}
