import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildResultsCsv } from '../../src/export/results-csv';
import { BASE_YEAR, MODEL_VERSION } from '../../src/model/catalog';
import { runWorkbench } from '../../src/model/index';
import {
  MAX_REPORTED_ERRORS,
  decodeScenarioFile,
  describeScenarioErrors,
  readScenarioText,
  resultsCsv,
  formatJson,
  parseArgs,
  runCli,
  simulateBaseline,
  simulateScenarioText,
} from '../../scripts/simulate-lib';
import { cli, cliAsync } from '../support/cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name: string): string => join('tests', 'fixtures', 'scenarios', name);
const readFixture = (name: string): string => readFileSync(join(root, fixture(name)), 'utf8');

describe('simulate-lib: arguments', () => {
  it('reads a scenario file and an --out file, choosing the format by extension', () => {
    const defaults = { layout: 'long', language: 'en', scorecard: false, help: false };
    expect(parseArgs([])).toEqual({ ok: true, value: { format: 'json', ...defaults } });
    expect(parseArgs(['s.json', '--out', 'r.csv'])).toEqual({
      ok: true,
      value: { scenarioFile: 's.json', outFile: 'r.csv', format: 'csv', ...defaults },
    });
    expect(parseArgs(['--out=r.JSON', 's.json'])).toEqual({
      ok: true,
      value: { scenarioFile: 's.json', outFile: 'r.JSON', format: 'json', ...defaults },
    });
    expect(parseArgs(['s.json', '--scorecard'])).toEqual({ ok: true, value: { scenarioFile: 's.json', format: 'json', ...defaults, scorecard: true } });
    expect(parseArgs(['s.json', '--out', 'r.csv', '--layout', 'wide', '--lang=zh'])).toEqual({
      ok: true,
      value: { scenarioFile: 's.json', outFile: 'r.csv', format: 'csv', ...defaults, layout: 'wide', language: 'zh' },
    });
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
    expect(bad(['--scorecard', '--out', 'r.csv'])).toEqual(['--scorecard adds a key to the JSON output; it cannot be written to a .csv file']);
    expect(bad(['--out', 'r.csv', '--layout', 'tall'])).toEqual(['--layout must be long or wide (got "tall")']);
    expect(bad(['--out', 'r.csv', '--lang', 'fr'])).toEqual(['--lang must be en or zh (got "fr")']);
    expect(bad(['--layout', 'wide'])).toEqual(['--layout and --lang shape the CSV; give --out with a .csv file']);
  });

  it('reads --draws and --seed as integers, and names the option and the reason when they are not', () => {
    expect(parseArgs(['--draws', '50', '--seed', '1'])).toEqual({
      ok: true,
      value: { format: 'json', layout: 'long', language: 'en', scorecard: false, draws: 50, seed: 1, help: false },
    });
    expect(parseArgs(['--draws=20', '--seed=4294967295'])).toEqual({
      ok: true,
      value: { format: 'json', layout: 'long', language: 'en', scorecard: false, draws: 20, seed: 4294967295, help: false },
    });
    const bad = (argv: string[]): string[] => {
      const parsed = parseArgs(argv);
      return parsed.ok ? [] : parsed.error;
    };
    expect(bad(['--draws', '0'])).toEqual(['--draws needs an integer from 1 to 100000, got "0"']);
    expect(bad(['--draws', '2.5'])[0]).toContain('--draws needs an integer');
    expect(bad(['--draws'])).toEqual(['--draws needs an integer from 1 to 100000, got nothing']);
    expect(bad(['--draws', '10', '--seed', '4294967296'])[0]).toContain('--seed needs an integer from 0 to 4294967295');
    expect(bad(['--seed', '3'])).toEqual(['--seed needs --draws: it seeds the Monte Carlo draws']);
  });
});

