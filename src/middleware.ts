/**
 * During `astro build`, each rendered page that has `data-pagefind-body` is handed to the search
 * index as soon as it is rendered (see `liveSearchIndex` in src/integration/search-index.ts), so
 * that Pagefind parses it while the next pages are rendered. The page itself is returned
 * unchanged. In the dev server there is no index and this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { BODY_ATTRIBUTE, liveSearchIndex, sourcePathOf } from './integration/search-index.ts';
import { siteBase } from './lib/locale.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const live = liveSearchIndex();
  if (!live || !context.isPrerendered || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes(BODY_ATTRIBUTE)) live.add(sourcePathOf(context.url.pathname, siteBase()), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
