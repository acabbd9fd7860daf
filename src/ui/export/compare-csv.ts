/**
 * The comparison CSV: the compared scenarios side by side in one table, a row per plan target,
 * custom indicator (matched by expression, src/ui/state/compare-custom.ts), count of targets met,
 * year of fiscal cost and span of a differing setting, and three columns
 * per scenario (value, verdict, basis). Pure text building (no DOM); the numbers are the model's
 * scorecard rows and outputs, and the settings' values as the model reads them, unrounded except
 * fiscal yuan (whole yuan, as the results CSV writes yuan).
 */
import type { WorkbenchResult } from '../../compute/model-api';
import { CRLF, numberCell, textCell, UTF8_BOM } from '../../export/cells';
import { CSV_TEXT } from '../../export/csv-text';
import { TARGET_YEAR } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { planUnitName } from '../format/target-units';
import { COMPARE_TEXT } from '../i18n/compare';
import type { Language } from '../i18n/messages';
import { SCORECARD_TEXT } from '../i18n/scorecard';
import { compareCustomRows, customVerdictWord } from '../state/compare-custom';
import { compareFiscalTotals, compareSettingRows, metCounts } from '../state/compare-tables';
import { targetText } from '../state/custom-indicators';
import { FISCAL_YEARS } from '../state/fiscal-table';
import { planTarget, targetLabel } from '../state/scorecard-view';

/** What the comparison CSV holds: the compared scenarios' names, documents and results, in the order compared. */
export interface CompareCsvInput {
  readonly names: readonly string[];
  readonly docs: readonly ScenarioDoc[];
  readonly results: readonly WorkbenchResult[];
}

/** A span of years as the CSV writes it: "2025", or "2021–2025". */
function span(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * Builds the comparison CSV in a language. Columns: section, id, item, unit, comparator,
 * threshold, year, whether the verdicts differ, then value, verdict and basis for each scenario.
 * Rows: every plan target in the first scenario's scorecard order (2025 value, status, basis);
 * every custom indicator of the compared scenarios, matched by expression (its id column holds
 * the expression's key, `expressionKey`; comparator, threshold and year are the row's target's,
 * or only the year, 2025, without one; per scenario the model's value in that year, unrounded,
 * the verdict on the scenario's own target, "no target", or "not in this scenario" with the
 * value empty, and as basis "custom" with the scenario's own target); the targets met by basis (never summed across bases); the total fiscal cost per year 2021–2025
 * and cumulative (yuan); and each lever or assumption that differs, per span of years (values
 * in catalog units). The text starts with a UTF-8 BOM and ends every line with CRLF.
 */
export function buildCompareCsv(input: CompareCsvInput, language: Language): string {
  const t = COMPARE_TEXT[language];
  const c = t.csvColumns;
  const st = SCORECARD_TEXT[language];
  const units = CSV_TEXT[language].units;
  const scenarios = input.results.length;
  const header = [
    c.section,
    c.id,
    c.item,
    c.unit,
    c.comparator,
    c.threshold,
    c.year,
    c.differs,
    ...input.names.flatMap((n) => [c.value(n), c.status(n), c.basis(n)]),
  ];
  const lines: string[] = [header.map(textCell).join(',')];
  /** A row: its leading cells (text unless already written as numbers), then each scenario's three cells. */
  const push = (lead: readonly string[], perScenario: (i: number) => readonly [string, string, string]): void => {
    const cells = Array.from({ length: scenarios }, (_, i) => perScenario(i)).flat();
    lines.push([...lead, ...cells].join(','));
  };
  const numberOnly = (value: string): readonly [string, string, string] => [value, '', ''];

  const first = input.results[0];
  for (const row of first?.scorecard ?? []) {
    const target = planTarget(row.id);
    const rows = input.results.map((r) => r.scorecard.find((x) => x.id === row.id) ?? row);
    const differs = rows.some((r) => r.state !== row.state);
    push(
      [
        textCell(t.csvSections.scorecard),
        textCell(row.id),
        textCell(target ? targetLabel(target, language) : row.id),
        textCell(target ? planUnitName(target.unit, language) : ''),
        textCell(row.comparator),
        numberCell(row.target),
        String(TARGET_YEAR),
        textCell(differs ? t.yes : t.no),
      ],
      (i) => {
        const r = rows[i]!;
        return [numberCell(r.value), textCell(st.states[r.state].text), textCell(r.basis === null ? '' : st.basis[r.basis].text)];
      },
    );
  }

  for (const row of compareCustomRows(input.docs, input.results, language)) {
    push(
      [
        textCell(t.csvSections.custom),
        textCell(row.key),
        textCell(row.name),
        textCell(row.unit ?? ''),
        textCell(row.target?.comparator ?? ''),
        numberCell(row.target?.threshold),
        String(row.year),
        textCell(row.differs ? t.yes : t.no),
      ],
      (i) => {
        const cell = row.cells[i]!;
        if (cell.kind === 'absent') return ['', textCell(customVerdictWord(cell, language)), ''];
        const own = input.docs[i]?.indicators?.find((indicator) => indicator.id === cell.id)?.target;
        return [
          numberCell(cell.number),
          textCell(customVerdictWord(cell, language)),
          textCell(t.csvCustomBasis(own ? targetText(own, language, row.unit) : undefined)),
        ];
      },
    );
  }

  const counts = metCounts(input.results);
  for (const [id, key] of [
    ['model', 'model'],
    ['assumed-level', 'assumed'],
    ['trend', 'trend'],
  ] as const) {
    push([textCell(t.csvSections.counts), textCell(`met.${id}`), textCell(t.csvCounts[key]), textCell(t.csvCount), '', '', String(TARGET_YEAR), ''], (i) =>
      numberOnly(String(counts[i]![key])),
    );
  }

  const fiscal = compareFiscalTotals(input.results);
  FISCAL_YEARS.forEach((year, y) => {
    push([textCell(t.csvSections.fiscal), 'fiscal_cost_total', textCell(t.csvFiscalTotal), textCell(units.yuan), '', '', String(year), ''], (i) =>
      numberOnly(numberCell(fiscal[i]!.years[y], 0)),
    );
  });
  push(
    [
      textCell(t.csvSections.fiscal),
      'fiscal_cost_total_cumulative',
      textCell(t.csvFiscalTotal),
      textCell(units.yuan),
      '',
      '',
      span(FISCAL_YEARS[0], TARGET_YEAR),
      '',
    ],
    (i) => numberOnly(numberCell(fiscal[i]!.cumulative, 0)),
  );

  for (const row of compareSettingRows(input.docs, language, (v) => v)) {
    push([textCell(t.csvSections.setting), textCell(row.id), textCell(row.label), textCell(units[row.unit]), '', '', span(row.from, row.to), ''], (i) =>
      numberOnly(numberCell(row.numbers[i])),
    );
  }
  return UTF8_BOM + lines.join(CRLF) + CRLF;
}
