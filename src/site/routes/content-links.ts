/**
 * Where a link written in content leads in the reader's interface: authors write site addresses
 * without the deployment base and in English (`/sops/SOP-CS-001/`, as the link check expects);
 * readers of the Chinese interface get `/zh/sops/SOP-CS-001/`, and a base such as `/handbook/`
 * is put in front. Downloads (`/exports/…`, files with an extension), addresses already below
 * `/zh/`, relative links, anchors and external links are left as written.
 *
 * A body is rendered once for both interfaces when it is the same text (see `body-cache.ts`), so
 * links are rendered with a placeholder for the language segment (`hrefTemplate`), which
 * `fillLocale` replaces in the page's HTML.
 */
import { localePrefix, siteBase as base, type UiLocale } from '../words/locale.ts';
import { contentFileIndex, linkToFile, type ContentFileIndex } from '../../core/content-files.ts';
import type { Handbook } from '../../core/model/handbook.ts';

/** Stands for `''` or `zh/` in rendered bodies until the page fills it in. */
export const LOCALE_PLACEHOLDER = '__sqms-locale__/';


/** The href with the base applied and the language segment left as `LOCALE_PLACEHOLDER`. */
export function hrefTemplate(href: string, siteBase: string = base()): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const path = href.slice(1);
  const [pathname = ''] = path.split(/[?#]/, 1);
  const isFile = /\.[a-z0-9]+$/i.test(pathname) || pathname.startsWith('exports/');
  const alreadyLocalized = pathname === 'zh' || pathname.startsWith('zh/');
  return `${siteBase}${isFile || alreadyLocalized ? '' : LOCALE_PLACEHOLDER}${path}`;
}

/** Puts the language segment of `locale` wherever a rendered body has the placeholder. */
export function fillLocale(html: string, locale: UiLocale): string {
  return html.includes(LOCALE_PLACEHOLDER) ? html.replaceAll(LOCALE_PLACEHOLDER, localePrefix(locale)) : html;
}

export function localizeContentHref(href: string, locale: UiLocale, siteBase: string = base()): string {
  return fillLocale(hrefTemplate(href, siteBase), locale);
}

/**
 * Marks, in a compiled body, a relative link or a link to a Markdown file, which only the page
 * can resolve (`resolveBodyLinks`): whether `./team/` is a folder of the content or an address
 * relative to the page depends on other files than the body's own.
 */
const RELATIVE_MARK = '__sqms-link__:';

export function markRelativeLink(href: string): string {
  return `${RELATIVE_MARK}${href}`;
}

const indexes = new WeakMap<Handbook, ContentFileIndex>();

/**
 * A rendered body's links as the page shows them: a link to a content file (`../policies/x.md`,
 * `./team/`) leads to that file's page (src/core/content-files.ts, as the link check resolves it),
 * below the base and in the reader's interface language; other relative links stay as written.
 * `fromFile`: the body's source file (`content/…`).
 */
export function resolveBodyLinks(html: string, fromFile: string, locale: UiLocale, handbook: Handbook, siteBase: string = base()): string {
  let out = html;
  if (out.includes(RELATIVE_MARK)) {
    let index = indexes.get(handbook);
    if (!index) indexes.set(handbook, (index = contentFileIndex(handbook)));
    const files = index;
    out = out.replace(/__sqms-link__:([^"]*)/g, (_, raw: string) => {
      const href = raw.replaceAll('&amp;', '&');
      const to = linkToFile(href, fromFile, files);
      // Not a content file: a relative address as written; one from the site's root (a file in public/) below the base.
      return (to?.kind === 'page' ? hrefTemplate(`${to.path}${to.suffix}`, siteBase) : href.startsWith('/') ? hrefTemplate(href, siteBase) : href).replaceAll('&', '&amp;');
    });
  }
  return fillLocale(out, locale);
}