describe('simulate-lib: results', () => {
  it('runs the baseline into exactly { modelVersion, years, outputs, whoGains }, one value per year', () => {
    const parsed: unknown = JSON.parse(formatJson(simulateBaseline()));
    expect(Object.keys(parsed as object).sort()).toEqual(['modelVersion', 'outputs', 'whoGains', 'years']);
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

  it("writes the app's CSV: the same bytes as the app's writer, in either layout and language, without float noise", () => {
    for (const [layout, language] of [
      ['long', 'en'],
      ['wide', 'zh'],
    ] as const) {
      const { code, files } = cli(['s.json', '--out', 'r.csv', '--layout', layout, '--lang', language], { 's.json': readFixture('v1-levers.json') });
      expect(code).toBe(0);
      const read = readScenarioText(readFixture('v1-levers.json'));
      if (!read.ok) throw new Error('fixture must be valid');
      // The app builds its CSV with buildResultsCsv from the worker's runWorkbench result (ExportMenu.svelte).
      expect(files['r.csv']).toBe(buildResultsCsv(runWorkbench(read.value.input), layout, language));
      const text = files['r.csv'] as string;
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text).not.toMatch(/\d\.\d*(0000|9999)\d/);
    }
  });

  it('runs a scenario with a dibao path and writes the chosen format', () => {
    const simulated = simulateScenarioText(readFixture('v1-levers.json'));
    expect(simulated.ok).toBe(true);
    const { code, stdout, files } = cli(['levers.json', '--out', 'out.csv'], { 'levers.json': readFixture('v1-levers.json') });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(files['out.csv']).toBe(simulated.ok ? resultsCsv({ overrides: simulated.value.scenario.overrides }, 'long', 'en') : '');
  });

  it('publishes who gains for every year and cut: ten deciles whose changes average to the change in per-capita income against the baseline', () => {
    const simulated = simulateScenarioText(readFixture('v1-levers.json'));
    if (!simulated.ok) throw new Error('fixture does not parse');
    const { years, outputs, whoGains } = simulated.value.result;
    const baseline = simulateBaseline();
    expect(whoGains.map((w) => w.year)).toEqual(years);
    for (const cut of ['all', 'urban', 'rural', 'mountain'] as const) expect(whoGains[5]!.cuts[cut].decileChange).toHaveLength(10);
    // The fixture raises the dibao by 25 % by 2025 and only that: the change is the change in per-capita income.
    const change2025 = outputs['income_per_capita']![5]! - baseline.outputs['income_per_capita']![5]!;
    expect(change2025).toBeGreaterThan(0);
    expect(whoGains[5]!.cuts.all.decileChange.reduce((a, b) => a + b, 0) / 10).toBeCloseTo(change2025, 6);
    expect(baseline.whoGains.every((w) => w.cuts.all.noChangeShare === 100)).toBe(true);
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
    expect(lines[100]).toBe('error: big.json: … and 99900 more errors (100000 in all; the first 100 are listed)');
  });

  it('warns on stderr, naming each field, about another model version and unknown fields, and still runs', () => {
    const suspect = readFileSync(join(root, 'tests', 'fixtures', 'suspect', 'suspect_fields.json'), 'utf8');
    const { code, stdout, stderr } = cli(['s.json'], { 's.json': suspect });
    expect(code).toBe(0);
    expect(stderr).toBe(
      `warning: s.json: modelVersion: made with model 9.9.9, this is ${MODEL_VERSION}; results are this model's\n` +
        'warning: s.json: overide: is not a field of the scenario format and is not kept; did you mean "overrides"?\n',
    );
    expect((JSON.parse(stdout) as { modelVersion: string }).modelVersion).toBe(MODEL_VERSION);
  });

  it('prints the first 100 warnings of a scenario, then how many more there are', () => {
    const raw: Record<string, unknown> = { schemaVersion: 2, overrides: {} };
    for (let i = 0; i < 250; i++) raw[`extra_${i}`] = i;
    const { code, stderr } = cli(['many.json'], { 'many.json': JSON.stringify(raw) });
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('warning: many.json: extra_0: is not a field of the scenario format and is not kept');
    expect(lines[100]).toBe('warning: many.json: … and 150 more warnings (250 in all; the first 100 are listed)');
  });

  it('fails with exit code 1 on a missing file, invalid JSON or an unknown flag', () => {
    expect(cli(['nope.json'])).toMatchObject({ code: 1, stdout: '', stderr: 'error: nope.json: cannot read: no such file\n' });
    expect(cli(['x.json'], { 'x.json': readFixture('invalid/invalid_json.json') })).toMatchObject({ code: 1, stdout: '' });
    const flag = cli(['--fast']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain('error: unknown option --fast');
  });
});

describe('simulate-lib: --scorecard', () => {
  type Row = {
    id: string;
    value: number | null;
    target: number | null;
    comparator: string;
    status: string;
    basis: string | null;
    firstYearReached: number | null;
  };
  const scorecardOf = (stdout: string): Row[] => (JSON.parse(stdout) as { scorecard: Row[] }).scorecard;

  it("adds every plan target's verdict and basis to the JSON, after the unchanged fields", () => {
    const { code, stdout, stderr } = cli(['--scorecard']);
    expect(code, stderr).toBe(0);
    const parsed = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['modelVersion', 'years', 'outputs', 'whoGains', 'scorecard']);
    // The fields without the flag are exactly the plain output's.
    const plain = JSON.parse(cli([]).stdout) as Record<string, unknown>;
    expect({ modelVersion: parsed.modelVersion, years: parsed.years, outputs: parsed.outputs, whoGains: parsed.whoGains }).toEqual(plain);

    const rows = scorecardOf(stdout);
    // plan-targets.json lists 66 targets.
    expect(rows).toHaveLength(66);
    for (const row of rows) expect(Object.keys(row)).toEqual(['id', 'value', 'target', 'comparator', 'status', 'basis', 'firstYearReached']);

    // A tracked target with an official 2020 value (79.2 years) and no trend is not projected: no value, no basis.
    expect(rows.find((r) => r.id === 'life_expectancy')).toEqual({
      id: 'life_expectancy',
      value: null,
      target: 80,
      comparator: '>',
      status: 'not_projected',
      basis: null,
      firstYearReached: null,
    });
    // Unemployment rests on an assumed 2020 level (the catalog's TARGETS); income is a model result.
    expect(rows.find((r) => r.id === 'urban_unemployment_rate')).toMatchObject({ comparator: '<', target: 5.5, basis: 'assumed-level' });
    expect(rows.find((r) => r.id === 'income_per_capita')).toMatchObject({ comparator: '>=', target: 75000, basis: 'model' });
    // The value is the 2025 output.
    const outputs = parsed.outputs as Record<string, number[]>;
    const years = parsed.years as number[];
    expect(rows.find((r) => r.id === 'income_per_capita')!.value).toBe(outputs.income_per_capita![years.indexOf(2025)]);
    // Every row without a basis has no verdict, and every verdict has a basis.
    for (const row of rows) expect(row.basis === null, row.id).toBe(row.status === 'not_projected' || row.status === 'no_data');
  });

  it('judges a tracked target on the scenario\'s own trend (basis "trend")', () => {
    const { code, stdout, stderr } = cli(['named.json', '--scorecard'], { 'named.json': readFixture('v2-named.json') });
    expect(code, stderr).toBe(0);
    // 79.5 + 0.2 a year from 2020: 80.5 in 2025 > 80; first above 80 in 2023 (80.1).
    const life = scorecardOf(stdout).find((r) => r.id === 'life_expectancy')!;
    expect(life).toMatchObject({ status: 'reached', basis: 'trend', firstYearReached: 2023 });
    expect(life.value).toBeCloseTo(80.5, 10);
  });
});

describe('simulate-lib: edges of the input', () => {
  const levers = readFixture('v1-levers.json');
  const leversResult = (): string => {
    const simulated = simulateScenarioText(levers);
    return simulated.ok ? formatJson(simulated.value.result) : '';
  };

  it('reads a file with a UTF-8 byte-order mark, and UTF-16 with one, as the app does', { timeout: 120_000 }, () => {
    const expected = leversResult();
    const utf8Bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(levers, 'utf8')]);
    const utf16le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(levers, 'utf16le')]);
    const utf16be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(levers, 'utf16le').swap16()]);
    for (const [label, bytes] of [
      ['UTF-8 BOM', utf8Bom],
      ['UTF-16 LE', utf16le],
      ['UTF-16 BE', utf16be],
    ] as const) {
      expect(cli(['s.json'], { 's.json': bytes }), label).toMatchObject({ code: 0, stdout: expected, stderr: expect.not.stringContaining('error') });
    }
    expect(cli(['s.json'], { 's.json': `\uFEFF${levers}` })).toMatchObject({ code: 0, stdout: expected });
    expect(decodeScenarioFile(Uint8Array.from([0x7b, 0xff, 0x7d]))).toBeUndefined();
    expect(cli(['s.json'], { 's.json': Uint8Array.from([0x7b, 0xff, 0x7d]) })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'error: s.json: is not UTF-8 (or UTF-16 with a byte-order mark) text\n',
    });
  });

  it(`lists the first ${MAX_REPORTED_ERRORS} errors and then counts the rest`, { timeout: 120_000 }, () => {
    const overrides = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`unknown_${i}`, 1]));
    const { code, stdout, stderr } = cli(['many.json'], { 'many.json': JSON.stringify({ schemaVersion: 2, overrides }) });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(lines[0]).toBe('error: many.json: overrides.unknown_0: "unknown_0" is not a parameter of this model');
    expect(lines[MAX_REPORTED_ERRORS]).toBe('error: many.json: … and 99900 more errors (100000 in all; the first 100 are listed)');
    expect(stderr.length).toBeLessThan(20_000);
  });

  it('names a bundle as a bundle and refuses it, instead of "overrides: is required"', () => {
    const bundle = JSON.stringify({ format: 'prosperity-sandbox-scenarios', schemaVersion: 2, scenarios: [JSON.parse(levers), JSON.parse(levers)] });
    const { code, stdout, stderr } = cli(['plans.json'], { 'plans.json': bundle });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: plans\.json: is a bundle of 2 scenarios \("format": "prosperity-sandbox-scenarios"\), not one scenario; /);
    expect(stderr).not.toContain('overrides');
  });

  it('refuses --out naming the scenario file, leaving the scenario as it was', () => {
    for (const out of ['s.json', './s.json']) {
      const files: Record<string, string | Uint8Array> = { 's.json': levers };
      const { code, stdout, stderr } = cli(['s.json', '--out', out], files);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('is the scenario file itself');
      expect(files['s.json']).toBe(levers);
    }
  });

  it('names a directory and a non-regular file in its error', () => {
    const refuse = (code: string) => ({
      readFile: (): never => {
        throw Object.assign(new Error(code), { code });
      },
    });
    for (const [code, reason] of [
      ['EISDIR', 'is a directory'],
      ['ENOTREG', 'is not a regular file'],
    ] as const) {
      let stderr = '';
      const exit = runCli(['x.json'], { ...refuse(code), writeFile: () => undefined, stdout: () => undefined, stderr: (t) => (stderr += t) });
      expect(exit).toBe(1);
      expect(stderr).toContain(`error: x.json: cannot read: ${reason}`);
    }
  });
});

