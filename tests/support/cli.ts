/** The command line run in-process against an in-memory file system (scripts/simulate-lib.ts runCli), for the CLI specs. */
import { runCli, type CliIo } from '../../scripts/simulate-lib';

/** What a run of the command printed and its exit code; `files` is the file system after it (what it wrote included). */
export type CliRun = { code: number; stdout: string; stderr: string; files: Record<string, string | Uint8Array> };

/** Runs the CLI in-process against an in-memory file system (a command that ends synchronously). */
export function cli(argv: string[], files: Record<string, string | Uint8Array> = {}): CliRun {
  const { code, output } = cliRun(argv, files);
  if (typeof code !== 'number') throw new Error(`bug: ${argv.join(' ')} ends asynchronously: use cliAsync`);
  return { code, ...output(), files };
}

/** Runs the CLI in-process, waiting for a command that ends asynchronously (--least-cost). */
export async function cliAsync(argv: string[], files: Record<string, string | Uint8Array> = {}): Promise<CliRun> {
  const { code, output } = cliRun(argv, files);
  return { code: await code, ...output(), files };
}

function cliRun(
  argv: string[],
  files: Record<string, string | Uint8Array>,
): { code: number | Promise<number>; output: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile: (path, text) => {
      files[path] = text;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = runCli(argv, io);
  return { code, output: () => ({ stdout, stderr }) };
}
