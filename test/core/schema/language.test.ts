/** Pages in any language (issue 19): tags canonical, the interface language each is read in, and what readers of each interface see. */
import { describe, expect, it } from 'vitest';
import { canonicalLanguage, interfaceLanguageOf } from '../../../src/core/schema/language.ts';
import { pageInLocale } from '../../../src/core/model/localize.ts';
import { loadFiles } from '../../helpers/handbook.ts';

describe('canonicalLanguage', () => {
  it('gives the canonical form of a BCP 47 tag', () => {
    expect(['ja', 'JA', 'ja-jp', 'pt-br', 'zh-hant', 'ZH-cn', 'en'].map(canonicalLanguage)).toEqual(['ja', 'ja', 'ja-JP', 'pt-BR', 'zh-Hant', 'zh-CN', 'en']);
  });

  it('refuses what is not a tag, or names no language', () => {
    expect(['ja_JP', 'Japanese', 'english', '日本語', '', 'x'].map(canonicalLanguage)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('interfaceLanguageOf', () => {
  it('reads English of any region in English, simplified Chinese in Chinese, and nothing else in either', () => {
    expect(['en', 'en-GB', 'zh-CN', 'zh', 'zh-Hans', 'zh-SG', 'zh-Hant', 'zh-TW', 'ja', 'pt-BR'].map(interfaceLanguageOf)).toEqual(['en', 'en', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', undefined, undefined, undefined, undefined]);
  });
});

describe('a page in Japanese', () => {
  const { handbook, diagnostics } = loadFiles({ 'content/jinji/leave.md': '---\nlang: ja\n---\n\n# 有給休暇\n\n有給休暇の申請。\n', 'content/uk.md': '---\nlang: en-GB\n---\n\n# Holidays\n' });

  it('is loaded with its language and shown as an original in the English interface, not translated in the Chinese one', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const page = handbook.pages.get('jinji/leave')!;
    expect(page.lang).toBe('ja');
    expect(pageInLocale(handbook, page, 'en')).toMatchObject({ state: 'original', lang: 'ja', title: '有給休暇' });
    expect(pageInLocale(handbook, page, 'zh-CN')).toMatchObject({ state: 'missing', lang: 'ja' });
  });

  it('a page in British English is an original of the English interface', () => {
    expect(pageInLocale(handbook, handbook.pages.get('uk')!, 'en')).toMatchObject({ state: 'original', lang: 'en-GB' });
  });
});
