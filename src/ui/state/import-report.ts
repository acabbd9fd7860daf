/**
 * What the import report shows of a file: at most IMPORT_REPORT_ROWS error rows, and a count of the
 * rest. Validation already lists at most 100 errors per file; this bound keeps the page's cost
 * fixed even for a report that lists more.
 */
import type { FileReport, ImportError } from '../../scenario/files';

/** The most error rows the report renders for one file. */
export const IMPORT_REPORT_ROWS = 100;

/** A file's error rows to render and how many more errors it has. */
export interface ReportRows {
  readonly rows: readonly ImportError[];
  /** Errors neither listed by validation nor rendered here ("and N more errors"); 0 when all are shown. */
  readonly more: number;
}

/** The rows of a file's report: the first `max` listed errors, the rest (listed or only counted) as a number. */
export function reportRows(report: FileReport, max: number = IMPORT_REPORT_ROWS): ReportRows {
  const rows = report.errors.slice(0, Math.max(0, max));
  return { rows, more: report.errors.length - rows.length + Math.max(0, report.moreErrors) };
}
