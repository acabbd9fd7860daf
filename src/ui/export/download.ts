/**
 * Saving files from the page: a Blob behind a temporary object URL and `<a download>`, and file
 * names built from the scenario's name and the date.
 */
import { isoDate, slugify } from '../../shared/file-name';

/**
 * Builds a file name from name parts, the date and an extension: the parts' slugs joined by
 * hyphens (empty ones skipped; `fallback` when all are empty), then the date, e.g.
 * `my-scenario-2026-03-05.csv`.
 */
export function exportFileName(parts: readonly string[], fallback: string, extension: string, date: Date): string {
  const stem =
    parts
      .map((part) => slugify(part))
      .filter(Boolean)
      .join('-') ||
    slugify(fallback) ||
    'export';
  return `${stem}-${isoDate(date)}.${extension}`;
}

/** How long an object URL stays alive after its click (the browser fetches it asynchronously). */
const REVOKE_AFTER_MS = 10_000;

/** Saves a Blob as a file: a temporary object URL and hidden `<a download>`, clicked, then revoked. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Saves text as a UTF-8 file of a MIME type (e.g. `text/csv`). */
export function downloadText(text: string, mimeType: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: `${mimeType};charset=utf-8` }), fileName);
}

/** Decodes a base64 `data:` URL (as `canvas.toDataURL` returns) into a Blob of its type. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match || !match[2]) throw new Error('bug: expected a base64 data URL');
  const binary = atob(match[3]!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: match[1]! });
}
