import { describe, expect, it } from 'vitest';
import { ERROR_LIST_MAX, ErrorList } from '../../src/scenario/error-list';
import { SCENARIO_BUNDLE_FORMAT, readScenarioFiles, type ScenarioFileInput } from '../../src/scenario/files';
import { parseScenario, validateScenario } from '../../src/scenario/parse';

// A hostile file can hold hundreds of thousands of problems. Validation lists the first 100 and
// counts the rest, without building a message for each: the counts below are hand counts of the
// documents built here (one problem per bad point, per unknown parameter, per bad scenario).

/** A document whose one override has `points` points, each with a year before the horizon (one error each). */
function manyBadPoints(points: number): Record<string, unknown> {
  return { schemaVersion: 2, overrides: { dibao_uplift: { path: Array.from({ length: points }, () => [2019, 10]) } } };
}

/** A document with `count` overrides of parameters that do not exist (one error each). */
function manyUnknownParameters(count: number): Record<string, unknown> {
  return { schemaVersion: 2, overrides: Object.fromEntries(Array.from({ length: count }, (_, i) => [`no_such_lever_${i}`, 1])) };
}

function asFile(name: string, text: string): ScenarioFileInput {
  return { name, size: new TextEncoder().encode(text).byteLength, text: async () => text };
}

describe('ErrorList', () => {
  it('builds only the errors it lists and counts the rest', () => {
    const list = new ErrorList<string>(3);
    let built = 0;
    for (let i = 0; i < 10; i++) list.add(() => `error ${++built}`);
    expect(built).toBe(3);
    expect(list.capped()).toEqual({ listed: ['error 1', 'error 2', 'error 3'], more: 7 });
    expect(list.count).toBe(10);
    expect(list.room).toBe(0);
  });

  it('merges another capped list: its listed errors while there is room, then its count', () => {
    const list = new ErrorList<string>(4);
    list.push('a', 'b');
    list.addAll({ listed: [1, 2, 3], more: 5 }, (n) => `n${n}`);
    expect(list.capped()).toEqual({ listed: ['a', 'b', 'n1', 'n2'], more: 6 });
  });
});

describe('validation lists at most 100 errors and counts the rest', () => {
  it('a document with 200,000 bad path points: the first 100 listed in order, 199,900 counted', () => {
    const doc = manyBadPoints(200_000);
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(ERROR_LIST_MAX).toBe(100);
    expect(result.error.listed).toHaveLength(100);
    expect(result.error.more).toBe(199_900);
    expect(result.error.listed.map((e) => e.path)).toEqual(Array.from({ length: 100 }, (_, i) => `overrides.dibao_uplift.path[${i}]`));
    expect(result.error.listed.every((e) => e.kind === 'year_outside_horizon')).toBe(true);
  });

  it('a document with 100,000 unknown parameters: 100 listed, 99,900 counted', () => {
    const result = validateScenario(manyUnknownParameters(100_000));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.listed).toHaveLength(100);
    expect(result.error.listed[99]?.path).toBe('overrides.no_such_lever_99');
    expect(result.error.more).toBe(99_900);
  });

  it('lists exactly 100 with nothing more, and 101 as 100 and one more', () => {
    const hundred = validateScenario(manyBadPoints(100));
    const hundredAndOne = validateScenario(manyBadPoints(101));
    expect(hundred.ok || { n: hundred.error.listed.length, more: hundred.error.more }).toEqual({ n: 100, more: 0 });
    expect(hundredAndOne.ok || { n: hundredAndOne.error.listed.length, more: hundredAndOne.error.more }).toEqual({ n: 100, more: 1 });
  });

  it('parseScenario gives the same first 100 errors', () => {
    const doc = manyBadPoints(250);
    const capped = validateScenario(doc);
    const parsed = parseScenario(doc);
    expect(parsed.ok || parsed.error).toEqual(capped.ok || capped.error.listed);
  });

  it('a maximum of 0 lists nothing and still counts every error', () => {
    const result = validateScenario(manyBadPoints(5), 0);
    expect(result.ok || result.error).toEqual({ listed: [], more: 5 });
    const notAnObject = validateScenario(42, 0);
    expect(notAnObject.ok || notAnObject.error).toEqual({ listed: [], more: 1 });
  });
});

describe('file import lists at most 100 errors per file', () => {
  it('a file with 200,000 path errors reports 100 errors and 199,900 more', async () => {
    const [report] = await readScenarioFiles([asFile('huge.json', JSON.stringify(manyBadPoints(200_000)))]);
    expect(report?.docs).toEqual([]);
    expect(report?.errors).toHaveLength(100);
    expect(report?.moreErrors).toBe(199_900);
    expect(report?.errors[0]?.message.en).toMatch(/^huge\.json: overrides\.dibao_uplift\.path\[0\]: year 2019 /);
  });

  it('a bundle shares one cap across its scenarios, in order', async () => {
    // Scenario 0 has 150 bad points, scenarios 1–299 one unknown parameter each: 150 + 299 = 449 errors.
    const scenarios = [manyBadPoints(150), ...Array.from({ length: 299 }, () => manyUnknownParameters(1))];
    const text = JSON.stringify({ format: SCENARIO_BUNDLE_FORMAT, schemaVersion: 2, scenarios });
    const [report] = await readScenarioFiles([asFile('bundle.json', text)]);
    expect(report?.errors).toHaveLength(100);
    expect(report?.errors.every((e) => e.path.startsWith('scenarios[0].'))).toBe(true);
    expect(report?.moreErrors).toBe(349);
  });

  it('a file with one error has nothing more', async () => {
    const [report] = await readScenarioFiles([asFile('one.json', JSON.stringify(manyUnknownParameters(1)))]);
    expect(report?.errors).toHaveLength(1);
    expect(report?.moreErrors).toBe(0);
  });
});
