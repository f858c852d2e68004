/**
 * Words of the search page, its browser script (passed to it as JSON, see search/index.astro) and
 * the search data of document pages. Filter values stay the English words the index was built
 * with (src/site/search/records.ts); only their labels are translated.
 */
import type { Locale } from '../../../core/schema/common.ts';
import type { TYPE_LABELS } from '../../search/records.ts';
import type { ResultLocation } from '../../search/results.ts';
import type { SearchSynonym } from '../../search/terms.ts';
import { dictionary } from './dictionary.ts';

type TypeValue = (typeof TYPE_LABELS)[keyof typeof TYPE_LABELS];

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

export const searchText = dictionary(
  {
    title: 'Search',
    description: 'Search the SOPs, standards, KPIs and pages of the handbook.',
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
    archived: 'Include retired and superseded',
    pagesNav: 'Pages of results',
    types: { SOP: 'SOP', Standard: 'Standard', KPI: 'KPI', 'Handbook page': 'Handbook page' } as Record<TypeValue, string>,
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
  },
  {
    title: '搜索',
    description: '搜索手册中的程序文件、服务标准、关键指标和页面。',
    terms: '搜索词',
    placeholder: '投诉、refund、培训…',
    button: '搜索',
    filters: '筛选',
    type: '类型',
    area: '流程领域',
    unit: '适用单位',
    status: '状态',
    any: '不限',
    allUnits: '全部单位',
    archived: '包括已废止和已被替代的文件',
    pagesNav: '搜索结果分页',
    types: { SOP: '程序文件', Standard: '服务标准', KPI: '关键指标', 'Handbook page': '手册页面' },
    noscript: ['搜索功能需要启用 JavaScript。您也可以直接浏览', '程序文件', '、', '服务标准', '和', '关键指标', '。'],
    script: {
      searching: '正在搜索…',
      noResults: '未找到与“{q}”相关的结果。',
      oneResult: '“{q}”的搜索结果：共 {n} 条。',
      results: '“{q}”的搜索结果：共 {n} 条。',
      pageOf: '第 {page} 页，共 {pages} 页。',
      previous: '上一页',
      next: '下一页',
      unavailable: '搜索暂不可用：无法加载搜索索引。',
    },
    inChinese: '中文：',
    inEnglish: '英文：',
  },
);
