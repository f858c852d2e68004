/**
 * The anchors of a body as the build renders it: the ids a link's `#anchor` can name. Headings
 * get the id Astro gives them (its own `{#id}`, else GitHub's slug of the heading's text, counted
 * per document: `github-slugger`, the slugger Astro's Markdown processor uses, in the same order),
 * and any element with an `id` (or an `<a name>`) keeps it. The check collects them while it
 * compiles each body (compile.ts), so each body's anchors are found once; the link rule
 * (src/core/rules/links.ts) adds the ids the page around the body has (src/core/page-anchors.ts).
 */
import GithubSlugger from 'github-slugger';
import { defineHastPlugin, type HastNode, type MdxJsxAttributeUnion } from 'satteri';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * A plugin that adds the ids of the body's headings, and of JSX elements in MDX, to `anchors`.
 * Run it last, as Astro runs its heading ids last. Only headings are visited (each visit crosses
 * from the compiler to JavaScript, and a walk through the elements inside another costs more
 * still): the ids of footnotes and of HTML written in a `.md` body are read from its text
 * (`textAnchors`).
 */
export function anchorsPlugin(anchors: Set<string>) {
  const slugger = new GithubSlugger();
  const jsx = (node: Readonly<HastNode & { name: string | null; attributes: readonly MdxJsxAttributeUnion[] }>) => {
    for (const a of node.attributes) {
      if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && (a.name === 'id' || (a.name === 'name' && node.name === 'a'))) anchors.add(a.value);
    }
  };
  return defineHastPlugin({
    name: 'sqms-anchors',
    element: {
      filter: HEADINGS,
      visit(node, ctx) {
        const id = node.properties?.['id'];
        const slug = typeof id === 'string' ? id : slugger.slug(ctx.textContent(node));
        if (slug !== '') anchors.add(slug);
      },
    },
    mdxJsxFlowElement: { filter: [], visit: jsx },
    mdxJsxTextElement: { filter: [], visit: jsx },
  });
}

/**
 * The anchors a body's text gives without a heading: its footnotes (`[^note]: …` gives
 * `#user-content-fn-note` and `#user-content-fnref-note`, as the compiler names them) and, in a
 * `.md` body, `id="…"` and `name="…"` in its HTML (a few too many, in code, only spare a warning).
 */
export function textAnchors(body: string, format: 'mdx' | 'markdown', anchors: Set<string>): void {
  if (body.includes('[^')) {
    for (const m of body.matchAll(/^[ \t]{0,3}\[\^([^\]\s]+)\]:/gm)) {
      const label = m[1]!.toLowerCase();
      anchors.add(`user-content-fn-${label}`).add(`user-content-fnref-${label}`);
    }
  }
  if (format === 'mdx' || !/\b(?:id|name)\s*=/i.test(body)) return;
  for (const m of body.matchAll(/<[a-z][a-z0-9]*\b[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    const value = m[1] ?? m[2] ?? m[3];
    if (value) anchors.add(value);
  }
}
