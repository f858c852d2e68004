/**
 * One dictionary per language: the Chinese words have exactly the keys of the English ones (the
 * type checker proves it for required keys; this also covers the optional ones), and a page's
 * words are those of its language.
 */
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../src/site/words/words.ts';

/** The paths of every leaf in a dictionary, with the kind of value found there. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'function') return [[path, 'function']];
  if (Array.isArray(value)) return [[path, `array of ${value.length}`]];
  if (value !== null && typeof value === 'object') return Object.keys(value).sort().flatMap((k) => leaves((value as Record<string, unknown>)[k], `${path}.${k}`));
  return [[path, typeof value]];
}

describe('the words of each language', () => {
  it('give the same keys, of the same kinds, in English and Chinese', () => {
    expect(leaves(wordsFor('zh-CN'))).toEqual(leaves(wordsFor('en')));
  });

  it('are Chinese on Chinese pages', () => {
    const HAN = /[\u4e00-\u9fff]/;
    expect(wordsFor('zh-CN').chrome.siteTitle).toMatch(HAN);
    expect(wordsFor('zh-CN').scorecards.periods.month('2026', 10)).toBe('2026年10月');
    expect(wordsFor('en').scorecards.periods.month('2026', 10)).toBe('October 2026');
  });
});
