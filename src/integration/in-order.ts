/**
 * Hands on values in the order their places were taken, whatever order they arrive in: a value
 * whose place comes later waits until every earlier place is filled (with a value or with null for
 * "nothing here"). Used to give Pagefind the pages in the order they started rendering while Astro
 * renders several at a time.
 */
export class InOrder<T> {
  #reserved = 0;
  #next = 0;
  readonly #waiting = new Map<number, T | null>();

  /** Takes the next place in line. */
  reserve(): number {
    return this.#reserved++;
  }

  /** Fills place `ticket` and returns the values now free to go, in order (nulls left out). */
  put(ticket: number, value: T | null): T[] {
    if (!Number.isInteger(ticket) || ticket < this.#next || ticket >= this.#reserved || this.#waiting.has(ticket)) {
      throw new Error(`Place ${ticket} was not reserved or is already filled.`);
    }
    this.#waiting.set(ticket, value);
    const out: T[] = [];
    while (this.#waiting.has(this.#next)) {
      const v = this.#waiting.get(this.#next)!;
      this.#waiting.delete(this.#next++);
      if (v !== null) out.push(v);
    }
    return out;
  }

  /** Places taken but not yet passed on (filled ones waiting for an earlier one, and empty ones). */
  get outstanding(): number {
    return this.#reserved - this.#next;
  }
}
