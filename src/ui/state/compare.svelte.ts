import type { WorkbenchResult } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import type { Bilingual } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';

/** Scenarios compared at once: the one on screen and up to three more. */
export const MAX_COMPARED = 4;

/** A scenario that can be compared with the one on screen: a preset or a library scenario. */
export interface CompareCandidate {
  /** `preset:<id>` or `library:<id>`. */
  readonly key: string;
  /** A preset's name in both languages, or a library scenario's own name ('' when untitled). */
  readonly name: Bilingual | string;
  readonly doc: ScenarioDoc;
}

/** A comparison's results, in the order shown: the scenario on screen first. */
export interface ComparedRun {
  readonly keys: readonly string[];
  readonly docs: readonly ScenarioDoc[];
  readonly results: readonly WorkbenchResult[];
  /** When the runs finished, in milliseconds since the epoch (the comparison brief prints it). */
  readonly computedAt: number;
}

/**
 * The Compare view's state: which scenarios are compared with the one on screen, and their exact
 * runs (on the model workers' own comparison queue, so the run on screen is never superseded).
 * A comparison is of the documents as they were when it ran: once the scenario on screen or a
 * picked one changes, it is marked not current until it runs again.
 */
export class Comparison {
  picks = $state<string[]>([]);
  compared = $state.raw<ComparedRun | undefined>(undefined);
  computing = $state(false);
  error = $state<string | undefined>(undefined);
  /**
   * The next print is the comparison brief rather than the scenario's brief: set by "print the
   * comparison brief" and cleared once the page stops printing.
   */
  briefRequested = $state(false);
  readonly #client: ModelClient;
  readonly #current: () => ScenarioDoc;

  constructor(client: ModelClient, current: () => ScenarioDoc) {
    this.#client = client;
    this.#current = current;
  }

  /** Whether one more scenario can be picked. */
  get full(): boolean {
    return this.picks.length >= MAX_COMPARED - 1;
  }

  /** Adds or removes a candidate (at most MAX_COMPARED − 1 besides the scenario on screen). */
  toggle(key: string): void {
    if (this.picks.includes(key)) this.picks = this.picks.filter((k) => k !== key);
    else if (!this.full) this.picks = [...this.picks, key];
  }

  /** The documents a comparison of the picks would run now (unknown keys, e.g. a deleted scenario, are left out). */
  documents(candidates: readonly CompareCandidate[]): { keys: string[]; docs: ScenarioDoc[] } {
    const picked = this.picks.flatMap((key) => candidates.filter((c) => c.key === key));
    return { keys: ['current', ...picked.map((c) => c.key)], docs: [this.#current(), ...picked.map((c) => c.doc)] };
  }

  /** Whether the comparison shown is of the documents the picks give now. */
  current(candidates: readonly CompareCandidate[]): boolean {
    const run = this.compared;
    if (!run) return false;
    const now = this.documents(candidates);
    return (
      JSON.stringify(now.keys) === JSON.stringify(run.keys) &&
      now.docs.every(
        (d, i) => JSON.stringify(d.overrides) === JSON.stringify(run.docs[i]?.overrides) && JSON.stringify(d.tracked) === JSON.stringify(run.docs[i]?.tracked),
      )
    );
  }

  /** Runs the comparison of the scenario on screen with the picks. */
  async run(candidates: readonly CompareCandidate[]): Promise<void> {
    const { keys, docs } = this.documents(candidates);
    this.computing = true;
    const outcome = await this.#client.compare(docs);
    if (outcome.status === 'superseded') return;
    this.computing = false;
    if (outcome.status === 'done') {
      this.compared = { keys, docs, results: outcome.result, computedAt: Date.now() };
      this.error = undefined;
    } else {
      this.error = outcome.message;
    }
  }
}
