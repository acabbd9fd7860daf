import type { ModelRunResult } from '../../compute/model-api';
import type { ModelClient } from '../../compute/model-client';
import type { ScenarioDoc, ScenarioError } from '../../scenario/document';
import { emptyScenario } from '../../scenario/parse';
import type { ScenarioStore } from '../../storage/scenario-store';
import { asLanguage, type Language } from '../i18n/messages';

/** A problem with browser storage that the page must show. */
export type StorageNotice =
  | { readonly kind: 'corrupt'; readonly errors: readonly ScenarioError[] }
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'save-failed'; readonly reason: string };

/**
 * The state of the workbench page: the scenario being edited, the latest model result, the
 * language and what storage reported. Components read it and call its methods; it never computes
 * a model quantity itself.
 */
export class Workbench {
  scenario = $state.raw<ScenarioDoc>(emptyScenario());
  result = $state.raw<ModelRunResult | undefined>(undefined);
  language = $state<Language>('zh');
  computing = $state(false);
  runError = $state<string | undefined>(undefined);
  storageNotice = $state<StorageNotice | undefined>(undefined);
  saveState = $state<'saved' | 'unsaved'>('saved');
  ready = $state(false);

  readonly #client: ModelClient;
  readonly #store: ScenarioStore;

  constructor(client: ModelClient, store: ScenarioStore) {
    this.#client = client;
    this.#store = store;
  }

  /** Restores the language and the working scenario from storage, then runs the model. */
  async init(): Promise<void> {
    this.language = asLanguage(await this.#store.getSetting('language')) ?? this.language;
    const load = await this.#store.loadWorking();
    if (load.status === 'ok') this.scenario = load.doc;
    else if (load.status === 'corrupt') this.storageNotice = { kind: 'corrupt', errors: load.errors };
    else if (load.status === 'unavailable') this.storageNotice = { kind: 'unavailable', reason: load.message };
    this.ready = true;
    await this.#run();
  }

  /** Current value of a scalar parameter, or undefined when it is not overridden. */
  override(id: string): number | undefined {
    const value = this.scenario.overrides[id];
    return typeof value === 'number' ? value : value?.path[0]?.[1];
  }

  /** Sets a scalar override, reruns the model and saves the scenario. */
  setOverride(id: string, value: number): void {
    this.scenario = { ...this.scenario, overrides: { ...this.scenario.overrides, [id]: value } };
    this.saveState = 'unsaved';
    void this.#run();
    void this.#save(this.scenario);
  }

  /** Switches the UI language and remembers the choice. */
  setLanguage(language: Language): void {
    this.language = language;
    void this.#store.setSetting('language', language);
  }

  async #run(): Promise<void> {
    this.computing = true;
    const outcome = await this.#client.run(this.scenario);
    if (outcome.status === 'superseded') return;
    this.computing = this.#client.busy;
    if (outcome.status === 'done') {
      this.result = outcome.result;
      this.runError = undefined;
    } else {
      // Keep the last good result on screen and say what went wrong.
      this.runError = outcome.message;
    }
  }

  async #save(doc: ScenarioDoc): Promise<void> {
    const failure = await this.#store.saveWorking(doc);
    if (failure) {
      this.storageNotice = { kind: 'save-failed', reason: failure.message };
      return;
    }
    if (this.scenario === doc) this.saveState = 'saved';
  }
}
