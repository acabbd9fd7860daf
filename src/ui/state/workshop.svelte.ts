import { SvelteSet } from 'svelte/reactivity';
import type { ScenarioFileReader } from '../../compute/import-client';
import type { WorkbenchResult } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import { scenarioLabelInFile, type FileReport } from '../../scenario/files';
import type { ScenarioDoc } from '../../scenario/document';
import { MAX_COMPARED, type CompareCandidate } from './compare.svelte';

/** One participant: a scenario from one of the files collected. */
export interface Participant {
  /** `workshop:<collection>:<n>`: unique to this collection, so the Compare view never mixes two collections up. */
  readonly key: string;
  readonly file: string;
  /** The file name, followed by the scenario's name for a file holding several scenarios. */
  readonly label: string;
  readonly doc: ScenarioDoc;
}

/** Participants the Compare view can take at once (beside the scenario on screen). */
export const MAX_WORKSHOP_COMPARED = MAX_COMPARED - 1;

/**
 * The workshop collector's state: the files a trainer dropped (read and checked by the same
 * reader as the library's import, so a bad file gets the same report), the participants' exact
 * runs with progress and cancel (on the model workers' own queue for many runs), and the
 * participants ticked for the Compare view. Each collection replaces the last. It moves documents
 * and results; the tables are built by workshop-tables.ts.
 */
export class Workshop {
  /** How many files are being read (0 when none). */
  reading = $state(0);
  /** One report per file of the collection, in the order given. */
  reports = $state.raw<readonly FileReport[]>([]);
  participants = $state.raw<readonly Participant[]>([]);
  /** The participants' exact results, in their order; undefined until every run is done. */
  results = $state.raw<readonly WorkbenchResult[] | undefined>(undefined);
  /** Runs done of the collection's runs, while they run. */
  progress = $state.raw<{ readonly done: number; readonly total: number } | undefined>(undefined);
  cancelled = $state(false);
  error = $state<string | undefined>(undefined);
  /** Participants ticked for the Compare view (at most MAX_WORKSHOP_COMPARED). */
  readonly picked = new SvelteSet<string>();

  readonly #client: ModelClient;
  readonly #files: ScenarioFileReader;
  /** Counts collections: a collection that a newer one replaced while it was read drops its files. */
  #collection = 0;
  #stop: AbortController | undefined;

  constructor(client: ModelClient, files: ScenarioFileReader) {
    this.#client = client;
    this.#files = files;
  }

  /** Whether the runs are in progress. */
  get running(): boolean {
    return this.progress !== undefined;
  }

  /** Starts a new collection from files (picked or dropped): reads and checks each, then runs every valid scenario exactly. */
  async collect(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    const collection = ++this.#collection;
    this.#stop?.abort();
    this.#stop = undefined;
    this.reading = files.length;
    this.reports = [];
    this.participants = [];
    this.results = undefined;
    this.progress = undefined;
    this.cancelled = false;
    this.error = undefined;
    this.picked.clear();
    try {
      const reports = await this.#files.readFiles(files);
      if (collection !== this.#collection) return;
      this.reports = reports;
      this.participants = reports
        .flatMap((report) => report.docs.map((doc, i) => ({ file: report.file, label: scenarioLabelInFile(report, i), doc })))
        .map((p, n) => ({ ...p, key: `workshop:${collection}:${n}` }));
    } finally {
      if (collection === this.#collection) this.reading = 0;
    }
    await this.run();
  }

  /** Runs the collection's participants exactly (again, after a cancel or a failure). */
  async run(): Promise<void> {
    const collection = this.#collection;
    const docs = this.participants.map((p) => p.doc);
    this.cancelled = false;
    this.error = undefined;
    this.results = undefined;
    if (docs.length === 0) return;
    const stop = new AbortController();
    this.#stop = stop;
    this.progress = { done: 0, total: docs.length };
    const outcome = await this.#client.runMany(docs, {
      signal: stop.signal,
      onProgress: (done, total) => {
        if (this.#stop === stop) this.progress = { done, total };
      },
    });
    if (this.#stop !== stop) return; // a newer collection or run took over
    this.#stop = undefined;
    this.progress = undefined;
    if (collection !== this.#collection) return;
    if (outcome.status === 'done') this.results = outcome.result;
    else if (outcome.status === 'cancelled') this.cancelled = true;
    else if (outcome.status === 'failed' || outcome.status === 'unavailable') this.error = outcome.message;
  }

  /** Stops the runs after those in flight; nothing of the collection's results is shown. */
  cancel(): void {
    this.#stop?.abort();
  }

  /** Ticks or unticks a participant for the Compare view (no more than MAX_WORKSHOP_COMPARED). */
  togglePick(key: string): void {
    if (this.picked.has(key)) this.picked.delete(key);
    else if (this.picked.size < MAX_WORKSHOP_COMPARED) this.picked.add(key);
  }

  /** The participants as the Compare view offers them. */
  get candidates(): CompareCandidate[] {
    return this.participants.map((p) => ({ key: p.key, name: p.label, doc: p.doc }));
  }
}
