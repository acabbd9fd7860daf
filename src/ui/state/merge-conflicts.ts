/**
 * How a merge conflict (a setting this tab and another changed differently) is described on
 * screen: the setting's label and both values as short text, in the page's language.
 */
import { findOutput, findParameter } from '../../model/catalog';
import type { MergeConflict } from '../../scenario/merge';
import type { LibraryText } from '../i18n/library';
import type { Language } from '../i18n/messages';

/** The longest text value (name, notes) shown in a conflict, in characters. */
const TEXT_SHOWN_MAX = 60;

/** A conflict as the notice shows it. */
export interface ConflictView {
  readonly setting: string;
  readonly mine: string;
  readonly theirs: string;
}

/** A value as short text: a number, a path as "2022: 50, 2025: 200", a trend as "2020: 1.5 (+0.2)", text quoted and cut. */
function valueText(value: MergeConflict['mine'], text: LibraryText): string {
  if (value === undefined) return text.conflictDefault;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `“${value.length > TEXT_SHOWN_MAX ? `${value.slice(0, TEXT_SHOWN_MAX)}…` : value}”`;
  if ('path' in value) return value.path.map(([year, v]) => `${year}: ${v}`).join(', ');
  return `${value.startYear}: ${value.start} (${value.change >= 0 ? '+' : ''}${value.change})`;
}

/** The label of the conflicting setting and both values, in `language`. */
export function conflictView(conflict: MergeConflict, language: Language, text: LibraryText): ConflictView {
  const label =
    conflict.field === 'overrides'
      ? (findParameter(conflict.key)?.label[language] ?? conflict.key)
      : conflict.field === 'tracked'
        ? (findOutput(conflict.key)?.label[language] ?? conflict.key)
        : conflict.field === 'name'
          ? text.conflictName
          : text.conflictNotes;
  return { setting: label, mine: valueText(conflict.mine, text), theirs: valueText(conflict.theirs, text) };
}
