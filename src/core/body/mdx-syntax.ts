/**
 * Whether an `.mdx` body may use something only MDX has, judged from its text alone and on the
 * safe side: a body that may is compiled and rendered by @astrojs/mdx as a module of its own; one
 * that cannot is rendered when the content is synced, into HTML kept in Astro's content store
 * (src/integration/plain-mdx.ts), which parses it with the same MDX parser and checks its tree
 * again. MDX adds to Markdown:
 *  - JSX (`<Note>`, and every HTML tag, comment `<!-- -->` and autolink `<https://…>`, which MDX
 *    reads as JSX or rejects): each starts with `<`;
 *  - expressions `{…}` (and the `{/* … *\/}` comment): each starts with `{`; a `}` alone is text in
 *    MDX, but is counted too;
 *  - `import`/`export` statements, at the start of a line.
 * MDX also turns off what Markdown has (indented code, HTML, autolinks); a body without `<` has
 * no HTML or autolink, and indented code is no concern here because such a body is parsed by the
 * MDX parser either way. A `<`, `{` or `}` in inline code or a code block counts as well: the
 * test is on the text, not on a parse, so that it can only ever send a body to MDX that did not
 * need it, never the reverse.
 */

/** A line that MDX may read as an `import`/`export` statement (its start, after any indentation). */
const ESM_LINE = /^[ \t]*(?:import|export)\b/m;

/** Whether the body may use MDX's own syntax (JSX, HTML, expressions, import/export); false only when it surely does not. */
export function mayUseMdxSyntax(body: string): boolean {
  return /[<{}]/.test(body) || ESM_LINE.test(body);
}
