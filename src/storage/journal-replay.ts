/**
 * Replays the edit journal on load: the unsaved state every closed tab left behind is written
 * where it belongs (a library entry, merged lever by lever into what is stored now; or the draft),
 * then its record is cleared. See journal.ts.
 */
import { sameValue } from '../scenario/merge';
import type { ScenarioLibrary, StorageFailure } from './library';
import { docToSave } from './library-records';
import { discardJournal, journalRecords, type JournalMirror, type JournalRecord, type JournalStorage } from './journal';
import type { ScenarioStore } from './scenario-store';

/** What replaying did. */
export interface ReplayOutcome {
  /** Records whose state was written (a library save, a new entry, or the draft). */
  readonly written: number;
  /** Records whose state was stored already (nothing to write). */
  readonly alreadyStored: number;
  /** Records that could not be written; they are kept for the next load. */
  readonly failures: readonly StorageFailure[];
}

/** Where the journal lives, and which tabs are still open (their records are theirs to clear). */
export interface ReplaySources {
  readonly local: JournalStorage | undefined;
  readonly mirror: JournalMirror | undefined;
  /** Ids of the tabs that are open now (their records are skipped). */
  readonly liveTabs: ReadonlySet<string>;
}

/** Writes one record's state; resolves to 'written', 'stored' (nothing to do) or a failure. */
async function replayOne(record: JournalRecord, library: ScenarioLibrary, store: ScenarioStore): Promise<'written' | 'stored' | StorageFailure> {
  const { scope, doc } = record;
  if (scope.kind === 'draft') {
    const loaded = await store.loadWorking();
    if (loaded.ok && loaded.value.status === 'ok' && sameValue(loaded.value.doc, doc)) return 'stored';
    const saved = await store.saveWorking(doc);
    return saved.ok ? 'written' : saved.error;
  }
  const current = await library.get(scope.id);
  if (!current.ok) return current.error;
  if (!current.value) {
    // The entry was deleted meanwhile: the edits are kept as a new entry rather than dropped.
    const created = await library.create(doc);
    return created.ok ? 'written' : created.error;
  }
  const merged = docToSave(current.value, doc, scope.knownRevision, scope.base);
  if (sameValue(merged.doc, current.value.doc)) return 'stored';
  const saved = await library.save(scope.id, doc, scope.knownRevision, scope.base);
  return saved.ok ? 'written' : saved.error;
}

/** Replays every journal record of a tab that is no longer open, oldest first, clearing each once written. */
export async function replayJournal(sources: ReplaySources, library: ScenarioLibrary, store: ScenarioStore): Promise<ReplayOutcome> {
  let written = 0;
  let alreadyStored = 0;
  const failures: StorageFailure[] = [];
  for (const record of await journalRecords(sources.local, sources.mirror)) {
    if (sources.liveTabs.has(record.tab)) continue;
    const outcome = await replayOne(record, library, store);
    if (outcome === 'written' || outcome === 'stored') {
      if (outcome === 'written') written++;
      else alreadyStored++;
      try {
        await discardJournal(record.tab, sources.local, sources.mirror);
      } catch {
        // Kept: replaying it again next time finds it stored.
      }
    } else {
      failures.push(outcome);
    }
  }
  return { written, alreadyStored, failures };
}
