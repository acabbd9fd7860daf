import { flushSync, tick } from 'svelte';
import type { HouseholdPath, HouseholdSelector, WorkbenchResult } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import { findParameter, PARAMETERS, TARGET_YEAR } from '../../model/catalog';
import type { ScenarioDoc, ScenarioError, ScenarioOverride, TrackedTrendDoc } from '../../scenario/document';
import { mergeScenario, sameValue, type MergeConflict } from '../../scenario/merge';
import { emptyScenario } from '../../scenario/parse';
import { presetPath, scheduleValues, withYearValue, type SchedulePreset } from '../../scenario/paths';
import { PRESETS } from '../../scenario/presets';
import type { EditJournal, JournalScope } from '../../storage/journal';
import type { LibraryEntry, LibrarySnapshot, ScenarioLibrary, StorageFailure } from '../../storage/library';
import type { ScenarioStore } from '../../storage/scenario-store';
import { asLanguage, type Language } from '../i18n/messages';
import { shareUnchanged } from './share-unchanged';

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
 * frame. The last edit is written this long after it, or at once when the page is hidden.
 */
const DRAFT_SAVE_INTERVAL_MS = 300;

/**
 * Edits closer together than this form a stream (a slider being dragged, an arrow key held):
 * their steps are shown as fast previews (the model's previewWorkbench), and the exact run
 * follows EXACT_RUN_DELAY_MS after the last of them. A slider's step is a preview even when it
 * is the first (see setScalar); any other single edit runs exactly at once.
 */
const STREAM_GAP_MS = 300;
const EXACT_RUN_DELAY_MS = 150;

/** Re-renders of the first result, WARM_UP_GAP_MS apart, that let the JIT compile the page's update code (see #warmUpRendering). */
const WARM_UP_RENDERS = 16;
const WARM_UP_GAP_MS = 60;
/** Every this many warm-up rounds, one is a rehearsal of an edit instead (see #rehearseEdit). */
const REHEARSAL_EVERY = 3;

/**
 * The edit a rehearsal renders (and takes back): every lever away from its default, to its end
 * of the range or to its next choice, so every lever control's edited state is built once.
 */
const REHEARSAL_OVERRIDES: Readonly<Record<string, number>> = Object.fromEntries(
  PARAMETERS.filter((def) => def.kind === 'lever').map((def) => [
    def.id,
    def.choices ? (def.default + 1) % def.choices.length : def.default === def.max ? def.min : def.max,
  ]),
);

/** Observed inputs run to 2024 (data file); a slider on such a parameter moves the projection from 2025. */
const FIRST_PROJECTED_YEAR = 2025;

/** The centre views of the workbench. */
export type CentreView = 'trajectories' | 'cities' | 'distribution' | 'household';

/**
 * Performance marks the UI bench reads (scripts/bench-ui.ts): every edit marks `sandbox:input`
 * with its sequence number; every repaint of a result marks `sandbox:repaint` with the sequence
 * number of the edit it shows. Input → repaint latency is the time from an edit to the first
 * repaint showing it or a later edit.
 */
export const INPUT_MARK = 'sandbox:input';
export const REPAINT_MARK = 'sandbox:repaint';
/** Marked when a result arrives from the worker, before the page updates (splits worker time from render time). */
export const RESULT_MARK = 'sandbox:result';
/** Marked at the repaint of an exact (not preview) result, with the sequence number of the edit it shows. */
export const EXACT_MARK = 'sandbox:exact';
/** Marked when the model workers' warm-up has finished (or given way to the user). */
export const WARMED_MARK = 'sandbox:warmed';

/**
 * The state of the workbench: the scenario being edited, the latest model results, the language
 * and view choices, and what storage reported. Components read it and call its methods; it never
 * computes a model quantity itself (the worker returns every number shown).
 */
export class Workbench {
  scenario = $state.raw<ScenarioDoc>(emptyScenario());
  result = $state.raw<WorkbenchResult | undefined>(undefined);
  household = $state.raw<HouseholdPath | undefined>(undefined);
  language = $state<Language>('zh');
  computing = $state(false);
  runError = $state<string | undefined>(undefined);
  /**
   * Set when no model worker could run the latest request (they failed to start or kept dying),
   * with the reason: every result on screen is then not current, and is marked so, until a run
   * succeeds.
   */
  modelUnavailable = $state<string | undefined>(undefined);
  storageNotice = $state<StorageNotice | undefined>(undefined);
  saveState = $state<'saved' | 'unsaved'>('saved');
  ready = $state(false);

