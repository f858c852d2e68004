/**
 * The Sätteri Markdown-tree plugin that keeps Astro's image pipeline away from images written next
 * to the content (`![chart](./org-chart.png)`). Astro imports every relative Markdown image as a
 * module to optimise it (a file it cannot decode fails the build), and would publish it under
 * `/_astro/`; the handbook publishes images and attachments as they are, at `/files/…`
 * (src/core/assets.ts), and the check judges them so (src/core/rules/assets.ts). So a relative
 * image's address is set aside under a prefix Astro leaves alone (it collects no address that
 * starts with `/`), and the HTML-tree plugin (content-links-plugin.ts) marks it, as every relative
 * link is marked, for the page to resolve against the content's files.
 */
import { defineMdastPlugin } from 'satteri';

/** Put before a relative image's address until the HTML-tree plugin takes it off. */
export const LOCAL_IMAGE_PREFIX = '/__sqms-image__/';

export function contentImagesPlugin() {
  return defineMdastPlugin({
    name: 'sqms-content-images',
    image(node, ctx) {
      const url = node.url;
      if (!url || url.startsWith('/') || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return;
      ctx.setProperty(node, 'url', `${LOCAL_IMAGE_PREFIX}${url}`);
    },
  });
}
