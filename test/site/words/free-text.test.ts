import { describe, expect, it } from 'vitest';
import { freeTextLang, freeTextLangAttr } from '../../../src/site/words/free-text.ts';

describe('free text language', () => {
  it('tells Chinese from English by the script', () => {
    expect(freeTextLang('Cut night-delivery complaints in Pudong')).toBe('en');
    expect(freeTextLang('降低浦东夜间配送投诉')).toBe('zh-CN');
    expect(freeTextLang('2024 SERVQUAL 调查')).toBe('zh-CN');
  });

  it('gives a lang attribute only when the text is not in the page\'s language', () => {
    expect(freeTextLangAttr('Industry norm', 'zh-CN')).toBe('en');
    expect(freeTextLangAttr('Industry norm', 'en')).toBeUndefined();
    expect(freeTextLangAttr('行业惯例', 'en')).toBe('zh-CN');
    expect(freeTextLangAttr('', 'zh-CN')).toBeUndefined();
    expect(freeTextLangAttr(undefined, 'zh-CN')).toBeUndefined();
  });
});
