import { describe, expect, it } from 'vitest';
import { AppUpdate } from './app-update.svelte';

describe('AppUpdate (the "有新版本可用 / Update available" notice)', () => {
  it('is hidden until a new version waits', () => {
    const update = new AppUpdate();
    expect(update.shown).toBe(false);
    update.reload();
    expect(update.reloading).toBe(false);
  });

  it('reloads into the waiting version once, however often the button is pressed', () => {
    const update = new AppUpdate();
    let reloads = 0;
    update.offer(() => reloads++);
    expect(update.shown).toBe(true);
    update.reload();
    update.reload();
    expect(reloads).toBe(1);
    expect(update.reloading).toBe(true);
  });

  it('"稍后 / Later" hides it and changes nothing; a newer version shows it again', () => {
    const update = new AppUpdate();
    let reloads = 0;
    update.offer(() => reloads++);
    update.dismiss();
    expect(update.shown).toBe(false);
    expect(reloads).toBe(0);
    update.offer(() => reloads++);
    expect(update.shown).toBe(true);
  });
});
