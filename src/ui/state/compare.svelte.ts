import type { WorkbenchResult } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import type { Bilingual } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { scenarioLabelInFile, type FileReport, type ImportError } from '../../scenario/files';
import { importError, LINK_SOURCE } from '../../scenario/import-error';
import { decodeScenarioLink, isScenarioLink } from '../../scenario/link';

/** Scenarios compared at once: the one on screen and up to three more. */
export const MAX_COMPARED = 4;

/** A scenario that can be compared with the one on screen: a preset, a library scenario, a workshop participant, or one added from a file or a link. */
export interface CompareCandidate {
  /** `preset:<id>`, `library:<id>`, `workshop:<collection>:<n>` or `added:<n>`. */
  readonly key: string;
  /** A preset's name in both languages, or a library scenario's own name ('' when untitled). */
  readonly name: Bilingual | string;
  readonly doc: ScenarioDoc;
}

/** A comparison's results, in the order shown: the scenario on screen first. */
export interface ComparedRun {
  readonly keys: readonly string[];
  /** Each compared scenario's name as it was when the comparison ran (one removed since still has its name); undefined for the scenario on screen. */
  readonly names: readonly (Bilingual | string | undefined)[];
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
  /** Scenarios added from files or share links, for as long as the page is open (not stored). */
  added = $state.raw<CompareCandidate[]>([]);
  /** Why the last files or link added were refused, each error naming its file (or the link) and field. */
  addErrors = $state.raw<ImportError[]>([]);
  /** Whether `addErrors` are of a link (the link box is then marked invalid) or of files. */
  addErrorsOf = $state<'link' | 'files'>('link');
  #addedCount = 0;
  /** Counts link requests, so the answer to an earlier one does not overwrite a later one's. */
  #linkRequest = 0;
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

  /**
   * Adds the scenario of a share link (the whole address or just its `#s=…` part), picked at once
   * when there is room; a damaged or foreign link is refused with the reason, and nothing is lost.
   */
  async addLink(text: string): Promise<void> {
    const request = ++this.#linkRequest;
    const trimmed = text.trim();
    const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#')) : trimmed;
    this.addErrorsOf = 'link';
    if (!isScenarioLink(hash)) {
      this.addErrors = [NOT_A_LINK];
      return;
    }
    const decoded = await decodeScenarioLink(hash);
    if (request !== this.#linkRequest) return;
    if (!decoded.ok) {
      this.addErrors = decoded.error;
      return;
    }
    this.addErrors = [];
    this.#add([{ name: decoded.value.doc.name || LINKED_NAME, doc: decoded.value.doc }]);
  }

  /** Adds every scenario of the files read (as the library's import reads them); a refused file's errors are listed, the others still added. */
  addReports(reports: readonly FileReport[]): void {
    this.addErrorsOf = 'files';
    this.addErrors = reports.flatMap((report) => report.errors);
    this.#add(reports.flatMap((report) => report.docs.map((doc, i) => ({ name: scenarioLabelInFile(report, i), doc }))));
  }

  /** Takes an added scenario out of the list (and out of the picks). */
  removeAdded(key: string): void {
    this.added = this.added.filter((c) => c.key !== key);
    this.picks = this.picks.filter((k) => k !== key);
  }

  #add(scenarios: readonly { name: Bilingual | string; doc: ScenarioDoc }[]): void {
    const fresh = scenarios.map(({ name, doc }) => ({ key: `added:${++this.#addedCount}`, name, doc }));
    this.added = [...this.added, ...fresh];
    for (const candidate of fresh) if (!this.full) this.picks = [...this.picks, candidate.key];
  }

  /** The documents a comparison of the picks would run now (unknown keys, e.g. a deleted scenario, are left out). */
  documents(candidates: readonly CompareCandidate[]): { keys: string[]; docs: ScenarioDoc[] } {
    const picked = this.picks.flatMap((key) => candidates.filter((c) => c.key === key));
    return { keys: ['current', ...picked.map((c) => c.key)], docs: [this.#current(), ...picked.map((c) => c.doc)] };
  }

  /**
   * Whether the comparison shown is of the documents the picks give now: the same scenarios with
   * the same settings, trends and custom indicators (an indicator edited since changes the
   * custom rows, so the comparison is then not current either).
   */
  current(candidates: readonly CompareCandidate[]): boolean {
    const run = this.compared;
    if (!run) return false;
    const now = this.documents(candidates);
    return (
      JSON.stringify(now.keys) === JSON.stringify(run.keys) &&
      now.docs.every(
        (d, i) =>
          JSON.stringify(d.overrides) === JSON.stringify(run.docs[i]?.overrides) &&
          JSON.stringify(d.tracked) === JSON.stringify(run.docs[i]?.tracked) &&
          JSON.stringify(d.indicators) === JSON.stringify(run.docs[i]?.indicators),
      )
    );
  }

  /** Runs the comparison of the scenario on screen with the picks. */
  async run(candidates: readonly CompareCandidate[]): Promise<void> {
    const { keys, docs } = this.documents(candidates);
    const names = keys.map((key) => candidates.find((c) => c.key === key)?.name);
    this.computing = true;
    const outcome = await this.#client.compare(docs);
    if (outcome.status === 'superseded') return;
    this.computing = false;
    if (outcome.status === 'done') {
      this.compared = { keys, names, docs, results: outcome.result, computedAt: Date.now() };
      this.error = undefined;
    } else {
      this.error = outcome.message;
    }
  }
}

/** What a text that is no share link at all gets (the link parser's own errors cover a damaged one). */
const NOT_A_LINK: ImportError = importError('invalid_link', LINK_SOURCE, '', {
  zh: '这不是情景链接（应包含“#s=”）',
  en: 'this is not a scenario link (it should contain "#s=")',
});

/** The name of a linked scenario that has none of its own. */
const LINKED_NAME: Bilingual = { zh: '链接中的情景', en: 'Scenario from a link' };
