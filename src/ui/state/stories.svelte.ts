import type { ScenarioFileReader } from '../../compute/import-client';
import type { FileReport } from '../../scenario/files';
import { emptyStory, storyFileText, type StoryDoc, type StoryStep } from '../../scenario/story';
import { decodeStoryLink, encodeStoryLink, isStoryLink } from '../../scenario/story-link';
import { slugify } from '../../shared/file-name';
import type { StorageFailure } from '../../storage/library';
import type { StoryList, StoryStore } from '../../storage/story-store';
import { downloadText } from '../export/download';
import type { Language } from '../i18n/messages';
import { PRESENT_TEXT } from '../i18n/present';
import { Presentation } from './presentation.svelte';
import type { CentreView, Workbench } from './workbench.svelte';

/** What the page showed before presenting, given back at the end. */
interface Shown {
  readonly doc: Workbench['scenario'];
  readonly entryId: string | undefined;
  readonly view: CentreView;
  readonly focus: string;
}

/** One line of the story import report: the file and what became of it, with the reasons for a refusal. */
export interface StoryImportLine {
  readonly file: string;
  readonly text: string;
  readonly reasons: readonly string[];
}

/** What stories need of the scenario library (LibraryView has it). */
export interface StoryLibraryHooks {
  /** Opens a library scenario; true once it is open. */
  open(id: string): Promise<boolean>;
  /** Set by the shelf: takes the stories of story files imported in the library dialog. */
  onStories: ((stories: readonly StoryDoc[]) => Promise<void>) | undefined;
}

/** What opening a story link reported (shown until dismissed). */
export type StoryLinkNotice = { readonly kind: 'opened'; readonly name: string } | { readonly kind: 'invalid'; readonly reasons: string };

/**
 * Stories: the saved list, the story being edited (its steps made from what the workbench shows),
 * saving, files and links, and presentation mode. Steps take a copy of the scenario on screen; a
 * presented step goes back into the workbench through `openScenario`, so the model workers run it
 * as any opened scenario. It computes no model quantity.
 */
export class StoryShelf {
  /** The saved stories (newest first) and the ids of records that cannot be read. */
  list = $state.raw<StoryList>({ entries: [], unreadable: [] });
  /** The story being edited (a plain object: stored and cloned as it is). */
  draft = $state.raw<StoryDoc>(emptyStory(''));
  /** Whether the draft has changes not saved yet. */
  dirty = $state(false);
  failure = $state.raw<StorageFailure | undefined>(undefined);
  /** Whether the stories dialog is open. */
  dialogOpen = $state(false);
  /** After "copy link": copied, shown for a manual copy, or too long for a link. */
  linkStatus = $state<'copied' | 'manual' | 'too-long' | undefined>(undefined);
  link = $state<string | undefined>(undefined);
  importLines = $state.raw<readonly StoryImportLine[]>([]);
  linkNotice = $state.raw<StoryLinkNotice | undefined>(undefined);
  readonly presentation: Presentation;

  readonly #workbench: Workbench;
  readonly #store: StoryStore;
  readonly #files: ScenarioFileReader;
  readonly #library: StoryLibraryHooks;
  #shown: Shown | undefined;

  /**
   * `files` reads story files (the import worker's client, the same reader as scenario imports);
   * `library` opens a library scenario (to give it back after presenting), and hands over the
   * stories of story files imported in the library dialog.
   */
  constructor(workbench: Workbench, store: StoryStore, files: ScenarioFileReader, library: StoryLibraryHooks) {
    this.#workbench = workbench;
    this.#store = store;
    this.#files = files;
    this.#library = library;
    library.onStories = (stories) => this.importStories(stories);
    this.presentation = new Presentation({
      begin: () => {
        this.#shown = { doc: workbench.scenario, entryId: workbench.openEntryId, view: workbench.view, focus: workbench.focusOutput };
        // The steps' scenarios are shown, never stored over the user's own.
        workbench.autosave.hold();
      },
      show: (step) => {
        workbench.openScenario(step.scenario);
        workbench.focusOutput = step.focus;
        workbench.showView(step.view);
      },
      end: () => {
        workbench.autosave.release();
        const shown = this.#shown;
        this.#shown = undefined;
        if (!shown) return;
        if (shown.entryId !== undefined) void this.#library.open(shown.entryId).then((opened) => opened || workbench.openScenario(shown.doc));
        else workbench.openScenario(shown.doc);
        workbench.focusOutput = shown.focus;
        workbench.showView(shown.view);
      },
      setLanguage: (language) => workbench.setLanguage(language),
    });
  }

  get #text() {
    return PRESENT_TEXT[this.#workbench.language];
  }

  /** Reads the saved stories. */
  async refresh(): Promise<void> {
    const listed = await this.#store.list();
    if (listed.ok) this.list = listed.value;
    else this.failure = listed.error;
  }

  /** Starts a new, empty story (the one being edited is left as it was last saved). */
  newStory(): void {
    this.draft = emptyStory('');
    this.dirty = false;
    this.linkStatus = undefined;
  }

  /** Edits a saved story. */
  openStory(id: string): void {
    const entry = this.list.entries.find((e) => e.story.id === id);
    if (!entry) return;
    this.draft = entry.story;
    this.dirty = false;
    this.linkStatus = undefined;
  }

  setName(name: string): void {
    this.#change({ ...this.draft, name });
  }

  /** Adds what the workbench shows (a copy of its scenario, its view and large chart's output) as the last step, with a note. */
  addStep(note = '', title = ''): void {
    const workbench = this.#workbench;
    const step: StoryStep = { scenario: $state.snapshot(workbench.scenario), view: workbench.view, focus: workbench.focusOutput, note };
    this.#change({ ...this.draft, steps: [...this.draft.steps, title ? { ...step, title } : step] });
  }

