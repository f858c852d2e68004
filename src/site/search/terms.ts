/**
 * What the search page asks Pagefind for a reader's query: the query with its Chinese and Japanese
 * words separated as the index separates them, and the same with a common question replaced by the
 * handbook's words (data/search-synonyms.yaml). A page is found when any of them finds it
 * (src/site/search/run.ts). No dependency: used by the search page's browser script.
 *
 * Why segment: Chinese and Japanese are written without spaces. The index splits them into words
 * (投诉处理 → 投诉 处理), and Pagefind matches each query word against the start of an indexed
 * word; a query with no spaces is one word, so 投诉处理 found 1 of the 26 documents that
 * "投诉 处理" finds. Pagefind segments the query itself (with `Intl.Segmenter`) only on a page whose
 * `lang` is Chinese or Japanese, not on the English search page, which searches the same index; so
 * the script segments it the same way on every page, and both pages find the same. (Asked
 * unsegmented on the English page, Pagefind also matches the first word alone in some queries: 首次响应
 * found pages with 首次 only. The unsegmented query is not asked.)
 */

import { normalizePhrase } from '../../core/search-phrase.ts';

/** A common question and the handbook's words for it (data/search-synonyms.yaml). */
export interface SearchSynonym {
  /** What readers type: `how long to respond`, `多久回复`. */
  phrases: readonly string[];
  /** What the handbook says: `first response`, `首次响应`. */
  terms: readonly string[];
}

/** At most this many queries are asked for one search. */
export const MAX_VARIANTS = 8;

/** Han ideographs, kana and the iteration and prolonged-sound marks: text written without spaces. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u30FC]+/gu;
const UNSPACED_CHARS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u30FC]+$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

export type Segment = (text: string, lang: 'zh' | 'ja') => string[];

/** Words of `text` by the browser's (or Node's) dictionary; the text whole when there is no `Intl.Segmenter`. */
export const intlSegment: Segment = (text, lang) => {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return [text];
  const words: string[] = [];
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (s.segment.trim()) words.push(s.segment);
  return words;
};

/** `text` with every run of Chinese or Japanese characters split into words, separated by spaces. */
export function segmentQuery(text: string, segment: Segment = intlSegment): string {
  const spaced = text.replace(UNSPACED, (run) => ` ${segment(run, KANA.test(run) ? 'ja' : 'zh').join(' ')} `);
  return spaced.replace(/\s+/g, ' ').trim();
}

/** Lower case, full-width forms folded, punctuation dropped, spaces collapsed (src/core/search-phrase.ts). */
export const normalizeQuery = normalizePhrase;

const LETTER = /[\p{L}\p{N}]/u;

/** Where `phrase` stands in `query` as whole words (any place for text written without spaces); -1 if not. */
function findPhrase(query: string, phrase: string): number {
  let at = query.indexOf(phrase);
  while (at >= 0) {
    const before = query[at - 1];
    const after = query[at + phrase.length];
    const startOk = before === undefined || !LETTER.test(before) || !LETTER.test(phrase[0]!) || UNSPACED_CHARS.test(before + phrase[0]!);
    const endOk = after === undefined || !LETTER.test(after) || !LETTER.test(phrase.at(-1)!) || UNSPACED_CHARS.test(phrase.at(-1)! + after);
    if (startOk && endOk) return at;
    at = query.indexOf(phrase, at + 1);
  }
  return -1;
}

/**
 * The queries to ask for `query`: the reader's, segmented, first, then with each synonym's terms in
 * place of the phrase it matched (segmented too), without repeats, at most MAX_VARIANTS. A query in
 * quotes (Pagefind's exact search) is asked as typed only.
 */
export function searchVariants(query: string, synonyms: readonly SearchSynonym[] = [], segment: Segment = intlSegment): string[] {
  const typed = query.trim();
  if (!typed) return [];
  if (/^".+"$/.test(typed)) return [typed];
  const out: string[] = [];
  const add = (q: string) => {
    const v = segmentQuery(q, segment);
    if (v && !out.includes(v) && out.length < MAX_VARIANTS) out.push(v);
  };
  add(typed);
  const normal = normalizeQuery(typed);
  for (const synonym of synonyms) {
    for (const phrase of synonym.phrases) {
      const p = normalizeQuery(phrase);
      const at = p ? findPhrase(normal, p) : -1;
      if (at < 0) continue;
      for (const term of synonym.terms) add(`${normal.slice(0, at)} ${term} ${normal.slice(at + p.length)}`.replace(/\s+/g, ' ').trim());
      break;
    }
  }
  return out;
}
