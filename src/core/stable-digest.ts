/**
 * A digest of a value that is the same exactly when the value is the same: the SHA-256 of a
 * canonical text of it (object keys sorted; Maps, Sets, Dates, undefined, NaN and -0 written so
 * that no two different values share a text; an object met again written as a reference to its
 * first place, so that shared and circular structures, such as a unit and its parent, are written
 * once). Functions are left out: they are code, which Astro's incremental build compares itself
 * (the page's module graph); the data they were made from is in the value next to them. Used for
 * the keys of pages restored from an earlier build (src/site/views/page-keys.ts) and of the export
 * files reused from one (exports/export-key.ts).
 */
import { createHash, type Hash } from 'node:crypto';

/** Text is handed to the hash in pieces of about this many characters. */
const FLUSH_AT = 1 << 16;

class Writer {
  #buffer = '';
  readonly #seen = new Map<object, number>();
  readonly #sink: (text: string) => void;
  constructor(sink: (text: string) => void) {
    this.#sink = sink;
  }

  flush(): void {
    if (this.#buffer.length > 0) this.#sink(this.#buffer);
    this.#buffer = '';
  }

  #put(text: string): void {
    this.#buffer += text;
    if (this.#buffer.length >= FLUSH_AT) this.flush();
  }

  write(value: unknown): void {
    switch (typeof value) {
      case 'string':
        this.#put(JSON.stringify(value));
        return;
      case 'number':
        this.#put(Number.isNaN(value) ? 'NaN' : Object.is(value, -0) ? '-0' : Number.isFinite(value) ? String(value) : value > 0 ? 'Inf' : '-Inf');
        return;
      case 'boolean':
        this.#put(value ? 'T' : 'F');
        return;
      case 'undefined':
        this.#put('U');
        return;
      case 'bigint':
        this.#put(`B${value}`);
        return;
      case 'symbol':
        this.#put(`Y${JSON.stringify(value.description ?? '')}`);
        return;
      case 'function':
        this.#put('Fn');
        return;
    }
    if (value === null) {
      this.#put('N');
      return;
    }
    const object = value as object;
    const first = this.#seen.get(object);
    if (first !== undefined) {
      this.#put(`R${first}`);
      return;
    }
    this.#seen.set(object, this.#seen.size);
    if (Array.isArray(object)) {
      this.#put('[');
      for (const item of object) {
        this.write(item);
        this.#put(',');
      }
      this.#put(']');
    } else if (object instanceof Map) {
      this.#put('M[');
      for (const [k, v] of object) {
        this.write(k);
        this.#put(':');
        this.write(v);
        this.#put(',');
      }
      this.#put(']');
    } else if (object instanceof Set) {
      this.#put('S[');
      for (const item of object) {
        this.write(item);
        this.#put(',');
      }
      this.#put(']');
    } else if (object instanceof Date) {
      this.#put(`D${Number.isNaN(object.getTime()) ? 'invalid' : object.toISOString()}`);
    } else if (object instanceof RegExp) {
      this.#put(`X${JSON.stringify(String(object))}`);
    } else if (ArrayBuffer.isView(object)) {
      this.#put(`A${Buffer.from(object.buffer, object.byteOffset, object.byteLength).toString('base64')}`);
    } else {
      const proto = Object.getPrototypeOf(object) as object | null;
      // A class instance is marked with its class, so that it never equals a plain object with the same fields.
      this.#put(proto === Object.prototype || proto === null ? '{' : `${JSON.stringify(proto.constructor?.name ?? '?')}{`);
      const record = object as Record<string, unknown>;
      for (const key of Object.keys(record).sort()) {
        const v = record[key];
        // A missing field and one set to undefined read the same; a function is code (see above).
        if (v === undefined || typeof v === 'function') continue;
        this.#put(`${JSON.stringify(key)}:`);
        this.write(v);
        this.#put(',');
      }
      this.#put('}');
    }
  }
}

/** The canonical text of `value` (for tests; keys use `stableDigest`). */
export function canonicalText(value: unknown): string {
  let text = '';
  const writer = new Writer((piece) => (text += piece));
  writer.write(value);
  writer.flush();
  return text;
}

/** Writes the canonical text of `value` into `hash`. */
export function updateDigest(hash: Hash, value: unknown): void {
  const writer = new Writer((piece) => hash.update(piece));
  writer.write(value);
  writer.flush();
}

/** The SHA-256 (hex) of the canonical text of `value`. */
export function stableDigest(value: unknown): string {
  const hash = createHash('sha256');
  updateDigest(hash, value);
  return hash.digest('hex');
}