describe('simulate --seek (what would it take)', () => {
  it('reads --seek with --lever, --threshold and --year, and names the option and the reason when they are wrong', () => {
    expect(parseArgs(['--seek', 'hh_income_200k_600k', '--lever', 'labour_share_policy', '--threshold', '45.5', '--year=2024'])).toEqual({
      ok: true,
      value: {
        format: 'json',
        layout: 'long',
        language: 'en',
        scorecard: false,
        seek: { target: 'hh_income_200k_600k', lever: 'labour_share_policy', threshold: 45.5, year: 2024 },
        help: false,
      },
    });
    const bad = (argv: string[]): string[] => {
      const parsed = parseArgs(argv);
      return parsed.ok ? [] : parsed.error;
    };
    // An output without a target (no custom indicator may take an output's id), and no id at all.
    expect(bad(['--seek', 'gdp_nominal', '--lever', 'dibao_uplift'])[0]).toMatch(
      /^--seek needs a modelled target with a threshold \(.*hh_income_200k_600k.*\) or a custom indicator's id, got "gdp_nominal"$/,
    );
    expect(bad(['--seek', 'GDP!', '--lever', 'dibao_uplift'])[0]).toContain('--seek needs a modelled target with a threshold');
    // A custom indicator's id is read here and looked up in the scenario when it is run.
    expect(parseArgs(['--seek', 'rural_share', '--lever', 'dibao_uplift']).ok).toBe(true);
    // A "rising" target is judged on its path: it has no threshold to seek.
    expect(bad(['--seek', 'income_to_gdp_pc_ratio', '--lever', 'dibao_uplift'])[0]).toContain('--seek needs a modelled target with a threshold');
    expect(bad(['--seek', 'income_per_capita', '--lever', 'cpi_2021'])[0]).toContain('--lever needs a policy lever that takes a level');
    expect(bad(['--seek', 'income_per_capita'])).toEqual(['--seek needs --lever: the lever to move']);
    expect(bad(['--lever', 'dibao_uplift'])).toEqual(['--lever, --threshold and --year go with --seek: give the target to seek']);
    expect(bad(['--seek', 'income_per_capita', '--lever', 'dibao_uplift', '--threshold', 'lots'])).toEqual(['--threshold needs a number, got "lots"']);
    expect(bad(['--seek', 'income_per_capita', '--lever', 'dibao_uplift', '--year', '2019'])).toEqual([
      '--year needs an integer from 2021 to 2035, got "2019"',
    ]);
    expect(bad(['--seek', 'income_per_capita', '--lever', 'dibao_uplift', '--out', 'r.csv'])).toEqual([
      '--seek adds a key to the JSON output; it cannot be written to a .csv file',
    ]);
  });

  it('adds "seek" after the unchanged fields: the lever value found meets the target when the scenario is run with it', { timeout: 120_000 }, () => {
    const found = cli(['--seek', 'hh_income_200k_600k', '--lever', 'labour_share_policy']);
    expect(found.code, found.stderr).toBe(0);
    const parsed = JSON.parse(found.stdout) as { seek: Record<string, unknown> };
    expect(Object.keys(parsed)).toEqual(['modelVersion', 'years', 'outputs', 'whoGains', 'seek']);
    expect(Object.keys(parsed.seek)).toEqual(['target', 'year', 'threshold', 'lever', 'status', 'value', 'achieved', 'fiscalCostCumulative']);
    expect(parsed.seek).toMatchObject({ target: 'hh_income_200k_600k', year: 2025, threshold: 45, lever: 'labour_share_policy', status: 'reached' });
    // Run the scenario with the value found, as a user would: the band is at 45 % or more in 2025.
    const scenario = JSON.stringify({ schemaVersion: 2, overrides: { labour_share_policy: parsed.seek['value'] } });
    const rerun = cli(['s.json'], { 's.json': scenario });
    const outputs = (JSON.parse(rerun.stdout) as { outputs: Record<string, number[]> }).outputs;
    expect(outputs['hh_income_200k_600k']![5]).toBeGreaterThanOrEqual(45);
    expect(outputs['hh_income_200k_600k']![5]).toBe(parsed.seek['achieved']);
    expect(outputs['fiscal_cost_total_cumulative']![5]).toBe(parsed.seek['fiscalCostCumulative']);
  });
});

