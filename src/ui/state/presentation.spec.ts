import { describe, expect, it } from 'vitest';
import { emptyScenario } from '../../scenario/parse';
import { emptyStory, type StoryDoc, type StoryStep } from '../../scenario/story';
import type { Language } from '../i18n/messages';
import { Presentation, type PresentationHost } from './presentation.svelte';

function step(name: string): StoryStep {
  return { scenario: { ...emptyScenario(), name }, view: 'trajectories', focus: 'income_per_capita', note: `note of ${name}` };
}

function story(...names: string[]): StoryDoc {
  return { ...emptyStory('Talk', 'story-t'), steps: names.map(step) };
}

/** A host that records what presentation mode asked of the page. */
function recordingHost(): PresentationHost & { calls: string[]; language: Language } {
  const host = {
    calls: [] as string[],
    language: 'zh' as Language,
    begin: () => host.calls.push('begin'),
    show: (s: StoryStep) => host.calls.push(`show ${s.scenario.name}`),
    end: () => host.calls.push('end'),
    setLanguage: (language: Language) => {
      host.language = language;
      host.calls.push(`language ${language}`);
    },
  };
  return host;
}

describe('Presentation', () => {
  it('starts at the first step and shows it through the host, once', () => {
    const host = recordingHost();
    const p = new Presentation(host);
    expect(p.start(story('A', 'B', 'C'))).toBe(true);
    expect([p.active, p.index, p.total, p.step?.scenario.name]).toEqual([true, 0, 3, 'A']);
    expect(host.calls).toEqual(['begin', 'show A']);
  });

  it('steps forward and back and stops at both ends without wrapping', () => {
    const host = recordingHost();
    const p = new Presentation(host);
    p.start(story('A', 'B', 'C'));
    expect(p.previous()).toBe(false);
    expect(p.next()).toBe(true);
    expect(p.next()).toBe(true);
    expect(p.index).toBe(2);
    expect(p.next()).toBe(false);
    expect(p.index).toBe(2);
    expect(p.previous()).toBe(true);
    expect(p.index).toBe(1);
    // Only real moves show a step: the refused ones at the ends reload nothing.
    expect(host.calls).toEqual(['begin', 'show A', 'show B', 'show C', 'show B']);
  });

  it('keeps the step (and does not reload it) when the language is switched', () => {
    const host = recordingHost();
    const p = new Presentation(host);
    p.start(story('A', 'B', 'C'));
    p.next();
    p.setLanguage('en');
    expect(host.language).toBe('en');
    expect([p.index, p.step?.scenario.name, p.active]).toEqual([1, 'B', true]);
    expect(host.calls.slice(-2)).toEqual(['show B', 'language en']);
    p.next();
    expect(p.step?.scenario.name).toBe('C');
  });

  it('refuses a story without steps, and gives the page back once on stop', () => {
    const host = recordingHost();
    const p = new Presentation(host);
    expect(p.start(story())).toBe(false);
    expect(p.active).toBe(false);
    expect(host.calls).toEqual([]);
    p.start(story('A'));
    p.toggleNotes();
    expect(p.notesShown).toBe(true);
    p.stop();
    p.stop();
    expect([p.active, p.notesShown, p.next()]).toEqual([false, false, false]);
    expect(host.calls).toEqual(['begin', 'show A', 'end']);
  });

  it('counts every step change (the live region announces each)', () => {
    const p = new Presentation(recordingHost());
    p.start(story('A', 'B'));
    p.next();
    p.previous();
    expect(p.changes).toBe(3);
  });
});
