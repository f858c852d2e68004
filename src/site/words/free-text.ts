/**
 * Free text of the data that is written in one language only (action titles and goals, sources,
 * data sources, the events of time-limit criteria, notes): its language is not recorded, so it is
 * told from the script: text with Chinese characters is Chinese, any other is English. Pages mark
 * such text with `lang` when it differs from the interface language (see FreeText.astro).
 */
import type { Locale } from '../../core/schema/common.ts';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** The language free text is written in, as far as its script tells. */
export function freeTextLang(text: string): Locale {
  return HAN.test(text) ? 'zh-CN' : 'en';
}

/** The `lang` attribute for free text on a page in `locale`: undefined when it is the page's language. */
export function freeTextLangAttr(text: string | undefined, locale: Locale): Locale | undefined {
  if (!text) return undefined;
  const lang = freeTextLang(text);
  return lang === locale ? undefined : lang;
}
