/**
 * The edit journal: what keeps an edit that the library or draft store has not written yet. An
 * IndexedDB transaction started while the page closes is not guaranteed to commit, and a library
 * scenario is only saved (and versioned) once edits pause, so every edit is also recorded here at
 * once, in two places:
 *
 * - `localStorage`, synchronously, in the edit's own task: nothing a normal close, reload or tab
 *   close does can come before it. (Chromium writes it to disk a few seconds later, so it alone
 *   does not survive a killed browser.)
 * - an IndexedDB mirror (a `settings` row per tab), written at once and coalesced: while one write
 *   is in flight, only the latest state waits for the next, which starts MIRROR_INTERVAL_MS after
 *   the one before at the earliest. A killed browser loses at most the edits of that interval.
 *
 * Each tab writes its own record (key by tab id), so two tabs never overwrite each other's. Once
 * the library or draft store has committed the state of an edit and no later edit came, the tab
 * clears its record. On the next load, replayJournal writes every record left by a tab that is no
 * longer open into the library (merged lever by lever) or the draft, then clears it.
 */
import { isRecord } from '../shared/record';
import type { ScenarioDoc } from '../scenario/document';
import { parseScenario } from '../scenario/parse';
import type { SandboxDb } from './db';

/** Where the edited state belongs: the unsaved draft, or a library entry as this tab last read it. */
export type JournalScope =
  | { readonly kind: 'draft' }
  | {
      readonly kind: 'library';
      readonly id: string;
      /** The revision of the entry this tab last read or wrote. */
      readonly knownRevision: number;
      /** The entry's document at that revision: the base of the lever-by-lever merge. */
      readonly base: ScenarioDoc;
    };

/** One tab's latest unsaved state. */
export interface JournalRecord {
  /** The tab that wrote it (a random id per page load). */
  readonly tab: string;
  /** Increases with every edit recorded in this tab: the higher of two copies is the later. */
  readonly seq: number;
  /** Date.now() when recorded. */
  readonly at: number;
  readonly scope: JournalScope;
  readonly doc: ScenarioDoc;
}

/** The IndexedDB side of the journal (a Dexie table in the app; a Map in tests). */
export interface JournalMirror {
  put(record: JournalRecord): Promise<void>;
  remove(tab: string): Promise<void>;
  list(): Promise<unknown[]>;
}

/** The part of the Web Storage API the journal uses (window.localStorage satisfies it). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * The least time between the starts of two mirror writes. An edit reaches IndexedDB at most this
 * long (plus a write) after it is made, well inside the 300 ms a killed browser may lose.
 */
export const MIRROR_INTERVAL_MS = 100;

/** Key prefix of journal records, in localStorage and in the settings table. */
export const JOURNAL_PREFIX = 'prosperity-sandbox:journal:';

/** A fresh tab id. */
export function newTabId(): string {
  return crypto.randomUUID();
}

/** A stored journal record checked field by field (documents parsed); undefined when it is not one. */
export function readJournalRecord(raw: unknown): JournalRecord | undefined {
  if (!isRecord(raw) || typeof raw['tab'] !== 'string' || typeof raw['seq'] !== 'number' || typeof raw['at'] !== 'number') return undefined;
  const doc = parseScenario(raw['doc']);
  const scope = raw['scope'];
  if (!doc.ok || !isRecord(scope)) return undefined;
  if (scope['kind'] === 'draft') return { tab: raw['tab'], seq: raw['seq'], at: raw['at'], scope: { kind: 'draft' }, doc: doc.value };
  if (scope['kind'] !== 'library' || typeof scope['id'] !== 'string' || typeof scope['knownRevision'] !== 'number') return undefined;
  const base = parseScenario(scope['base']);
  if (!base.ok) return undefined;
  return {
    tab: raw['tab'],
    seq: raw['seq'],
    at: raw['at'],
    scope: { kind: 'library', id: scope['id'], knownRevision: scope['knownRevision'], base: base.value },
    doc: doc.value,
  };
}

/** The mirror in the app's database: one `settings` row per tab, keyed JOURNAL_PREFIX + tab. */
export class DexieJournalMirror implements JournalMirror {
  readonly #db: SandboxDb;

  constructor(db: SandboxDb) {
    this.#db = db;
  }

  async put(record: JournalRecord): Promise<void> {
    await this.#db.settings.put({ key: `${JOURNAL_PREFIX}${record.tab}`, value: record });
  }

  async remove(tab: string): Promise<void> {
    await this.#db.settings.delete(`${JOURNAL_PREFIX}${tab}`);
  }

  async list(): Promise<unknown[]> {
    const rows = await this.#db.settings.where('key').startsWith(JOURNAL_PREFIX).toArray();
    return rows.map((row) => row.value);
  }
}

/** What a tab records on each edit. */
export interface JournalEdit {
  readonly scope: JournalScope;
  readonly doc: ScenarioDoc;
}

/** This tab's journal: records every edit, clears once the edit's state is stored. Never throws. */
export class EditJournal {
  readonly tab: string;
  readonly #local: JournalStorage | undefined;
  readonly #mirror: JournalMirror | undefined;
  #seq = 0;
  /** The latest record not yet handed to the mirror (undefined: nothing waiting), or 'remove'. */
  #mirrorPending: JournalRecord | 'remove' | undefined;
  #mirrorBusy: Promise<void> | undefined;
  /** When the last mirror write started (Date.now()). */
  #mirrorStartedAt = Number.NEGATIVE_INFINITY;

