/**
 * The scorecard CSV: every plan target's 2025 verdict with the basis it rests on, then the
 * scenario's custom targets, marked custom. Pure text building (no DOM); values and targets are
 * the scorecard's numbers (and the model's custom verdicts) written out unrounded, in the plan's
 * units (a custom indicator's in its own).
 */
import { findParameter, TARGET_YEAR, type ScorecardRow } from '../../model/catalog';
import type { CustomIndicatorResult } from '../../compute/model-api';
import { CUSTOM_ID_PREFIX } from '../../export/results-csv';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { EXPORT_TEXT } from '../i18n/exports';
import type { Language } from '../i18n/messages';
import { SCORECARD_TEXT } from '../i18n/scorecard';
import { indicatorName } from '../state/custom-indicators';
import { planTarget, targetLabel } from '../state/scorecard-view';
import { guardFormula, numberCell, quoteField, UTF8_BOM } from '../../export/cells';

/** A text cell: guarded against formulas, then quoted. */
function textCell(text: string): string {
  return quoteField(guardFormula(text));
}

/** The assumption an assumed-level verdict rests on: its catalog label in the language, then its id. */
function assumptionCell(id: string | null, language: Language): string {
  if (id === null) return '';
  const label = findParameter(id)?.label[language];
  return label ? `${label} (${id})` : id;
}

/**
 * Builds the scorecard CSV in a language: one row per plan target in the scorecard's order, with
 * columns id, label, value in the target year (2025), target, comparator, status, basis,
 * assumption, first year reached, gap, target year and kind ("plan target"). Then one row per
 * custom indicator with a target that the result evaluated (`custom`, the model's verdicts; the
 * names and targets from `indicators`, the scenario's), in the scenario's order: id
 * `custom.<id>`, the indicator's name, its value in the target's year, threshold, comparator,
 * status, first year reached, gap and year from the model's verdict, no basis or assumption, kind
 * "custom". An indicator whose expression cannot be evaluated has no verdict: its row has no
 * value, gap or first year, and the status "no data". Headers, labels, statuses, bases and kinds
 * are in the language. The text starts with a UTF-8 BOM and ends every line with CRLF.
 */
export function buildScorecardCsv(
  rows: readonly ScorecardRow[],
  language: Language,
  indicators: readonly CustomIndicatorDoc[] = [],
  custom: readonly CustomIndicatorResult[] = [],
): string {
  const c = EXPORT_TEXT[language].scorecardCsvColumns;
  const kinds = EXPORT_TEXT[language].scorecardCsvKinds;
  const t = SCORECARD_TEXT[language];
  const header = [c.id, c.label, c.value, c.target, c.comparator, c.status, c.basis, c.assumption, c.firstYearReached, c.gap, c.year, c.kind]
    .map(textCell)
    .join(',');
  const lines = rows.map((row) => {
    const target = planTarget(row.id);
    return [
      textCell(row.id),
      textCell(target ? targetLabel(target, language) : row.id),
      numberCell(row.value),
      numberCell(row.target),
      textCell(row.comparator),
      textCell(t.states[row.state].text),
      textCell(row.basis === null ? '' : t.basis[row.basis].text),
      textCell(assumptionCell(row.assumption, language)),
      numberCell(row.firstYearReached),
      numberCell(row.gap),
      String(TARGET_YEAR),
      textCell(kinds.plan),
    ].join(',');
  });
  const customLines = indicators.flatMap((indicator, index) => {
    const result = custom.find((r) => r.id === indicator.id);
    if (!indicator.target || !result) return [];
    const verdict = result.verdict;
    // The target as the model judged it (the document's when there is no verdict).
    const target = verdict ?? indicator.target;
    return [
      [
        textCell(CUSTOM_ID_PREFIX + indicator.id),
        textCell(indicatorName(indicator, index, language)),
        numberCell(verdict?.value),
        numberCell(target.threshold),
        textCell(target.comparator),
        textCell(t.states[verdict?.state ?? 'no_data'].text),
        '',
        '',
        numberCell(verdict?.firstYearReached),
        numberCell(verdict?.gap),
        String(target.year),
        textCell(kinds.custom),
      ].join(','),
    ];
  });
  return UTF8_BOM + [header, ...lines, ...customLines].join('\r\n') + '\r\n';
}
