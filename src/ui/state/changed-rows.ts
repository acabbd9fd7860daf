/**
 * What a scenario changes, written out: its parameters and its trends for tracked targets. The
 * "what I changed" summary and the printable brief both list them from here.
 */
import { findParameter, PLAN_TARGETS, TARGET_YEAR } from '../../model/catalog';
import type { ScenarioOverride, TrackedTrendDoc } from '../../scenario/document';
import { formatParameterValue } from '../format/lever-values';
import { formatTargetGap, formatTargetValue } from '../format/target-units';
import { LEVER_TEXT } from '../i18n/levers';
import type { Language } from '../i18n/messages';
import { targetLabel } from './scorecard-view';

/** The part of the workbench that says which parameters changed and to what. */
export interface ChangeSource {
  changed(kind: 'lever' | 'assumption'): string[];
  override(id: string): ScenarioOverride | undefined;
  scalarValue(id: string): number;
  /** The scenario, for the user's trends of tracked targets (by target id). */
  readonly scenario: { readonly tracked?: Readonly<Record<string, TrackedTrendDoc>> };
}

/** One changed parameter as the summary and the brief list it. */
export interface ChangedRow {
  readonly id: string;
  readonly label: string;
  /** The value, or for a year-by-year path its value in the target year ("逐年路径（2025年 …）"). */
  readonly value: string;
  readonly assumption: boolean;
  /** A tracked target's trend (its id a target's), not a parameter. */
  readonly trend: boolean;
}

/**
 * Lists the changed levers, then the changed assumptions (a scalar's value, or a path's value in
 * the target year), then the trends entered for tracked targets, in plan order.
 */
export function changedRows(source: ChangeSource, language: Language): ChangedRow[] {
  const text = LEVER_TEXT[language];
  const rows: ChangedRow[] = [];
  for (const kind of ['lever', 'assumption'] as const) {
    for (const id of source.changed(kind)) {
      const def = findParameter(id);
      const override = source.override(id);
      if (!def || override === undefined) continue;
      const value =
        typeof override === 'number'
          ? formatParameterValue(def, override, language)
          : text.pathValue(TARGET_YEAR, formatParameterValue(def, source.scalarValue(id), language));
      rows.push({ id, label: def.label[language], value, assumption: kind === 'assumption', trend: false });
    }
  }
  const tracked = source.scenario.tracked ?? {};
  for (const target of PLAN_TARGETS) {
    const trend = tracked[target.id];
    if (!trend) continue;
    const value = text.trendValue(formatTargetValue(trend.start, target.unit, language), trend.startYear, formatTargetGap(trend.change, target.unit, language));
    rows.push({ id: target.id, label: targetLabel(target, language), value, assumption: false, trend: true });
  }
  return rows;
}
