import type { ScenarioDoc, ScenarioError } from '../../scenario/document';
import { mergeScenario, sameValue, type MergeConflict } from '../../scenario/merge';
import type { EditJournal, JournalScope } from '../../storage/journal';
import type { LibraryEntry, LibrarySnapshot, ScenarioLibrary, StorageFailure } from '../../storage/library';
import type { ScenarioStore } from '../../storage/scenario-store';
import type { ScenarioEditor } from './scenario-editor.svelte';

/** A problem with browser storage that the page must show. */
export type StorageNotice =
  | { readonly kind: 'corrupt'; readonly errors: readonly ScenarioError[] }
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'save-failed'; readonly reason: string }
  /** The disk or the origin's storage quota is full: work continues in memory; export to keep it. */
  | { readonly kind: 'quota'; readonly reason: string };

/** What happened to the open scenario in another tab. */
export type OtherTabNotice =
  /** Another tab had saved changes of other settings; this tab's save merged them (nothing lost, nothing to choose). */
  | 'merged'
  /** Another tab saved this scenario; this tab still shows the older state until the user loads theirs. */
  | 'changed-elsewhere';

/** Setting key: the id of the library scenario that is open (absent: the unsaved draft). */
const OPEN_SCENARIO_SETTING = 'openScenario';

/** A library scenario is saved (with a version) once edits pause this long; the edit journal keeps every edit until then. */
const LIBRARY_SAVE_DELAY_MS = 1200;

/**
 * The unsaved draft is written at most this often while edits stream in (a slider drag sends one
 * per frame): a write per step cost the main thread several milliseconds of IndexedDB work per
 * frame. An edit after a pause this long (a key press, a typed value) is written at once, so a
 * browser killed a moment later keeps it (the edit journal does not survive a killed browser:
 * Chromium writes localStorage to disk seconds later); the last edit of a stream is written at
 * most this long after the write before it, or at once when the page is hidden.
 */
const DRAFT_SAVE_INTERVAL_MS = 300;

/** Where the autosave keeps the scenario: the draft store, and (optionally) the library and the edit journal. */
export interface AutosaveStorage {
  readonly store: ScenarioStore;
  /** The scenario library; absent in tests of the editing logic alone. */
  readonly library?: ScenarioLibrary | undefined;
  /** Records every edit at once, so that closing the page before the save cannot lose it; absent in tests of the editing logic alone. */
  readonly journal?: EditJournal | undefined;
}

/**
 * Keeps the edited scenario in storage: journals every edit at once, saves the unsaved draft or
 * the open library entry (merging another tab's save lever by lever), and says what storage and
 * other tabs did (save state, storage notice, other-tab notice, conflicts). `changedOnScreen` is
 * called when a save brought another tab's changes onto the screen, so that they run.
 */
export class Autosave {
  saveState = $state<'saved' | 'unsaved'>('saved');
  storageNotice = $state<StorageNotice | undefined>(undefined);
  /** The library scenario being edited; undefined while the scenario is an unsaved draft. */
  openEntryId = $state<string | undefined>(undefined);
  otherTabNotice = $state<OtherTabNotice | undefined>(undefined);
  /** Settings both this tab and another changed differently: this tab's value was saved, the other's is offered back. */
  conflicts = $state.raw<readonly MergeConflict[]>([]);

  /** The scenario library; absent in tests of the editing logic alone. */
  readonly library: ScenarioLibrary | undefined;
  readonly #store: ScenarioStore;
  readonly #journal: EditJournal | undefined;
  readonly #editor: ScenarioEditor;
  readonly #changedOnScreen: () => void;
  /** The revision of the open entry this tab last read or wrote. */
  #knownRevision = 0;
  /** The open entry's document at #knownRevision: the base of the lever-by-lever merge with another tab's save. */
  #base: ScenarioDoc | undefined;
  /** The journal's sequence number of the edit on screen. */
  #journalSeq = 0;
  /** A save waiting for edits to pause (library scenario) or for the draft's next write slot; see scheduleSave. */
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the draft was last written (Date.now()), for DRAFT_SAVE_INTERVAL_MS. */
  #draftWrittenAt = Number.NEGATIVE_INFINITY;
  #saving: Promise<void> | undefined;
  /** Set by `hold` (presenting a story): nothing is stored until `release`. */
  #held = false;
  /** Saves asked for while one is written: the latest per destination, in order. */
  #queue: SaveRequest[] = [];

