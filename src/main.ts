/** Builds the app's services once (model worker client, scenario library and draft store), opens a share link if the URL carries one, mounts the page and registers the offline service worker. */
import { mount } from 'svelte';
import { ImportClient, startImportWorker } from './compute/import-client';
import { startMcPool } from './compute/mc-workers';
import { startModelClient } from './compute/model-workers';
import { registerServiceWorker } from './offline/service-worker';
import { decodeScenarioLink, isScenarioLink } from './scenario/link';
import type { ScenarioDoc } from './scenario/document';
import { SandboxDb } from './storage/db';
import { browserLocalStorage, DexieJournalMirror, EditJournal, holdTabLock, liveTabIds, newTabId } from './storage/journal';
import { replayJournal } from './storage/journal-replay';
import { openLibrary } from './storage/open-library';
import { DexieScenarioStore, MemoryScenarioStore } from './storage/scenario-store';
import { DexieStoryStore, MemoryStoryStore } from './storage/story-store';
import App from './ui/App.svelte';
import { detachedStage } from './ui/rehearsal-stage';
import { AppUpdate } from './ui/state/app-update.svelte';
import { LibraryView, type LinkNotice } from './ui/state/library.svelte';
import { StoryShelf } from './ui/state/stories.svelte';
import { Workbench } from './ui/state/workbench.svelte';
import { Workshop } from './ui/state/workshop.svelte';

/** Reads a share link from the URL hash, then removes it from the address bar (a reload must not open it again). */
async function takeLink(): Promise<{ doc?: ScenarioDoc; language?: 'zh' | 'en'; notice?: LinkNotice }> {
  if (!isScenarioLink(location.hash)) return {};
  const decoded = await decodeScenarioLink(location.hash);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (!decoded.ok) return { notice: { kind: 'invalid', reasons: decoded.error.map((e) => e.message) } };
  const { doc, language, modelVersion, fromOtherModelVersion, unchecked } = decoded.value;
  return {
    doc,
    language,
    notice: { kind: 'opened', ...(fromOtherModelVersion ? { otherModelVersion: modelVersion } : {}), ...(unchecked ? { unchecked } : {}) },
  };
}

async function main(): Promise<void> {
  const client = startModelClient();
  const { library } = await openLibrary();
  // Without IndexedDB the draft lives in memory too; the page says so and offers an export.
  const store = library.kind === 'memory' ? new MemoryScenarioStore() : new DexieScenarioStore();
  // Edits that a closed tab had not saved yet are written first (see storage/journal.ts).
  let journal: EditJournal | undefined;
  if (library.kind === 'indexeddb') {
    const tab = newTabId();
    holdTabLock(tab);
    const local = browserLocalStorage();
    const mirror = new DexieJournalMirror(new SandboxDb());
    await replayJournal({ local, mirror, liveTabs: await liveTabIds() }, library, store);
    journal = new EditJournal(tab, local, mirror);
  }
  const workbench = new Workbench(client, store, library, journal, startMcPool());
  // The warm-up rehearses an edit on a copy of the views, away from the page.
  workbench.warmUp.stage = detachedStage(workbench);
  // Imported files are read and validated in a worker, started at the first import.
  const files = new ImportClient(() =>
    startImportWorker(new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'import' })),
  );
  const libraryView = new LibraryView(workbench, library, files);
  // The workshop reads its files with the same reader (and so the same per-file report) as an import.
  const workshop = new Workshop(client, files);
  // Stories are saved beside the library (in memory when it is) and read with the same file reader.
  const storyStore = library.kind === 'memory' ? new MemoryStoryStore() : new DexieStoryStore();
  const stories = new StoryShelf(workbench, storyStore, files, libraryView);
  const link = await takeLink();

  const target = document.getElementById('app');
  if (!target) throw new Error('index.html has no #app element');
  libraryView.linkNotice = link.notice;
  const update = new AppUpdate();
  mount(App, { target, props: { workbench, library: libraryView, workshop, update, stories } });
  // Offline use: the production build's service worker precaches the app (see src/offline). Not in
  // dev, where it would serve stale modules under Vite's live reload. Registered once the page has
  // loaded, beside the first model run rather than after it, so that a version already waiting is
  // offered at once. A new version is taken only when the user reloads into it, after the
  // pending edits are written.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const register = () =>
      void registerServiceWorker('./sw.js', (reloadIntoUpdate) => update.offer(() => void workbench.flushSave().finally(reloadIntoUpdate)));
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }
  libraryView.start();
  await workbench.init(link.doc);
  if (link.language) workbench.setLanguage(link.language);
  await stories.openLink(location.hash);

  // A link pasted into this tab's address bar opens without a reload.
  window.addEventListener('hashchange', () => {
    void stories.openLink(location.hash);
    void takeLink().then(({ doc, language, notice }) => {
      if (doc) workbench.openScenario(doc);
      if (language) workbench.setLanguage(language);
      libraryView.linkNotice = notice;
    });
  });
  // Edits waiting for a pause are written before the page is hidden or closed.
  window.addEventListener('pagehide', () => void workbench.flushSave());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void workbench.flushSave();
  });
}

void main();
