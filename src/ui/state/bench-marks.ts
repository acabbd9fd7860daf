import { tick } from 'svelte';

/**
 * Performance marks the UI bench reads (scripts/bench-ui.ts): every edit marks `sandbox:input`
 * with its sequence number; every repaint of a result marks `sandbox:repaint` with the sequence
 * number of the edit it shows. Input → repaint latency is the time from an edit to the first
 * repaint showing it or a later edit.
 */
export const INPUT_MARK = 'sandbox:input';
export const REPAINT_MARK = 'sandbox:repaint';
/** Marked when a result arrives from the worker, before the page updates (splits worker time from render time). */
export const RESULT_MARK = 'sandbox:result';
/** Marked at the repaint of an exact (not preview) result, with the sequence number of the edit it shows. */
export const EXACT_MARK = 'sandbox:exact';
/** Marked when the model workers' warm-up has finished (or given way to the user). */
export const WARMED_MARK = 'sandbox:warmed';
/** Marked when a Monte Carlo run starts and when its result arrives (detail: the draws). */
export const MC_START_MARK = 'sandbox:mc-start';
export const MC_DONE_MARK = 'sandbox:mc-done';
/** Marked when a tornado (the sensitivity panel) is asked for and when its result arrives. */
export const TORNADO_START_MARK = 'sandbox:tornado-start';
export const TORNADO_DONE_MARK = 'sandbox:tornado-done';
/** Marked when a goal-seek ("what would it take?") is asked for and when its answer arrives. */
export const SEEK_START_MARK = 'sandbox:seek-start';
export const SEEK_DONE_MARK = 'sandbox:seek-done';
/** Marked when a least-cost package is asked for and when it arrives. */
export const LEAST_COST_START_MARK = 'sandbox:least-cost-start';
export const LEAST_COST_DONE_MARK = 'sandbox:least-cost-done';

/**
 * Numbers the edits and sets the bench's marks: an edit of a parameter is the next input; every
 * scenario document is tagged with the input it shows, so its result and repaint carry that number.
 */
export class BenchMarks {
  #inputSeq = 0;
  readonly #seqOfDoc = new WeakMap<object, number>();

  /** The sequence number of the latest edit of a parameter (0 before any). */
  get latestInput(): number {
    return this.#inputSeq;
  }

  /** Marks an edit of a parameter. */
  input(): void {
    performance.mark(INPUT_MARK, { detail: ++this.#inputSeq });
  }

  /** Tags a scenario document as showing the latest edit. */
  tag(doc: object): void {
    this.#seqOfDoc.set(doc, this.#inputSeq);
  }

  /** Marks the arrival of a document's result; returns the number of the edit it shows (undefined for an untagged document or before any edit). */
  result(doc: object): number | undefined {
    const seq = this.#seqOfDoc.get(doc);
    if (seq) performance.mark(RESULT_MARK, { detail: seq });
    return seq || undefined;
  }

  /** Marks the repaint of edit `seq`'s result once Svelte has updated the DOM and the browser is about to paint. */
  async repaint(seq: number, exact: boolean): Promise<void> {
    await tick();
    requestAnimationFrame(() => {
      performance.mark(REPAINT_MARK, { detail: seq });
      if (exact) performance.mark(EXACT_MARK, { detail: seq });
    });
  }

  /** Marks the end of the model workers' warm-up. */
  warmed(): void {
    performance.mark(WARMED_MARK);
  }
}
