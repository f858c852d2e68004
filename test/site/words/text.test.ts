import { describe, expect, it } from 'vitest';
import { localized, pickLocalized } from '../../../src/site/words/text.ts';

describe('pickLocalized', () => {
  it('returns a plain string as it is, without claiming a language', () => {
    expect(pickLocalized('Complaint handling', 'zh-CN')).toEqual({ text: 'Complaint handling', lang: undefined });
  });

  it('picks the requested language when present', () => {
    expect(pickLocalized({ en: 'Customer', 'zh-CN': '客户' }, 'zh-CN')).toEqual({ text: '客户', lang: undefined });
    expect(pickLocalized({ en: 'Customer', 'zh-CN': '客户' }, 'en')).toEqual({ text: 'Customer', lang: undefined });
  });

  it('falls back to the other language and says which one it is', () => {
    expect(pickLocalized({ en: 'Customer' }, 'zh-CN')).toEqual({ text: 'Customer', lang: 'en' });
    expect(pickLocalized({ 'zh-CN': '客户' }, 'en')).toEqual({ text: '客户', lang: 'zh-CN' });
  });

  it('gives empty text for a missing value', () => {
    expect(pickLocalized(undefined, 'en')).toEqual({ text: '', lang: undefined });
  });
});

describe('localized', () => {
  it('is the text of pickLocalized', () => {
    expect(localized({ 'zh-CN': '客户' }, 'en')).toBe('客户');
  });
});
