/**
 * `npm run simulate -- [scenario.json] [--out results.json|results.csv]`: runs the model for a
 * scenario document (or the baseline) in Node for researchers. The logic is in simulate-lib.ts;
 * this file only binds it to the file system and the process.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NOT_A_REGULAR_FILE, runCli } from './simulate-lib';

/**
 * Reads a regular file's bytes. Opens without blocking and checks the opened file itself (no race
 * between a check and the read), so a FIFO is refused instead of hanging and a directory is named.
 */
function readRegularFile(path: string): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: NOT_A_REGULAR_FILE });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether two paths are the same file: the same device and inode when both exist (links included), else the same absolute path. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: readRegularFile,
  writeFile: (path, text) => writeFileSync(path, text),
  sameFile,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
