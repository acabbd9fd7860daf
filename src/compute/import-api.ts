/**
 * The contract between the main thread and the import worker, which reads and validates scenario
 * files off the main thread (src/scenario/files.ts does the work). The worker implements it
 * (`satisfies ImportApi`); the main thread only sees these types.
 */
import type { FileReport } from '../scenario/files';

export type { FileReport } from '../scenario/files';

/** The functions the import worker exposes. */
export interface ImportApi {
  /** Reads and validates one file (a File is copied to the worker, not read on the main thread). Never rejects. */
  readFile(file: File): FileReport | Promise<FileReport>;
}
