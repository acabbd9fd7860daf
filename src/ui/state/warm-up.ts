import type { WorkbenchResult } from '../../compute/model-api';
import { PARAMETERS } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { shareUnchanged } from './share-unchanged';

/** Re-renders of the first result, WARM_UP_GAP_MS apart, that let the JIT compile the page's update code (see WarmUp). */
const WARM_UP_RENDERS = 16;
const WARM_UP_GAP_MS = 60;
/** Every this many warm-up rounds, one is a rehearsal of an edit instead (see Rehearsal). */
const REHEARSAL_EVERY = 3;

/**
 * The edit a rehearsal renders: every lever away from its default, to its end of the range or to
 * its next choice, so every lever control's edited state is built once.
 */
const REHEARSAL_OVERRIDES: Readonly<Record<string, number>> = Object.fromEntries(
  PARAMETERS.filter((def) => def.kind === 'lever').map((def) => [
    def.id,
    def.choices ? (def.default + 1) % def.choices.length : def.default === def.max ? def.min : def.max,
  ]),
);

/**
 * What a slider's first step shows, rehearsed: the scenario on screen with every lever moved, and
 * the result on screen as a preview (its scorecard rows shared as a new result's are). It is
 * never shown: a stage renders it on a copy of the workbench, away from the page.
 */
export interface Rehearsal {
  readonly scenario: ScenarioDoc;
  readonly result: WorkbenchResult;
}

/**
 * Renders the views on a copy of the workbench, detached from the page: first as the page shows
 * them, then as `rehearsal` (unsaved, computing), and removes them again.
 */
export type RehearsalStage = (rehearsal: Rehearsal) => void;

/** What the warm-up reads from the page, and the one thing it does to it (show the result on screen again, as new objects). */
export interface WarmUpPage {
  /** The result on screen. */
  shown(): WorkbenchResult | undefined;
  /** Shows a copy of the result on screen: the same numbers as new objects. */
  reshow(result: WorkbenchResult): void;
  /** The scenario on screen. */
  scenario(): ScenarioDoc;
  /** How many edits the user has made (the warm-up stops at the first). */
  edits(): number;
}

/** The rehearsal of an edit of every lever, for the scenario and result on screen. */
export function rehearsalOf(scenario: ScenarioDoc, shown: WorkbenchResult): Rehearsal {
  const result = structuredClone(shown);
  return {
    scenario: { ...scenario, overrides: { ...scenario.overrides, ...REHEARSAL_OVERRIDES } },
    result: { ...result, preview: true, scorecard: shareUnchanged(shown.scorecard, result.scorecard) },
  };
}

/**
 * While the reader takes in the first result, shows it again a few times: the same numbers as new
 * objects, so every view runs its update code and the JIT compiles it before the first drag
 * (docs/ui-performance.md). Every third round rehearses an edit instead, on the stage (a copy of
 * the views away from the page): the markup and code of a slider's first step (changed marks,
 * reset buttons, the summary of changes, the preview badge, the scorecard) then run once before the
 * user's first edit, which otherwise ran them cold (50–100 ms a step in Chromium here, against
 * about 25 ms later). Nothing on screen changes, nothing is run, saved or marked, and the state on
 * screen never holds the rehearsal; it stops as soon as the user edits anything.
 */
export class WarmUp {
  /** Where rehearsals render; without one (tests of the state alone), rehearsal rounds are skipped. */
  stage: RehearsalStage | undefined = undefined;
  readonly #page: WarmUpPage;

  constructor(page: WarmUpPage) {
    this.#page = page;
  }

  /** Runs the warm-up's rounds; resolves when they are done or the user edited. */
  async run(): Promise<void> {
    const editsAtStart = this.#page.edits();
    for (let round = 0; round < WARM_UP_RENDERS; round++) {
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_GAP_MS));
      const shown = this.#page.shown();
      if (!shown || this.#page.edits() !== editsAtStart) return;
      if (round % REHEARSAL_EVERY !== REHEARSAL_EVERY - 1) this.#page.reshow(structuredClone(shown));
      else this.stage?.(rehearsalOf(this.#page.scenario(), shown));
    }
  }
}
