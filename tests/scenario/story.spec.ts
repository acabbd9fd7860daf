import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioFiles, type ScenarioFileInput } from '../../src/scenario/files';
import { emptyScenario } from '../../src/scenario/parse';
import { parseStory, readStory, STORY_KIND, storyFileText, type StoryDoc } from '../../src/scenario/story';
import { decodeStoryLink, encodeStoryLink, isStoryLink, STORY_LINK_PREFIX } from '../../src/scenario/story-link';
import { isScenarioLink } from '../../src/scenario/link';

/** A story written out by hand, as a file would hold it (two steps, the second with a title). */
function storyJson(): Record<string, unknown> {
  return {
    kind: 'prosperity-sandbox-story',
    schemaVersion: 1,
    id: 'story-1',
    name: 'Council briefing',
    steps: [
      {
        scenario: { ...emptyScenario(), name: 'Baseline' },
        view: 'trajectories',
        focus: 'income_per_capita',
        note: 'Start from where the plan stands.',
      },
      {
        scenario: { ...emptyScenario(), name: 'More dibao', overrides: { dibao_uplift: 20 } },
        view: 'cities',
        focus: 'urban_rural_income_ratio',
        note: 'Now raise the dibao.',
        title: 'Step two',
      },
    ],
  };
}

/** The problems of a refused story (fails the test if it was accepted). */
function problems(raw: unknown): { kind: string; path: string; en: string; zh: string }[] {
  const read = parseStory(raw);
  if (read.ok) throw new Error('expected the story to be refused');
  return read.error.map((e) => ({ kind: e.kind, path: e.path, en: e.message.en, zh: e.message.zh }));
}

function withStep(index: number, change: Record<string, unknown>): Record<string, unknown> {
  const raw = storyJson();
  const steps = raw['steps'] as Record<string, unknown>[];
  steps[index] = { ...steps[index], ...change };
  return raw;
}

describe('readStory', () => {
  it('reads a valid story into the typed document, keeping step order, notes and titles', () => {
    const read = readStory(storyJson());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.kind).toBe(STORY_KIND);
    expect(read.value.name).toBe('Council briefing');
    expect(read.value.steps.map((s) => [s.scenario.name, s.view, s.focus, s.note, s.title])).toEqual([
      ['Baseline', 'trajectories', 'income_per_capita', 'Start from where the plan stands.', undefined],
      ['More dibao', 'cities', 'urban_rural_income_ratio', 'Now raise the dibao.', 'Step two'],
    ]);
    expect(read.value.steps[1]?.scenario.overrides).toEqual({ dibao_uplift: 20 });
  });

  it('refuses what is not a story, naming the field', () => {
    expect(problems([1, 2])).toMatchObject([{ kind: 'not_an_object', path: '' }]);
    expect(problems({ ...storyJson(), kind: 'something-else' })).toMatchObject([{ kind: 'not_a_story', path: 'kind' }]);
    const { schemaVersion: _v, ...noVersion } = storyJson();
    expect(problems(noVersion)).toMatchObject([{ kind: 'missing_field', path: 'schemaVersion' }]);
    expect(problems({ ...storyJson(), schemaVersion: '1' })).toMatchObject([{ kind: 'wrong_type', path: 'schemaVersion' }]);
    const newer = problems({ ...storyJson(), schemaVersion: 2 });
    expect(newer).toMatchObject([{ kind: 'unsupported_version', path: 'schemaVersion' }]);
    expect(newer[0]?.en).toContain('update the app');
  });

  it('names each bad top-level field with its reason, in both languages', () => {
    const { id: _id, ...noId } = storyJson();
    expect(problems(noId)).toEqual([{ kind: 'missing_field', path: 'id', en: 'id: is required', zh: 'id：缺失必填字段' }]);
    expect(problems({ ...storyJson(), name: 7 })).toMatchObject([{ kind: 'wrong_type', path: 'name', en: 'name: must be text' }]);
    expect(problems({ ...storyJson(), name: 'x'.repeat(201) })).toMatchObject([{ kind: 'out_of_range', path: 'name' }]);
    expect(problems({ ...storyJson(), steps: {} })).toMatchObject([{ kind: 'wrong_type', path: 'steps' }]);
    expect(problems({ ...storyJson(), steps: Array.from({ length: 101 }, () => ({})) })).toMatchObject([{ kind: 'out_of_range', path: 'steps' }]);
  });

  it('names each bad field of a step with the step index', () => {
    expect(problems(withStep(1, { view: 'slides' }))).toMatchObject([{ kind: 'unknown_view', path: 'steps[1].view' }]);
    expect(problems(withStep(0, { focus: 'happiness' }))).toMatchObject([{ kind: 'unknown_output', path: 'steps[0].focus' }]);
    expect(problems(withStep(0, { focus: 3 }))).toMatchObject([{ kind: 'wrong_type', path: 'steps[0].focus' }]);
    expect(problems(withStep(1, { note: ['a'] }))).toMatchObject([{ kind: 'wrong_type', path: 'steps[1].note' }]);
    expect(problems(withStep(1, { note: 'n'.repeat(5001) }))).toMatchObject([{ kind: 'out_of_range', path: 'steps[1].note' }]);
    expect(problems(withStep(0, { scenario: undefined }))).toMatchObject([{ kind: 'missing_field', path: 'steps[0].scenario' }]);
    const raw = storyJson();
    (raw['steps'] as unknown[])[1] = 'a slide';
    expect(problems(raw)).toMatchObject([{ kind: 'wrong_type', path: 'steps[1]' }]);
  });

  it("reports an embedded scenario's own problems under the step's path", () => {
    const bad = withStep(1, { scenario: { ...emptyScenario(), overrides: { dibao_uplift: 1e9, not_a_lever: 1 } } });
    const found = problems(bad);
    expect(found.map((p) => [p.kind, p.path])).toEqual([
      ['out_of_range', 'steps[1].scenario.overrides.dibao_uplift'],
      ['unknown_parameter', 'steps[1].scenario.overrides.not_a_lever'],
    ]);
    // The path is written once, in front of the scenario's own reason.
    expect(found[0]?.en).toMatch(/^steps\[1\]\.scenario\.overrides\.dibao_uplift: 1000000000 is outside the allowed range/);
    expect(found[1]?.zh).toMatch(/^steps\[1\]\.scenario\.overrides\.not_a_lever：/);
  });

  it('lists every problem of every step, not just the first', () => {
    const raw = withStep(0, { view: 1 });
    (raw['steps'] as Record<string, unknown>[])[1] = { ...(raw['steps'] as Record<string, unknown>[])[1], focus: 'nope' };
    expect(problems(raw).map((p) => p.path)).toEqual(['steps[0].view', 'steps[1].focus']);
  });

  it('writes a file that reads back as the same story', () => {
    const read = readStory(storyJson());
    if (!read.ok) throw new Error('fixture story refused');
    const text = storyFileText(read.value);
    expect(text.endsWith('\n')).toBe(true);
    expect(readStory(JSON.parse(text))).toEqual({ ok: true, value: read.value });
  });
});

