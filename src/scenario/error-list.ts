/**
 * A bounded list of errors: validation lists the first ERROR_LIST_MAX problems of a document or a
 * file and only counts the rest. A hostile file can hold hundreds of thousands of problems; building
 * a message for each would cost seconds and a report nobody reads, so an error past the cap is
 * never built at all.
 */

/** The most errors listed for one document or file; the rest are counted ("and N more"). */
export const ERROR_LIST_MAX = 100;

/** The errors of a refused input: the first ones found (at most the cap), and how many more there were. */
export interface CappedErrors<E> {
  readonly listed: E[];
  /** Errors found beyond `listed` (counted, not built). */
  readonly more: number;
}

/** Collects errors up to a cap and counts the rest. */
export class ErrorList<E> {
  readonly #listed: E[] = [];
  #more = 0;
  readonly #max: number;

  /** `max`: how many errors to list (0 lists none and only counts). */
  constructor(max: number = ERROR_LIST_MAX) {
    this.#max = Math.max(0, Math.floor(max));
  }

  /** Records an error; `make` builds it only while the list has room, so an error past the cap costs a count. */
  add(make: () => E): void {
    if (this.#listed.length < this.#max) this.#listed.push(make());
    else this.#more++;
  }

  /** Records errors already built (listing those that fit, counting the rest). */
  push(...errors: E[]): void {
    for (const error of errors) this.add(() => error);
  }

  /** Records a capped list found elsewhere (e.g. one scenario of a bundle): its listed errors, then its count. */
  addAll<F>(errors: CappedErrors<F>, convert: (error: F) => E): void {
    for (const error of errors.listed) this.add(() => convert(error));
    this.#more += errors.more;
  }

  /** How many errors were recorded, listed or not. */
  get count(): number {
    return this.#listed.length + this.#more;
  }

  /** How many more errors the list could still hold. */
  get room(): number {
    return this.#max - this.#listed.length;
  }

  /** The listed errors and the count of the rest. */
  capped(): CappedErrors<E> {
    return { listed: [...this.#listed], more: this.#more };
  }
}
