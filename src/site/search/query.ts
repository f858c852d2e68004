/**
 * The search page's query: the URL parameters the search forms submit (`q`, `type`, `area`,
 * `unit`, `status`, `archived`, and `page` from the page links) and the Pagefind filters they mean. Shared by the page (to fill
 * in the form) and its browser script; no dependency, so the script stays small.
 *
 * Retired and superseded documents and past records (closed findings, cancelled audits) are
 * indexed with `lifecycle: archived`; the default search asks for `lifecycle: current` and leaves them out, unless `archived=1` (the checkbox) is set or
 * the status filter names an archived status.
 */
export const FILTER_KEYS = ['type', 'area', 'unit', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Filters every indexed page has besides those the reader chooses: the document it shows (`doc`:
 * its id, the same on both language copies) and its interface language (`lang`: `en`, `zh-CN`).
 */
export const DOC_FILTER = 'doc';
export const LANG_FILTER = 'lang';

/**
 * Statuses that keep a document or record out of default search results: retired and superseded
 * documents (an SOP, a risk, a management review followed by a later one), and past records (a
 * closed audit finding, a cancelled audit).
 */
export const ARCHIVED_STATUSES: readonly string[] = ['Retired', 'Superseded', 'Closed', 'Cancelled'];

export interface SearchQuery {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  archived: boolean;
  /** The page of results, from 1. */
  page: number;
}

export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const filters: SearchQuery['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    archived: params.get('archived') === '1',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The filters object for `pagefind.search(q, { filters })`. */
export function pagefindFilters(query: SearchQuery): Record<string, string> {
  const result: Record<string, string> = { ...query.filters };
  const asksArchived = query.filters.status !== undefined && ARCHIVED_STATUSES.includes(query.filters.status);
  if (!query.archived && !asksArchived) result['lifecycle'] = 'current';
  return result;
}

/** The URL parameters of `query` at another page of results (page 1 is left out). */
export function searchParams(query: SearchQuery, page = query.page): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of FILTER_KEYS) if (query.filters[key]) params.set(key, query.filters[key]!);
  if (query.archived) params.set('archived', '1');
  if (page > 1) params.set('page', String(page));
  return params;
}
