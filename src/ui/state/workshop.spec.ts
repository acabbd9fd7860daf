import { describe, expect, it } from 'vitest';
import type { ScenarioFileReader } from '../../compute/import-client';
import type { ModelApi } from '../../compute/model-api';
import { ModelClient } from '../../compute/model-client';
import type { FileReport } from '../../scenario/files';
import type { ScenarioDoc } from '../../scenario/document';
import { Workshop } from './workshop.svelte';

const doc = (name: string): ScenarioDoc => ({ schemaVersion: 2, name, notes: '', overrides: {} }) as unknown as ScenarioDoc;
const valid = (file: string, ...docs: ScenarioDoc[]): FileReport => ({ file, docs, errors: [], moreErrors: 0, warnings: [], moreWarnings: 0 });
const refused = (file: string): FileReport => ({
  file,
  docs: [],
  errors: [{ kind: 'invalid_json', file, path: '', message: { en: `${file}: is not valid JSON`, zh: `${file}：不是有效的 JSON` } }],
  moreErrors: 0,
  warnings: [],
  moreWarnings: 0,
});

/** A reader that gives fixed reports, whatever the files. */
const reader = (reports: FileReport[]): ScenarioFileReader => ({ readFiles: async () => reports });

/** A model whose exact runs finish when the test releases them; a result names its scenario. */
function model() {
  const started: { name: string; finish: () => void }[] = [];
  const api: ModelApi = {
    runWorkbench: (scenario) => new Promise((resolve) => started.push({ name: scenario.name, finish: () => resolve({ ran: scenario.name } as never) })),
    previewWorkbench: () => Promise.reject(new Error('not used')),
    household: () => Promise.reject(new Error('not used')),
    ownHousehold: () => Promise.reject(new Error('not used')),
    warmUp: () => Promise.resolve(false),
    checkExpression: () => null,
    goalSeek: () => Promise.reject(new Error('not used')),
    waterfall: () => Promise.reject(new Error('not used')),
    leastCost: () => Promise.reject(new Error('not used')),
    tornado: () => Promise.reject(new Error('not used')),
    globalSensitivity: () => Promise.reject(new Error('not used')),
  };
  return { client: new ModelClient(api), started };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const files = [new File(['{}'], 'any.json')];

describe('the workshop collector', () => {
  it('takes every scenario of the valid files as a participant, leaves the bad files out, and shows results once all have run', async () => {
    const { client, started } = model();
    const workshop = new Workshop(client, reader([valid('a.json', doc('A')), refused('bad.json'), valid('pair.json', doc('B'), doc(''))]));
    const done = workshop.collect(files);
    await flush();
    expect(workshop.reports.map((r) => r.file)).toEqual(['a.json', 'bad.json', 'pair.json']);
    // A file of several scenarios: one participant each, named by file and scenario (or its place when untitled).
    expect(workshop.participants.map((p) => p.label)).toEqual(['a.json', 'pair.json · B', 'pair.json · 2']);
    expect(workshop.progress).toEqual({ done: 0, total: 3 });
    for (let i = 0; i < 3; i++) {
      started[i]!.finish();
      await flush();
    }
    await done;
    expect(workshop.progress).toBeUndefined();
    expect(workshop.results).toEqual([{ ran: 'A' }, { ran: 'B' }, { ran: '' }]);
  });

  it('cancelled, shows no results and can run again', async () => {
    const { client, started } = model();
    const workshop = new Workshop(client, reader([valid('a.json', doc('A')), valid('b.json', doc('B'))]));
    const done = workshop.collect(files);
    await flush();
    workshop.cancel();
    started[0]!.finish();
    await done;
    expect(workshop.cancelled).toBe(true);
    expect(workshop.results).toBeUndefined();
    expect(started).toHaveLength(1);
    const again = workshop.run();
    await flush();
    started[1]!.finish();
    await flush();
    started[2]!.finish();
    await again;
    expect(workshop.cancelled).toBe(false);
    expect(workshop.results).toEqual([{ ran: 'A' }, { ran: 'B' }]);
  });

  it('a new collection replaces one still running: the older results never show', async () => {
    const { client, started } = model();
    const reports = [[valid('old.json', doc('old'))], [valid('new.json', doc('new'))]];
    const workshop = new Workshop(client, { readFiles: async () => reports.shift()! });
    const older = workshop.collect(files);
    await flush();
    const newer = workshop.collect(files);
    await flush();
    started[0]!.finish();
    await older;
    await flush();
    started[1]!.finish();
    await newer;
    expect(started.map((s) => s.name)).toEqual(['old', 'new']);
    expect(workshop.participants.map((p) => p.file)).toEqual(['new.json']);
    expect(workshop.results).toEqual([{ ran: 'new' }]);
  });

  it('ticks at most three participants for the Compare view', async () => {
    const { client, started } = model();
    const workshop = new Workshop(client, reader(['a', 'b', 'c', 'd'].map((n) => valid(`${n}.json`, doc(n)))));
    const done = workshop.collect(files);
    await flush();
    for (let i = 0; i < 4; i++) {
      started[i]!.finish();
      await flush();
    }
    await done;
    for (const p of workshop.participants) workshop.togglePick(p.key);
    expect([...workshop.picked]).toEqual(workshop.participants.slice(0, 3).map((p) => p.key));
    workshop.togglePick(workshop.participants[0]!.key);
    expect(workshop.picked.size).toBe(2);
    expect(workshop.candidates.map((c) => c.name)).toEqual(['a.json', 'b.json', 'c.json', 'd.json']);
  });
});

describe('a collection without a valid file', () => {
  it('replacing one still running, shows no progress and no results', async () => {
    const { client, started } = model();
    const reports = [[valid('old.json', doc('old'))], [refused('bad.json')]];
    const workshop = new Workshop(client, { readFiles: async () => reports.shift()! });
    const older = workshop.collect(files);
    await flush();
    const newer = workshop.collect(files);
    await newer;
    // The older runs are still in flight, and no longer this collection's.
    expect(workshop.progress).toBeUndefined();
    started[0]!.finish();
    await older;
    expect(workshop.progress).toBeUndefined();
    expect(workshop.running).toBe(false);
    expect(workshop.results).toBeUndefined();
    expect(workshop.cancelled).toBe(false);
    expect(workshop.reports.map((r) => r.file)).toEqual(['bad.json']);
  });
});
