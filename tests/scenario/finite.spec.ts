/**
 * Property: anything the parser accepts gives finite numbers everywhere. Random documents are
 * built from valid ones with leaves replaced by odd values (±1e308, the smallest double, fractions
 * and negatives, years at and beyond every edge, wrong types, extra keys); whatever parseScenario
 * or a share link accepts must give a scorecard of finite values (a null only for a tracked target
 * without a user trend, which is not projected) and, for a seeded sample, finite model outputs.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION, PLAN_TARGETS } from '../../src/model/catalog';
import { run } from '../../src/model/index';
import { scorecard, type ScorecardRow } from '../../src/model/indicators/scorecard';
import type { ScenarioDoc } from '../../src/scenario/document';
import { decodeScenarioLink } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/parse';
import { Draw, randomScenarioRaw } from './support/random-scenarios';

const DOCUMENTS = 10_000;
const LINKS = 10_000;
/** Model runs are ~0.3 s each at this size, so only a seeded sample of the accepted documents is run. */
const MODEL_SAMPLE = 50;

const HOUSEHOLDS = 4000;

const ODD_NUMBERS = [
  1e308,
  -1e308,
  1.7976931348623157e308,
  5e-324,
  -5e-324,
  1e12,
  -1e12,
  1e12 + 1,
  0,
  -0,
  0.5,
  -1,
  2019,
  2020,
  2020.5,
  2025.5,
  2035,
  2036,
  2009,
  1e21,
  3.14159,
];
const ODD_VALUES: readonly unknown[] = [
  ...ODD_NUMBERS,
  null,
  true,
  '5',
  '',
  [],
  {},
  [2022, 5],
  [[2022, 5]],
  { path: [] },
  { path: [[2025.5, 1]] },
  { start: 1 },
];

/** A copy of a JSON value with one leaf (anywhere in it) replaced by an odd value, or an odd key added. */
function perturb(draw: Draw, value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || draw.chance(0.2)) return draw.pick(ODD_VALUES);
    const copy = [...value];
    const at = draw.int(copy.length);
    copy[at] = perturb(draw, copy[at]);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (keys.length === 0 || draw.chance(0.1)) {
      copy[draw.pick(['extra', 'start', 'end', 'change', 'startYear', 'path', 'life_expectancy', 'dibao_uplift'])] = draw.pick(ODD_VALUES);
      return copy;
    }
    const key = draw.pick(keys);
    copy[key] = perturb(draw, copy[key]);
    return copy;
  }
  return draw.chance(0.7) ? draw.pick(ODD_NUMBERS) : draw.pick(ODD_VALUES);
}

/** A random raw document: a valid one (without name and notes, which hold no number) with 0–2 odd leaves. */
function oddDocument(draw: Draw): Record<string, unknown> {
  let raw: unknown = randomScenarioRaw(draw, true);
  for (let n = draw.int(3); n > 0; n--) raw = perturb(draw, raw);
  return raw as Record<string, unknown>;
}

const YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);
const HAS_OFFICIAL_VALUE = new Set(PLAN_TARGETS.filter((t) => t.baseline !== null).map((t) => t.id));

/** The scorecard's numbers that are not finite (a null is allowed only where nothing is projected: a tracked target without a user trend). */
function nonFinite(rows: readonly ScorecardRow[], doc: ScenarioDoc): string[] {
  const bad: string[] = [];
  for (const row of rows) {
    const hasData = row.kind === 'modeled' || doc.tracked?.[row.id] !== undefined;
    if (row.official !== null && !HAS_OFFICIAL_VALUE.has(row.id)) bad.push(`${row.id}.official`);
    if (row.official !== null && !Number.isFinite(row.official.value)) bad.push(`${row.id}.official.value = ${row.official.value}`);
    const numbers = { value: row.value, gap: row.gap, target: row.target, ...Object.fromEntries(row.path.map((v, i) => [`path[${YEARS[i]}]`, v])) };
    for (const [field, v] of Object.entries(numbers)) {
      if (v === null ? hasData && field !== 'target' : !Number.isFinite(v)) bad.push(`${row.id}.${field} = ${String(v)}`);
    }
  }
  return bad;
}

