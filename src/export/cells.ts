/**
 * CSV cells as RFC 4180 writes them, safe for spreadsheets: text guarded against formulas and
 * quoted, numbers rounded to their stated precision (no float noise), '.' as decimal point.
 */

/** The byte order mark that tells Excel the file is UTF-8 (without it, Chinese text is garbled). */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 line end. */
export const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe for spreadsheets: a cell starting with = + - @, a tab or a carriage
 * return is prefixed with a single quote, so Excel and LibreOffice show it as text instead of
 * evaluating it as a formula. Only text cells go through this: numbers are written as numbers.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field as RFC 4180 asks: fields with a comma, quote, CR or LF are quoted, quotes doubled. */
export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A text cell: guarded against formulas, then quoted. */
export function textCell(text: string): string {
  return quoteField(guardFormula(text));
}

/**
 * A number cell: with `decimals`, the value rounded to that many decimals and written in its
 * shortest form (52396.99999999758 at 0 → "52397", 0.30000000000000004 at 2 → "0.3", never "-0");
 * without, the shortest text that reads back as the same double. '.' decimal point, no thousands
 * separators; empty for a missing or non-finite value.
 */
export function numberCell(value: number | null | undefined, decimals?: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (decimals === undefined) return String(value);
  const rounded = Number(value.toFixed(decimals));
  return String(rounded === 0 ? 0 : rounded);
}

/** Significant digits of a custom indicator's cell: its unit is the author's free text, so no catalog precision applies. */
export const CUSTOM_SIGNIFICANT_DIGITS = 10;

/**
 * A number cell of a value without a stated precision (a custom indicator's): rounded to
 * `digits` significant digits, enough for any output it is computed from and short of float
 * noise (100 × 0.3 → "30", not "30.000000000000004"), in its shortest form, never "-0"; empty
 * for a missing or non-finite value.
 */
export function significantCell(value: number | null | undefined, digits = CUSTOM_SIGNIFICANT_DIGITS): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(digits));
  return String(rounded === 0 ? 0 : rounded);
}