/** A scenario with a custom indicator, the rural share of income per head, aiming at 0.635 in 2025 (the baseline has 0.624). */
const RURAL_SHARE_SCENARIO = JSON.stringify({
  schemaVersion: 3,
  overrides: {},
  indicators: [
    {
      id: 'rural_share',
      expression: 'income_per_capita_rural / income_per_capita',
      target: { comparator: '>=', threshold: 0.635, year: 2025 },
    },
  ],
});

describe('simulate --seek and --least-cost on a custom indicator', () => {
  it("seeks the scenario's custom target: re-run, the hand ratio of the outputs meets it", { timeout: 120_000 }, () => {
    const found = cli(['s.json', '--seek', 'rural_share', '--lever', 'property_income_rural'], { 's.json': RURAL_SHARE_SCENARIO });
    expect(found.code, found.stderr).toBe(0);
    const seek = (JSON.parse(found.stdout) as { seek: { status: string; value: number; threshold: number; achieved: number } }).seek;
    expect(seek).toMatchObject({ status: 'reached', threshold: 0.635 });
    const rerun = cli(['r.json'], { 'r.json': JSON.stringify({ schemaVersion: 2, overrides: { property_income_rural: seek.value } }) });
    const outputs = (JSON.parse(rerun.stdout) as { outputs: Record<string, number[]> }).outputs;
    const share = outputs['income_per_capita_rural']![5]! / outputs['income_per_capita']![5]!;
    expect(share).toBeGreaterThanOrEqual(0.635);
    expect(seek.achieved).toBeCloseTo(share, 12);
  });

  it(
    "draws the tornado of the scenario's custom target: its base is the hand ratio of the run's outputs, judged on the indicator's threshold",
    { timeout: 120_000 },
    () => {
      const found = cli(['s.json', '--tornado', 'rural_share'], { 's.json': RURAL_SHARE_SCENARIO });
      expect(found.code, found.stderr).toBe(0);
      const parsed = JSON.parse(found.stdout) as {
        outputs: Record<string, number[]>;
        tornado: { target: string; threshold: number; base: number; bars: unknown[] };
      };
      expect(parsed.tornado).toMatchObject({ target: 'rural_share', threshold: 0.635 });
      expect(parsed.tornado.base).toBeCloseTo(parsed.outputs['income_per_capita_rural']![5]! / parsed.outputs['income_per_capita']![5]!, 12);
      expect(parsed.tornado.bars.length).toBeGreaterThan(0);
      const missing = cli(['s.json', '--tornado', 'rural_shar'], { 's.json': RURAL_SHARE_SCENARIO });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('--tornado: "rural_shar" is neither a modelled plan target nor a custom indicator of the scenario');
    },
  );

  it('refuses a custom id the scenario does not have, naming --seek and --target, exit 1', async () => {
    const seek = cli(['s.json', '--seek', 'rural_shar', '--lever', 'property_income_rural'], { 's.json': RURAL_SHARE_SCENARIO });
    expect(seek.code).toBe(1);
    expect(seek.stdout).toBe('');
    expect(seek.stderr).toContain('--seek: "rural_shar" is neither a modelled plan target nor a custom indicator of the scenario');
    const least = await cliAsync(['s.json', '--least-cost', '--target', 'rural_shar', '--levers', 'property_income_rural'], { 's.json': RURAL_SHARE_SCENARIO });
    expect(least.code).toBe(1);
    expect(least.stderr).toContain('--target: "rural_shar" is neither a modelled plan target nor a custom indicator of the scenario');
  });

  it('meets a custom target with a least-cost package: re-run, the hand ratio meets it', { timeout: 120_000 }, async () => {
    const found = await cliAsync(['s.json', '--least-cost', '--target', 'rural_share:0.63', '--levers', 'property_income_rural,dibao_uplift'], {
      's.json': RURAL_SHARE_SCENARIO,
    });
    expect(found.code, found.stderr).toBe(0);
    const leastCost = (JSON.parse(found.stdout) as { leastCost: { status: string; overrides: Record<string, number>; achieved: Record<string, number> } })
      .leastCost;
    expect(leastCost.status).toBe('reached');
    const rerun = cli(['r.json'], { 'r.json': JSON.stringify({ schemaVersion: 2, overrides: leastCost.overrides }) });
    const outputs = (JSON.parse(rerun.stdout) as { outputs: Record<string, number[]> }).outputs;
    const share = outputs['income_per_capita_rural']![5]! / outputs['income_per_capita']![5]!;
    expect(share).toBeGreaterThanOrEqual(0.63);
    expect(leastCost.achieved['rural_share']).toBeCloseTo(share, 12);
  });
});

