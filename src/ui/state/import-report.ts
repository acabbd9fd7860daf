/**
 * What the import report shows of a file: at most IMPORT_REPORT_ROWS error rows and a count of the
 * rest, revealed a few lines per frame (see nextChunk). Validation already lists at most 100 errors per file; this bound keeps the page's cost
 * fixed even for a report that lists more.
 */
import type { Bilingual } from '../../model/catalog';
import type { FileReport, ImportError, ImportWarning } from '../../scenario/files';

/** The most error rows the report renders for one file. */
export const IMPORT_REPORT_ROWS = 100;

/** A file's error (or warning) rows to render and how many more it has. */
export interface ReportRows<Row extends { readonly message: Bilingual } = ImportError> {
  readonly rows: readonly Row[];
  /** Errors neither listed by validation nor rendered here ("and N more errors"); 0 when all are shown. */
  readonly more: number;
}

/** The rows of a file's report: the first `max` listed errors, the rest (listed or only counted) as a number. */
export function reportRows(report: FileReport, max: number = IMPORT_REPORT_ROWS): ReportRows {
  const rows = report.errors.slice(0, Math.max(0, max));
  return { rows, more: report.errors.length - rows.length + Math.max(0, report.moreErrors) };
}

/** The warning rows of a valid file's report (another model version, unknown fields): the first `max`, the rest as a number. */
export function warningRows(report: FileReport, max: number = IMPORT_REPORT_ROWS): ReportRows<ImportWarning> {
  const rows = report.warnings.slice(0, Math.max(0, max));
  return { rows, more: report.warnings.length - rows.length + Math.max(0, report.moreWarnings) };
}

/** The lines under a file's status line: its error rows, and the "and N more" line if any. */
export function detailLines(rows: ReportRows<{ readonly message: Bilingual }>): number {
  return rows.rows.length + (rows.more > 0 ? 1 : 0);
}

/** The slowest frame (ms) after which the lines revealed per frame are halved. */
export const SLOW_FRAME_MS = 50;
/** The quickest frame (ms) after which the lines revealed per frame are doubled. */
export const QUICK_FRAME_MS = 25;
/** The most lines revealed in one frame. */
export const MAX_LINES_PER_FRAME = 256;

/**
 * The lines to reveal in the next frame, from the lines revealed in the last one and how long that
 * frame took: halved after a slow frame (at least 1), doubled after a quick one (at most
 * MAX_LINES_PER_FRAME), else kept. Text layout cost varies a hundredfold between machines (fonts,
 * load), so the pace is measured, not assumed.
 */
export function nextChunk(chunk: number, frameMs: number): number {
  if (frameMs > SLOW_FRAME_MS) return Math.max(1, Math.floor(chunk / 2));
  if (frameMs < QUICK_FRAME_MS) return Math.min(MAX_LINES_PER_FRAME, chunk * 2);
  return chunk;
}
