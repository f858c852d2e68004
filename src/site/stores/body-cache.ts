/**
 * Rendered document bodies that more than one page shows: an SOP or page without a translation
 * is shown with its original body in both interfaces. Rendering MDX is the largest cost of a page,
 * so such a body is rendered for the first page and reused by the others, then dropped. Pages of
 * one route are generated one after the other in the order of `getStaticPaths`, and `inLocales`
 * puts the locales of one document next to each other, so an entry lives for one page only.
 */
import { onHandbookChange } from './reload.ts';

const cache = new Map<string, { html: string; left: number }>();
// The dev server: a body kept for its second page must not outlive a change of its file.
onHandbookChange('bodies', () => cache.clear());

/**
 * The body rendered by `render`, which `uses` pages will ask for under `key`: rendered on the
 * first request, served from memory to the next `uses - 1`, then forgotten.
 */
export async function renderOnce(key: string, uses: number, render: () => Promise<string>): Promise<string> {
  if (uses <= 1) return render();
  const hit = cache.get(key);
  if (hit) {
    if (--hit.left <= 0) cache.delete(key);
    return hit.html;
  }
  const html = await render();
  cache.set(key, { html, left: uses - 1 });
  return html;
}

/** Entries waiting for their later pages (for tests and build diagnostics). */
export function pendingBodies(): number {
  return cache.size;
}
