/**
 * The scorecard CSV: every plan target's 2025 verdict with the basis it rests on. Pure text
 * building (no DOM); values and targets are the scorecard's numbers written out unrounded, in the
 * plan's units.
 */
import { findParameter, type ScorecardRow } from '../../model/catalog';
import { EXPORT_TEXT } from '../i18n/exports';
import type { Language } from '../i18n/messages';
import { SCORECARD_TEXT } from '../i18n/scorecard';
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
 * columns id, label, 2025 value, target, comparator, status, basis, assumption and first year
 * reached. Headers, labels, statuses and bases are in the language; a row without a verdict has
 * no basis. The text starts with a UTF-8 BOM and ends every line with CRLF.
 */
export function buildScorecardCsv(rows: readonly ScorecardRow[], language: Language): string {
  const c = EXPORT_TEXT[language].scorecardCsvColumns;
  const t = SCORECARD_TEXT[language];
  const header = [c.id, c.label, c.value, c.target, c.comparator, c.status, c.basis, c.assumption, c.firstYearReached].map(textCell).join(',');
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
    ].join(',');
  });
  return UTF8_BOM + [header, ...lines].join('\r\n') + '\r\n';
}
