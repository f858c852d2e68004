/**
 * The two interface languages of the site. English pages live at the root (`/sops/SOP-CS-001/`),
 * Simplified Chinese ones below `/zh/` (`/zh/sops/SOP-CS-001/`); every HTML page exists in both.
 * Pages take their interface language from their own URL (`pageLocale`), which src/middleware.ts
 * puts on `Astro.locals.locale` for every page and component, so components need no extra props.
 *
 * HTML pages live under `src/pages/[...locale]/`; their `getStaticPaths` multiply their paths by
 * the locales with `inLocales` (the rest parameter is `undefined` for English, `zh` for Chinese).
 */
import { LOCALES, type Locale } from '../../core/schema/common.ts';

export type UiLocale = Locale;
export const UI_LOCALES: readonly UiLocale[] = LOCALES;
export const DEFAULT_LOCALE: UiLocale = 'en';

/** The first path segment of each locale; the default locale has none. */
const PREFIX: Record<UiLocale, string | undefined> = { en: undefined, 'zh-CN': 'zh' };
const BY_PREFIX = new Map<string, UiLocale>(UI_LOCALES.flatMap((l) => (PREFIX[l] ? [[PREFIX[l]!, l] as const] : [])));

/** The `[...locale]` route parameter of a locale. */
export function localeParam(locale: UiLocale): string | undefined {
  return PREFIX[locale];
}

/** The path prefix of a locale, `''` or `zh/`, to put after the site's base. */
export function localePrefix(locale: UiLocale): string {
  const p = PREFIX[locale];
  return p ? `${p}/` : '';
}

/** The locale of a `[...locale]` route parameter. Unknown values are a programming error. */
export function localeFromParam(param: string | undefined): UiLocale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  const locale = BY_PREFIX.get(param);
  if (!locale) throw new Error(`Unknown locale segment "${param}" (known: ${[...BY_PREFIX.keys()].join(', ')}).`);
  return locale;
}

/** The deployment base (Astro's `base`, e.g. `/handbook/`), always ending with a slash. */
export function siteBase(): string {
  const b = import.meta.env?.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** The interface language of the page at `url` (from its first path segment below the base). */
export function pageLocale(url: URL, base: string = siteBase()): UiLocale {
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '');
  const first = path.split('/', 1)[0] ?? '';
  return BY_PREFIX.get(first) ?? DEFAULT_LOCALE;
}

/** The same page in another locale: `/zh/sops/X/` ⇄ `/sops/X/` (query and fragment kept). */
export function localeSwitchUrl(url: URL, to: UiLocale, base: string = siteBase()): string {
  const from = pageLocale(url, base);
  let rest = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '');
  const prefix = localePrefix(from);
  if (prefix && rest.startsWith(prefix)) rest = rest.slice(prefix.length);
  else if (prefix && `${rest}/` === prefix) rest = '';
  return `${base}${localePrefix(to)}${rest}${url.search}${url.hash}`;
}

export interface LocalePath<P extends Record<string, unknown>> {
  params: Record<string, string | undefined>;
  props: P & { locale: UiLocale };
}

/**
 * `getStaticPaths` results for every locale: each path given is repeated per locale, with the
 * `locale` route parameter set and `locale` added to its props. Call with no paths for a page
 * without parameters of its own.
 */
export function inLocales<P extends Record<string, unknown>>(
  paths: readonly { params?: Record<string, string | undefined>; props?: P }[] = [{}],
): LocalePath<P>[] {
  // The locales of one path next to each other: pages that share a rendered body follow each other.
  const out: LocalePath<P>[] = [];
  for (const p of paths) {
    for (const locale of UI_LOCALES) out.push({ params: { ...p.params, locale: localeParam(locale) }, props: { ...(p.props as P), locale } });
  }
  return out;
}

/** The language names as shown in the language switch, each in its own language. */
export const LOCALE_SELF_NAMES: Record<UiLocale, string> = { en: 'English', 'zh-CN': '中文' };
