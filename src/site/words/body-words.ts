/**
 * Fills in, in a compiled body's HTML, the words of the reader's interface that the body asks for
 * (src/core/body/body-words.ts): `<p class="callout-label" data-sqms-word="callout.note"></p>`
 * becomes `<p class="callout-label">Note</p>` on an English page and `…>说明</p>` on a Chinese one.
 * A key the handbook does not know is left as it is.
 */
import { BODY_WORD_ATTRIBUTE, type BodyWord } from '../../core/body/body-words.ts';
import type { UiLocale } from './locale.ts';
import { wordsFor } from './words.ts';

/** The word of `locale` for each key a body can ask for. */
export function bodyWords(locale: UiLocale): Record<BodyWord, string> {
  const m = wordsFor(locale).markup;
  return {
    'callout.note': m.callout.note,
    'callout.tip': m.callout.tip,
    'callout.important': m.callout.important,
    'callout.warning': m.callout.warning,
    'callout.caution': m.callout.caution,
    'markup.unsupported': m.unsupported,
    'markup.details': m.details,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** An empty element marked with a word's key, up to its closing tag. */
const MARKED = new RegExp(`(<([a-z][a-z0-9]*)\\b[^>]*?)\\s${BODY_WORD_ATTRIBUTE}="([a-z.-]+)"([^>]*>)(?=</\\2>)`, 'g');

export function fillBodyWords(html: string, locale: UiLocale): string {
  if (!html.includes(BODY_WORD_ATTRIBUTE)) return html;
  const words: Record<string, string> = bodyWords(locale);
  return html.replace(MARKED, (whole, open: string, _tag: string, key: string, close: string) => {
    const word = words[key];
    return word === undefined ? whole : `${open}${close}${word.replace(/[&<>"']/g, (c) => ESCAPES[c]!)}`;
  });
}
