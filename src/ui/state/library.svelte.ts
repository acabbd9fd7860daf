import { SvelteSet } from 'svelte/reactivity';
import type { Bilingual } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import type { ScenarioFileReader } from '../../compute/import-client';
import { scenarioFileName, scenarioFileText, storeScenarioReports, type FileReport } from '../../scenario/files';
import { encodeScenarioLink } from '../../scenario/link';
import type { StoryDoc } from '../../scenario/story';
import type { LibraryEntry, LibrarySnapshot, RemovedScenario, ScenarioLibrary, StorageFailure, VersionEntry } from '../../storage/library';
import { downloadText } from '../export/download';
import { LIBRARY_TEXT } from '../i18n/library';
import { PRESENT_TEXT } from '../i18n/present';
import type { Workbench } from './workbench.svelte';

/** What opening a share link reported (shown until dismissed). */
export type LinkNotice =
  | {
      readonly kind: 'opened';
      readonly otherModelVersion?: string;
      /** An old link without a checksum: damage to it could not be detected. */
      readonly unchecked?: boolean;
    }
  | { readonly kind: 'invalid'; readonly reasons: readonly Bilingual[] };

/** How the library list is ordered. */
export type LibrarySort = 'updated' | 'name' | 'created';

/**
 * The library view's state: the live list of stored scenarios (kept current from every tab), the
 * search and sort, the last delete (for undo), version history, and import reports. It moves
 * documents between the library and the workbench; it computes no model quantity.
 */
export class LibraryView {
  snapshot = $state.raw<LibrarySnapshot>({ entries: [], corrupt: [] });
  search = $state('');
  sort = $state<LibrarySort>('updated');
  /** Entries ticked for a multi-scenario export. */
  readonly selected = new SvelteSet<string>();
  /** The last deleted scenario, until undone or replaced by another delete. */
  removed = $state.raw<RemovedScenario | undefined>(undefined);
  /** The scenario whose versions are listed, and its versions (newest first). */
  versionsOf = $state<string | undefined>(undefined);
  versions = $state.raw<readonly VersionEntry[]>([]);
  /** The per-file report of the last import. */
  importReport = $state.raw<readonly FileReport[] | undefined>(undefined);
  /** How many files are being read for an import (0 when none). */
  importing = $state(0);
  /** Whether the last import's valid files were written; false when storing them failed (then nothing was imported). */
  importStored = $state(true);
  /** A storage failure to show in the library (the workbench shows its own). */
  failure = $state.raw<StorageFailure | undefined>(undefined);
  /** Set after "copy link" succeeded (the link text, for a manual copy when the clipboard is blocked). */
  link = $state<string | undefined>(undefined);
  linkNotice = $state.raw<LinkNotice | undefined>(undefined);
  /** Takes the stories of story files dropped or picked here (the stories' own store keeps them; see StoryShelf). */
  onStories: ((stories: readonly StoryDoc[]) => Promise<void>) | undefined;

  readonly #workbench: Workbench;
  readonly #library: ScenarioLibrary;
  readonly #files: ScenarioFileReader;

  /** Whether the library lives in memory only (IndexedDB unavailable): the page says so. */
  get memoryOnly(): boolean {
    return this.#library.kind === 'memory';
  }

  /** `files` reads and validates imported files (the import worker's client). */
  constructor(workbench: Workbench, library: ScenarioLibrary, files: ScenarioFileReader) {
    this.#workbench = workbench;
    this.#library = library;
    this.#files = files;
  }