  /** The output shown in the large chart. */
  focusOutput = $state('income_per_capita');
  view = $state<CentreView>('trajectories');
  /** The year the city and distribution views show. */
  selectedYear = $state(TARGET_YEAR);
  householdSelector = $state.raw<HouseholdSelector>({ city: 0, urban: true, size: 3, percentile: 50 });
  /** The preset whose levers and assumptions the scenario has, if any. */
  readonly presetId = $derived(PRESETS.find((p) => sameOverrides(p.overrides, this.scenario.overrides))?.id);
  /** The library scenario being edited; undefined while the scenario is an unsaved draft. */
  openEntryId = $state<string | undefined>(undefined);
  otherTabNotice = $state<OtherTabNotice | undefined>(undefined);
  /** Settings both this tab and another changed differently: this tab's value was saved, the other's is offered back. */
  conflicts = $state.raw<readonly MergeConflict[]>([]);

  readonly #client: ModelClient;
  readonly #store: ScenarioStore;
  /** The scenario library; absent in tests of the editing logic alone. */
  readonly library: ScenarioLibrary | undefined;
  /** The revision of the open entry this tab last read or wrote. */
  #knownRevision = 0;
  /** The open entry's document at #knownRevision: the base of the lever-by-lever merge with another tab's save. */
  #base: ScenarioDoc | undefined;
  /** Records every edit at once, so that closing the page before the save cannot lose it; absent in tests of the editing logic alone. */
  readonly #journal: EditJournal | undefined;
  /** The journal's sequence number of the edit on screen. */
  #journalSeq = 0;
  /** A save waiting for edits to pause (library scenario) or for the draft's next write slot; see #scheduleSave. */
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #exactRunTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the last edit was made (performance.now), to tell a stream of edits from a single one. */
  #lastEditAt = Number.NEGATIVE_INFINITY;
  #inputSeq = 0;
  readonly #seqOfDoc = new WeakMap<ScenarioDoc, number>();
  #saving: Promise<void> | undefined;
  #saveAgain = false;

  constructor(client: ModelClient, store: ScenarioStore, library?: ScenarioLibrary, journal?: EditJournal) {
    this.#client = client;
    this.#store = store;
    this.library = library;
    this.#journal = journal;
  }

  /**
   * Restores the language and the open scenario (a library entry, else the unsaved draft) from
   * storage, then runs the model. A scenario from a link (`linked`) opens as an unsaved draft; a
   * draft it replaces that had changes is first kept in the library, so nothing is lost.
   */
  async init(linked?: ScenarioDoc): Promise<void> {
    this.language = asLanguage(await this.#setting('language')) ?? this.language;
    const load = await this.#store.loadWorking();
    const draft = load.ok && load.value.status === 'ok' ? load.value.doc : undefined;
    if (!load.ok) this.storageNotice = { kind: 'unavailable', reason: load.error.message };
    else if (load.value.status === 'corrupt') this.storageNotice = { kind: 'corrupt', errors: load.value.errors };
    const openId = this.library ? await this.#setting(OPEN_SCENARIO_SETTING) : undefined;
    const entry = typeof openId === 'string' && this.library ? await this.library.get(openId) : undefined;
    if (linked) {
      if (draft && !entry && Object.keys(draft.overrides).length > 0 && this.library) await this.library.create(draft);
      this.#open(linked, undefined);
      this.#record();
      void this.#save();
    } else if (entry?.ok && entry.value) {
      this.#open(entry.value.doc, entry.value);
    } else if (draft) {
      this.scenario = draft;
    }
    this.ready = true;
    await this.#run();
    void this.#client.warmUp().then(() => performance.mark(WARMED_MARK));
    void this.#warmUpRendering();
  }

  /** A stored preference; a preference that cannot be read counts as unset (the default applies; a failure shows on writes). */
  async #setting(key: string): Promise<unknown> {
    const read = await this.#store.getSetting(key);
    return read.ok ? read.value : undefined;
  }

