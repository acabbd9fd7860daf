import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SandboxDb } from './db';
import { MemoryLibrary } from './library-memory';
import { openLibrary } from './open-library';

let counter = 0;
const names: string[] = [];
function freshName(): string {
  const name = `open-library-spec-${counter++}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('openLibrary', () => {
  it('opens IndexedDB when it works', async () => {
    const opened = await openLibrary(freshName());
    expect(opened.library.kind).toBe('indexeddb');
    expect(opened.failure).toBeUndefined();
    expect(await opened.library.create({ ...(await import('../scenario/parse')).emptyScenario(), name: 'Stored' })).toMatchObject({ ok: true });
  });

  it('falls back to memory, reporting unavailable, when the database cannot even be made', async () => {
    const opened = await openLibrary(freshName(), () => {
      throw new ReferenceError('indexedDB is not defined');
    });
    expect(opened.library).toBeInstanceOf(MemoryLibrary);
    expect(opened.failure).toEqual({ kind: 'unavailable', message: 'ReferenceError: indexedDB is not defined' });
  });

  it('falls back to memory when the IndexedDB API is missing', async () => {
    // An IndexedDB whose open() gives nothing: dexie's MissingAPIError.
    const opened = await openLibrary(freshName(), (name) => new SandboxDb(name, { indexedDB: { open: () => undefined } as unknown as IDBFactory }));
    expect(opened.library.kind).toBe('memory');
    expect(opened.failure?.kind).toBe('unavailable');
    expect(opened.failure?.message).toMatch(/MissingAPIError/);
  });

  it('falls back to memory when opening throws, as in private browsing', async () => {
    const refuse = (): never => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
    const opened = await openLibrary(freshName(), (name) => new SandboxDb(name, { indexedDB: { open: refuse } as unknown as IDBFactory }));
    expect(opened.library.kind).toBe('memory');
    expect(opened.failure?.kind).toBe('unavailable');
    expect(opened.failure?.message).toMatch(/InvalidStateError/);
  });

  it('falls back to memory when another tab blocks the upgrade, and lets go cleanly', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = freshName();
    // Another tab holding version 1 open and ignoring versionchange (an old build without dexie's auto-close).
    const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const opened = await openLibrary(name);
    expect(opened.library.kind).toBe('memory');
    expect(opened.failure?.kind).toBe('unavailable');
    expect(opened.failure?.message).toMatch(/^BlockedError:/);

    // The cancelled open must not reject unhandled (vitest fails the run on one) once the other tab lets go.
    oldTab.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
