import type { StoryDoc, StoryStep } from '../../scenario/story';
import type { Language } from '../i18n/messages';

/** What presentation mode does to the page: the workbench path that shows a step, and the language switch. */
export interface PresentationHost {
  /** Before the first step: remembers what the page shows, to give it back at the end. */
  begin(): void;
  /** Shows a step: loads its scenario into the workbench (which runs the model) and its view and chart. */
  show(step: StoryStep): void;
  /** After the last step is left: gives back what the page showed before. */
  end(): void;
  /** The app's language switch. */
  setLanguage(language: Language): void;
}

/**
 * Presentation mode's state: the story being presented, the step on screen and whether the
 * presenter notes show. Stepping stops at the ends (no wrap: a presenter pressing → once too often
 * stays on the last slide). Every step change shows the step through the host; switching the
 * language does not, so the step and its result stay as they are.
 */
export class Presentation {
  story = $state.raw<StoryDoc | undefined>(undefined);
  index = $state(0);
  notesShown = $state(false);
  /** Counts step changes, so the live region can announce a step even when its text repeats. */
  changes = $state(0);

  readonly #host: PresentationHost;

  constructor(host: PresentationHost) {
    this.#host = host;
  }

  /** Whether a story is being presented. */
  get active(): boolean {
    return this.story !== undefined;
  }

  get total(): number {
    return this.story?.steps.length ?? 0;
  }

  /** The step on screen. */
  get step(): StoryStep | undefined {
    return this.story?.steps[this.index];
  }

  /** Starts presenting `story` at step `at` (0-based); false (nothing happens) for a story without steps. */
  start(story: StoryDoc, at = 0): boolean {
    if (story.steps.length === 0) return false;
    if (!this.active) this.#host.begin();
    this.story = story;
    this.notesShown = false;
    this.#go(Math.min(Math.max(0, Math.floor(at)), story.steps.length - 1));
    return true;
  }

  /** The next step; false at the last one (nothing happens). */
  next(): boolean {
    if (!this.active || this.index >= this.total - 1) return false;
    this.#go(this.index + 1);
    return true;
  }

  /** The previous step; false at the first one (nothing happens). */
  previous(): boolean {
    if (!this.active || this.index <= 0) return false;
    this.#go(this.index - 1);
    return true;
  }

  toggleNotes(): void {
    this.notesShown = !this.notesShown;
  }

  /** Switches the language mid-story: the step (and the result on screen) stay. */
  setLanguage(language: Language): void {
    this.#host.setLanguage(language);
  }

  /** Leaves presentation mode and gives the page back. */
  stop(): void {
    if (!this.active) return;
    this.story = undefined;
    this.index = 0;
    this.notesShown = false;
    this.#host.end();
  }

  #go(index: number): void {
    this.index = index;
    this.changes += 1;
    const step = this.step;
    if (step) this.#host.show(step);
  }
}
