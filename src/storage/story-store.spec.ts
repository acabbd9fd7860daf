// The story store on IndexedDB (fake-indexeddb) and in memory: the same behaviour from both.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyScenario } from '../scenario/parse';
import { emptyStory, type StoryDoc } from '../scenario/story';
import { SandboxDb } from './db';
import { DexieStoryStore, MemoryStoryStore, type StoryStore } from './story-store';

let counter = 0;
const open: Dexie[] = [];
const names: string[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function dexieStore(): { store: DexieStoryStore; db: SandboxDb } {
  const name = `story-store-spec-${counter++}`;
  names.push(name);
  const db = new SandboxDb(name);
  open.push(db);
  return { store: new DexieStoryStore(db), db };
}

function story(id: string, name: string, notes: string[] = []): StoryDoc {
  return {
    ...emptyStory(name, id),
    steps: notes.map((note) => ({ scenario: { ...emptyScenario(), name: `for ${note}` }, view: 'trajectories', focus: 'income_per_capita', note })),
  };
}

/** Lets the clock move on, so two saves have different times. */
const later = () => new Promise((resolve) => setTimeout(resolve, 3));

const stores: [string, () => StoryStore][] = [
  ['DexieStoryStore', () => dexieStore().store],
  ['MemoryStoryStore', () => new MemoryStoryStore()],
];

describe.each(stores)('%s', (_name, make) => {
  it('lists nothing at first, then the saved stories newest first, as saved', async () => {
    const store = make();
    expect(await store.list()).toEqual({ ok: true, value: { entries: [], unreadable: [] } });
    await store.save(story('a', 'First', ['one']));
    await later();
    await store.save(story('b', 'Second', ['one', 'two']));
    const listed = await store.list();
    expect(listed.ok && listed.value.entries.map((e) => e.story)).toEqual([story('b', 'Second', ['one', 'two']), story('a', 'First', ['one'])]);
  });

  it('replaces a story saved again under its id, and deletes by id', async () => {
    const store = make();
    await store.save(story('a', 'First', ['one']));
    await later();
    await store.save(story('a', 'First, revised', ['one', 'two', 'three']));
    let listed = await store.list();
    expect(listed.ok && listed.value.entries.map((e) => [e.story.name, e.story.steps.length])).toEqual([['First, revised', 3]]);
    expect(await store.remove('a')).toEqual({ ok: true, value: undefined });
    expect(await store.remove('never-there')).toEqual({ ok: true, value: undefined });
    listed = await store.list();
    expect(listed.ok && listed.value.entries).toEqual([]);
  });
});

describe('DexieStoryStore on a damaged record', () => {
  it('lists a record that is not a valid story by id, and keeps it', async () => {
    const { store, db } = dexieStore();
    await store.save(story('good', 'Good', ['one']));
    await db.stories.put({
      id: 'broken',
      doc: { kind: 'prosperity-sandbox-story', schemaVersion: 1, id: 'broken', name: 'B', steps: [{ view: 'x' }] },
      updatedAt: 1,
    });
    const listed = await store.list();
    expect(listed.ok && listed.value.unreadable).toEqual(['broken']);
    expect(listed.ok && listed.value.entries.map((e) => e.story.id)).toEqual(['good']);
    expect(await db.stories.get('broken')).toBeDefined();
  });

  it('opens a version-2 database (no stories table) and adds the table, keeping the scenarios', async () => {
    const name = `story-store-spec-${counter++}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores({ scenarios: 'id, updatedAt', settings: 'key', versions: '++id, scenarioId, [scenarioId+savedAt]' });
    await v2.table('scenarios').put({ id: 'kept', doc: emptyScenario(), updatedAt: 5 });
    v2.close();
    const db = new SandboxDb(name);
    open.push(db);
    const store = new DexieStoryStore(db);
    expect(await store.save(story('s', 'After upgrade', ['one']))).toMatchObject({ ok: true });
    expect(db.verno).toBe(3);
    expect(await db.scenarios.get('kept')).toMatchObject({ id: 'kept', updatedAt: 5 });
  });
});
