/**
 * Reads scenario files in the import worker, so that a large or hostile file never blocks the page:
 * JSON parsing and validation of up to 5 MB per file happen off the main thread, and only the
 * capped reports (at most 100 errors per file, see src/scenario/error-list.ts) come back.
 */
import { wrap } from 'comlink';
import { readScenarioFile, type FileReport } from '../scenario/files';
import type { ImportApi } from './import-api';

/** What the library view needs to read files: the ImportClient, or anything shaped like it. */
export interface ScenarioFileReader {
  /** Reads and validates the files in order, one report per file. Never rejects. */
  readFiles(files: readonly File[]): Promise<FileReport[]>;
}

/** A started import worker, as the client uses it. */
export interface ImportWorker {
  readonly api: { readFile(file: File): Promise<FileReport> };
  /** Rejects when the worker fails: its script cannot load, it throws, or a message cannot be read. Never resolves. */
  readonly failed: Promise<never>;
  terminate(): void;
}

/** Wraps a Worker running workers/import.worker.ts, turning its error events into `failed`. */
export function startImportWorker(worker: Worker): ImportWorker {
  const failed = new Promise<never>((_resolve, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(event instanceof ErrorEvent && event.message ? event.message : 'the import worker failed to start'));
    });
    worker.addEventListener('messageerror', () => reject(new Error('the import worker sent a message that could not be read')));
  });
  // A failure nobody is waiting for (between imports) is not an unhandled rejection.
  failed.catch(() => undefined);
  const api = wrap<ImportApi>(worker);
  return { api: { readFile: async (file) => api.readFile(file) }, failed, terminate: () => worker.terminate() };
}

/** How long one file may take in the worker before it is given up as hung (a 5 MB file takes about 3 s). */
export const IMPORT_FILE_TIMEOUT_MS = 30_000;

/** Worker failures after which the client stops starting workers and reads on the main thread. */
const MAX_WORKER_FAILURES = 2;

/**
 * Reads files one at a time in a lazily started import worker. A worker that fails to start, errors
 * or does not answer a file within the timeout is terminated and replaced (up to two failures); the
 * file it was reading, and every file after the last failure, is then read on the main thread, so
 * an import never fails for want of a worker (the errors are capped there too).
 */
export class ImportClient implements ScenarioFileReader {
  readonly #spawn: () => ImportWorker;
  readonly #timeoutMs: number;
  #worker: ImportWorker | undefined;
  #failures = 0;

  /** `spawn` starts a worker (called when the first file is read, and after a failure). */
  constructor(spawn: () => ImportWorker, { timeoutMs = IMPORT_FILE_TIMEOUT_MS }: { timeoutMs?: number } = {}) {
    this.#spawn = spawn;
    this.#timeoutMs = timeoutMs;
  }

  async readFiles(files: readonly File[]): Promise<FileReport[]> {
    const reports: FileReport[] = [];
    for (const file of files) reports.push(await this.#read(file));
    return reports;
  }

  /** How many times a worker failed (for tests and diagnostics). */
  get workerFailures(): number {
    return this.#failures;
  }

  async #read(file: File): Promise<FileReport> {
    const worker = this.#currentWorker();
    if (worker) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`the import worker did not answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
      });
      try {
        return await Promise.race([worker.api.readFile(file), worker.failed, timeout]);
      } catch {
        this.#failures++;
        worker.terminate();
        this.#worker = undefined;
      } finally {
        clearTimeout(timer);
      }
    }
    return readScenarioFile(file);
  }

  #currentWorker(): ImportWorker | undefined {
    if (this.#worker || this.#failures >= MAX_WORKER_FAILURES) return this.#worker;
    try {
      this.#worker = this.#spawn();
    } catch {
      this.#failures++;
    }
    return this.#worker;
  }
}
