import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../src/model/catalog';
import type { ScenarioDoc } from '../../src/scenario/document';
import { importScenarioFiles, readScenarioFiles, scenarioFileName, scenarioFileText, type ScenarioFileInput } from '../../src/scenario/files';
import { FakeLibrary } from './support/fake-library';
import { Draw, randomScenario } from './support/random-scenarios';

// Property: every valid scenario survives export → import unchanged, alone or in a bundle.
const COUNT = 1000;
const scenarios: ScenarioDoc[] = (() => {
  const draw = new Draw(20_250_101);
  return Array.from({ length: COUNT }, () => randomScenario(draw));
})();

const asFile = (name: string, text: string): ScenarioFileInput => ({ name, size: new TextEncoder().encode(text).byteLength, text: async () => text });

/**
 * What import gives for a document written to `fileName`: itself, an untitled one named after the
 * file, and one made with another model version as this model's, its origin kept in createdWithModel.
 */
const expected = (doc: ScenarioDoc, fileName: string): ScenarioDoc => {
  const named = doc.name === '' ? { ...doc, name: fileName.replace(/\.json$/, '') } : doc;
  return doc.modelVersion === MODEL_VERSION ? named : { ...named, modelVersion: MODEL_VERSION, createdWithModel: doc.createdWithModel ?? doc.modelVersion };
};

describe('export → import round trip (1,000 random scenarios)', () => {
  it('covers what it claims to: paths, tracked trends, untitled, hostile names, long notes, other model versions', () => {
    const has = (test: (doc: ScenarioDoc) => boolean): number => scenarios.filter(test).length;
    expect(has((d) => Object.values(d.overrides).some((o) => typeof o === 'object'))).toBeGreaterThan(100);
    expect(has((d) => Object.values(d.overrides).some((o) => typeof o === 'number'))).toBeGreaterThan(100);
    expect(has((d) => d.tracked !== undefined)).toBeGreaterThan(100);
    expect(has((d) => d.name === '')).toBeGreaterThan(50);
    expect(has((d) => /[\u4e00-\u9fff]/.test(d.name) && d.name.includes('<script>'))).toBeGreaterThan(5);
    expect(has((d) => /\p{Extended_Pictographic}/u.test(d.name) && d.name.includes('"'))).toBeGreaterThan(5);
    expect(has((d) => d.notes.length > 5000)).toBeGreaterThan(5);
    expect(has((d) => d.horizon.end < 2035)).toBeGreaterThan(100);
    expect(has((d) => d.modelVersion !== MODEL_VERSION)).toBeGreaterThan(100);
    expect(has((d) => d.modelVersion === MODEL_VERSION)).toBeGreaterThan(100);
  });

  it('imports each scenario written as its own file deep-equal to the original', async () => {
    for (const [index, doc] of scenarios.entries()) {
      const fileName = scenarioFileName([doc]);
      const text = scenarioFileText([doc]);
      const [report] = await readScenarioFiles([asFile(fileName, text)]);
      expect(report?.errors, `scenario ${index}`).toEqual([]);
      expect(report?.docs, `scenario ${index}`).toEqual([expected(doc, fileName)]);
      if (doc.name !== '') expect(scenarioFileText(report?.docs ?? []), `scenario ${index}`).toBe(text);
    }
  });

  it('imports all of them written as one bundle, in order, deep-equal to the originals', async () => {
    const fileName = scenarioFileName(scenarios);
    expect(fileName).toBe(`scenarios-${COUNT}.json`);
    const text = scenarioFileText(scenarios);
    const library = new FakeLibrary();
    const outcome = await importScenarioFiles([asFile(fileName, text)], library);
    expect(outcome.reports[0]?.errors).toEqual([]);
    expect(library.calls).toHaveLength(1);
    expect(library.calls[0]).toEqual(scenarios.map((doc) => expected(doc, fileName)));
    expect(library.violations).toEqual([]);
    const named = scenarios.filter((d) => d.name !== '');
    expect(scenarioFileText(outcome.reports[0]?.docs.filter((_, i) => scenarios[i]?.name !== '') ?? [])).toBe(scenarioFileText(named));
  });
});
