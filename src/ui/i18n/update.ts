/** Strings of the "new version available" notice, in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface UpdateText {
  /** The notice's first words: a new build of the app waits. */
  readonly available: string;
  /** Why reloading is safe and what staying means. */
  readonly detail: string;
  /** Reloads the page into the new version. */
  readonly reload: string;
  /** Hides the notice until the next load; the page keeps its version. */
  readonly later: string;
}

const zh: UpdateText = {
  available: '有新版本可用',
  detail: '重新载入后使用新版本，情景已自动保存；不重新载入则继续使用当前版本。',
  reload: '重新载入',
  later: '稍后',
};

const en: UpdateText = {
  available: 'Update available',
  detail: 'Reload to use the new version; your scenario is saved. Until then this page keeps its version.',
  reload: 'Reload',
  later: 'Later',
};

export const UPDATE_TEXT: Readonly<Record<Language, UpdateText>> = { zh, en };
