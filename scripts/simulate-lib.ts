/**
 * The logic of `npm run simulate` (scripts/simulate.ts is a thin main over it): parse the command
 * line, validate and run a scenario, and format the result as JSON or CSV. Everything here is
 * synchronous and does no I/O except through the `CliIo` handed to `runCli`, so tests drive it
 * in-process.
 */
import { run, type RunInput } from '../src/model/index';
import type { ScenarioDoc, ScenarioError } from '../src/scenario/document';
import type { CappedErrors } from '../src/scenario/error-list';
import { validateScenarioJson } from '../src/scenario/parse';
import { err, ok, type Result } from '../src/shared/result';

export const USAGE = 'usage: npm run simulate -- [scenario.json] [--out results.json|results.csv]';

const HELP = `${USAGE}

Runs the Prosperity Sandbox model for one scenario document (schema: docs/scenario.schema.json),
or for the baseline when no scenario is given.

  scenario.json   a scenario document; omit it to run the baseline
  --out FILE      write the result to FILE: .json or .csv (default: JSON on stdout)
  -h, --help      print this help

Exit codes: 0 success, 1 bad arguments, bad scenario or unwritable output, 2 internal error.
`;

export type OutputFormat = 'json' | 'csv';

/** What the command line asks for. */
export interface CliOptions {
  /** The scenario file to run; absent means the baseline. */
  readonly scenarioFile?: string;
  /** Where to write the result; absent means stdout (JSON). */
  readonly outFile?: string;
  readonly format: OutputFormat;
  readonly help: boolean;
}

/** The published result of a run: exactly these three fields, one value per year for every output. */
export interface SimulationResult {
  readonly modelVersion: string;
  readonly years: readonly number[];
  readonly outputs: Readonly<Record<string, readonly number[]>>;
}

/** The output format an --out file name asks for, from its extension. */
export function formatForFile(file: string): OutputFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** Parses the arguments after the script name. Errors are messages without the `error: ` prefix. */
export function parseArgs(argv: readonly string[]): Result<CliOptions, string[]> {
  const errors: string[] = [];
  const positional: string[] = [];
  let outFile: string | undefined;
  let help = false;
  let optionsEnded = false;

  const setOut = (value: string | undefined): void => {
    if (value === undefined || value === '') errors.push('--out needs a file name (results.json or results.csv)');
    else if (outFile !== undefined) errors.push('--out given more than once');
    else outFile = value;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--out') {
      const value = argv[i + 1];
      if (value !== undefined && !value.startsWith('-')) i++;
      setOut(value !== undefined && !value.startsWith('-') ? value : undefined);
    } else if (arg.startsWith('--out=')) {
      setOut(arg.slice('--out='.length));
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else {
      errors.push(`unknown option ${arg}`);
    }
  }

  if (positional.length > 1) errors.push(`expected at most one scenario file, got ${positional.length}: ${positional.join(' ')}`);
  if (positional[0] === '-') errors.push('reading the scenario from stdin is not supported; give a file name');
  let format: OutputFormat = 'json';
  if (outFile !== undefined) {
    const chosen = formatForFile(outFile);
    if (chosen === undefined) errors.push(`${outFile}: unknown output format; the --out file must end in .json or .csv`);
    else format = chosen;
  }
  if (errors.length > 0) return err(errors);

  const scenarioFile = positional[0];
  return ok({
    ...(scenarioFile !== undefined ? { scenarioFile } : {}),
    ...(outFile !== undefined ? { outFile } : {}),
    format,
    help,
  });
}

/** Runs the model and keeps only the published fields, copying the arrays. */
export function simulate(input: RunInput): SimulationResult {
  const result = run(input);
  const outputs: Record<string, readonly number[]> = {};
  for (const [id, values] of Object.entries(result.outputs)) outputs[id] = [...values];
  return { modelVersion: result.modelVersion, years: [...result.years], outputs };
}

/** Runs the baseline: no overrides. */
export function simulateBaseline(): SimulationResult {
  return simulate({ overrides: {} });
}