  constructor({ store, library, journal }: AutosaveStorage, editor: ScenarioEditor, changedOnScreen: () => void) {
    this.#store = store;
    this.library = library;
    this.#journal = journal;
    this.#editor = editor;
    this.#changedOnScreen = changedOnScreen;
  }

  /**
   * Restores the open scenario (a library entry, else the unsaved draft) from storage. A scenario
   * from a link (`linked`) opens as an unsaved draft; a draft it replaces that had changes is
   * first kept in the library, so nothing is lost.
   */
  async restore(linked?: ScenarioDoc): Promise<void> {
    const load = await this.#store.loadWorking();
    const draft = load.ok && load.value.status === 'ok' ? load.value.doc : undefined;
    if (!load.ok) this.storageNotice = { kind: 'unavailable', reason: load.error.message };
    else if (load.value.status === 'corrupt') this.storageNotice = { kind: 'corrupt', errors: load.value.errors };
    const openId = this.library ? await this.setting(OPEN_SCENARIO_SETTING) : undefined;
    const entry = typeof openId === 'string' && this.library ? await this.library.get(openId) : undefined;
    if (linked) {
      const changed = draft !== undefined && (Object.keys(draft.overrides).length > 0 || (draft.indicators?.length ?? 0) > 0);
      if (changed && !entry && this.library) await this.library.create(draft);
      this.#open(linked, undefined);
      this.#record();
      void this.#save();
    } else if (entry?.ok && entry.value) {
      this.#open(entry.value.doc, entry.value);
    } else if (draft) {
      this.#editor.scenario = draft;
    }
  }

  /** A stored preference; a preference that cannot be read counts as unset (the default applies; a failure shows on writes). */
  async setting(key: string): Promise<unknown> {
    const read = await this.#store.getSetting(key);
    return read.ok ? read.value : undefined;
  }

  /** Stores a preference (a failure shows on the next save). */
  remember(key: string, value: unknown): void {
    void this.#store.setSetting(key, value);
  }

  /** Opens a library scenario (or, without an entry, a document as the unsaved draft), saving first what was waiting. */
  open(doc: ScenarioDoc, entry?: LibraryEntry): void {
    if (this.#held) {
      // Shown, not stored: the stored draft and the open-scenario setting stay the user's.
      this.#editor.scenario = doc;
      this.openEntryId = undefined;
      return;
    }
    void this.flushSave();
    this.#open(doc, entry);
    if (!entry) {
      this.#record();
      void this.#save();
    }
    this.saveState = entry ? 'saved' : 'unsaved';
  }

  /**
   * From now until `release`, scenarios opened are shown but nothing is stored (a story being
   * presented opens each step's scenario): a page closed or killed meanwhile reopens on the
   * user's own scenario, not on a step's. What was waiting to be saved is saved first.
   */
  hold(): void {
    void this.flushSave();
    this.#held = true;
  }

  /** Ends `hold`: opening and editing store again. */
  release(): void {
    this.#held = false;
  }

