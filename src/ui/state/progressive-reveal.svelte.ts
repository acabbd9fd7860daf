import { nextChunk } from './import-report';

/** Lines revealed in the first frame. */
const FIRST_CHUNK = 4;

/**
 * Reveals a long list a few lines per animation frame, so that rendering it never blocks the page
 * for long: `shown` grows towards the total, by a number of lines per frame that follows how long
 * the previous frame took (see nextChunk).
 */
export class ProgressiveReveal {
  /** How many lines are revealed. */
  shown = $state(0);
  #total = 0;
  #chunk = FIRST_CHUNK;
  #frame: number | undefined;
  #lastFrameAt: number | undefined;

  /** Starts revealing `total` lines from none (a new list). */
  start(total: number): void {
    this.stop();
    this.#total = total;
    this.#chunk = FIRST_CHUNK;
    this.#lastFrameAt = undefined;
    // Never reads `shown`: an effect that calls start must not depend on it (it would restart each frame).
    const first = Math.min(total, FIRST_CHUNK);
    this.shown = first;
    if (first < total) this.#frame = requestAnimationFrame((now) => this.#step(now));
  }

  /** Stops revealing (the list went away); `shown` keeps its value. */
  stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  /** Whether every line is revealed. */
  get done(): boolean {
    return this.shown >= this.#total;
  }

  #step(now: number): void {
    this.#frame = undefined;
    if (this.#lastFrameAt !== undefined) this.#chunk = nextChunk(this.#chunk, now - this.#lastFrameAt);
    this.#lastFrameAt = now;
    this.shown = Math.min(this.#total, this.shown + this.#chunk);
    if (this.shown < this.#total) this.#frame = requestAnimationFrame((next) => this.#step(next));
  }
}
