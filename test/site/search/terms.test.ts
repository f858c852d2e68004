/**
 * The queries the search page asks for a reader's query (src/site/search/terms.ts): Chinese and
 * Japanese segmented as the index is, synonyms of common questions, exact searches left alone.
 */
import { describe, expect, it } from 'vitest';
import { MAX_VARIANTS, searchVariants, segmentQuery, type Segment } from '../../../src/site/search/terms.ts';

const RESPOND = { phrases: ['how long to respond', '多久回复'], terms: ['first response', '首次响应'] };

describe('segmenting Chinese and Japanese queries', () => {
  it('splits compound words into the words the index has, as Intl.Segmenter does', () => {
    expect(segmentQuery('投诉处理')).toBe('投诉 处理');
    expect(segmentQuery('有給休暇')).toBe('有給 休暇');
    expect(segmentQuery('行動規範')).toBe('行動 規範');
    expect(segmentQuery('福利厚生')).toBe('福利 厚生');
  });

  it('leaves English words and spaces as they are, and segments only the runs written without spaces', () => {
    expect(segmentQuery('refund')).toBe('refund');
    expect(segmentQuery('how long to respond?')).toBe('how long to respond?');
    expect(segmentQuery('SOP-CS-001 投诉处理  refund')).toBe('SOP-CS-001 投诉 处理 refund');
  });

  it('uses the Japanese dictionary for a run with kana and the Chinese one otherwise', () => {
    const asked: Array<[string, string]> = [];
    const spy: Segment = (text, lang) => {
      asked.push([text, lang]);
      return [...text];
    };
    segmentQuery('投诉 有給休暇の申請', spy);
    expect(asked).toEqual([
      ['投诉', 'zh'],
      ['有給休暇の申請', 'ja'],
    ]);
  });
});

describe('the queries asked for one search', () => {
  it('asks the segmented query, once', () => {
    expect(searchVariants('投诉处理')).toEqual(['投诉 处理']);
    expect(searchVariants('投诉 处理')).toEqual(['投诉 处理']);
    expect(searchVariants('  complaint ')).toEqual(['complaint']);
    expect(searchVariants('   ')).toEqual([]);
  });

  it('asks an exact search in quotes as typed', () => {
    expect(searchVariants('"投诉处理"', [RESPOND])).toEqual(['"投诉处理"']);
  });

  it('adds the handbook\'s words for a common question, in any case and with a question mark', () => {
    expect(searchVariants('How long to respond?', [RESPOND])).toEqual(['How long to respond?', 'first response', '首次 响应']);
    expect(searchVariants('how long to respond to a complaint', [RESPOND])).toContain('first response to a complaint');
  });

  it('matches a phrase in Chinese inside a longer query', () => {
    expect(searchVariants('投诉多久回复', [RESPOND])).toEqual(['投诉 多久 回复', '投诉 first response', '投诉 首次 响应']);
  });

  it('matches whole words only in text written with spaces', () => {
    expect(searchVariants('showhow long to respond', [RESPOND])).toEqual(['showhow long to respond']);
    expect(searchVariants('how long to respondents', [RESPOND])).toEqual(['how long to respondents']);
  });

  it('asks at most MAX_VARIANTS queries', () => {
    const many = { phrases: ['x'], terms: Array.from({ length: 20 }, (_, i) => `term${i}`) };
    expect(searchVariants('x', [many])).toHaveLength(MAX_VARIANTS);
  });
});