  /** Moves step `index` by `by` places (−1 up, +1 down); nothing past the ends. */
  moveStep(index: number, by: number): void {
    const to = index + by;
    const steps = [...this.draft.steps];
    if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return;
    const [step] = steps.splice(index, 1);
    if (step) steps.splice(to, 0, step);
    this.#change({ ...this.draft, steps });
  }

  removeStep(index: number): void {
    this.#change({ ...this.draft, steps: this.draft.steps.filter((_, i) => i !== index) });
  }

  setNote(index: number, note: string): void {
    this.#updateStep(index, (step) => ({ ...step, note }));
  }

  setTitle(index: number, title: string): void {
    this.#updateStep(index, ({ title: _old, ...step }) => (title ? { ...step, title } : step));
  }

  /** Saves the story being edited (untitled gets the placeholder name); true when it was written. */
  async save(): Promise<boolean> {
    const story = this.draft.name.trim() ? this.draft : { ...this.draft, name: this.#text.untitledStory };
    const saved = await this.#store.save(story);
    if (!saved.ok) {
      this.failure = saved.error;
      return false;
    }
    this.draft = story;
    this.dirty = false;
    this.failure = undefined;
    await this.refresh();
    return true;
  }

  /** Deletes a saved story (the one being edited stays on screen, unsaved). */
  async remove(id: string): Promise<void> {
    const removed = await this.#store.remove(id);
    if (!removed.ok) this.failure = removed.error;
    else if (id === this.draft.id) this.dirty = true;
    await this.refresh();
  }

  /** Downloads the story being edited as `<name>.story.json`. */
  exportFile(): void {
    downloadText(storyFileText(this.draft), 'application/json', `${slugify(this.draft.name, 80) || 'story'}.story.json`);
  }

  /** Puts a link to the story being edited into the clipboard (or shows it for a manual copy). */
  async copyLink(): Promise<void> {
    let hash: string;
    try {
      hash = await encodeStoryLink(this.draft, this.#workbench.language);
    } catch {
      this.link = undefined;
      this.linkStatus = 'too-long';
      return;
    }
    this.link = `${location.origin}${location.pathname}${hash}`;
    try {
      await navigator.clipboard.writeText(this.link);
      this.linkStatus = 'copied';
    } catch {
      this.linkStatus = 'manual';
    }
  }

  /**
   * Imports story files through the scenario files' reader (off the main thread, the same limits
   * and checks), which tells stories from scenarios by `kind`: each valid story is saved (a story
   * with the id of a saved one replaces it), and the last one opens for editing.
   */
  async importFiles(files: readonly File[]): Promise<void> {
    const reports = await this.#files.readFiles(files);
    const lines: StoryImportLine[] = [];
    for (const report of reports) lines.push(await this.#importReport(report));
    this.importLines = lines;
    await this.refresh();
  }

  /** Saves stories read elsewhere (the library dialog's import); the last one opens for editing. */
  async importStories(stories: readonly StoryDoc[]): Promise<void> {
    for (const story of stories) {
      const saved = await this.#store.save(story);
      if (!saved.ok) this.failure = saved.error;
      else {
        this.draft = story;
        this.dirty = false;
      }
    }
    await this.refresh();
  }

  async #importReport(report: FileReport): Promise<StoryImportLine> {
    const text = this.#text;
    const language = this.#workbench.language;
    if (report.errors.length > 0) return { file: report.file, text: text.importRefused(report.file), reasons: report.errors.map((e) => e.message[language]) };
    const [story] = report.stories ?? [];
    if (!story) return { file: report.file, text: text.notAStoryFile(report.file), reasons: [] };
    const saved = await this.#store.save(story);
    if (!saved.ok) {
      this.failure = saved.error;
      return { file: report.file, text: text.storageFailed(saved.error.message), reasons: [] };
    }
    this.draft = story;
    this.dirty = false;
    return { file: report.file, text: text.importedStory(report.file, story.name), reasons: [] };
  }

  /**
   * Opens a story link from the URL hash (`#story=…`) for editing, unsaved, in the sender's
   * language, and opens the stories dialog; the hash is removed so a reload does not open it
   * again. Does nothing for any other hash.
   */
  async openLink(hash: string): Promise<void> {
    if (!isStoryLink(hash)) return;
    const decoded = await decodeStoryLink(hash);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    if (!decoded.ok) {
      this.linkNotice = { kind: 'invalid', reasons: decoded.error.map((e) => e.message[this.#workbench.language]).join('; ') };
    } else {
      this.#workbench.setLanguage(decoded.value.language);
      this.draft = decoded.value.story;
      this.dirty = true;
      this.linkNotice = { kind: 'opened', name: decoded.value.story.name };
    }
    this.dialogOpen = true;
  }

  /** Presents the story being edited from its first step; false for a story without steps. */
  present(): boolean {
    return this.presentation.start(this.draft);
  }

  /** Switches the language (the presentation keeps its step). */
  setLanguage(language: Language): void {
    this.presentation.setLanguage(language);
  }

  #updateStep(index: number, update: (step: StoryStep) => StoryStep): void {
    const step = this.draft.steps[index];
    if (!step) return;
    this.#change({ ...this.draft, steps: this.draft.steps.map((s, i) => (i === index ? update(step) : s)) });
  }

  #change(story: StoryDoc): void {
    this.draft = story;
    this.dirty = true;
    this.linkStatus = undefined;
  }
}
