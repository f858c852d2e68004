/**
 * Every request first gets what all pages and components read, on `Astro.locals` (typed in
 * src/env.d.ts), as Starlight puts its route data there: the page's interface language (from its
 * URL), the words of that language (src/site/words) and the handbook in force (src/site/stores,
 * read when first asked for, so a reload in the dev server is seen by the next request).
 * Components read these instead of fetching them themselves; `getStaticPaths` cannot read locals
 * and asks the store.
 *
 * During `astro build` run directly, each rendered page that puts itself in the search (`Astro.locals.searchIndexed`,
 * set by SOP, standard, KPI and handbook pages whose content has `data-pagefind-body`) is handed to
 * the search index as soon as it is rendered (see `liveSearchIndex` in
 * src/integration/search-index.ts), so that Pagefind parses it while the next pages are rendered.
 * Other pages pass untouched (their HTML is not read here). The page itself is returned unchanged.
 * In the dev server, and under `npm run build` (which indexes the written pages once Astro has
 * exited, src/integration/publish.ts), there is no live index and this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { BODY_ATTRIBUTE, liveSearchIndex, sourcePathOf } from './integration/search-index.ts';
import { getHandbook } from './site/stores/handbook.ts';
import { pageLocale, siteBase } from './site/words/locale.ts';
import { wordsFor } from './site/words/words.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = pageLocale(context.url);
  context.locals.locale = locale;
  context.locals.words = wordsFor(locale);
  Object.defineProperty(context.locals, 'handbook', { get: () => getHandbook().handbook, enumerable: true, configurable: true });
  const live = context.isPrerendered ? liveSearchIndex() : undefined;
  if (!live) return next();
  const ticket = live.reserve();
  const sourcePath = sourcePathOf(context.url.pathname, siteBase());
  let response: Response;
  try {
    response = await next();
  } catch (e) {
    live.add(ticket, sourcePath, null);
    throw e;
  }
  if (context.locals.searchIndexed !== true) {
    live.add(ticket, sourcePath, null);
    return response;
  }
  const html = await response.text();
  live.add(ticket, sourcePath, html.includes(BODY_ATTRIBUTE) ? html : null);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
