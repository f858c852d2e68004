/**
 * The Sätteri HTML-tree plugin that prepares each link and image of a body for the built site,
 * for `.md` and `.mdx` alike:
 *  - a site address (`/kpis/`) gets the deployment base and a placeholder for the interface
 *    language (src/site/routes/content-links.ts), which DocumentBody fills in per page;
 *  - a relative address or a link to a Markdown file (`../policies/complaints.md`, `./team/`,
 *    `../SOP-CS-002/`) is marked, and DocumentBody resolves it when the page is rendered: to the
 *    page made of that file (src/core/content-files.ts, as the link check resolves it), else as
 *    written. Resolving it then, not here, keeps a compiled body dependent on its own text only,
 *    so that a body Astro kept from an earlier build never points at a file that has since moved.
 * Anchors and external links are left as written.
 */
import { defineHastPlugin } from 'satteri';
import { hrefTemplate, markRelativeLink } from '../site/routes/content-links.ts';
import { ASSET_EXTENSIONS } from '../core/model/sources.ts';
import { LOCAL_IMAGE_PREFIX } from './content-images-plugin.ts';

/** Not an address of this site: a scheme (`https:`, `mailto:`), protocol-relative, an anchor, empty. */
function outsideSite(href: string): boolean {
  return href === '' || href.startsWith('#') || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href);
}

/** What the compiled body holds for `href`, for a site deployed below `base` (ending with `/`). */
export function compiledHref(href: string, base: string): string {
  // An image next to the content, set aside from Astro's image pipeline (content-images-plugin.ts).
  if (href.startsWith(LOCAL_IMAGE_PREFIX)) return markRelativeLink(href.slice(LOCAL_IMAGE_PREFIX.length));
  if (outsideSite(href)) return href;
  const pathname = href.split(/[?#]/, 1)[0] ?? '';
  // Written from the site's root, an image or attachment may be a file next to the content (`/team/org-chart.png`) or in public/: the page decides.
  if (!href.startsWith('/') || /\.mdx?$/i.test(pathname) || ASSET_EXTENSIONS.test(pathname)) return markRelativeLink(href);
  return hrefTemplate(href, base);
}

/** `base`: the deployment base, ending with `/`. */
export function contentLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'sqms-content-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attribute = node.tagName === 'img' ? 'src' : 'href';
        const value = node.properties?.[attribute];
        if (typeof value !== 'string') return;
        const next = compiledHref(value, base);
        if (next !== value) ctx.setProperty(node, attribute, next);
      },
    },
  });
}