  /** Takes in an edit: the scenario is unsaved, and journalled at once (the save follows; see scheduleSave). */
  edited(): void {
    if (this.#held) return;
    this.saveState = 'unsaved';
    this.#record();
  }

  /**
   * A library scenario is saved (and versioned) when edits pause: every edit restarts the wait, so
   * there is a version per pause, not per slider step. The draft is written at once, unless it was
   * written less than DRAFT_SAVE_INTERVAL_MS ago: then when that interval ends (an edit meanwhile
   * waits for the write already scheduled).
   */
  scheduleSave(): void {
    if (this.#held) return;
    const versioned = this.openEntryId !== undefined && this.library !== undefined;
    if (versioned) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = setTimeout(() => {
        this.#saveTimer = undefined;
        void this.#save();
      }, LIBRARY_SAVE_DELAY_MS);
      return;
    }
    if (this.#saveTimer !== undefined) return;
    // At most the interval, whatever the clock did since the last write (set back, it would wait for hours).
    const wait = Math.min(DRAFT_SAVE_INTERVAL_MS, this.#draftWrittenAt + DRAFT_SAVE_INTERVAL_MS - Date.now());
    if (wait <= 0) {
      this.#writeDraft();
      return;
    }
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = undefined;
      this.#writeDraft();
    }, wait);
  }

  #writeDraft(): void {
    this.#draftWrittenAt = Date.now();
    void this.#save();
  }

  /** Stores the unsaved draft in the library (under `name`) and keeps editing it there. */
  async saveToLibrary(name: string): Promise<StorageFailure | undefined> {
    if (!this.library) return undefined;
    const created = await this.library.create({ ...this.#editor.scenario, name });
    if (!created.ok) {
      this.#reportFailure(created.error);
      return created.error;
    }
    // The draft became this entry: a draft write still waiting would only add a duplicate version.
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#open(created.value.doc, created.value);
    this.saveState = 'saved';
    this.#journal?.settle(this.#journalSeq);
    return undefined;
  }

  /**
   * Called with every library snapshot: notices when another tab saved the open scenario, and
   * leaves the draft when the open entry was deleted (its document stays on screen as a draft).
   */
  onLibrarySnapshot(snapshot: LibrarySnapshot): void {
    const id = this.openEntryId;
    if (!id) return;
    const entry = snapshot.entries.find((e) => e.id === id);
    if (!entry) {
      this.openEntryId = undefined;
      this.remember(OPEN_SCENARIO_SETTING, null);
      void this.#save();
      return;
    }
    if (entry.revision > this.#knownRevision && !this.#saving && this.#saveTimer === undefined) this.otherTabNotice = 'changed-elsewhere';
  }

  /** The open library scenario as another tab last saved it, if it can be read. */
  async otherTabVersion(): Promise<LibraryEntry | undefined> {
    if (!this.library || !this.openEntryId) return undefined;
    const entry = await this.library.get(this.openEntryId);
    return entry.ok ? entry.value : undefined;
  }

  /** Saves now what is waiting for a pause in editing (before the page is hidden or closed); resolves once no write is in flight. */
  async flushSave(): Promise<void> {
    if (this.#saveTimer === undefined) return this.#saving;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    await this.#save();
  }

  /** Keeps this tab's value of a conflicting setting (already saved): the choice is made, the notice row goes. */
  settle(conflict: MergeConflict): void {
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
  }

  #open(doc: ScenarioDoc, entry: LibraryEntry | undefined): void {
    this.#editor.scenario = doc;
    this.openEntryId = entry?.id;
    this.#knownRevision = entry?.revision ?? 0;
    this.#base = entry?.doc;
    this.otherTabNotice = undefined;
    this.conflicts = [];
    this.remember(OPEN_SCENARIO_SETTING, entry?.id ?? null);
  }

  /** Records the scenario on screen in the edit journal (synchronously: a close right after the edit keeps it). */
  #record(): void {
    if (!this.#journal) return;
    const id = this.openEntryId;
    const scope: JournalScope =
      id !== undefined && this.library && this.#base ? { kind: 'library', id, knownRevision: this.#knownRevision, base: this.#base } : { kind: 'draft' };
    this.#journalSeq = this.#journal.record({ scope, doc: this.#editor.scenario });
  }

  #reportFailure(failure: StorageFailure): void {
    this.storageNotice = failure.kind === 'quota' ? { kind: 'quota', reason: failure.message } : { kind: 'save-failed', reason: failure.message };
  }

  /** After a save succeeded, a notice that saving failed (quota full, save failed) no longer holds: it goes. */
  #saveSucceeded(): void {
    if (this.storageNotice?.kind === 'quota' || this.storageNotice?.kind === 'save-failed') this.storageNotice = undefined;
  }

  /**
   * Takes in what a library save stored: the new revision is this tab's base, and when the save
   * merged another tab's changes, the screen shows them too (on top of any edit made meanwhile).
   */
  #adoptSaved(doc: ScenarioDoc, entry: LibraryEntry, overwroteOtherTab: boolean, conflicts: readonly MergeConflict[]): void {
    this.#knownRevision = entry.revision;
    this.#base = entry.doc;
    if (overwroteOtherTab) {
      this.otherTabNotice = conflicts.length === 0 ? 'merged' : undefined;
      this.conflicts = [...this.conflicts.filter((old) => !conflicts.some((c) => c.field === old.field && c.key === old.key)), ...conflicts];
    }
    if (sameValue(entry.doc, doc)) return;
    const editedMeanwhile = this.#editor.scenario !== doc;
    this.#editor.scenario = editedMeanwhile ? mergeScenario(doc, this.#editor.scenario, entry.doc).doc : entry.doc;
    if (editedMeanwhile) this.#record();
    this.#changedOnScreen();
  }

