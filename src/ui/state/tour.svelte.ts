import { nextStep, previousStep, stepFrom, stepPosition, TOUR_STEPS, type StepAvailable, type TourStep } from './tour-steps';

/** Setting key: the first-visit invitation to the tour has been shown on this browser. */
export const TOUR_SEEN_SETTING = 'tourSeen';

/** Where the tour keeps its "seen" mark: the same settings store as the language choice (Autosave satisfies it). */
export interface TourSettings {
  setting(key: string): Promise<unknown>;
  remember(key: string, value: unknown): void;
}

/** What gets the focus back when the tour ends (the help button, or the page's heading). */
export interface FocusReturn {
  focus(options?: FocusOptions): void;
}

/**
 * The guided tour's state: which step is open (none: the tour is closed), moving between the steps
 * that are shown, and the first-visit invitation. The tour never opens by itself: a fresh browser
 * gets a small invitation to start it (shown once), and the help menu starts it at any time, so a
 * page opened for work (or by a test) is never covered by it.
 *
 * The tour is ours (this state, `tour-steps.ts`, `tour-placement.ts` and `TourDialog.svelte`)
 * rather than a library such as driver.js: no new dependency for a strict CSP to vet, the strings
 * come from the app's own zh/en dictionaries, and seven steps need only a dialog, a ring around an
 * element and focus handling.
 */
export class Tour {
  /** The open step's index in `steps`, or undefined while the tour is closed. */
  current = $state<number | undefined>(undefined);
  /** The first-visit invitation is on screen. */
  invited = $state(false);
  #returnFocus: FocusReturn | undefined;

  /** `available` tells whether a step's part of the page is there now; it is asked on every move, so the page may change between steps. */
  constructor(
    readonly available: StepAvailable,
    readonly steps: readonly TourStep[] = TOUR_STEPS,
  ) {}

  /** Shows the invitation if this browser has never seen it, and marks it seen at once: it is shown once, whatever the user does with it. */
  async inviteOnFirstVisit(settings: TourSettings): Promise<void> {
    if ((await settings.setting(TOUR_SEEN_SETTING)) === true) return;
    settings.remember(TOUR_SEEN_SETTING, true);
    if (this.current === undefined) this.invited = true;
  }

  /** Closes the invitation without starting the tour. */
  dismissInvitation(): void {
    this.invited = false;
  }

  /** Opens the tour at its first shown step; `returnFocus` gets the focus when it ends. False when no step can be shown. */
  start(returnFocus?: FocusReturn): boolean {
    this.invited = false;
    const first = stepFrom(this.steps, 0, 1, this.available);
    if (first === undefined) return false;
    this.#returnFocus = returnFocus;
    this.current = first;
    return true;
  }

  /** The open step, if any. */
  get step(): TourStep | undefined {
    return this.current === undefined ? undefined : this.steps[this.current];
  }

  /** The open step's number among the shown steps, and how many are shown. */
  get position(): { step: number; total: number } | undefined {
    return this.current === undefined ? undefined : stepPosition(this.steps, this.current, this.available);
  }

  /** No shown step comes before the open one. */
  get atFirst(): boolean {
    return this.current === undefined || previousStep(this.steps, this.current, this.available) === undefined;
  }

  /** No shown step comes after the open one (its button says "Done"). */
  get atLast(): boolean {
    return this.current === undefined || nextStep(this.steps, this.current, this.available) === undefined;
  }

  /** Moves to the next shown step; at the last one it stays (Done ends the tour). */
  next(): void {
    if (this.current === undefined) return;
    this.current = nextStep(this.steps, this.current, this.available) ?? this.current;
  }

  /** Moves to the previous shown step; at the first one it stays. */
  back(): void {
    if (this.current === undefined) return;
    this.current = previousStep(this.steps, this.current, this.available) ?? this.current;
  }

  /** Closes the tour (done, skipped or Escape) and gives the focus back to where the tour was started from. */
  end(): void {
    if (this.current === undefined) return;
    this.current = undefined;
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    target?.focus();
  }
}
