/**
 * Words of the search page, its browser script (passed to it as JSON, see search/index.astro) and
 * the search data of document pages. Filter values stay the English words the index was built
 * with (src/site/search/records.ts); only their labels are translated.
 */
import type { Locale } from '../../../core/schema/common.ts';
import type { ResultLocation } from '../../search/results.ts';
import type { SearchSynonym } from '../../search/terms.ts';

export interface SearchScriptText {
  searching: string;
  /** `{q}` is replaced by the query. */
  noResults: string;
  /** `{n}` by the number of results, `{q}` by the query. */
  oneResult: string;
  results: string;
  /** `{page}` and `{pages}`: after the count when there is more than one page. */
  pageOf: string;
  previous: string;
  next: string;
  unavailable: string;
  /** Labels of the result types, by the value Pagefind returns. */
  types: Record<string, string>;
}

/** Everything the search page's script is given (as JSON). */
export interface SearchScriptData extends SearchScriptText {
  /** The page's interface language (the `lang` filter of the pages in it). */
  lang: Locale;
  at: ResultLocation;
  synonyms: SearchSynonym[];
}

export const search = {
  title: 'Search',
  description: 'Search the SOPs, standards, KPIs, pages and quality records of the handbook.',
  terms: 'Search terms',
  placeholder: '投诉, refund, training…',
  button: 'Search',
  filters: 'Filters',
  type: 'Type',
  area: 'Process area',
  unit: 'Unit in scope',
  status: 'Status',
  any: 'Any',
  allUnits: 'All units',
  archived: 'Include retired, superseded and closed',
  pagesNav: 'Pages of results',
  /** The type of a register page (complaints, inspections, training) in search results; the other types are the kinds' own names (src/core/model/kinds/). */
  registerType: 'Register',
  /** The no-script note: text, link to the SOPs, text, link to the standards, text, link to the KPIs, text. */
  noscript: ['Search needs JavaScript. Browse the ', 'SOPs', ', ', 'standards', ' and ', 'KPIs', ' instead.'] as [string, string, string, string, string, string, string],
  script: {
    searching: 'Searching…',
    noResults: 'No results for “{q}”.',
    oneResult: '{n} result for “{q}”.',
    results: '{n} results for “{q}”.',
    pageOf: 'Page {page} of {pages}.',
    previous: 'Previous',
    next: 'Next',
    unavailable: 'Search is not available: the search index could not be loaded.',
  },
  /** SearchData: before the names of a document in the other language. */
  inChinese: 'In Chinese: ',
  inEnglish: 'In English: ',
};

