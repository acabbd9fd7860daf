import type { ExpressionError, HouseholdPath, HouseholdSelector, OwnHousehold, OwnHouseholdPath, WorkbenchResult } from '../../compute/model-api';
import type { McPool } from '../../compute/mc-pool';
import type { ModelClient, RunOutcome } from '../../compute/model-client';
import { TARGET_YEAR } from '../../model/catalog';
import type { CustomIndicatorDoc, ScenarioDoc, ScenarioOverride, TrackedTrendDoc } from '../../scenario/document';
import type { MergeConflict } from '../../scenario/merge';
import type { SchedulePreset } from '../../scenario/paths';
import type { EditJournal } from '../../storage/journal';
import type { LibraryEntry, LibrarySnapshot, ScenarioLibrary, StorageFailure } from '../../storage/library';
import type { ScenarioStore } from '../../storage/scenario-store';
import { asLanguage, type Language } from '../i18n/messages';
import { Autosave, type OtherTabNotice, type StorageNotice } from './autosave.svelte';
import { BenchMarks } from './bench-marks';
import { RunScheduler } from './run-scheduler.svelte';
import { Comparison } from './compare.svelte';
import { GoalSeek } from './goal-seek.svelte';
import { WaterfallRun } from './waterfall.svelte';
import { LeastCostRun } from './least-cost.svelte';
import { Sensitivity } from './sensitivity.svelte';
import { ScenarioEditor } from './scenario-editor.svelte';
import { Uncertainty } from './uncertainty.svelte';
import { WarmUp } from './warm-up';

/** The centre views of the workbench. */
export type CentreView = 'trajectories' | 'cities' | 'distribution' | 'household' | 'compare';

/**
 * The workbench the components share (through `context.ts`): the scenario being edited
 * (`editor`), its runs (`runs`), its autosave (`autosave`) and the warm-up (`warmUp`), wired
 * together, plus the language and view choices. Each part has one job; the workbench only
 * connects them (an edit is journalled, run and saved) and gives components one place to read.
 * It never computes a model quantity itself (the worker returns every number shown).
 */
export class Workbench {
  language = $state<Language>('zh');
  ready = $state(false);
  /** The output shown in the large chart. */
  focusOutput = $state('income_per_capita');
  /** The custom indicator charted in the custom indicators panel (undefined: none). */
  focusIndicator = $state<string | undefined>(undefined);
  view = $state<CentreView>('trajectories');
  /** The year the city and distribution views show. */
  selectedYear = $state(TARGET_YEAR);

  readonly editor: ScenarioEditor;
  readonly runs: RunScheduler;
  readonly autosave: Autosave;
  readonly warmUp: WarmUp;
  /** Monte Carlo of the scenario on the pool (separate from the model workers, so edits never wait behind it). */
  readonly uncertainty: Uncertainty;
  /** The Compare view's scenarios and their runs (on the model workers' own comparison queue). */
  readonly comparison: Comparison;
  /** "What would it take?" on a scorecard row. */
  readonly goalSeek: GoalSeek;
  /** The gap-closing waterfall of the scenario on screen. */
  readonly waterfall: WaterfallRun;
  /** "Least-cost package": several levers meeting several targets at the lowest fiscal cost. */
  readonly leastCost: LeastCostRun;
  /** "Sensitivity" on a scorecard row: the target's tornado and its regression on the Monte Carlo draws. */
  readonly sensitivity: Sensitivity;
  readonly #marks = new BenchMarks();
  readonly #client: ModelClient;
  readonly #store: ScenarioStore;

  constructor(client: ModelClient, store: ScenarioStore, library?: ScenarioLibrary, journal?: EditJournal, mcPool?: McPool) {
    this.#client = client;
    this.comparison = new Comparison(client, () => this.editor.scenario);
    this.goalSeek = new GoalSeek(client, {
      scenario: () => this.editor.scenario,
      setScalar: (id, value) => this.editor.setScalar(id, value),
      setOverride: (id, value) => this.editor.setOverride(id, value),
    });
    this.waterfall = new WaterfallRun(client, () => this.editor.scenario);
    this.leastCost = new LeastCostRun(client, {
      scenario: () => this.editor.scenario,
      setOverrides: (changes) => this.editor.setOverrides(changes),
    });
    this.uncertainty = new Uncertainty(mcPool, () => this.editor.scenario, { quiet: () => this.runs.quiet() });
    this.sensitivity = new Sensitivity(client, { scenario: () => this.editor.scenario, uncertainty: () => this.uncertainty.shown });
    this.#store = store;
    this.editor = new ScenarioEditor(this.#marks, (fromSlider) => {
      this.autosave.edited();
      this.runs.edited(fromSlider);
      this.autosave.scheduleSave();
    });
    this.runs = new RunScheduler(client, { scenario: () => this.editor.scenario, wantsHousehold: () => this.view === 'household' }, this.#marks);
    this.autosave = new Autosave({ store, library, journal }, this.editor, () => this.runs.refresh());
    this.warmUp = new WarmUp({
      shown: () => this.runs.result,
      reshow: (result) => (this.runs.result = result),
      scenario: () => this.editor.scenario,
      edits: () => this.#marks.latestInput,
    });
  }

