import type { HouseholdPath, HouseholdSelector, WorkbenchResult } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import type { ScenarioDoc } from '../../scenario/document';
import type { BenchMarks } from './bench-marks';
import { shareUnchanged } from './share-unchanged';

/**
 * Edits closer together than this form a stream (a slider being dragged, an arrow key held):
 * their steps are shown as fast previews (the model's previewWorkbench), and the exact run
 * follows EXACT_RUN_DELAY_MS after the last of them. A slider's step is a preview even when it
 * is the first (see ScenarioEditor.setScalar); any other single edit runs exactly at once.
 */
const STREAM_GAP_MS = 300;
const EXACT_RUN_DELAY_MS = 150;
/** How often `quiet` looks again while the page is busy. */
const QUIET_POLL_MS = 50;

/** What the scheduler reads from the page: the scenario on screen, and whether the household view wants its path. */
export interface RunSource {
  scenario(): ScenarioDoc;
  wantsHousehold(): boolean;
}

/**
 * Decides when the scenario on screen runs, and how (a preview while edits stream in, the exact
 * run once they pause), and holds what the runs returned: the result, the household path, and
 * whether the model is computing, failed or unavailable. It never computes a model quantity
 * itself (the worker returns every number shown).
 */
export class RunScheduler {
  result = $state.raw<WorkbenchResult | undefined>(undefined);
  household = $state.raw<HouseholdPath | undefined>(undefined);
  householdSelector = $state.raw<HouseholdSelector>({ city: 0, urban: true, size: 3, percentile: 50 });
  computing = $state(false);
  runError = $state<string | undefined>(undefined);
  /**
   * Set when no model worker could run the latest request (they failed to start or kept dying),
   * with the reason: every result on screen is then not current, and is marked so, until a run
   * succeeds.
   */
  modelUnavailable = $state<string | undefined>(undefined);

  readonly #client: ModelClient;
  readonly #source: RunSource;
  readonly #marks: BenchMarks;
  #exactRunTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the last edit was made (performance.now), to tell a stream of edits from a single one. */
  #lastEditAt = Number.NEGATIVE_INFINITY;

  constructor(client: ModelClient, source: RunSource, marks: BenchMarks) {
    this.#client = client;
    this.#source = source;
    this.#marks = marks;
  }

  /**
   * Runs the scenario after an edit. A slider step may be the first of a drag: it is shown as a
   * preview at once, and the exact run follows when the slider rests, so a drag's first frame does
   * not wait for an exact run (and its next steps for that run to finish).
   */
  edited(fromSlider: boolean): void {
    const now = performance.now();
    const streaming = fromSlider || now - this.#lastEditAt < STREAM_GAP_MS;
    this.#lastEditAt = now;
    clearTimeout(this.#exactRunTimer);
    this.#exactRunTimer = undefined;
    if (streaming) {
      void this.run({ preview: true });
      this.#exactRunTimer = setTimeout(() => {
        this.#exactRunTimer = undefined;
        void this.run();
      }, EXACT_RUN_DELAY_MS);
    } else {
      void this.run();
    }
    if (this.#source.wantsHousehold()) void this.runHousehold();
  }

  /**
   * Resolves once the page is quiet: no edit for STREAM_GAP_MS and no run in flight or due.
   * Monte Carlo waits on it between blocks of draws, so a slider being dragged keeps the cores
   * (on a two-core machine a Monte Carlo worker and a drag cannot both run at full speed).
   */
  async quiet(): Promise<void> {
    while (this.computing || this.#exactRunTimer !== undefined || performance.now() - this.#lastEditAt < STREAM_GAP_MS) {
      await new Promise((resolve) => setTimeout(resolve, QUIET_POLL_MS));
    }
  }

  /** Runs the scenario on screen exactly (and its household path, when shown): after it was replaced other than by an edit. */
  refresh(): void {
    void this.run();
    if (this.#source.wantsHousehold()) void this.runHousehold();
  }

  /** After the model workers were found down: starts them again and runs the scenario on screen. */
  retry(): void {
    this.#client.revive();
    this.refresh();
  }

  /** Starts the model workers' own warm-up; marks its end for the UI bench. */
  warmUpWorkers(): void {
    void this.#client.warmUp().then(() => this.#marks.warmed());
  }

  /** Chooses the typical household to follow and runs it. */
  setHousehold(selector: HouseholdSelector): void {
    this.householdSelector = selector;
    void this.runHousehold();
  }

  /** Runs the scenario on screen: exactly, or (`preview`) as the fast approximation for a stream of edits. */
  async run({ preview = false }: { preview?: boolean } = {}): Promise<void> {
    this.computing = true;
    const doc = this.#source.scenario();
    const outcome = await this.#client.runWorkbench(doc, { preview });
    // A preview on screen is not the final answer until the exact run that follows it is in. A
    // superseded run settles it too: it may be the last to come back (a newer run on another
    // worker finished first), and nothing else would clear it.
    this.computing = this.#client.busy || this.#exactRunTimer !== undefined;
    if (outcome.status === 'superseded') return;
    if (outcome.status === 'done') {
      const seq = this.#marks.result(doc);
      this.#show(outcome.result);
      this.runError = undefined;
      this.modelUnavailable = undefined;
      if (seq) await this.#marks.repaint(seq, !outcome.result.preview);
    } else if (outcome.status === 'failed') {
      // Keep the last good result on screen and say what went wrong.
      this.runError = outcome.message;
    } else {
      // No worker: the results on screen stay, marked as not current, and the page says why.
      this.modelUnavailable = outcome.message;
    }
  }

  /** Runs the household path of the scenario on screen for the chosen household. */
  async runHousehold(): Promise<void> {
    const outcome = await this.#client.household(this.#source.scenario(), this.householdSelector);
    if (outcome.status === 'done') this.household = outcome.result;
    else if (outcome.status === 'failed') this.runError = outcome.message;
    else if (outcome.status === 'unavailable') this.modelUnavailable = outcome.message;
  }

  /**
   * Puts a new result on screen. Scorecard rows equal to the ones on screen keep their identity,
   * so the table skips them (while a lever moves, most rows, e.g. every tracked target, do not change).
   */
  #show(result: WorkbenchResult): void {
    this.result = { ...result, scorecard: shareUnchanged(this.result?.scorecard, result.scorecard) };
  }
}