  /** Follows the library (this tab's and other tabs' changes); returns the unsubscribe function. */
  start(): () => void {
    return this.#library.subscribe(
      (snapshot) => {
        this.snapshot = snapshot;
        this.#workbench.onLibrarySnapshot(snapshot);
      },
      (failure) => (this.failure = failure),
    );
  }

  /** The entries matching the search (name or notes, case-insensitive), in the chosen order. */
  get visible(): LibraryEntry[] {
    const query = this.search.trim().toLocaleLowerCase();
    const matching = this.snapshot.entries.filter(
      (e) => !query || e.doc.name.toLocaleLowerCase().includes(query) || e.doc.notes.toLocaleLowerCase().includes(query),
    );
    const byName = (a: LibraryEntry, b: LibraryEntry): number => a.doc.name.localeCompare(b.doc.name, this.#workbench.language === 'zh' ? 'zh-CN' : 'en');
    if (this.sort === 'name') return matching.sort(byName);
    if (this.sort === 'created') return matching.sort((a, b) => b.createdAt - a.createdAt);
    return matching.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** Opens a stored scenario in the workbench; true once it is open (false when it could not be read, the failure set). */
  async open(id: string): Promise<boolean> {
    const entry = await this.#library.get(id);
    if (!entry.ok) this.failure = entry.error;
    else if (entry.value) this.#workbench.openScenario(entry.value.doc, entry.value);
    return entry.ok && entry.value !== undefined;
  }

  /** Starts a new scenario in the library, at the baseline. */
  async create(name: string): Promise<void> {
    const base = this.#workbench.scenario;
    const created = await this.#library.create({ ...base, name, overrides: {}, notes: '', tracked: {} });
    if (!created.ok) this.failure = created.error;
    else this.#workbench.openScenario(created.value.doc, created.value);
  }

  async rename(id: string, name: string): Promise<void> {
    if (id === this.#workbench.openEntryId) {
      this.#workbench.setName(name);
      await this.#workbench.flushSave();
      return;
    }
    const renamed = await this.#library.rename(id, name);
    if (!renamed.ok) this.failure = renamed.error;
  }

  async duplicate(id: string): Promise<void> {
    const copy = await this.#library.duplicate(id);
    if (!copy.ok) this.failure = copy.error;
  }

  /** Deletes a scenario; `undo` puts it back with its versions. The open scenario stays on screen as a draft. */
  async remove(id: string): Promise<void> {
    if (id === this.#workbench.openEntryId) await this.#workbench.flushSave();
    const removed = await this.#library.remove(id);
    if (!removed.ok) this.failure = removed.error;
    else this.removed = removed.value;
  }

  async undoRemove(): Promise<void> {
    const removed = this.removed;
    if (!removed) return;
    const restored = await this.#library.restore(removed);
    if (!restored.ok) this.failure = restored.error;
    else this.removed = undefined;
  }

  /** Lists a scenario's saved versions (or hides them when listed already). */
  async toggleVersions(id: string): Promise<void> {
    if (this.versionsOf === id) {
      this.versionsOf = undefined;
      return;
    }
    const versions = await this.#library.versions(id);
    if (!versions.ok) {
      this.failure = versions.error;
      return;
    }
    this.versionsOf = id;
    this.versions = versions.value;
  }

  /** Makes an old version the scenario's current state (a new save: the history keeps the state it replaces). */
  async restoreVersion(version: VersionEntry): Promise<void> {
    const entry = await this.#library.get(version.scenarioId);
    if (!entry.ok || !entry.value) return;
    const saved = await this.#library.save(version.scenarioId, version.doc, entry.value.revision);
    if (!saved.ok) {
      this.failure = saved.error;
      return;
    }
    if (this.#workbench.openEntryId === version.scenarioId) this.#workbench.openScenario(saved.value.entry.doc, saved.value.entry);
    this.versionsOf = undefined;
  }

  /** Reads and checks scenario files off the main thread without storing them (the Compare view adds them to a comparison). */
  readFiles(files: readonly File[]): Promise<FileReport[]> {
    return this.#files.readFiles(files);
  }

  /**
   * Imports files (picker or drop): every file read and validated off the main thread before
   * anything is written, then the valid files' scenarios stored at once; a report per file.
   */
  async importFiles(files: readonly File[]): Promise<void> {
    this.importing = files.length;
    try {
      const outcome = await storeScenarioReports(await this.#files.readFiles(files), this.#library);
      const stories = outcome.reports.flatMap((report) => report.stories ?? []);
      if (stories.length > 0) await this.onStories?.(stories);
      this.importReport = outcome.reports;
      this.importStored = outcome.storageFailure === null;
      if (outcome.storageFailure) this.failure = outcome.storageFailure;
      else if (outcome.created.length > 0) this.failure = undefined; // a write succeeded: an earlier storage failure no longer holds
    } finally {
      this.importing = 0;
    }
  }

  /** The report line of one imported file: imported (only when the write succeeded), valid but not written, or refused. */
  importReportLine(report: FileReport): string {
    const text = LIBRARY_TEXT[this.#workbench.language];
    if (report.errors.length > 0) return text.importFailed(report.file);
    const [story] = report.stories ?? [];
    if (story && this.onStories) return PRESENT_TEXT[this.#workbench.language].importedStory(report.file, story.name);
    return this.importStored ? text.importOk(report.file, report.docs.length) : text.importNotStored(report.file, report.docs.length);
  }

  toggleSelected(id: string): void {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
  }

  /** Downloads scenarios as one JSON file (one document, or a bundle of several). */
  exportDocs(docs: readonly ScenarioDoc[]): void {
    if (docs.length === 0) return;
    downloadText(scenarioFileText(docs), 'application/json', scenarioFileName(docs));
  }

  /** Downloads the open scenario and every other stored one (the way out when storage is only in memory). */
  exportAll(): void {
    const others = this.snapshot.entries.filter((e) => e.id !== this.#workbench.openEntryId).map((e) => e.doc);
    this.exportDocs([this.#workbench.scenario, ...others]);
  }

  exportSelected(): void {
    this.exportDocs(this.snapshot.entries.filter((e) => this.selected.has(e.id)).map((e) => e.doc));
  }

  /** Downloads a corrupt record exactly as stored, for repair elsewhere. */
  exportRaw(id: string): void {
    const record = this.snapshot.corrupt.find((c) => c.id === id);
    if (record) downloadText(JSON.stringify(record.raw, null, 2), 'application/json', `corrupt-${id}.json`);
  }

  async removeCorrupt(id: string): Promise<void> {
    const removed = await this.#library.removeCorrupt(id);
    if (!removed.ok) this.failure = removed.error;
  }

  /** Puts a link to the current scenario (overrides, model version, language) into the URL and the clipboard. */
  async copyLink(): Promise<boolean> {
    const hash = await encodeScenarioLink(this.#workbench.scenario, this.#workbench.language);
    const url = `${location.origin}${location.pathname}${hash}`;
    this.link = url;
    try {
      await navigator.clipboard.writeText(url);
      return true;
    } catch {
      return false; // The link is shown for a manual copy.
    }
  }
}
