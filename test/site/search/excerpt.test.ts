/**
 * Excerpts of search results (src/site/search/excerpt.ts): Pagefind's window around the matches,
 * never starting or ending inside an id that the index cut into pieces, as text with marks.
 */
import { describe, expect, it } from 'vitest';
import { excerptParts, excerptStart } from '../../../src/site/search/excerpt.ts';

/** Text as Pagefind returns it for a segmented index: words joined by U+200B, spaces kept in them. */
const segmented = (words: string[]) => words.join('\u200B');
const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));
const text = (parts: ReturnType<typeof excerptParts>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('search result excerpts', () => {
  const words = ['Effective ', 'from ', '2026', '-', '01', '-', '15', '. ', 'STD', '-', 'RESP', '-', '008 ', '95', '% ', 'complaints ', 'answered ', 'within ', '30 ', 'minutes', '. ', 'Requirement ', 'At ', 'least'];

  it('widens the window to the start of an id cut into pieces', () => {
    // Pagefind's window of 8 words around "complaints" (15) starts at "-" inside STD-RESP-008.
    expect(excerptStart(at(15), 8)).toBe(11);
    expect(text(excerptParts(segmented(words), at(15), 8))).toBe('… STD-RESP-008 95% [complaints] answered within 30 …');
  });

  it('widens the end to the end of a date cut into pieces', () => {
    expect(text(excerptParts(segmented(words), at(0), 4))).toBe('[Effective] from 2026-01-15. …');
  });

  it('does not widen across Chinese words, which have no spaces', () => {
    const zh = ['投诉', '处理', '流程', '。', '客户', '投诉', '后', '三十', '分钟', '内', '首次', '响应', '。'];
    expect(text(excerptParts(segmented(zh), at(5), 4))).toBe('… 。客户[投诉]后 …');
  });

  it('keeps words split at spaces whole, and marks every match', () => {
    expect(text(excerptParts('Every complaint is logged and every complaint answered', at(1, 6), 30))).toBe('Every [complaint] is logged and every [complaint] answered');
  });

  it('gives text, not HTML: Pagefind\'s escaped angle brackets come back as characters', () => {
    const parts = excerptParts(segmented(['a ', '&lt;', 'img', '&gt; ', 'zebra']), at(4), 10);
    expect(parts.map((p) => p.text).join('')).toBe('a <img> zebra');
    expect(parts.find((p) => p.mark)?.text).toBe('zebra');
  });

  it('starts at the beginning when there is no match', () => {
    expect(text(excerptParts(segmented(['one ', 'two ', 'three']), [], 2))).toBe('one two …');
  });
});