describe('simulate --least-cost (several targets, several levers)', () => {
  const FIVE = 'labour_share_policy,dibao_uplift,property_income_rural,min_wage_uplift,rural_entrepreneurship';

  it('reads --least-cost with repeated --target ID[:V] and --levers, and names the option and the reason when they are wrong', () => {
    expect(
      parseArgs(['--least-cost', '--target', 'hh_income_200k_600k:45', '--target=urban_rural_income_ratio', '--levers', 'labour_share_policy,dibao_uplift']),
    ).toEqual({
      ok: true,
      value: {
        format: 'json',
        layout: 'long',
        language: 'en',
        scorecard: false,
        leastCost: {
          targets: [{ target: 'hh_income_200k_600k', threshold: 45 }, { target: 'urban_rural_income_ratio' }],
          levers: ['labour_share_policy', 'dibao_uplift'],
        },
        help: false,
      },
    });
    const bad = (argv: string[]): string[] => {
      const parsed = parseArgs(argv);
      return parsed.ok ? [] : parsed.error;
    };
    const levers = ['--levers', 'dibao_uplift'];
    expect(bad(['--least-cost', '--target', 'gdp_nominal:3', ...levers])[0]).toMatch(
      /^--target needs a modelled target with a threshold \(.*\) or a custom indicator's id, as ID or ID:THRESHOLD, got "gdp_nominal:3"$/,
    );
    expect(bad(['--least-cost', '--target', 'hh_income_200k_600k:lots', ...levers])).toEqual([
      '--target hh_income_200k_600k:lots: the threshold after the colon must be a number, got "lots"',
    ]);
    expect(bad(['--least-cost', '--target', 'hh_income_200k_600k', '--target', 'hh_income_200k_600k:46', ...levers])).toEqual([
      '--target hh_income_200k_600k is given twice',
    ]);
    expect(bad(['--least-cost', '--target', 'hh_income_200k_600k', '--levers', 'dibao_uplift,cpi_2021'])[0]).toMatch(
      /^--levers needs policy levers that take a level, .*got "cpi_2021"$/,
    );
    expect(bad(['--least-cost', '--target', 'hh_income_200k_600k', '--levers', 'dibao_uplift,dibao_uplift'])).toEqual([
      '--levers lists a lever twice: dibao_uplift,dibao_uplift',
    ]);
    expect(bad(['--least-cost', ...levers])).toEqual(['--least-cost needs --target: a target to meet (ID or ID:THRESHOLD)']);
    expect(bad(['--least-cost', '--target', 'hh_income_200k_600k'])).toEqual(['--least-cost needs --levers: the levers that may move (A,B,…)']);
    expect(bad(['--target', 'hh_income_200k_600k', ...levers])).toEqual(['--target and --levers go with --least-cost: add --least-cost']);
    expect(bad(['--least-cost', '--target', 'hh_income_200k_600k', ...levers, '--out', 'r.csv'])).toEqual([
      '--least-cost adds a key to the JSON output; it cannot be written to a .csv file',
    ]);
  });

  it('exits 1 naming the flag, before any model run', () => {
    const run = cli(['--least-cost', '--target', 'hh_income_200k_600k', '--levers', 'no_such_lever']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: --levers needs policy levers/);
  });

  it('adds "leastCost" after the unchanged fields: a run of the scenario with its overrides meets every target at its cost', { timeout: 120_000 }, async () => {
    const found = await cliAsync(['--least-cost', '--target', 'hh_income_200k_600k:45', '--target', 'urban_rural_income_ratio:1.85', '--levers', FIVE]);
    expect(found.code, found.stderr).toBe(0);
    const parsed = JSON.parse(found.stdout) as { leastCost: { overrides: Record<string, number>; achieved: Record<string, number> } & Record<string, unknown> };
    expect(Object.keys(parsed)).toEqual(['modelVersion', 'years', 'outputs', 'whoGains', 'leastCost']);
    expect(Object.keys(parsed.leastCost)).toEqual([
      'status',
      'method',
      'overrides',
      'fiscalCostCumulative',
      'achieved',
      'singleLever',
      'iterations',
      'solver',
      'indicative',
    ]);
    expect(parsed.leastCost).toMatchObject({ status: 'reached', indicative: true });
    // Run the scenario with the package, as a user would: both targets are met in 2025, at the cost reported.
    const scenario = JSON.stringify({ schemaVersion: 2, overrides: parsed.leastCost.overrides });
    const rerun = cli(['s.json'], { 's.json': scenario });
    const outputs = (JSON.parse(rerun.stdout) as { outputs: Record<string, number[]> }).outputs;
    expect(outputs['hh_income_200k_600k']![5]).toBeGreaterThanOrEqual(45);
    expect(outputs['urban_rural_income_ratio']![5]).toBeLessThanOrEqual(1.85);
    expect(parsed.leastCost.achieved).toEqual({
      hh_income_200k_600k: outputs['hh_income_200k_600k']![5],
      urban_rural_income_ratio: outputs['urban_rural_income_ratio']![5],
    });
    expect(outputs['fiscal_cost_total_cumulative']![5]).toBe(parsed.leastCost['fiscalCostCumulative']);
  });
});

