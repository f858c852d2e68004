/**
 * Localised text: picks the reader's language from a `LocalizedText` value, falling back to the
 * other language when a translation is missing, and says which language the chosen text is in so
 * that pages can mark it with a `lang` attribute for screen readers and fonts. The picking is the
 * core's (core/text/localized.ts: the exports write names with it too).
 */
import type { Locale } from '../../core/schema/common.ts';

export { localized, pickLocalized, type PickedText } from '../../core/text/localized.ts';

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };
