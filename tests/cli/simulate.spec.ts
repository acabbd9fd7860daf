import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_YEAR } from '../../src/model/catalog';
import {
  describeScenarioErrors,
  formatCsv,
  formatJson,
  parseArgs,
  runCli,
  simulateBaseline,
  simulateScenarioText,
  type CliIo,
} from '../../scripts/simulate-lib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name: string): string => join('tests', 'fixtures', 'scenarios', name);
const readFixture = (name: string): string => readFileSync(join(root, fixture(name)), 'utf8');

/** Runs the CLI in-process against an in-memory file system. */
function cli(argv: string[], files: Record<string, string> = {}): { code: number; stdout: string; stderr: string; files: Record<string, string> } {
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
  return { code, stdout, stderr, files };
}

describe('simulate-lib: arguments', () => {
  it('reads a scenario file and an --out file, choosing the format by extension', () => {
    expect(parseArgs([])).toEqual({ ok: true, value: { format: 'json', help: false } });
    expect(parseArgs(['s.json', '--out', 'r.csv'])).toEqual({ ok: true, value: { scenarioFile: 's.json', outFile: 'r.csv', format: 'csv', help: false } });
    expect(parseArgs(['--out=r.JSON', 's.json'])).toEqual({ ok: true, value: { scenarioFile: 's.json', outFile: 'r.JSON', format: 'json', help: false } });
  });

  it('rejects unknown flags, a missing or unknown --out format and extra files', () => {
    const bad = (argv: string[]): string[] => {
      const parsed = parseArgs(argv);
      return parsed.ok ? [] : parsed.error;
    };
    expect(bad(['--verbose'])).toEqual(['unknown option --verbose']);
    expect(bad(['--out'])).toHaveLength(1);
    expect(bad(['--out', 'r.txt'])[0]).toContain('.json or .csv');
    expect(bad(['a.json', 'b.json'])).toHaveLength(1);
  });
});

describe('simulate-lib: results', () => {
  it('runs the baseline into exactly { modelVersion, years, outputs }, one value per year', () => {
    const parsed: unknown = JSON.parse(formatJson(simulateBaseline()));
    expect(Object.keys(parsed as object).sort()).toEqual(['modelVersion', 'outputs', 'years']);
    const { modelVersion, years, outputs } = parsed as { modelVersion: unknown; years: number[]; outputs: Record<string, number[]> };
    expect(typeof modelVersion).toBe('string');
    expect(years[0]).toBe(2020);
    expect(years[0]).toBe(BASE_YEAR);
    years.forEach((year, i) => expect(year).toBe(2020 + i));
    expect(Object.keys(outputs).length).toBeGreaterThan(0);
    for (const [id, values] of Object.entries(outputs)) {
      expect(values, id).toHaveLength(years.length);
      for (const v of values) expect(typeof v, id).toBe('number');
    }
  });

  it('prints the baseline JSON on stdout, and nothing else, when no scenario is given', () => {
    const { code, stdout, stderr } = cli([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(formatJson(simulateBaseline()));
  });

  it('writes CSV with a header of the output ids and one full-precision row per year', () => {
    const result = simulateBaseline();
    const lines = formatCsv(result).trimEnd().split('\n');
    const ids = Object.keys(result.outputs);
    expect(lines[0]).toBe(['year', ...ids].join(','));
    expect(lines).toHaveLength(result.years.length + 1);
    result.years.forEach((year, row) => {
      expect(lines[row + 1]).toBe([year, ...ids.map((id) => String(result.outputs[id]![row]))].join(','));
    });
  });

  it('runs a scenario with a dibao path and writes the chosen format', () => {
    const simulated = simulateScenarioText(readFixture('v1-levers.json'));
    expect(simulated.ok).toBe(true);
    const { code, stdout, files } = cli(['levers.json', '--out', 'out.csv'], { 'levers.json': readFixture('v1-levers.json') });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(files['out.csv']).toBe(simulated.ok ? formatCsv(simulated.value.result) : '');
  });

  it('rejects an invalid scenario with errors that name the field path, before running', () => {
    const simulated = simulateScenarioText(readFixture('invalid/out_of_range.json'));
    expect(simulated.ok).toBe(false);
    if (simulated.ok) return;
    expect(describeScenarioErrors('s.json', simulated.error)).toEqual([expect.stringMatching(/^s\.json: overrides\.dibao_uplift: .*150/)]);

    const { code, stdout, stderr } = cli(['bad.json'], { 'bad.json': readFixture('invalid/year_outside_horizon.json') });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: bad\.json: overrides\.dibao_uplift\.path\[1\]: /);
  });

  it('prints the first 100 errors of a scenario, then how many more there are', () => {
    const overrides = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`no_such_lever_${i}`, 1]));
    const { code, stdout, stderr } = cli(['big.json'], { 'big.json': JSON.stringify({ schemaVersion: 2, overrides }) });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toMatch(/^error: big\.json: overrides\.no_such_lever_0: /);
    expect(lines[99]).toMatch(/^error: big\.json: overrides\.no_such_lever_99: /);
    expect(lines[100]).toBe('error: big.json: and 99900 more errors');
  });

  it('fails with exit code 1 on a missing file, invalid JSON or an unknown flag', () => {
    expect(cli(['nope.json'])).toMatchObject({ code: 1, stdout: '', stderr: 'error: nope.json: cannot read: no such file\n' });
    expect(cli(['x.json'], { 'x.json': readFixture('invalid/invalid_json.json') })).toMatchObject({ code: 1, stdout: '' });
    const flag = cli(['--fast']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain('error: unknown option --fast');
  });
});

describe('simulate CLI end to end', () => {
  const tsx = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/simulate.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('exits 1 on an out-of-range scenario and names the field path on stderr', { timeout: 30_000 }, () => {
    const { status, stdout, stderr } = tsx([fixture('invalid/out_of_range.json')]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('overrides.dibao_uplift');
    expect(stderr).toMatch(/^error: /m);
  });

  it('writes a CSV file', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'prosperity-simulate-'));
    try {
      const out = join(dir, 'results.csv');
      const { status, stdout, stderr } = tsx([fixture('v1-levers.json'), '--out', out]);
      expect(status, stderr).toBe(0);
      expect(stdout).toBe('');
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
      const baseline = simulateBaseline();
      expect(lines[0]).toBe(['year', ...Object.keys(baseline.outputs)].join(','));
      expect(lines).toHaveLength(baseline.years.length + 1);
      expect(lines[1]?.startsWith('2020,')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
