/**
 * File names built from free text (a scenario's name, a chart's title) and the date: the one
 * implementation behind scenario files and the page's downloads (CSV, PNG).
 */

/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Turns free text into a file-name-safe slug: letters of any script (Chinese included), marks and
 * digits kept, every other run of characters one hyphen, lower case, compatibility forms folded
 * (full-width "Ｆ" → "f"), at most `maxLength` characters (never inside a character); '' when
 * nothing is left or the slug is a name Windows reserves.
 */
export function slugify(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '');
  const slug = Array.from(words.join('-')).slice(0, maxLength).join('').replace(/-+$/, '');
  return WINDOWS_RESERVED.test(slug) ? '' : slug;
}

/** Writes a date as YYYY-MM-DD in local time (the user's calendar day). */
export function isoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