  /**
   * Restores the language and the open scenario (a library entry, else the unsaved draft) from
   * storage, then runs the model and warms up. A scenario from a link (`linked`) opens as an
   * unsaved draft; a draft it replaces that had changes is first kept in the library, so nothing is lost.
   */
  async init(linked?: ScenarioDoc): Promise<void> {
    this.language = asLanguage(await this.autosave.setting('language')) ?? this.language;
    await this.autosave.restore(linked);
    this.ready = true;
    await this.runs.run();
    this.runs.warmUpWorkers();
    void this.warmUp.run();
  }

  /**
   * A copy of this workbench's state (scenario, result, language and view choices) that nobody
   * edits, for a rehearsal stage to render away from the page. It shares this workbench's model
   * client and store but never starts: nothing in it runs or saves unless a control calls it.
   */
  rehearsalCopy(): Workbench {
    const copy = new Workbench(this.#client, this.#store);
    copy.language = this.language;
    copy.focusOutput = this.focusOutput;
    copy.view = this.view;
    copy.selectedYear = this.selectedYear;
    copy.ready = this.ready;
    copy.editor.scenario = this.editor.scenario;
    copy.runs.result = this.runs.result;
    copy.runs.household = this.runs.household;
    copy.runs.computing = this.runs.computing;
    copy.autosave.saveState = this.autosave.saveState;
    return copy;
  }

  // ── What components read ────────────────────────────────────────────────────────────

  get scenario(): ScenarioDoc {
    return this.editor.scenario;
  }
  /** The preset whose levers and assumptions the scenario has, if any. */
  get presetId(): string | undefined {
    return this.editor.presetId;
  }
  get result(): WorkbenchResult | undefined {
    return this.runs.result;
  }
  get household(): HouseholdPath | undefined {
    return this.runs.household;
  }
  get householdSelector(): HouseholdSelector {
    return this.runs.householdSelector;
  }
  get computing(): boolean {
    return this.runs.computing;
  }
  get runError(): string | undefined {
    return this.runs.runError;
  }
  /** Set when no model worker could run the latest request, with the reason (see RunScheduler.modelUnavailable). */
  get modelUnavailable(): string | undefined {
    return this.runs.modelUnavailable;
  }
  get storageNotice(): StorageNotice | undefined {
    return this.autosave.storageNotice;
  }
  get saveState(): 'saved' | 'unsaved' {
    return this.autosave.saveState;
  }
  /** The library scenario being edited; undefined while the scenario is an unsaved draft. */
  get openEntryId(): string | undefined {
    return this.autosave.openEntryId;
  }
  get otherTabNotice(): OtherTabNotice | undefined {
    return this.autosave.otherTabNotice;
  }
  /** Dismisses (with undefined) the other-tab notice. */
  set otherTabNotice(notice: OtherTabNotice | undefined) {
    this.autosave.otherTabNotice = notice;
  }
  /** Settings both this tab and another changed differently: this tab's value was saved, the other's is offered back. */
  get conflicts(): readonly MergeConflict[] {
    return this.autosave.conflicts;
  }
  /** The scenario library; absent in tests of the editing logic alone. */
  get library(): ScenarioLibrary | undefined {
    return this.autosave.library;
  }

  /** See ScenarioEditor.override. */
  override(id: string): ScenarioOverride | undefined {
    return this.editor.override(id);
  }
  /** See ScenarioEditor.scalarValue. */
  scalarValue(id: string): number {
    return this.editor.scalarValue(id);
  }
  /** See ScenarioEditor.schedule. */
  schedule(id: string): number[] {
    return this.editor.schedule(id);
  }
  /** See ScenarioEditor.changed. */
  changed(kind: 'lever' | 'assumption'): string[] {
    return this.editor.changed(kind);
  }

  // ── Editing (see ScenarioEditor) ────────────────────────────────────────────────────

  /** See ScenarioEditor.setScalar. */
  setScalar(id: string, value: number, options: { fromSlider?: boolean } = {}): void {
    this.editor.setScalar(id, value, options);
  }
  /** See ScenarioEditor.setYear. */
  setYear(id: string, year: number, value: number): void {
    this.editor.setYear(id, year, value);
  }
  /** See ScenarioEditor.applySchedulePreset. */
  applySchedulePreset(id: string, preset: SchedulePreset, value: number, startYear: number, endYear: number): void {
    this.editor.applySchedulePreset(id, preset, value, startYear, endYear);
  }
  /** See ScenarioEditor.reset. */
  reset(id: string): void {
    this.editor.reset(id);
  }
  /** See ScenarioEditor.resetAll. */
  resetAll(kind?: 'lever' | 'assumption'): void {
    this.editor.resetAll(kind);
  }
  /** See ScenarioEditor.setTracked. */
  setTracked(id: string, trend: TrackedTrendDoc | undefined): void {
    this.editor.setTracked(id, trend);
  }
  /** See ScenarioEditor.applyPreset. */
  applyPreset(id: string): void {
    this.editor.applyPreset(id);
  }
  /** See ScenarioEditor.setIndicators. */
  setIndicators(indicators: readonly CustomIndicatorDoc[]): void {
    this.editor.setIndicators(indicators);
  }
  /** Checks a custom indicator's expression in the model worker, as it is typed (latest request wins). */
  checkExpression(expression: string): Promise<RunOutcome<ExpressionError | null>> {
    return this.#client.checkExpression(expression);
  }
  /** See ScenarioEditor.setNotes. */
  setNotes(notes: string): void {
    this.editor.setNotes(notes);
  }
  /** See ScenarioEditor.setName. */
  setName(name: string): void {
    this.editor.setName(name);
  }

  // ── The library and other tabs (see Autosave) ───────────────────────────────────────

  /** Opens a library scenario (or, without an entry, a document as the unsaved draft) and runs it. */
  openScenario(doc: ScenarioDoc, entry?: LibraryEntry): void {
    this.autosave.open(doc, entry);
    this.runs.refresh();
  }

  /** See Autosave.saveToLibrary. */
  saveToLibrary(name: string): Promise<StorageFailure | undefined> {
    return this.autosave.saveToLibrary(name);
  }

  /** See Autosave.onLibrarySnapshot. */
  onLibrarySnapshot(snapshot: LibrarySnapshot): void {
    this.autosave.onLibrarySnapshot(snapshot);
  }

  /** Loads the open scenario as another tab last saved it. */
  async loadOtherTabVersion(): Promise<void> {
    if (!this.library || !this.openEntryId) return;
    const entry = await this.autosave.otherTabVersion();
    if (entry) this.openScenario(entry.doc, entry);
    this.autosave.otherTabNotice = undefined;
  }

  /** See Autosave.flushSave. */
  flushSave(): Promise<void> {
    return this.autosave.flushSave();
  }

  /** Keeps this tab's value of a conflicting setting (already saved): the choice is made, the notice row goes. */
  keepMine(conflict: MergeConflict): void {
    this.autosave.settle(conflict);
  }

  /** Takes the other tab's value of a conflicting setting instead (an edit like any other: saved, versioned). */
  useTheirs(conflict: MergeConflict): void {
    this.autosave.settle(conflict);
    const { field, key, theirs } = conflict;
    if (field === 'overrides') this.editor.setOverride(key, theirs as ScenarioOverride | undefined);
    else if (field === 'tracked') this.editor.setTracked(key, theirs as TrackedTrendDoc | undefined);
    else if (field === 'name') this.editor.setName(typeof theirs === 'string' ? theirs : '');
    else this.editor.setNotes(typeof theirs === 'string' ? theirs : '');
  }

  // ── Runs and views (see RunScheduler) ───────────────────────────────────────────────

  /** After the model workers were found down: starts them again and runs the scenario on screen. */
  retryModel(): void {
    this.runs.retry();
  }

  /** Chooses the typical household to follow and runs it. */
  setHousehold(selector: HouseholdSelector): void {
    this.runs.setHousehold(selector);
  }

  /**
   * Follows the user's own household through the scenario on screen. The household goes to the
   * model worker and back, and is kept neither here nor in any store (the caller holds the result).
   */
  computeOwnHousehold(household: OwnHousehold): Promise<RunOutcome<OwnHouseholdPath>> {
    return this.#client.ownHousehold(this.scenario, household);
  }

  /** Shows the household view (and computes it the first time). */
  showView(view: CentreView): void {
    this.view = view;
    if (view === 'household' && !this.runs.household) void this.runs.runHousehold();
  }

  /** Switches the UI language and remembers the choice. */
  setLanguage(language: Language): void {
    this.language = language;
    this.autosave.remember('language', language);
  }
}
