import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/model/index';
import { parseScenarioJson } from '../../src/scenario/parse';
import { PRESETS } from '../../src/scenario/presets';

// Golden runs: the app's presets and the named scenarios in tests/model/golden/cases, with outputs rounded to six
// significant digits (tests/model/golden/snapshots). A model change that moves any number fails
// here; updating is explicit and reviewed: UPDATE_GOLDEN=1 npx vitest run tests/model/golden.spec.ts
const casesDir = join(import.meta.dirname, 'golden', 'cases');
const snapshotsDir = join(import.meta.dirname, 'golden', 'snapshots');
const update = process.env['UPDATE_GOLDEN'] === '1';

/** Rounds to six significant digits, so snapshots survive float noise but not model changes. */
function round(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(6));
}

/** A difference of two values of size `scale`, rounded: below 1e-9 of the scale it is float noise, i.e. 0. */
function roundDifference(value: number, scale: number): number {
  return Math.abs(value) < 1e-9 * Math.abs(scale) ? 0 : round(value);
}

function check(name: string, overrides: Parameters<typeof run>[0]['overrides']): void {
  const result = run({ overrides });
  const rounded = {
    years: result.years,
    outputs: Object.fromEntries(Object.entries(result.outputs).map(([id, v]) => [id, v.map(round)])),
    targets: result.targets.map((t) => ({ ...t, value: round(t.value), gap: roundDifference(t.gap, t.target), target: round(t.target) })),
  };
  const path = join(snapshotsDir, `${name}.json`);
  if (update) writeFileSync(path, JSON.stringify(rounded, null, 1) + '\n');
  const expected = JSON.parse(readFileSync(path, 'utf8')) as typeof rounded;
  expect(rounded).toEqual(expected);
}

describe('golden runs', () => {
  for (const preset of PRESETS) {
    it(`the ${preset.id} preset matches its snapshot`, () => check(`preset-${preset.id}`, preset.overrides));
  }
  for (const file of readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    it(`${file} matches its snapshot`, () => {
      const parsed = parseScenarioJson(readFileSync(join(casesDir, file), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message.en).join('; '));
      check(file.replace(/\.json$/, ''), parsed.value.overrides);
    });
  }
});
