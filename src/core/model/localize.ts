/**
 * What a reader of one interface language sees of a document: the original when it is written
 * in that language, else its translation into it (possibly made from an older version), else the
 * original with a notice that no translation exists. The procedure (roles, time limits, links,
 * approvals, versions) always comes from the original; a translation only supplies words.
 */
import { interfaceLanguageOf } from '../schema/language.ts';
import { compareVersions } from '../schema/version.ts';
import type { Locale } from '../schema/common.ts';
import type { Step } from '../schema/sop.ts';
import type { Handbook, PageEntity, PageTranslationEntity, SopEntity, SopTranslationEntity } from './handbook.ts';

/**
 * `original`: written in the reader's language. `translated`: a current translation.
 * `outdated`: a translation made from an older version (or before the original's last update).
 * `missing`: no translation into the reader's language; the original is shown.
 */
export type TranslationState = 'original' | 'translated' | 'outdated' | 'missing';

export interface SopInLocale {
  sop: SopEntity;
  /** The reader's interface language. */
  locale: Locale;
  state: TranslationState;
  /** The language of the words shown (title, summary, steps, body). */
  lang: Locale;
  translation: SopTranslationEntity | undefined;
  title: string;
  summary: string;
  /** The original's steps with the translated words put in. */
  steps: Step[];
  /** The file whose MDX body is shown. */
  bodyFile: string;
}

/** The words of a translation: the fields of a translation file, today's or an earlier one from history. */
export type TranslationWords = Pick<SopTranslationEntity, 'lang' | 'sourceVersion' | 'title' | 'summary' | 'steps'>;

function translatedSteps(steps: readonly Step[], t: TranslationWords): Step[] {
  const words = new Map(t.steps.map((s) => [s.id, s]));
  return steps.map((step) => {
    const w = words.get(step.id);
    if (!w) return step;
    const decision =
      step.decision && w.decision && w.decision.options.length === step.decision.options.length
        ? { question: w.decision.question, options: step.decision.options.map((o, i) => ({ ...o, label: w.decision!.options[i]! })) }
        : step.decision;
    return { ...step, action: w.action ?? step.action, record: w.record ?? step.record, decision };
  });
}

export interface SopWords {
  state: TranslationState;
  /** The language of the words shown. */
  lang: Locale;
  title: string;
  summary: string;
  steps: Step[];
}

/**
 * The words a reader of `locale` sees of `sop` given its translation into that language (or
 * none): the original's when it is written in that language or has no translation, else the
 * translation's, marked outdated when made from an earlier version than `sop.version`.
 */
export function sopWords(sop: Pick<SopEntity, 'lang' | 'version' | 'title' | 'summary' | 'steps'>, t: TranslationWords | undefined, locale: Locale): SopWords {
  const original = { title: sop.title, summary: sop.summary, steps: sop.steps, lang: sop.lang };
  if (sop.lang === locale) return { ...original, state: 'original' };
  if (!t) return { ...original, state: 'missing' };
  return {
    state: compareVersions(t.sourceVersion, sop.version) < 0 ? 'outdated' : 'translated',
    lang: t.lang,
    title: t.title,
    summary: t.summary,
    steps: translatedSteps(sop.steps, t),
  };
}

export function sopInLocale(h: Pick<Handbook, 'translations'>, sop: SopEntity, locale: Locale): SopInLocale {
  const t = sop.lang === locale ? undefined : h.translations.sops.get(sop.id)?.get(locale);
  const words = sopWords(sop, t, locale);
  return { sop, locale, ...words, translation: t, bodyFile: t ? t.origin.file : sop.origin.file };
}

export interface PageInLocale {
  page: PageEntity;
  locale: Locale;
  state: TranslationState;
  /** The language of the text shown (a BCP 47 tag: `ja` for a page in Japanese). */
  lang: string;
  translation: PageTranslationEntity | undefined;
  title: string;
  description: string | undefined;
  /** The document shown: the translation or the original. */
  shown: PageEntity;
}

/**
 * What a reader of `locale` sees of `page`: the page itself when it is written in that interface's
 * language (`en-GB` in the English one), else its translation into it, else the page with a notice
 * (state `missing`). A page in a language of neither interface (`ja`) is an original of the English
 * interface, shown there without notice, and in the Chinese one as not translated yet.
 */
export function pageInLocale(h: Pick<Handbook, 'translations'>, page: PageEntity, locale: Locale): PageInLocale {
  const base = { page, locale, title: page.title, description: page.description, shown: page, translation: undefined };
  if ((interfaceLanguageOf(page.lang) ?? 'en') === locale) return { ...base, state: 'original', lang: page.lang };
  const t = h.translations.pages.get(page.id)?.get(locale);
  if (!t) return { ...base, state: 'missing', lang: page.lang };
  const outdated = page.updated !== undefined && t.updated !== undefined && t.updated < page.updated;
  return { page, locale, state: outdated ? 'outdated' : 'translated', lang: t.lang, translation: t, title: t.title, description: t.description ?? page.description, shown: t };
}

/** The languages a document can be read in without a fallback: its own and its translations'. */
export function availableLanguages(h: Pick<Handbook, 'translations'>, doc: { kind: 'sop' | 'page'; id: string; lang: string }): string[] {
  const byLang = doc.kind === 'sop' ? h.translations.sops.get(doc.id) : h.translations.pages.get(doc.id);
  return [doc.lang, ...(byLang ? [...byLang.keys()].filter((l) => l !== doc.lang) : [])];
}