  /**
   * While the reader takes in the first result, shows it again a few times: the same numbers as
   * new objects, so every view runs its update code and the JIT compiles it before the first
   * drag (docs/ui-performance.md). Every third round rehearses an
   * edit instead (#rehearseEdit). Nothing on screen changes; it stops as soon as the user edits
   * anything.
   */
  async #warmUpRendering(): Promise<void> {
    const seqAtStart = this.#inputSeq;
    for (let round = 0; round < WARM_UP_RENDERS; round++) {
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_GAP_MS));
      const shown = this.result;
      if (!shown || this.#inputSeq !== seqAtStart) return;
      if (round % REHEARSAL_EVERY === REHEARSAL_EVERY - 1) this.#rehearseEdit(shown);
      else this.result = structuredClone(shown);
    }
  }

  /**
   * Renders, and takes back within the same task, what a slider's first step shows: every lever
   * moved (changed marks, reset buttons, the summary of changes), the scenario unsaved and
   * computing, and the result on screen as a preview (badge, charts moving their points, the
   * scorecard rows shared as a new result's are). The browser paints nothing in between, so the
   * user never sees it, and nothing is run, saved or marked; but the page has built that markup
   * and run that code once, which the user's first edit otherwise did, cold, in its first steps
   * (50–100 ms each in Chromium here, against about 25 ms later). Skipped while a text or number
   * field (or a select) has the focus: putting the scenario back would overwrite what is being
   * typed there.
   */
  #rehearseEdit(shown: WorkbenchResult): void {
    if (typeof document !== 'undefined' && isEditingText(document.activeElement)) return;
    const { scenario, saveState, computing } = this;
    try {
      this.scenario = { ...scenario, overrides: { ...scenario.overrides, ...REHEARSAL_OVERRIDES } };
      this.saveState = 'unsaved';
      this.computing = true;
      this.#show({ ...structuredClone(shown), preview: true });
      flushSync();
    } finally {
      this.scenario = scenario;
      this.saveState = saveState;
      this.computing = computing;
      this.result = shown;
      flushSync();
    }
  }

  // ── Reading parameters ──────────────────────────────────────────────────────────────

  /** The override of a parameter, or undefined at its default. */
  override(id: string): ScenarioOverride | undefined {
    return this.scenario.overrides[id];
  }

  /** The value a slider shows: a scalar override, the first value of a path, or the default. */
  scalarValue(id: string): number {
    const def = findParameter(id);
    if (!def) throw new Error(`bug: unknown parameter ${id}`);
    const value = this.scenario.overrides[id];
    if (value === undefined) return def.defaultPath ? (def.defaultPath[TARGET_YEAR] ?? def.default) : def.default;
    return typeof value === 'number' ? value : scheduleValues(def, value)[TARGET_YEAR - 2021]!;
  }

  /** The parameter's value in every schedule year (2021 … 2035), as the model reads it. */
  schedule(id: string): number[] {
    const def = findParameter(id);
    if (!def) throw new Error(`bug: unknown parameter ${id}`);
    return scheduleValues(def, this.scenario.overrides[id]);
  }

  /** Whether any parameter of the given kind differs from its default. */
  changed(kind: 'lever' | 'assumption'): string[] {
    return Object.keys(this.scenario.overrides).filter((id) => findParameter(id)?.kind === kind);
  }

  // ── Editing ─────────────────────────────────────────────────────────────────────────

  /**
   * Sets a parameter to one value for every year. A parameter whose default is a path with
   * observed years (GDP growth, CPI, population) keeps its observed 2021–2024 values: the value
   * applies from the first projected year on. `fromSlider`: the value comes from the slider itself,
   * whose step may start a drag; it is shown as a preview at once and run exactly when the slider rests.
   */
  setScalar(id: string, value: number, { fromSlider = false }: { fromSlider?: boolean } = {}): void {
    const def = findParameter(id);
    this.#setOverride(id, def?.defaultPath ? { path: [[FIRST_PROJECTED_YEAR, value]] } : value, fromSlider);
  }

  /** Sets one year of a parameter's schedule, keeping the others. */
  setYear(id: string, year: number, value: number): void {
    const def = findParameter(id);
    if (!def) throw new Error(`bug: unknown parameter ${id}`);
    this.#setOverride(id, withYearValue(def, this.scenario.overrides[id], year, value));
  }

  /** Applies a schedule preset (linear ramp, from a year, front-loaded) towards a value. */
  applySchedulePreset(id: string, preset: SchedulePreset, value: number, startYear: number, endYear: number): void {
    const def = findParameter(id);
    if (!def) throw new Error(`bug: unknown parameter ${id}`);
    this.#setOverride(id, presetPath(def, preset, value, startYear, endYear));
  }

  /** Puts one parameter back to its default. */
  reset(id: string): void {
    this.#setOverride(id, undefined);
  }

  /** Puts every parameter of a kind back to its default; without a kind, every parameter, and clears the trends entered for tracked targets. */
  resetAll(kind?: 'lever' | 'assumption'): void {
    if (kind)
      this.#replace({
        ...this.scenario,
        overrides: Object.fromEntries(Object.entries(this.scenario.overrides).filter(([id]) => findParameter(id)?.kind !== kind)),
      });
    else this.#replace({ ...this.scenario, overrides: {}, tracked: {} });
  }

  /** Sets (or with undefined, clears) the user's trend for a tracked target. */
  setTracked(id: string, trend: TrackedTrendDoc | undefined): void {
    const tracked = { ...this.scenario.tracked };
    if (trend) tracked[id] = trend;
    else delete tracked[id];
    this.#replace({ ...this.scenario, tracked });
  }

  /** Replaces the levers and assumptions by a preset's (tracked trends and notes are kept). */
  applyPreset(id: string): void {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) return;
    this.#replace({ ...this.scenario, overrides: { ...preset.overrides } });
  }

  // ── The library ─────────────────────────────────────────────────────────────────────

  /** Opens a library scenario (or, without an entry, a document as the unsaved draft) and runs it. */
  openScenario(doc: ScenarioDoc, entry?: LibraryEntry): void {
    void this.flushSave();
    this.#open(doc, entry);
    if (!entry) {
      this.#record();
      void this.#save();
    }
    this.saveState = entry ? 'saved' : 'unsaved';
    void this.#run();
    if (this.view === 'household') void this.#runHousehold();
  }

  /** Stores the unsaved draft in the library (under `name`) and keeps editing it there. */
  async saveToLibrary(name: string): Promise<StorageFailure | undefined> {
    if (!this.library) return undefined;
    const created = await this.library.create({ ...this.scenario, name });
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

  /** Edits the scenario's notes (plain text). */
  setNotes(notes: string): void {
    this.#replace({ ...this.scenario, notes });
  }

  /** Renames the open scenario. */
  setName(name: string): void {
    this.#replace({ ...this.scenario, name });
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
      void this.#store.setSetting(OPEN_SCENARIO_SETTING, null);
      void this.#save();
      return;
    }
    if (entry.revision > this.#knownRevision && !this.#saving && this.#saveTimer === undefined) this.otherTabNotice = 'changed-elsewhere';
  }

  /** Loads the open scenario as another tab last saved it. */
  async loadOtherTabVersion(): Promise<void> {
    if (!this.library || !this.openEntryId) return;
    const entry = await this.library.get(this.openEntryId);
    if (entry.ok && entry.value) this.openScenario(entry.value.doc, entry.value);
    this.otherTabNotice = undefined;
  }

  /** After the model workers were found down: starts them again and runs the scenario on screen. */
  retryModel(): void {
    this.#client.revive();
    void this.#run();
    if (this.view === 'household') void this.#runHousehold();
  }

  /** Saves now what is waiting for a pause in editing (before the page is hidden or closed). */
  async flushSave(): Promise<void> {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    await this.#save();
  }

  #open(doc: ScenarioDoc, entry: LibraryEntry | undefined): void {
    this.scenario = doc;
    this.openEntryId = entry?.id;
    this.#knownRevision = entry?.revision ?? 0;
    this.#base = entry?.doc;
    this.otherTabNotice = undefined;
    this.conflicts = [];
    void this.#store.setSetting(OPEN_SCENARIO_SETTING, entry?.id ?? null);
  }

  /** Records the scenario on screen in the edit journal (synchronously: a close right after the edit keeps it). */
  #record(): void {
    if (!this.#journal) return;
    const id = this.openEntryId;
    const scope: JournalScope =
      id !== undefined && this.library && this.#base ? { kind: 'library', id, knownRevision: this.#knownRevision, base: this.#base } : { kind: 'draft' };
    this.#journalSeq = this.#journal.record({ scope, doc: this.scenario });
  }

  /** Keeps this tab's value of a conflicting setting (already saved): the choice is made, the notice row goes. */
  keepMine(conflict: MergeConflict): void {
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
  }

  /** Takes the other tab's value of a conflicting setting instead (an edit like any other: saved, versioned). */
  useTheirs(conflict: MergeConflict): void {
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
    const { field, key, theirs } = conflict;
    if (field === 'overrides') this.#setOverride(key, theirs as ScenarioOverride | undefined);
    else if (field === 'tracked') this.setTracked(key, theirs as TrackedTrendDoc | undefined);
    else if (field === 'name') this.setName(typeof theirs === 'string' ? theirs : '');
    else this.setNotes(typeof theirs === 'string' ? theirs : '');
  }

  #reportFailure(failure: StorageFailure): void {
    this.storageNotice = failure.kind === 'quota' ? { kind: 'quota', reason: failure.message } : { kind: 'save-failed', reason: failure.message };
  }

  /** After a save succeeded, a notice that saving failed (quota full, save failed) no longer holds: it goes. */
  #saveSucceeded(): void {
    if (this.storageNotice?.kind === 'quota' || this.storageNotice?.kind === 'save-failed') this.storageNotice = undefined;
  }

  /** Switches the UI language and remembers the choice. */
  setLanguage(language: Language): void {
    this.language = language;
    void this.#store.setSetting('language', language);
  }

  /** Chooses the typical household to follow and runs it. */
  setHousehold(selector: HouseholdSelector): void {
    this.householdSelector = selector;
    void this.#runHousehold();
  }

  /** Shows the household view (and computes it the first time). */
  showView(view: CentreView): void {
    this.view = view;
    if (view === 'household' && !this.household) void this.#runHousehold();
  }

  #setOverride(id: string, value: ScenarioOverride | undefined, fromSlider = false): void {
    const seq = ++this.#inputSeq;
    performance.mark(INPUT_MARK, { detail: seq });
    const overrides = { ...this.scenario.overrides };
    if (value === undefined) delete overrides[id];
    else overrides[id] = value;
    this.#replace({ ...this.scenario, overrides }, fromSlider);
  }

  #replace(doc: ScenarioDoc, fromSlider = false): void {
    this.#seqOfDoc.set(doc, this.#inputSeq);
    this.scenario = doc;
    this.saveState = 'unsaved';
    this.#record();
    const now = performance.now();
    // A slider step may be the first of a drag: it is shown as a preview at once, and the exact
    // run follows when the slider rests, so a drag's first frame does not wait for an exact run
    // (and its next steps for that run to finish).
    const streaming = fromSlider || now - this.#lastEditAt < STREAM_GAP_MS;
    this.#lastEditAt = now;
    clearTimeout(this.#exactRunTimer);
    this.#exactRunTimer = undefined;
    if (streaming) {
      void this.#run({ preview: true });
      this.#exactRunTimer = setTimeout(() => {
        this.#exactRunTimer = undefined;
        void this.#run();
      }, EXACT_RUN_DELAY_MS);
    } else {
      void this.#run();
    }
    if (this.view === 'household') void this.#runHousehold();
    this.#scheduleSave();
  }

  /**
   * A library scenario is saved (and versioned) when edits pause: every edit restarts the wait, so
   * there is a version per pause, not per slider step. The draft is written at most every
   * DRAFT_SAVE_INTERVAL_MS: an edit waits for the write already scheduled.
   */
  #scheduleSave(): void {
    const versioned = this.openEntryId !== undefined && this.library !== undefined;
    if (versioned) clearTimeout(this.#saveTimer);
    else if (this.#saveTimer !== undefined) return;
    this.#saveTimer = setTimeout(
      () => {
        this.#saveTimer = undefined;
        void this.#save();
      },
      versioned ? LIBRARY_SAVE_DELAY_MS : DRAFT_SAVE_INTERVAL_MS,
    );
  }

  /** Runs the scenario on screen: exactly, or (`preview`) as the fast approximation for a stream of edits. */
  async #run({ preview = false }: { preview?: boolean } = {}): Promise<void> {
    this.computing = true;
    const doc = this.scenario;
    const outcome = await this.#client.runWorkbench(doc, { preview });
    // A preview on screen is not the final answer until the exact run that follows it is in. A
    // superseded run settles it too: it may be the last to come back (a newer run on another
    // worker finished first), and nothing else would clear it.
    this.computing = this.#client.busy || this.#exactRunTimer !== undefined;
    if (outcome.status === 'superseded') return;
    if (outcome.status === 'done') {
      const seq = this.#seqOfDoc.get(doc);
      if (seq) performance.mark(RESULT_MARK, { detail: seq });
      this.#show(outcome.result);
      this.runError = undefined;
      this.modelUnavailable = undefined;
      if (seq) {
        // Mark the repaint once Svelte has updated the DOM and the browser is about to paint.
        await tick();
        requestAnimationFrame(() => {
          performance.mark(REPAINT_MARK, { detail: seq });
          if (!outcome.result.preview) performance.mark(EXACT_MARK, { detail: seq });
        });
      }
    } else if (outcome.status === 'failed') {
      // Keep the last good result on screen and say what went wrong.
      this.runError = outcome.message;
    } else {
      // No worker: the results on screen stay, marked as not current, and the page says why.
      this.modelUnavailable = outcome.message;
    }
  }

  /**
   * Puts a new result on screen. Scorecard rows equal to the ones on screen keep their identity,
   * so the table skips them (while a lever moves, most rows, e.g. every tracked target, do not change).
   */
  #show(result: WorkbenchResult): void {
    this.result = { ...result, scorecard: shareUnchanged(this.result?.scorecard, result.scorecard) };
  }

  async #runHousehold(): Promise<void> {
    const outcome = await this.#client.household(this.scenario, this.householdSelector);
    if (outcome.status === 'done') this.household = outcome.result;
    else if (outcome.status === 'failed') this.runError = outcome.message;
    else if (outcome.status === 'unavailable') this.modelUnavailable = outcome.message;
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
    const editedMeanwhile = this.scenario !== doc;
    this.scenario = editedMeanwhile ? mergeScenario(doc, this.scenario, entry.doc).doc : entry.doc;
    if (editedMeanwhile) this.#record();
    void this.#run();
    if (this.view === 'household') void this.#runHousehold();
  }

  /** Saves the working scenario; one save at a time, the latest state last. */
  async #save(): Promise<void> {
    if (this.#saving) {
      this.#saveAgain = true;
      return;
    }
    this.#saving = (async () => {
      do {
        this.#saveAgain = false;
        const doc = this.scenario;
        const seq = this.#journalSeq;
        const id = this.openEntryId;
        if (id && this.library) {
          const saved = await this.library.save(id, doc, this.#knownRevision, this.#base);
          if (!saved.ok) {
            this.#reportFailure(saved.error);
          } else if (this.openEntryId === id) {
            this.#saveSucceeded();
            this.#adoptSaved(doc, saved.value.entry, saved.value.overwroteOtherTab, saved.value.conflicts);
            if (this.scenario === doc || this.scenario === saved.value.entry.doc) {
              this.saveState = 'saved';
              this.#journal?.settle(seq);
            }
          }
        } else {
          const saved = await this.#store.saveWorking(doc);
          if (!saved.ok) this.#reportFailure(saved.error);
          else {
            this.#saveSucceeded();
            if (this.scenario === doc) {
              this.saveState = 'saved';
              this.#journal?.settle(seq);
            }
          }
        }
      } while (this.#saveAgain);
    })();
    await this.#saving;
    this.#saving = undefined;
  }
}

/**
 * Whether an element takes typed text (a text or number field, a text area, an editable region),
 * or is a select, whose open list a rehearsal's change of its options could close.
 */
function isEditingText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !['range', 'button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

function sameOverrides(a: Readonly<Record<string, ScenarioOverride>>, b: Readonly<Record<string, ScenarioOverride>>): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}
