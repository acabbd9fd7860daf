/**
 * Seeded random scenario documents for the property, fuzz and link tests: random subsets of the
 * catalog's parameters with values in [min, max] snapped to the step, some as year paths within
 * the document's horizon, tracked trends, and names and notes that mix Chinese, quotes, markup,
 * emoji, control characters and lone surrogates.
 */
import { BASE_YEAR, DATA_VINTAGE, HORIZON_YEAR, MODEL_VERSION, PARAMETERS, PLAN_TARGETS, type ParameterDef } from '../../../src/model/catalog';
import { Xoshiro128 } from '../../../src/model/numerics/prng';
import {
  SCENARIO_NAME_MAX,
  SCENARIO_SCHEMA_VERSION,
  TRACKED_FIRST_YEAR,
  type ScenarioDoc,
  type ScenarioOverride,
  type TrackedTrendDoc,
} from '../../../src/scenario/document';
import { parseScenario } from '../../../src/scenario/parse';

/** A seeded generator with the few draws the tests need. */
export class Draw {
  readonly rng: Xoshiro128;

  constructor(seed: number) {
    this.rng = new Xoshiro128(seed);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.rng.nextFloat() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.rng.nextFloat() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** `k` distinct elements in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, k);
  }
}

/** Pieces of text that stress JSON escaping, HTML-looking content and Unicode. */
const TEXT_PIECES: readonly string[] = [
  'Baseline',
  '共同富裕示范区',
  '丽水 pension push',
  '低保标准逐步提高。',
  '"double quotes"',
  "it's 'single'",
  '<script>alert("x")</script>',
  '<b>not bold</b> &amp; &lt;',
  '🚀💥',
  '👩‍👩‍👧‍👦',
  '🇨🇳',
  'back\\slash',
  'tab\tnew\nline\r\n',
  '\u2028\u2029',
  '\u0000\u0001\u001f',
  '\ud800 lone surrogate \udfff',
  '{"schemaVersion": 99}',
  '__proto__',
  '   ',
  'é vs e\u0301',
  '١٢٣ العربية',
  '0',
  '-',
];

/** Random text of at most `max` UTF-16 units made of TEXT_PIECES (possibly ''). */
export function randomText(draw: Draw, max: number, pieces = 4): string {
  let text = '';
  const n = draw.int(pieces + 1);
  for (let i = 0; i < n; i++) {
    const piece = draw.pick(TEXT_PIECES) + (draw.chance(0.5) ? ' ' : '');
    if (text.length + piece.length > max) break;
    text += piece;
  }
  return text;
}

/** The number of decimals of a step such as 0.05 (2) or 100 (0). */
function decimals(step: number): number {
  const text = String(step);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** A value in [min, max] on the step grid (min and max themselves now and then). */
export function randomValue(draw: Draw, def: ParameterDef): number {
  if (draw.chance(0.05)) return def.min;
  if (draw.chance(0.05)) return def.max;
  const steps = Math.round((def.max - def.min) / def.step);
  const raw = def.min + draw.int(steps + 1) * def.step;
  const value = Math.min(def.max, Math.max(def.min, Number(raw.toFixed(decimals(def.step)))));
  return value === 0 ? 0 : value; // never -0: JSON has no negative zero
}

/** A path of increasing years within (BASE_YEAR, horizonEnd]. */
function randomPath(draw: Draw, def: ParameterDef, horizonEnd: number): { path: [number, number][] } {
  const years = Array.from({ length: horizonEnd - BASE_YEAR }, (_, i) => BASE_YEAR + 1 + i);
  const chosen = draw.sample(years, 1 + draw.int(Math.min(6, years.length))).sort((a, b) => a - b);
  return { path: chosen.map((year) => [year, randomValue(draw, def)]) };
}

const TRACKED_IDS = PLAN_TARGETS.filter((t) => t.kind === 'tracked').map((t) => t.id);

/** Any finite double now and then, else a tidy number. */
function randomFinite(draw: Draw, scale: number): number {
  if (draw.chance(0.2)) return (draw.rng.nextFloat() - 0.5) * 2 * scale * 1e3;
  const value = Math.round((draw.rng.nextFloat() - 0.3) * scale * 100) / 100;
  return value === 0 ? 0 : value;
}

/** A random raw scenario (not yet parsed): valid by construction. `numbersOnly` leaves the name and notes empty (faster, for tests of the numbers). */
export function randomScenarioRaw(draw: Draw, numbersOnly = false): ScenarioDoc {
  const horizonEnd = draw.chance(0.7) ? HORIZON_YEAR : BASE_YEAR + 1 + draw.int(HORIZON_YEAR - BASE_YEAR);
  const count = draw.chance(0.05) ? PARAMETERS.length : draw.int(9);
  const overrides: Record<string, ScenarioOverride> = {};
  for (const def of draw.sample(PARAMETERS, count)) {
    overrides[def.id] = def.timeVarying && draw.chance(0.4) ? randomPath(draw, def, horizonEnd) : randomValue(draw, def);
  }
  let tracked: Record<string, TrackedTrendDoc> | undefined;
  if (draw.chance(0.3)) {
    tracked = {};
    for (const id of draw.sample(TRACKED_IDS, draw.int(5))) {
      tracked[id] = {
        start: randomFinite(draw, 100),
        startYear: TRACKED_FIRST_YEAR + draw.int(HORIZON_YEAR - TRACKED_FIRST_YEAR + 1),
        change: randomFinite(draw, 2),
      };
    }
  }
  const name = numbersOnly ? '' : draw.chance(0.05) ? '名'.repeat(SCENARIO_NAME_MAX) : randomText(draw, SCENARIO_NAME_MAX);
  const doc: ScenarioDoc = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name,
    modelVersion: draw.pick([MODEL_VERSION, MODEL_VERSION, '0.1.0', '2.0.0-beta.1']),
    dataVintage: draw.pick([DATA_VINTAGE, '2020']),
    horizon: { start: BASE_YEAR, end: horizonEnd },
    overrides,
    notes: numbersOnly ? '' : draw.chance(0.05) ? '长'.repeat(5_000 + draw.int(20_000)) + randomText(draw, 2_000, 12) : randomText(draw, 2_000, 12),
  };
  return tracked === undefined ? doc : { ...doc, tracked };
}

/** A random scenario as parseScenario returns it (throws if the generator made an invalid one: a bug in the test). */
export function randomScenario(draw: Draw): ScenarioDoc {
  const raw = randomScenarioRaw(draw);
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`generator bug: ${parsed.error.map((e) => e.message.en).join('; ')}`);
  return parsed.value;
}