/** Validates scenario JSON text and, only if it is valid, runs it. A refusal lists the first 100 errors and counts the rest. */
export function simulateScenarioText(text: string): Result<{ scenario: ScenarioDoc; result: SimulationResult }, CappedErrors<ScenarioError>> {
  const parsed = validateScenarioJson(text);
  if (!parsed.ok) return parsed;
  return ok({ scenario: parsed.value, result: simulate({ overrides: parsed.value.overrides }) });
}

/** Result as JSON: `{ modelVersion, years, outputs }`, 2-space indented, with a final newline. */
export function formatJson(result: SimulationResult): string {
  const { modelVersion, years, outputs } = result;
  return `${JSON.stringify({ modelVersion, years, outputs }, null, 2)}\n`;
}

/** Result as CSV: `year,<output ids>` then one row per year, numbers in full precision. */
export function formatCsv(result: SimulationResult): string {
  const ids = Object.keys(result.outputs);
  const lines = [['year', ...ids].join(',')];
  result.years.forEach((year, row) => {
    const cells = ids.map((id) => {
      const value = result.outputs[id]?.[row];
      if (value === undefined) throw new Error(`bug: output ${id} has no value for ${year}`);
      return String(value);
    });
    lines.push([String(year), ...cells].join(','));
  });
  return `${lines.join('\n')}\n`;
}

/** Formats the result in the chosen format. */
export function formatResult(result: SimulationResult, format: OutputFormat): string {
  return format === 'csv' ? formatCsv(result) : formatJson(result);
}

/**
 * One line per listed scenario error: `<file>: <field path>: <reason>` (English), no `error: `
 * prefix; then, when more errors were only counted, `<file>: and <N> more errors`.
 */
export function describeScenarioErrors(file: string, errors: CappedErrors<ScenarioError>): string[] {
  const lines = errors.listed.map((e) => {
    const prefix = `${e.path || '(document)'}: `;
    const reason = e.message.en.startsWith(prefix) ? e.message.en.slice(prefix.length) : e.message.en;
    return e.path ? `${file}: ${e.path}: ${reason}` : `${file}: ${reason}`;
  });
  if (errors.more > 0) lines.push(`${file}: and ${errors.more} more error${errors.more === 1 ? '' : 's'}`);
  return lines;
}

/** A readable reason for a failed file read or write. */
export function describeFileError(cause: unknown): string {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return cause instanceof Error ? cause.message : String(cause);
  }
}

/** The side effects `runCli` needs; the main binds them to the file system and the process. */
export interface CliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * The whole command: returns the exit code. stdout gets the result and nothing else; every error
 * goes to stderr as `error: …`, and bad input stops the command before the model runs.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const fail = (lines: readonly string[], code = 1): number => {
    for (const line of lines) io.stderr(`error: ${line}\n`);
    return code;
  };

  const args = parseArgs(argv);
  if (!args.ok) {
    fail(args.error);
    io.stderr(`${USAGE}\n`);
    return 1;
  }
  const options = args.value;
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }

  let result: SimulationResult;
  try {
    if (options.scenarioFile === undefined) {
      result = simulateBaseline();
    } else {
      const file = options.scenarioFile;
      let text: string;
      try {
        text = io.readFile(file);
      } catch (cause) {
        return fail([`${file}: cannot read: ${describeFileError(cause)}`]);
      }
      const simulated = simulateScenarioText(text);
      if (!simulated.ok) return fail(describeScenarioErrors(file, simulated.error));
      result = simulated.value.result;
      const madeWith = simulated.value.scenario.modelVersion;
      if (madeWith !== result.modelVersion) {
        io.stderr(`warning: ${file}: scenario was made with model ${madeWith}; these results are from model ${result.modelVersion}\n`);
      }
    }
  } catch (cause) {
    return fail([`internal error while running the model: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`], 2);
  }

  const text = formatResult(result, options.format);
  if (options.outFile === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFile(options.outFile, text);
  } catch (cause) {
    return fail([`${options.outFile}: cannot write: ${describeFileError(cause)}`]);
  }
  io.stderr(`wrote ${options.outFile}\n`);
  return 0;
}
