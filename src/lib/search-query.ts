/**
 * The search page's query: the URL parameters the search forms submit (`q`, `type`, `area`,
 * `unit`, `status`, `archived`) and the Pagefind filters they mean. Shared by the page (to fill
 * in the form) and its browser script; no dependency, so the script stays small.
 *
 * Retired and superseded documents are indexed with `lifecycle: archived`; the default search
 * asks for `lifecycle: current` and leaves them out, unless `archived=1` (the checkbox) is set or
 * the status filter names an archived status.
 */
export const FILTER_KEYS = ['type', 'area', 'unit', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Statuses that keep a document out of default search results. */
export const ARCHIVED_STATUSES: readonly string[] = ['Retired', 'Superseded'];

export interface SearchQuery {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  archived: boolean;
}

export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const filters: SearchQuery['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters, archived: params.get('archived') === '1' };
}

/** The filters object for `pagefind.search(q, { filters })`. */
export function pagefindFilters(query: SearchQuery): Record<string, string> {
  const result: Record<string, string> = { ...query.filters };
  const asksArchived = query.filters.status !== undefined && ARCHIVED_STATUSES.includes(query.filters.status);
  if (!query.archived && !asksArchived) result['lifecycle'] = 'current';
  return result;
}