  /**
   * Saves the working scenario as it is now; one write at a time. The state is taken when the
   * save is asked for, not when its turn comes: a save asked for while another is written waits in
   * a queue that keeps the latest request per destination (the draft, or a library entry), so
   * opening another scenario meanwhile cannot send the draft's last edit to the wrong place or
   * drop it. Resolves once the queue is written.
   */
  async #save(): Promise<void> {
    const request: SaveRequest = {
      doc: this.#editor.scenario,
      seq: this.#journalSeq,
      id: this.library ? this.openEntryId : undefined,
      revision: this.#knownRevision,
      base: this.#base,
    };
    this.#queue = [...this.#queue.filter((queued) => queued.id !== request.id), request];
    if (this.#saving) return this.#saving;
    this.#saving = (async () => {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) await this.#write(next);
      // Cleared here, with no await after the queue was found empty: a save asked for once it is
      // over starts a new one instead of being left to a loop that has ended.
      this.#saving = undefined;
    })();
    return this.#saving;
  }

  async #write({ doc, seq, id, revision, base }: SaveRequest): Promise<void> {
    if (id && this.library) {
      // The entry still open has moved on with the saves before this one; one no longer open has not.
      const open = this.openEntryId === id;
      const saved = await this.library.save(id, doc, open ? this.#knownRevision : revision, open ? this.#base : base);
      if (!saved.ok) {
        this.#reportFailure(saved.error);
      } else if (this.openEntryId === id) {
        this.#saveSucceeded();
        this.#adoptSaved(doc, saved.value.entry, saved.value.overwroteOtherTab, saved.value.conflicts);
        if (this.#editor.scenario === doc || this.#editor.scenario === saved.value.entry.doc) {
          this.saveState = 'saved';
          this.#journal?.settle(seq);
        }
      } else {
        this.#saveSucceeded();
        this.#journal?.settle(seq);
      }
      return;
    }
    const saved = await this.#store.saveWorking(doc);
    if (!saved.ok) this.#reportFailure(saved.error);
    else {
      this.#saveSucceeded();
      if (this.#editor.scenario === doc) this.saveState = 'saved';
      this.#journal?.settle(seq);
    }
  }
}

/** One save asked for: the scenario and where it goes (a library entry's id; undefined for the draft), as they were when asked. */
interface SaveRequest {
  readonly doc: ScenarioDoc;
  /** The edit journal's sequence number of `doc`. */
  readonly seq: number;
  readonly id: string | undefined;
  readonly revision: number;
  readonly base: ScenarioDoc | undefined;
}
