/**
 * Words that a compiled body shows in the reader's interface language, not in the body's: the
 * label of a callout ("Note", "说明"), the summary of folded details that have none, and the mark
 * of markup the handbook does not render. A body
 * is compiled once for both interfaces, so the compiled HTML holds an empty element marked with
 * the word's key (`<p class="callout-label" data-sqms-word="callout.note"></p>`), and the page
 * fills in the word of its language (src/site/words/body-words.ts).
 */

/** The attribute that marks an element whose text is a word of the interface. */
export const BODY_WORD_ATTRIBUTE = 'data-sqms-word';

/** The hast property name of `BODY_WORD_ATTRIBUTE`. */
export const BODY_WORD_PROPERTY = 'dataSqmsWord';

/** The kinds of callout (GitHub's alerts; Hugo notices are mapped onto them). */
export const CALLOUT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** The words a body can ask for. */
export type BodyWord = `callout.${CalloutType}` | 'markup.unsupported' | 'markup.details';
