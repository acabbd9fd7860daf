import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../src/model/catalog';
import { readScenarioFiles, scenarioFileText, type ScenarioFileInput } from '../../src/scenario/files';
import { readScenario } from '../../src/scenario/parse';

// Suspect files (issue 18, item 4): a document that claims another model version, or carries
// top-level fields the format does not have, still loads, and says so per file, naming the field.

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'suspect');
const asFile = (name: string, text: string): ScenarioFileInput => ({ name, size: new TextEncoder().encode(text).byteLength, text: async () => text });

describe('readScenario warnings', () => {
  it("warns that a document made with model 9.9.9 gets this model's results, in both languages", () => {
    const read = readScenario({ schemaVersion: 2, modelVersion: '9.9.9', overrides: {} });
    if (!read.ok) throw new Error('a 9.9.9 document must still load');
    expect(read.value.warnings.listed).toEqual([
      {
        kind: 'other_model_version',
        path: 'modelVersion',
        message: {
          en: `modelVersion: made with model 9.9.9, this is ${MODEL_VERSION}; results are this model's`,
          zh: `modelVersion：由模型 9.9.9 制作，本应用为 ${MODEL_VERSION}；结果按本模型计算`,
        },
      },
    ]);
  });

  it('names each unknown top-level field, suggesting "overrides" for "overide"', () => {
    const read = readScenario({ schemaVersion: 2, modelVersion: MODEL_VERSION, overrides: {}, overide: { dibao_uplift: 20 }, zzzzzzzz: 1 });
    if (!read.ok) throw new Error('unknown fields must not refuse a document');
    const [typo, other] = read.value.warnings.listed;
    expect(read.value.warnings.listed).toHaveLength(2);
    expect(typo).toMatchObject({ kind: 'unknown_field', path: 'overide', suggestion: 'overrides' });
    expect(typo?.message.en).toBe('overide: is not a field of the scenario format and is not kept; did you mean "overrides"?');
    expect(typo?.message.zh).toBe('overide：不是情景格式的字段，不予保留；是否应为“overrides”？');
    expect(other).toMatchObject({ kind: 'unknown_field', path: 'zzzzzzzz' });
    expect(other?.suggestion).toBeUndefined();
  });

  it("has no warnings for a current document with only the format's fields", () => {
    const read = readScenario({
      schemaVersion: 2,
      name: 'n',
      modelVersion: MODEL_VERSION,
      createdWithModel: '1.0.0',
      dataVintage: 'd',
      horizon: { start: 2020, end: 2035 },
      overrides: {},
      notes: '',
      tracked: {},
    });
    expect(read.ok && read.value.warnings).toEqual({ listed: [], more: 0 });
  });

  it('lists the first 100 warnings of a document with 250 unknown fields and counts the other 150', () => {
    const raw: Record<string, unknown> = { schemaVersion: 2, overrides: {} };
    for (let i = 0; i < 250; i++) raw[`extra_${i}`] = i;
    const read = readScenario(raw);
    expect(read.ok && read.value.warnings.listed.length).toBe(100);
    expect(read.ok && read.value.warnings.more).toBe(150);
  });
});

describe('suspect files on import and re-export', () => {
  it("reports a file's warnings with the file name and field, and still imports it", async () => {
    const text = readFileSync(join(fixtures, 'suspect_fields.json'), 'utf8');
    const [report] = await readScenarioFiles([asFile('suspect_fields.json', text)]);
    expect(report?.errors).toEqual([]);
    expect(report?.docs).toHaveLength(1);
    expect(report?.warnings.map((w) => w.message.en)).toEqual([
      `suspect_fields.json: modelVersion: made with model 9.9.9, this is ${MODEL_VERSION}; results are this model's`,
      'suspect_fields.json: overide: is not a field of the scenario format and is not kept; did you mean "overrides"?',
    ]);
    expect(report?.warnings[1]?.message.zh).toBe('suspect_fields.json：overide：不是情景格式的字段，不予保留；是否应为“overrides”？');
  });

  it('prefixes the warnings of a bundle entry with its place in the bundle', async () => {
    const bundle = {
      format: 'prosperity-sandbox-scenarios',
      schemaVersion: 2,
      scenarios: [
        { schemaVersion: 2, overrides: {} },
        { schemaVersion: 2, overrides: {}, notse: '' },
      ],
    };
    const [report] = await readScenarioFiles([asFile('b.json', JSON.stringify(bundle))]);
    expect(report?.warnings.map((w) => [w.path, w.suggestion])).toEqual([['scenarios[1].notse', 'notes']]);
  });

  it('re-exports a 9.9.9 document as made by this model, keeping 9.9.9 as createdWithModel, never claiming 9.9.9', async () => {
    const text = readFileSync(join(fixtures, 'suspect_fields.json'), 'utf8');
    const [report] = await readScenarioFiles([asFile('suspect_fields.json', text)]);
    const written = JSON.parse(scenarioFileText(report?.docs ?? [])) as Record<string, unknown>;
    expect(written['modelVersion']).toBe(MODEL_VERSION);
    expect(written['createdWithModel']).toBe('9.9.9');
    expect(written['overrides']).toEqual({ dibao_uplift: 10 });
    expect(written['notes']).toBe('made by a newer build, with a typo in a field name');
    expect('overide' in written).toBe(false);
    // Read again, the file is this model's: no model-version warning, and its origin stays.
    const [again] = await readScenarioFiles([asFile('again.json', scenarioFileText(report?.docs ?? []))]);
    expect(again?.warnings).toEqual([]);
    expect(again?.docs[0]?.createdWithModel).toBe('9.9.9');
  });
});
