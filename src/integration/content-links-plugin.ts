/**
 * The Sätteri HTML-tree plugin that prepares each link and image of a body for the built site,
 * for `.md` and `.mdx` alike:
 *  - every address of the site, relative (`../policies/complaints.md`, `./team/`,
 *    `../SOP-CS-002/`) or from the root (`/kpis/`, `/team/`), is marked, and DocumentBody
 *    resolves it when the page is rendered: to the page made of a content file or folder
 *    (src/core/content-files.ts, as the link check resolves it), else as written, an address from
 *    the root with the deployment base and the reader's interface language. Resolving it then, not here, keeps a compiled body dependent on its own text only,
 *    so that a body Astro kept from an earlier build never points at a file that has since moved.
 * Anchors and external links are left as written.
 */
import { defineHastPlugin } from 'satteri';
import { markRelativeLink } from '../site/routes/content-links.ts';
import { LOCAL_IMAGE_PREFIX } from './content-images-plugin.ts';

/** Not an address of this site: a scheme (`https:`, `mailto:`), protocol-relative, an anchor, empty. */
function outsideSite(href: string): boolean {
  return href === '' || href.startsWith('#') || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href);
}

/** What the compiled body holds for `href`. */
export function compiledHref(href: string): string {
  // An image next to the content, set aside from Astro's image pipeline (content-images-plugin.ts).
  if (href.startsWith(LOCAL_IMAGE_PREFIX)) return markRelativeLink(href.slice(LOCAL_IMAGE_PREFIX.length));
  if (outsideSite(href)) return href;
  // Every address of the site is resolved by the page, as the link check resolves it: a content
  // file or folder written from the content's root (`/team/`, `/policies/x.md`, an image) leads to
  // its page or file; any other (`/kpis/`, a file in public/) gets the base and the language.
  return markRelativeLink(href);
}

export function contentLinksPlugin() {
  return defineHastPlugin({
    name: 'sqms-content-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attribute = node.tagName === 'img' ? 'src' : 'href';
        const value = node.properties?.[attribute];
        if (typeof value !== 'string') return;
        const next = compiledHref(value);
        if (next !== value) ctx.setProperty(node, attribute, next);
      },
    },
  });
}
