/**
 * Localised text: picks one language from a `LocalizedText` value, falling back to the other
 * language when a translation is missing, and says which language the chosen text is in so that
 * pages can mark it with a `lang` attribute. The exports write names in English with it; the site
 * re-exports it (src/site/words/text.ts).
 */
import type { Locale, LocalizedText } from '../schema/common.ts';

export interface PickedText {
  text: string;
  /** Language of `text` when it differs from the one asked for (plain strings: unknown, so never set). */
  lang: Locale | undefined;
}

/** The text in `lang`, else in the other language; plain strings are returned as they are. */
export function pickLocalized(text: LocalizedText | undefined, lang: Locale): PickedText {
  if (text === undefined) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: undefined };
  const own = text[lang];
  if (own !== undefined) return { text: own, lang: undefined };
  const other: Locale = lang === 'en' ? 'zh-CN' : 'en';
  return { text: text[other] ?? '', lang: other };
}

/** Just the text of `pickLocalized`, for titles, attributes and exports. */
export function localized(text: LocalizedText | undefined, lang: Locale): string {
  return pickLocalized(text, lang).text;
}
