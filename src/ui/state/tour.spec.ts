import { describe, expect, it } from 'vitest';
import { Tour, TOUR_SEEN_SETTING, type TourSettings } from './tour.svelte';
import type { TourStep, TourStepId } from './tour-steps';

/** A settings store in memory, as the app's store keeps the language choice. */
function memorySettings(initial: Record<string, unknown> = {}): TourSettings & { values: Record<string, unknown> } {
  const values = { ...initial };
  return {
    values,
    setting: async (key) => values[key],
    remember: (key, value) => void (values[key] = value),
  };
}

/** Something that counts how often it got the focus back. */
function focusTarget(): { focus(): void; times: number } {
  return {
    times: 0,
    focus() {
      this.times++;
    },
  };
}

const missing =
  (...ids: TourStepId[]) =>
  (step: TourStep): boolean =>
    !ids.includes(step.id);

describe('the Tour state', () => {
  it('goes through every step with next and back, stays put at either end, and gives the focus back when it ends', () => {
    const tour = new Tour(() => true);
    const opener = focusTarget();
    expect(tour.start(opener)).toBe(true);
    expect(tour.step?.id).toBe('levers');
    expect(tour.position).toEqual({ step: 1, total: 7 });
    expect(tour.atFirst).toBe(true);
    tour.back();
    expect(tour.step?.id).toBe('levers');
    for (let i = 0; i < 10; i++) tour.next();
    expect(tour.step?.id).toBe('library');
    expect(tour.position).toEqual({ step: 7, total: 7 });
    expect(tour.atLast).toBe(true);
    tour.back();
    expect(tour.step?.id).toBe('compare');
    expect(opener.times).toBe(0);
    tour.end();
    expect(tour.step).toBeUndefined();
    expect(opener.times).toBe(1);
    tour.end();
    expect(opener.times).toBe(1);
  });

  it('leaves out a step whose part of the page is missing', () => {
    const tour = new Tour(missing('uncertainty'));
    tour.start();
    tour.next();
    tour.next();
    tour.next();
    expect(tour.step?.id).toBe('seek');
    tour.next();
    expect(tour.step?.id).toBe('compare');
    expect(tour.position).toEqual({ step: 5, total: 6 });
  });

  it('does not open when no step can be shown', () => {
    const tour = new Tour(() => false);
    expect(tour.start()).toBe(false);
    expect(tour.step).toBeUndefined();
  });

  it('invites once per browser: the first visit marks the invitation seen, the next visit shows nothing', async () => {
    const settings = memorySettings();
    const first = new Tour(() => true);
    await first.inviteOnFirstVisit(settings);
    expect(first.invited).toBe(true);
    expect(settings.values[TOUR_SEEN_SETTING]).toBe(true);
    const second = new Tour(() => true);
    await second.inviteOnFirstVisit(settings);
    expect(second.invited).toBe(false);
  });

  it('closes the invitation when the tour starts or it is dismissed', async () => {
    const tour = new Tour(() => true);
    await tour.inviteOnFirstVisit(memorySettings());
    tour.start();
    expect(tour.invited).toBe(false);
    const other = new Tour(() => true);
    await other.inviteOnFirstVisit(memorySettings());
    other.dismissInvitation();
    expect(other.invited).toBe(false);
  });
});