/** A File-like input over a text. */
function fakeFile(name: string, text: string): ScenarioFileInput {
  return { name, size: new TextEncoder().encode(text).byteLength, text: async () => text };
}

describe('story files through the scenario file reader', () => {
  it('tells a story file by its kind and gives the story, no scenarios', async () => {
    const [report] = await readScenarioFiles([fakeFile('briefing.story.json', JSON.stringify(storyJson()))]);
    expect(report?.errors).toEqual([]);
    expect(report?.docs).toEqual([]);
    expect(report?.stories?.map((s) => [s.id, s.name, s.steps.length])).toEqual([['story-1', 'Council briefing', 2]]);
  });

  it("refuses a bad story file, naming the file and the step's field", async () => {
    const [report] = await readScenarioFiles([fakeFile('bad.story.json', JSON.stringify(withStep(1, { view: 'slides' })))]);
    expect(report?.stories ?? []).toEqual([]);
    expect(report?.errors).toHaveLength(1);
    expect(report?.errors[0]?.path).toBe('steps[1].view');
    expect(report?.errors[0]?.message.en).toMatch(/^bad\.story\.json: steps\[1\]\.view: must be one of /);
  });

  it('still reads a scenario file as scenarios (no stories)', async () => {
    const [report] = await readScenarioFiles([fakeFile('plain.json', JSON.stringify({ ...emptyScenario(), name: 'Plain' }))]);
    expect(report?.errors).toEqual([]);
    expect(report?.docs.map((d) => d.name)).toEqual(['Plain']);
    expect(report?.stories).toBeUndefined();
  });
});

describe('story links', () => {
  const story = (): StoryDoc => {
    const read = readStory(storyJson());
    if (!read.ok) throw new Error('fixture story refused');
    return read.value;
  };

  it('round-trips a story and the language, under its own key (not a scenario link)', async () => {
    const hash = await encodeStoryLink(story(), 'en');
    expect(hash.startsWith(STORY_LINK_PREFIX)).toBe(true);
    expect(isStoryLink(hash)).toBe(true);
    expect(isScenarioLink(hash)).toBe(false);
    expect(await decodeStoryLink(hash)).toEqual({ ok: true, value: { story: story(), language: 'en' } });
    expect(await decodeStoryLink(hash.slice(1))).toMatchObject({ ok: true, value: { language: 'en' } });
  });

  it('refuses a damaged link (checksum mismatch) and a scenario link, with reasons', async () => {
    const hash = await encodeStoryLink(story(), 'zh');
    const damaged = hash.replace(/\.([0-9a-f]{8})$/, (_m, sum: string) => `.${sum === '00000000' ? '00000001' : '00000000'}`);
    const refused = await decodeStoryLink(damaged);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error[0]?.message.en).toContain('does not match its checksum');
    const notStory = await decodeStoryLink('#s=abc');
    expect(notStory.ok).toBe(false);
    if (!notStory.ok) expect(notStory.error[0]?.message.en).toContain('is not a story link');
  });
});

describe('docs/scenario-format.md on stories', () => {
  it('shows a story that reads, with its step', () => {
    const text = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
    const match = /<!-- example: story -->\n```json\n([\s\S]*?)\n```/.exec(text);
    const read = readStory(JSON.parse(match?.[1] ?? 'null'));
    expect(read.ok && read.value.steps.map((s) => [s.scenario.overrides, s.view, s.focus, s.title])).toEqual([
      [{ dibao_uplift: 20 }, 'trajectories', 'income_per_capita', 'Where we stand'],
    ]);
  });
});
