/**
 * The "new version available" notice's state: offered by src/offline/service-worker.ts (wired in
 * main.ts) when a new build waits, shown until the user reloads into it or puts it off. Putting it
 * off lasts for this page only: the new version keeps waiting and is offered again on the next
 * load, and nothing changes under the user meanwhile.
 */
export class AppUpdate {
  /** Reloads into the waiting version; set while one waits. */
  #reload = $state<(() => void) | undefined>();
  #dismissed = $state(false);
  #reloading = $state(false);

  /** A new version waits and the user has not put it off. */
  get shown(): boolean {
    return this.#reload !== undefined && !this.#dismissed;
  }

  /** The reload has been asked for (the button stays pressed until the page goes). */
  get reloading(): boolean {
    return this.#reloading;
  }

  /** A new version waits; `reload` switches the page to it. A newer one shows the notice again. */
  offer(reload: () => void): void {
    this.#reload = reload;
    this.#dismissed = false;
  }

  /** Switches to the waiting version (once, however often it is clicked). */
  reload(): void {
    if (!this.#reload || this.#reloading) return;
    this.#reloading = true;
    this.#reload();
  }

  /** Hides the notice for this page; the current version stays. */
  dismiss(): void {
    this.#dismissed = true;
  }
}