describe('no non-finite number from accepted input', () => {
  // Modelled rows depend only on the run's outputs, which the sample below checks; a baseline run's
  // outputs stand in for them here, so the 10,000-case checks stay fast.
  const baselineOutputs = run({ overrides: {} }, { households: HOUSEHOLDS }).outputs;

  it(
    `${DOCUMENTS.toLocaleString('en')} random accepted documents give finite scorecards; a sample of ${MODEL_SAMPLE} gives finite model outputs`,
    { timeout: 180_000 },
    () => {
      const draw = new Draw(0xf1417e);
      const accepted: ScenarioDoc[] = [];
      let tried = 0;
      const started = performance.now();
      while (accepted.length < DOCUMENTS) {
        tried++;
        const parsed = parseScenario(oddDocument(draw));
        if (!parsed.ok) continue;
        accepted.push(parsed.value);
        const bad = nonFinite(scorecard(YEARS, baselineOutputs, parsed.value.tracked ?? {}), parsed.value);
        if (bad.length > 0) expect(bad, JSON.stringify(parsed.value).slice(0, 400)).toEqual([]);
      }
      const scorecardMs = performance.now() - started;
      const sample = new Draw(50).sample(accepted, MODEL_SAMPLE);
      const runStarted = performance.now();
      for (const doc of sample) {
        const result = run({ overrides: doc.overrides, tracked: doc.tracked ?? {} }, { households: HOUSEHOLDS, whoGains: false });
        for (const [id, values] of Object.entries(result.outputs)) {
          expect(values.every(Number.isFinite), `${id} of ${JSON.stringify(doc.overrides)}`).toBe(true);
        }
        const rows = scorecard(result.years, result.outputs, doc.tracked ?? {});
        expect(nonFinite(rows, doc)).toEqual([]);
      }
      console.info(
        `finite property: ${DOCUMENTS} accepted of ${tried} odd documents, scorecards in ${Math.round(scorecardMs)} ms; ` +
          `${MODEL_SAMPLE} model runs at ${HOUSEHOLDS} households in ${Math.round(performance.now() - runStarted)} ms`,
      );
      expect(tried).toBeGreaterThan(DOCUMENTS); // some odd documents were refused: the perturbation bites
    },
  );

  it(`${LINKS.toLocaleString('en')} random accepted share links give finite scorecards`, { timeout: 180_000 }, async () => {
    const draw = new Draw(0x11c5);
    let accepted = 0;
    let tried = 0;
    const started = performance.now();
    while (accepted < LINKS) {
      tried++;
      const raw = oddDocument(draw);
      const payload: Record<string, unknown> = { v: 2, m: MODEL_VERSION, l: 'zh', o: raw['overrides'], t: raw['tracked'] };
      const horizon = raw['horizon'];
      if (typeof horizon === 'object' && horizon !== null && 'end' in horizon) payload['h'] = horizon.end;
      if (draw.chance(0.3)) payload[draw.pick(['t', 'h', 'o'])] = perturb(draw, payload['t'] ?? {});
      const json = Buffer.from(JSON.stringify(payload), 'utf8');
      const hash = `#s=${deflateRawSync(json).toString('base64url')}.${crc32(json).toString(16).padStart(8, '0')}`;
      const decoded = await decodeScenarioLink(hash);
      if (!decoded.ok) continue;
      accepted++;
      const bad = nonFinite(scorecard(YEARS, baselineOutputs, decoded.value.doc.tracked ?? {}), decoded.value.doc);
      if (bad.length > 0) expect(bad, JSON.stringify(payload).slice(0, 400)).toEqual([]);
    }
    console.info(`finite property: ${LINKS} accepted of ${tried} odd links in ${Math.round(performance.now() - started)} ms`);
    expect(tried).toBeGreaterThan(LINKS);
  });
});
