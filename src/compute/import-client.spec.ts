import { describe, expect, it } from 'vitest';
import type { FileReport } from '../scenario/files';
import { ImportClient, type ImportWorker } from './import-client';

/** A File-like object (the client passes files through unread; the main-thread fallback reads them). */
function file(name: string, text: string): File {
  return { name, size: new TextEncoder().encode(text).byteLength, text: async () => text } as unknown as File;
}

/** A report only a fake worker makes, so a test can tell where a file was read. */
function workerReport(f: File): FileReport {
  return { file: `${f.name} (worker)`, docs: [], errors: [], moreErrors: 0, warnings: [], moreWarnings: 0 };
}

interface FakeWorkers {
  readonly spawn: () => ImportWorker;
  readonly started: number;
  readonly terminated: number;
  readonly files: string[];
}

/** Spawns fake workers; `behaviour` decides, per worker, whether it answers, fails or hangs. */
function fakeWorkers(behaviour: (index: number) => 'answers' | 'fails' | 'hangs'): FakeWorkers {
  const state = { started: 0, terminated: 0, files: [] as string[] };
  const spawn = (): ImportWorker => {
    const kind = behaviour(state.started++);
    const failed = kind === 'fails' ? Promise.reject(new Error('worker script 404')) : new Promise<never>(() => undefined);
    failed.catch(() => undefined);
    return {
      api: {
        readFile: (f) => {
          state.files.push(f.name);
          return kind === 'answers' ? Promise.resolve(workerReport(f)) : new Promise<FileReport>(() => undefined);
        },
      },
      failed,
      terminate: () => void state.terminated++,
    };
  };
  return {
    spawn,
    get started() {
      return state.started;
    },
    get terminated() {
      return state.terminated;
    },
    files: state.files,
  };
}

describe('ImportClient', () => {
  it('reads every file in the worker, in order, starting the worker once for several imports', async () => {
    const workers = fakeWorkers(() => 'answers');
    const client = new ImportClient(workers.spawn);
    expect(workers.started).toBe(0); // started only when a file is read
    const first = await client.readFiles([file('a.json', '{}'), file('b.json', '{}')]);
    const second = await client.readFiles([file('c.json', '{}')]);
    expect([...first, ...second].map((r) => r.file)).toEqual(['a.json (worker)', 'b.json (worker)', 'c.json (worker)']);
    expect(workers.started).toBe(1);
    expect(workers.files).toEqual(['a.json', 'b.json', 'c.json']);
  });

  it('reads on the main thread when the worker cannot start, and stops starting workers after two failures', async () => {
    const workers = fakeWorkers(() => 'fails');
    const client = new ImportClient(workers.spawn);
    const reports = await client.readFiles([file('x.json', '{'), file('y.json', '{'), file('z.json', '{')]);
    // Read in the page: the real parser's report, not the worker's.
    expect(reports.map((r) => [r.file, r.errors.map((e) => e.kind)])).toEqual([
      ['x.json', ['invalid_json']],
      ['y.json', ['invalid_json']],
      ['z.json', ['invalid_json']],
    ]);
    expect(workers.started).toBe(2);
    expect(workers.terminated).toBe(2);
    expect(client.workerFailures).toBe(2);
  });

  it('gives up on a worker that does not answer, terminates it and reads that file in the page; a new worker reads the next', async () => {
    const workers = fakeWorkers((index) => (index === 0 ? 'hangs' : 'answers'));
    const client = new ImportClient(workers.spawn, { timeoutMs: 20 });
    const reports = await client.readFiles([file('slow.json', '{'), file('next.json', '{}')]);
    expect(reports.map((r) => r.file)).toEqual(['slow.json', 'next.json (worker)']);
    expect(workers.terminated).toBe(1);
    expect(workers.started).toBe(2);
  });

  it('reads in the page when starting a worker throws', async () => {
    const client = new ImportClient(() => {
      throw new Error('workers are blocked');
    });
    const [report] = await client.readFiles([file('v.json', '[]')]);
    expect(report?.file).toBe('v.json');
    expect(report?.errors.map((e) => e.kind)).toEqual(['not_an_object']);
  });
});
