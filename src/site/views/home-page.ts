/**
 * What the home page (src/pages/[...locale]/index.astro) shows, prepared: the site's name, what
 * the handbook holds (with links), recent changes and reviews due with each title as the reader
 * sees it, scheduled changes, the SOPs by process area and the handbook pages.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import { pageInLocale, sopInLocale } from '../../core/model/localize.ts';
import { getDocumentControl } from '../stores/document-control.ts';
import { handbookShown, scheduledChanges } from '../stores/in-force.ts';
import { actionsUrl, kpisUrl, pagesUrl, sopsListUrl, standardsUrl, unitsUrl } from '../routes/urls.ts';
import { formatNumber } from '../words/format.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';
import { scheduledDocumentChanges } from './controlled.ts';
import { homeSummary } from './home.ts';
import { sortPages } from './pages.ts';
import { topLevelPages } from './page-tree.ts';
import { siteName } from './site.ts';
import { sopsByArea } from './sops.ts';

export interface HomeCount {
  n: number;
  label: string;
  href: string;
}

export function homePage(handbook: Handbook, locale: UiLocale) {
  const t = wordsFor(locale).home;
  let openActions = 0;
  for (const a of handbook.actions.values()) if (a.stage !== 'closed') openActions++;
  const counts: HomeCount[] = [
    { n: handbook.sops.size, label: t.counts.sops, href: sopsListUrl(locale) },
    { n: handbook.pages.size, label: t.counts.pages, href: pagesUrl(locale) },
    { n: handbook.standards.size, label: t.counts.standards, href: standardsUrl(locale) },
    { n: handbook.kpis.size, label: t.counts.kpis, href: kpisUrl(locale) },
    { n: handbook.measurements.length, label: t.counts.values, href: kpisUrl(locale) },
    { n: handbook.units.size, label: t.counts.units, href: unitsUrl(locale) },
    { n: openActions, label: t.counts.openActions(formatNumber(handbook.actions.size, locale)), href: actionsUrl(locale) },
  ];
  /** A title as the reader of the page sees it; `lang` when it is in another language. */
  const shownTitle = (kind: 'sop' | 'page', id: string, fallback: { title: string; lang?: string | undefined }): { title: string; lang: string | undefined } => {
    const sop = kind === 'sop' ? handbook.sops.get(id) : undefined;
    const page = kind === 'page' ? handbook.pages.get(id) : undefined;
    const view = sop ? sopInLocale(handbook, sop, locale) : page ? pageInLocale(handbook, page, locale) : undefined;
    const lang = view ? view.lang : fallback.lang;
    return { title: view ? view.title : fallback.title, lang: lang && lang !== locale ? lang : undefined };
  };
  const { recent, reviews } = homeSummary(handbookShown(handbook), getDocumentControl().history);
  return {
    title: siteName(handbook, locale),
    counts,
    recent,
    recentShown: recent.available ? recent.changes.map((c) => ({ ...c, shown: shownTitle(c.kind, c.id, c) })) : [],
    reviewsShown: reviews.map((r) => ({ ...r, shown: shownTitle('sop', r.id, { title: r.title, lang: handbook.sops.get(r.id)?.lang }) })),
    scheduled: scheduledChanges(handbook),
    scheduledDocuments: scheduledDocumentChanges(),
    groups: sopsByArea(handbook),
    // The top of the tree of pages: a wiki's thousands are on /pages/, by folder.
    pages: sortPages(topLevelPages(handbook.pages.values())),
  };
}

export type HomePage = ReturnType<typeof homePage>;