  constructor(tab: string, local: JournalStorage | undefined, mirror: JournalMirror | undefined) {
    this.tab = tab;
    this.#local = local;
    this.#mirror = mirror;
  }

  get #key(): string {
    return `${JOURNAL_PREFIX}${this.tab}`;
  }

  /** Records the state after an edit (synchronously in localStorage, soon in IndexedDB); returns its sequence number. */
  record(edit: JournalEdit): number {
    const record: JournalRecord = { tab: this.tab, seq: ++this.#seq, at: Date.now(), scope: edit.scope, doc: edit.doc };
    try {
      this.#local?.setItem(this.#key, JSON.stringify(record));
    } catch {
      // localStorage full or blocked: the IndexedDB mirror still has the edit a moment later.
    }
    this.#toMirror(record);
    return record.seq;
  }

  /** Called when the state of edit `seq` is stored: clears the record unless a later edit is waiting. */
  settle(seq: number): void {
    if (seq !== this.#seq) return;
    try {
      this.#local?.removeItem(this.#key);
    } catch {
      // Replaying a record that is already stored is harmless (the merge finds nothing to change).
    }
    this.#toMirror('remove');
  }

  /** Resolves when the mirror has caught up with every record and clear so far (for tests and page hide). */
  async idle(): Promise<void> {
    while (this.#mirrorBusy) await this.#mirrorBusy;
  }

  /** Hands `next` to the mirror: at once when it is idle, else after the write in flight (only the latest waits). */
  #toMirror(next: JournalRecord | 'remove'): void {
    if (!this.#mirror) return;
    this.#mirrorPending = next;
    if (this.#mirrorBusy) return;
    const mirror = this.#mirror;
    this.#mirrorBusy = (async () => {
      while (this.#mirrorPending !== undefined) {
        // A slider drag records an edit per frame: writing each would keep IndexedDB busy on every frame.
        const wait = this.#mirrorStartedAt + MIRROR_INTERVAL_MS - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const pending = this.#mirrorPending;
        this.#mirrorPending = undefined;
        this.#mirrorStartedAt = Date.now();
        try {
          await (pending === 'remove' ? mirror.remove(this.tab) : mirror.put(pending));
        } catch {
          // A failed mirror write leaves the localStorage copy; the save itself reports storage trouble.
        }
      }
      this.#mirrorBusy = undefined;
    })();
  }
}

/** Every journal record found in `local` and `mirror`, the later copy per tab. Unreadable records are skipped. */
export async function journalRecords(local: JournalStorage | undefined, mirror: JournalMirror | undefined): Promise<JournalRecord[]> {
  const raw: unknown[] = [];
  try {
    for (let i = 0; local && i < local.length; i++) {
      const key = local.key(i);
      const text = key?.startsWith(JOURNAL_PREFIX) ? local.getItem(key) : null;
      if (text !== null) raw.push(JSON.parse(text) as unknown);
    }
  } catch {
    // An unreadable localStorage (or a damaged record) leaves the mirror's copies.
  }
  try {
    if (mirror) raw.push(...(await mirror.list()));
  } catch {
    // No mirror: the localStorage copies are what there is.
  }
  const latest = new Map<string, JournalRecord>();
  for (const value of raw) {
    const record = readJournalRecord(value);
    const seen = record && latest.get(record.tab);
    if (record && (!seen || record.seq > seen.seq)) latest.set(record.tab, record);
  }
  return [...latest.values()].sort((a, b) => a.at - b.at);
}

/** Removes a tab's records from both places. */
export async function discardJournal(tab: string, local: JournalStorage | undefined, mirror: JournalMirror | undefined): Promise<void> {
  try {
    local?.removeItem(`${JOURNAL_PREFIX}${tab}`);
  } catch {
    // Left behind, it is replayed again next time, which changes nothing.
  }
  await mirror?.remove(tab);
}

/** The Web Locks name a tab holds for as long as it is open. */
const TAB_LOCK_PREFIX = 'prosperity-sandbox:tab:';

/** Holds a lock named after `tab` until the page goes away, so other tabs can tell it is open. Does nothing without Web Locks. */
export function holdTabLock(tab: string): void {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return;
  void navigator.locks.request(`${TAB_LOCK_PREFIX}${tab}`, () => new Promise<void>(() => undefined)).catch(() => undefined);
}

/** The ids of the tabs open now (those holding their lock); empty without Web Locks. */
export async function liveTabIds(): Promise<Set<string>> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return new Set();
  try {
    const { held = [] } = await navigator.locks.query();
    return new Set(held.flatMap((lock) => (lock.name?.startsWith(TAB_LOCK_PREFIX) ? [lock.name.slice(TAB_LOCK_PREFIX.length)] : [])));
  } catch {
    return new Set();
  }
}

/** The page's localStorage, or undefined where it is missing or refused (a sandboxed frame, blocked storage). */
export function browserLocalStorage(): JournalStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
