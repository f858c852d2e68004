/**
 * The language of a page's text: any BCP 47 tag (`ja`, `pt-BR`, `zh-Hant`), as written by a wiki
 * or docs site in another language. The interface stays in English and Simplified Chinese; a page
 * in one of those is read as the original in that interface, a page in any other language is
 * shown with its own `lang` in both (as an original in the English one, where search indexes it).
 */
import type { Locale } from './common.ts';

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The tag in its canonical form (`ZH-hant` → `zh-Hant`, `ja-jp` → `ja-JP`), or undefined when it is
 * not a well-formed BCP 47 tag (`ja_JP`) or names no language the platform knows (`english`, `日本語`).
 */
export function canonicalLanguage(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  if (canonical === undefined) return undefined;
  return LANGUAGE_NAMES.of(new Intl.Locale(canonical).language) === undefined ? undefined : canonical;
}

/** The English name of a language (`ja` → Japanese), for messages. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The interface language a text in `tag` is read in without a translation: English for any
 * English (`en`, `en-GB`), Simplified Chinese for Chinese in simplified characters (`zh-CN`, `zh`,
 * `zh-Hans`, `zh-SG`); none for any other language, Traditional Chinese (`zh-Hant`, `zh-TW`,
 * `zh-HK`) included.
 */
export function interfaceLanguageOf(tag: string): Locale | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
  if (locale.language === 'en') return 'en';
  if (locale.language === 'zh' && locale.script === 'Hans') return 'zh-CN';
  return undefined;
}
