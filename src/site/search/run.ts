/**
 * One search of the search page, over Pagefind's JavaScript API: the queries of
 * src/site/search/terms.ts asked in turn, their results merged, procedures ranked first, each
 * document counted and shown once, in the reader's language, one page of results at a time. No
 * dependency: used by the search page's browser script, and tested in Node against real indexes.
 *
 * - **Count.** The index holds a page per language of a document read in both (an SOP and its
 *   translation, a standard's English and Chinese page), so results are counted by document: every
 *   page carries the filter `doc` (its document's id), and Pagefind's filter counts say which
 *   documents the results come from, without loading any result.
 * - **Ranking.** A result's score is Pagefind's, times TYPE_BOOST for its type: for the same
 *   words, a procedure, which is what staff act on, comes before the policy or standard it carries
 *   out. Pagefind has no per-page weight; the pages of each boosted type are known from a search
 *   with the type's filter. Of the queries asked, a page keeps its best score.
 * - **Language.** A document found through its page in the other language is shown with its page
 *   in the reader's language when that one matched too (title and excerpt in the reader's
 *   language); the link goes to the reader's language either way (src/site/search/results.ts).
 * - **Paging.** Results are loaded (one small file each) only as far as the page asked for.
 */
import { DOC_FILTER, LANG_FILTER } from './query.ts';

/** What a result's `data()` gives (the part used here). */
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  raw_content?: string;
  weighted_locations?: Array<{ weight: number; balanced_score: number; location: number }>;
  locations?: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts of the results per filter value (when the filters are loaded: `pagefind.filters()`). */
  filters?: Record<string, Record<string, number>>;
}

/** The part of Pagefind's API used here. */
export interface PagefindApi {
  search(term: string, options: { filters: Record<string, string> }): Promise<PagefindSearch | null>;
}

/** Score factors by the `type` filter value; types not named keep their score. */
export const TYPE_BOOST: Readonly<Record<string, number>> = { SOP: 1.5 };

export const PAGE_SIZE = 20;

export interface SearchPage {
  /** Documents found, each counted once. */
  total: number;
  /** The page shown (from 1; the last page when a later one was asked for). */
  page: number;
  pages: number;
  /** The results of the page, each with its document id (`meta.id`). */
  results: ResultData[];
}

interface Candidate {
  result: PagefindResult;
  score: number;
  /** The query that found it best (asked again to find its copy in the reader's language). */
  query: string;
}

/**
 * Runs `queries` (the first is the reader's) with `filters` and returns page `page` of the
 * documents found. `lang` is the reader's interface language (the `lang` filter value).
 */
export async function runSearch(
  pagefind: PagefindApi,
  queries: readonly string[],
  filters: Record<string, string>,
  options: { lang: string; page?: number; pageSize?: number; boost?: Readonly<Record<string, number>> },
): Promise<SearchPage> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const boost = options.boost ?? TYPE_BOOST;
  const candidates = new Map<string, Candidate>();
  const documents = new Set<string>();
  const boosted = Object.entries(boost).filter(([type, f]) => f !== 1 && (filters['type'] === undefined || filters['type'] === type));
  // Every query, and each with the filter of each boosted type, asked at once.
  const asked = await Promise.all(
    queries.map(async (query) => {
      const [found, ...ofTypes] = await Promise.all([
        pagefind.search(query, { filters }),
        ...boosted.map(([type]) => pagefind.search(query, { filters: { ...filters, type } })),
      ]);
      return { query, found, ofTypes };
    }),
  );
  for (const { query, found, ofTypes } of asked) {
    if (!found) continue;
    for (const [doc, n] of Object.entries(found.filters?.[DOC_FILTER] ?? {})) if (n > 0) documents.add(doc);
    const factor = new Map<string, number>();
    boosted.forEach(([, f], i) => {
      for (const r of ofTypes[i]?.results ?? []) factor.set(r.id, f);
    });
    for (const result of found.results) {
      const score = result.score * (factor.get(result.id) ?? 1);
      const seen = candidates.get(result.id);
      if (!seen || score > seen.score) candidates.set(result.id, { result, score, query });
    }
  }
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || (a.result.id < b.result.id ? -1 : a.result.id > b.result.id ? 1 : 0));
  // Without filter counts (an index without the `doc` filter), every page counts as a document.
  const total = documents.size > 0 ? documents.size : ranked.length;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const shown = new Set<string>();
  /** The documents up to the end of the page asked for: the candidate that found each. */
  const picked: Array<{ c: Candidate; data: ResultData }> = [];
  // Results are loaded ahead, a page at a time at once, and used in order.
  const loads: Array<Promise<ResultData>> = [];
  const load = (i: number) => (loads[i] ??= ranked[i]!.result.data());
  for (let i = 0; i < ranked.length && picked.length < page * pageSize; i++) {
    for (let j = i; j < Math.min(ranked.length, i + pageSize); j++) void load(j).catch(() => undefined);
    const data = await load(i);
    const doc = data.meta['id'] ?? data.url;
    if (shown.has(doc)) continue;
    shown.add(doc);
    picked.push({ c: ranked[i]!, data });
  }
  const ownPages = new Map<string, Promise<Set<string>>>();
  /** The ids of the pages in the reader's language that `query` finds. */
  const ownOf = (query: string) => {
    let ids = ownPages.get(query);
    if (!ids) {
      ids = pagefind.search(query, { filters: { ...filters, [LANG_FILTER]: options.lang } }).then((r) => new Set((r?.results ?? []).map((x) => x.id)));
      ownPages.set(query, ids);
    }
    return ids;
  };
  // A document found through its page in the other language is shown with its page in the
  // reader's language when that one matched too.
  const results = await Promise.all(
    picked.slice((page - 1) * pageSize).map(async ({ c, data }) => {
      const id = data.meta['id'];
      if (id === undefined || (await ownOf(c.query)).has(c.result.id)) return data;
      const own = await pagefind.search(c.query, { filters: { ...filters, [DOC_FILTER]: id, [LANG_FILTER]: options.lang } });
      const twin = own?.results[0];
      return twin ? twin.data() : data;
    }),
  );
  return { total, page, pages, results };
}
