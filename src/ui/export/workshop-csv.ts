/**
 * The workshop's CSV files: the lever spread and the participants' ranking. Pure text building (no
 * DOM); numbers are written in machine form ('.' decimal point, no grouping) in the catalog's
 * units, headers in the chosen language, with a UTF-8 BOM and CRLF line ends like every CSV of the app.
 */
import { CSV_TEXT } from '../../export/csv-text';
import { CRLF, numberCell, textCell, UTF8_BOM } from '../../export/cells';
import { stepDecimals } from '../format/lever-values';
import type { Language } from '../i18n/messages';
import { WORKSHOP_TEXT } from '../i18n/workshop';
import type { RankedParticipant, SpreadRow } from '../state/workshop-tables';

/** A CSV file of a header and rows of ready cells. */
function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + [header.map(textCell), ...rows].map((cells) => cells.join(',')).join(CRLF) + CRLF;
}

/**
 * The lever spread: one row per lever or assumption any participant changed, with its id, label,
 * kind, unit, 2025 default, min, median and max, and how many of how many participants changed
 * it. Values carry two decimals more than the parameter's step (a median halves, a path
 * interpolates), which drops float noise without losing a settable value.
 */
export function buildSpreadCsv(rows: readonly SpreadRow[], language: Language): string {
  const c = WORKSHOP_TEXT[language].spreadCsv;
  return csv(
    [c.id, c.label, c.kind, c.unit, c.default, c.min, c.median, c.max, c.changed, c.participants],
    rows.map((row) => {
      const decimals = stepDecimals(row.def.step) + 2;
      return [
        textCell(row.def.id),
        textCell(row.def.label[language]),
        textCell(row.def.kind === 'lever' ? c.lever : c.assumption),
        textCell(CSV_TEXT[language].units[row.def.unit]),
        numberCell(row.default, decimals),
        numberCell(row.min, decimals),
        numberCell(row.median, decimals),
        numberCell(row.max, decimals),
        numberCell(row.changed),
        numberCell(row.total),
      ];
    }),
  );
}

/** A participant as the ranking CSV names it. */
export interface ParticipantCells {
  readonly file: string;
  readonly name: string;
  readonly settingsChanged: number;
}

/**
 * The ranking: one row per participant in rank order, with rank, file, scenario name, targets the
 * model judges met, the cumulative 2021–2025 fiscal cost in yuan (whole yuan; empty when unknown)
 * and how many settings the scenario changes.
 */
export function buildParticipantsCsv(ranked: readonly RankedParticipant[], participants: readonly ParticipantCells[], language: Language): string {
  const c = WORKSHOP_TEXT[language].participantsCsv;
  return csv(
    [c.rank, c.file, c.name, c.met, c.cost, c.settingsChanged],
    ranked.map((r) => {
      const p = participants[r.index]!;
      return [numberCell(r.rank), textCell(p.file), textCell(p.name), numberCell(r.met), numberCell(r.cost, 0), numberCell(p.settingsChanged)];
    }),
  );
}
