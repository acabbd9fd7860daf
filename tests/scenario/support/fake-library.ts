/**
 * An in-memory stand-in for ScenarioLibrary.importAll that records everything: each call's
 * documents, every document it was given that parseScenario would refuse (or would change, compared as JSON text), and
 * its entries. Every entry is deep-frozen when it is stored, so any later attempt to change it throws.
 */
import { err, ok, type Result } from '../../../src/shared/result';
import type { ScenarioDoc } from '../../../src/scenario/document';
import { parseScenario } from '../../../src/scenario/parse';
import { uniqueName, type LibraryEntry, type ScenarioLibrary, type StorageFailure } from '../../../src/storage/library';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The fake library. `Pick<ScenarioLibrary, 'importAll'>` checks it keeps the library's contract shape. */
export class FakeLibrary implements Pick<ScenarioLibrary, 'importAll'> {
  readonly entries: LibraryEntry[] = [];
  /** The documents of every importAll call, in order. */
  readonly calls: ScenarioDoc[][] = [];
  /** Descriptions of documents importAll received that are not exactly what parseScenario gives for them. */
  readonly violations: string[] = [];
  /** When set, the next importAll stores nothing and resolves to this failure. */
  failNext: StorageFailure | null = null;
  /** When set, the next importAll throws this. */
  throwNext: unknown = undefined;
  private nextId = 1;

  constructor(existing: readonly ScenarioDoc[] = []) {
    for (const doc of existing) this.entries.push(deepFreeze(this.entry(doc)));
  }

  private entry(doc: ScenarioDoc): LibraryEntry {
    const id = `entry-${this.nextId++}`;
    return { id, doc, createdAt: 0, updatedAt: 0, revision: 1 };
  }

  /** The stored entries as text: equal texts mean byte-identical content. */
  snapshot(): string {
    return JSON.stringify(this.entries);
  }

  async importAll(docs: readonly ScenarioDoc[]): Promise<Result<LibraryEntry[], StorageFailure>> {
    this.calls.push([...docs]);
    for (const doc of docs) {
      const reparsed = parseScenario(JSON.parse(JSON.stringify(doc)) as unknown);
      if (!reparsed.ok || JSON.stringify(reparsed.value) !== JSON.stringify(doc)) this.violations.push(JSON.stringify(doc).slice(0, 300));
    }
    if (this.throwNext !== undefined) {
      const thrown = this.throwNext;
      this.throwNext = undefined;
      throw thrown;
    }
    if (this.failNext) {
      const failure = this.failNext;
      this.failNext = null;
      return err(failure);
    }
    const taken = new Set(this.entries.map((e) => e.doc.name));
    const created = docs.map((doc) => {
      const name = uniqueName(doc.name, taken);
      taken.add(name);
      return deepFreeze(this.entry({ ...doc, name }));
    });
    this.entries.push(...created);
    return ok(created);
  }
}
