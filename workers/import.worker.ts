/** The import worker: a thin comlink adapter that reads and validates scenario files off the main thread. */
import { expose } from 'comlink';
import type { ImportApi } from '../src/compute/import-api';
import { readScenarioFile } from '../src/scenario/files';

const api = {
  readFile: (file) => readScenarioFile(file),
} satisfies ImportApi;

expose(api);
