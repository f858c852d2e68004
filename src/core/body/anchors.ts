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

/** Elements Markdown makes with ids: headings, and the links, items and section of footnotes. */
const WITH_IDS = [...HEADINGS, 'a', 'li', 'section'];

/**
 * A plugin that adds the body's anchors to `anchors`. Run it last, as Astro runs its heading
 * ids last. Only the elements Markdown gives ids are visited (each visit crosses from the compiler
 * to JavaScript); ids in HTML written in a `.md` body are read from its text (`htmlAnchors`), and
 * HTML written in MDX is JSX, whose elements are all visited.
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
      filter: WITH_IDS,
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (HEADINGS.includes(node.tagName)) {
          const slug = typeof id === 'string' ? id : slugger.slug(ctx.textContent(node));
          if (slug !== '') anchors.add(slug);
          return;
        }
        if (typeof id === 'string' && id !== '') anchors.add(id);
        const name = node.properties?.['name'];
        if (node.tagName === 'a' && typeof name === 'string' && name !== '') anchors.add(name);
      },
    },
    mdxJsxFlowElement: { filter: [], visit: jsx },
    mdxJsxTextElement: { filter: [], visit: jsx },
  });
}

/** `id="…"` and `name="…"` written in the HTML of a `.md` body (a few too many, in code, only spare a warning). */
export function htmlAnchors(body: string, anchors: Set<string>): void {
  if (!/\b(?:id|name)\s*=/i.test(body)) return;
  for (const m of body.matchAll(/<[a-z][a-z0-9]*\b[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    const value = m[1] ?? m[2] ?? m[3];
    if (value) anchors.add(value);
  }
}
