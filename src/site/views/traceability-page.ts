/**
 * What the traceability page (src/pages/[...locale]/traceability/index.astro) shows, prepared: the
 * matrix of the handbook in force (core/analysis/traceability.ts) and each SOP's title as a reader
 * of the page sees it (the version in force, in the page's language when translated; `lang` set
 * when the title is in another language).
 */
import type { Handbook, SopEntity } from '../../core/model/handbook.ts';
import { sopInLocale } from '../../core/model/localize.ts';
import { traceability } from '../../core/analysis/traceability.ts';
import { handbookShown, shownInLocale, shownSop } from '../stores/in-force.ts';
import type { UiLocale } from '../words/locale.ts';

export interface ShownTitle {
  title: string;
  /** The title's language when it is not the page's. */
  lang: string | undefined;
}

export function traceabilityPage(handbook: Handbook, locale: UiLocale) {
  const sopTitle = (sop: SopEntity): ShownTitle => {
    const working = handbook.sops.get(sop.id);
    const view = working ? shownInLocale(handbook, shownSop(working, handbook.today), locale) : sopInLocale(handbook, sop, locale);
    return { title: view.title, lang: view.lang === locale ? undefined : view.lang };
  };
  return { trace: traceability(handbookShown(handbook)), sopTitle };
}

export type TraceabilityPage = ReturnType<typeof traceabilityPage>;
