/**
 * Data inlined into a page for a client script, as JSON inside
 * `<script type="application/json">`. The HTML parser ends a script element at the first `</script`
 * and treats `<!--` specially inside it, whatever the JSON means; so every `<`, `>` and `&` is
 * written as a JSON unicode escape (`\u003c`…), which JSON.parse reads back unchanged. U+2028 and
 * U+2029 are escaped too, so the text stays valid if it is ever pasted into JavaScript source.
 *
 * The result contains no `<`, `>` or `&` at all and is safe as the content of the element (Astro:
 * `set:html={jsonForScript(data)}` on a `<script type="application/json" is:inline>`). Never inline
 * data any other way.
 */

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** JSON for a `<script type="application/json">` element (see the top of this file). */
export function jsonForScript(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError('jsonForScript: the data cannot be written as JSON (undefined or a function).');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]!);
}
