/**
 * Search results in the reader's interface language. The one Pagefind index holds pages of both
 * interfaces (mostly the English ones at the root, `/sops/X/`; some `/zh/…` ones too), so the
 * search page takes each result to the same page in its own language (`/zh/sops/X/` on the
 * Chinese page) and keeps one result per page, preferring the one indexed in that language (its
 * title and excerpt are in it). No dependency: used by the search page's browser script.
 */

export interface ResultLocation {
  /** The site's base, ending with a slash: `/` or `/handbook/`. */
  base: string;
  /** The path prefix of the page's language: `''` or `zh/`. */
  prefix: string;
  /** The path prefixes of all languages but the default one: `['zh/']`. */
  prefixes: readonly string[];
}

/** The path below the base and language prefix, and the prefix the URL had. */
function split(url: string, at: ResultLocation): { rest: string; prefix: string } {
  let rest = url.startsWith(at.base) ? url.slice(at.base.length) : url.replace(/^\//, '');
  for (const p of at.prefixes) {
    if (rest.startsWith(p)) return { rest: rest.slice(p.length), prefix: p };
    if (rest === p.replace(/\/$/, '')) return { rest: '', prefix: p };
  }
  return { rest, prefix: '' };
}

/** A result's URL (`/sops/X/`, `/zh/sops/X/#steps`) as the same page in the reader's language. */
export function localizeResultUrl(url: string, at: ResultLocation): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return url; // another site: left alone
  return `${at.base}${at.prefix}${split(url, at).rest}`;
}

/**
 * The results with their URLs in the reader's language, one per page, in the order first found;
 * where a page was found in both languages, the data of the one in the reader's language is kept.
 */
export function localizeResults<T extends { url: string }>(results: readonly T[], at: ResultLocation): T[] {
  const byUrl = new Map<string, { item: T; own: boolean }>();
  for (const r of results) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(r.url)) {
      byUrl.set(r.url, byUrl.get(r.url) ?? { item: r, own: true });
      continue;
    }
    const url = localizeResultUrl(r.url, at);
    const own = split(r.url, at).prefix === at.prefix;
    const seen = byUrl.get(url);
    if (!seen) byUrl.set(url, { item: { ...r, url }, own });
    else if (own && !seen.own) byUrl.set(url, { item: { ...r, url }, own }); // same position in the map
  }
  return [...byUrl.values()].map((v) => v.item);
}
