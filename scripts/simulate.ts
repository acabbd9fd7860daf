/**
 * `npm run simulate -- [scenario.json] [--out results.json|results.csv]`: runs the model for a
 * scenario document (or the baseline) in Node for researchers. The logic is in simulate-lib.ts;
 * this file only binds it to the file system and the process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './simulate-lib';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