describe('simulate --tornado (sensitivity)', () => {
  it('reads --tornado with a modelled target, and names the option and the reason when it is wrong', () => {
    expect(parseArgs(['--tornado', 'income_per_capita'])).toEqual({
      ok: true,
      value: { format: 'json', layout: 'long', language: 'en', scorecard: false, tornado: 'income_per_capita', help: false },
    });
    const bad = (argv: string[]): string[] => {
      const parsed = parseArgs(argv);
      return parsed.ok ? [] : parsed.error;
    };
    expect(bad(['--tornado', 'gdp_nominal'])[0]).toMatch(
      /^--tornado needs a modelled target with a threshold \(.*income_per_capita.*\) or a custom indicator's id, got "gdp_nominal"$/,
    );
    expect(bad(['--tornado'])[0]).toMatch(/got nothing$/);
    expect(bad(['--tornado=income_per_capita', '--out', 'r.csv'])).toEqual(['--tornado adds a key to the JSON output; it cannot be written to a .csv file']);
  });

  it('adds "tornado" after the unchanged fields: its base is the scenario’s own 2025 value, its bars sorted by swing', { timeout: 120_000 }, () => {
    const scenario = JSON.stringify({ schemaVersion: 2, overrides: { dibao_uplift: 10 } });
    const found = cli(['s.json', '--tornado', 'urban_rural_income_ratio'], { 's.json': scenario });
    expect(found.code, found.stderr).toBe(0);
    const parsed = JSON.parse(found.stdout) as {
      outputs: Record<string, number[]>;
      tornado: { base: number; bars: { id: string; swing: number; atLow: number; atHigh: number }[] };
    };
    expect(Object.keys(parsed)).toEqual(['modelVersion', 'years', 'outputs', 'whoGains', 'tornado']);
    expect(Object.keys(parsed.tornado)).toEqual(['target', 'year', 'threshold', 'comparator', 'base', 'baseMet', 'bars', 'held']);
    expect(parsed.tornado).toMatchObject({ target: 'urban_rural_income_ratio', year: 2025, threshold: 1.9, comparator: '<=', held: [] });
    expect(parsed.tornado.base).toBe(parsed.outputs['urban_rural_income_ratio']![5]);
    const swings = parsed.tornado.bars.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    for (const bar of parsed.tornado.bars) expect(bar.swing).toBeCloseTo(Math.abs(bar.atHigh - bar.atLow), 12);
  });

  it('with --draws adds "sensitivity": the target’s SRC per drawn assumption and R²', { timeout: 120_000 }, () => {
    const found = cli(['--tornado', 'income_per_capita', '--draws', '48', '--seed', '3']);
    expect(found.code, found.stderr).toBe(0);
    const parsed = JSON.parse(found.stdout) as { sensitivity: Record<string, { src: { id: string; src: number }[]; r2: number }> };
    expect(Object.keys(parsed)).toEqual(['modelVersion', 'years', 'outputs', 'whoGains', 'quantiles', 'pMet', 'pAllMet', 'tornado', 'sensitivity']);
    const entry = parsed.sensitivity['income_per_capita']!;
    expect(entry.r2).toBeGreaterThan(0);
    expect(entry.r2).toBeLessThanOrEqual(1);
    const sizes = entry.src.map((e) => Math.abs(e.src));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

describe('simulate --draws (Monte Carlo)', () => {
  it('adds quantiles, pMet and pAllMet after the unchanged fields, and writes the percentiles as CSV rows', { timeout: 120_000 }, () => {
    const json = cli(['--draws', '8', '--seed', '5']);
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { quantiles: Record<string, Record<string, number[]>>; pMet: Record<string, number>; pAllMet: number };
    expect(Object.keys(parsed)).toEqual(['modelVersion', 'years', 'outputs', 'whoGains', 'quantiles', 'pMet', 'pAllMet']);
    const plain = JSON.parse(cli([]).stdout) as Record<string, unknown>;
    expect(JSON.parse(json.stdout)).toMatchObject(plain);
    expect(Object.keys(parsed.quantiles)).toEqual(Object.keys(plain.outputs as object));
    expect(Object.keys(parsed.quantiles.income_per_capita!)).toEqual(['p5', 'p10', 'p50', 'p90', 'p95']);
    // Eight draws: every probability is a multiple of 1/8.
    for (const p of [...Object.values(parsed.pMet), parsed.pAllMet]) expect(Number.isInteger(p * 8)).toBe(true);

    const csv = cli(['--draws', '8', '--seed', '5', '--out', 'r.csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = String(csv.files['r.csv']).trimEnd().split('\n');
    expect(lines[0]).toBe('output,percentile,year,value');
    expect(lines).toHaveLength(Object.keys(parsed.quantiles).length * 5 * 16 + 1);
    expect(lines).toContain(`urban_rural_income_ratio,p90,2025,${parsed.quantiles.urban_rural_income_ratio!.p90![5]}`);
  });
});

describe('simulate CLI end to end', () => {
  const tsx = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/simulate.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('exits 1 on an out-of-range scenario and names the field path on stderr', { timeout: 120_000 }, () => {
    const { status, stdout, stderr } = tsx([fixture('invalid/out_of_range.json')]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('overrides.dibao_uplift');
    expect(stderr).toMatch(/^error: /m);
  });

  it('refuses a FIFO without hanging, a directory, and --out naming the input through a symbolic link', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'prosperity-simulate-'));
    try {
      const fifo = join(dir, 'pipe.json');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const started = Date.now();
      const piped = spawnSync('npx', ['tsx', 'scripts/simulate.ts', fifo], { cwd: root, encoding: 'utf8', timeout: 30_000 });
      expect(piped.signal, 'the command hung on a FIFO').toBeNull();
      expect(piped.status).toBe(1);
      expect(piped.stderr).toContain('is not a regular file');
      expect(Date.now() - started).toBeLessThan(30_000);

      const folder = tsx([dir]);
      expect(folder.status).toBe(1);
      expect(folder.stderr).toContain('is a directory');

      const scenario = join(dir, 's.json');
      const text = readFixture('v1-levers.json');
      writeFileSync(scenario, text);
      symlinkSync(scenario, join(dir, 'alias.json'));
      const same = tsx([scenario, '--out', join(dir, 'alias.json')]);
      expect(same.status).toBe(1);
      expect(same.stderr).toContain('is the scenario file itself');
      expect(readFileSync(scenario, 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives identical bytes for the same --draws and --seed', { timeout: 180_000 }, () => {
    const first = tsx(['--draws', '50', '--seed', '1']);
    expect(first.status, first.stderr).toBe(0);
    const second = tsx(['--draws', '50', '--seed', '1']);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toContain('"pAllMet"');
  });

  it('writes a CSV file', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'prosperity-simulate-'));
    try {
      const out = join(dir, 'results.csv');
      const { status, stdout, stderr } = tsx([fixture('v1-levers.json'), '--out', out]);
      expect(status, stderr).toBe(0);
      expect(stdout).toBe('');
      // The default layout is long: a header, then a row per output and series (scenario, baseline).
      const lines = readFileSync(out, 'utf8').split('\r\n');
      const baseline = simulateBaseline();
      expect(lines[0]).toBe(['\uFEFFOutput id', 'Output', 'Unit', 'Series', ...baseline.years.map(String)].join(','));
      expect(lines.at(-1)).toBe('');
      expect(lines[1]?.startsWith('income_per_capita,Per-capita disposable income,yuan per person a year,Scenario,')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
