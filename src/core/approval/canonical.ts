/**
 * Canonical forms of documents: what counts as "the same content" for a fingerprint or a
 * comparison. Formatting does not count (key order, quoting, YAML comments, trailing spaces, line
 * endings); every value does.
 */

/** JSON with object keys sorted at every depth; `undefined` fields are left out. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** A Markdown body without the differences an editor may introduce: line endings, trailing spaces, blank lines at either end. */
export function canonicalBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}
