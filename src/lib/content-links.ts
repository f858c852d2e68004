/**
 * Where a link written in content leads in the reader's interface: authors write site addresses
 * without the deployment base and in English (`/sops/SOP-CS-001/`, as the link check expects);
 * readers of the Chinese interface get `/zh/sops/SOP-CS-001/`, and a base such as `/handbook/`
 * is put in front. Downloads (`/exports/…`, files with an extension), addresses already below
 * `/zh/`, relative links, anchors and external links are left as written.
 */
import { localePrefix, type UiLocale } from './locale.ts';

function base(): string {
  const b = import.meta.env?.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

export function localizeContentHref(href: string, locale: UiLocale, siteBase: string = base()): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const path = href.slice(1);
  const [pathname = ''] = path.split(/[?#]/, 1);
  const isFile = /\.[a-z0-9]+$/i.test(pathname) || pathname.startsWith('exports/');
  const alreadyLocalized = pathname === 'zh' || pathname.startsWith('zh/');
  const prefix = isFile || alreadyLocalized ? '' : localePrefix(locale);
  return `${siteBase}${prefix}${path}`;
}
