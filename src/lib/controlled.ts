/**
 * Controlled documents of any kind for the site: where each one's page is and its title in the
 * reader's language (with the language of the text shown when it is the other one).
 */
import type { ControlledDocument } from '../core/control/document.ts';
import type { Handbook } from '../core/model/handbook.ts';
import { pageInLocale, sopInLocale } from '../core/model/localize.ts';
import type { Locale } from '../core/schema/common.ts';
import { pickLocalized } from './text.ts';
import type { UiLocale } from './locale.ts';
import { kpiUrl, pageUrl, sopUrl, standardUrl } from './urls.ts';

export function controlledUrl(doc: Pick<ControlledDocument, 'kind' | 'id'>, locale: UiLocale): string {
  switch (doc.kind) {
    case 'sop':
      return sopUrl(doc.id, locale);
    case 'page':
      return pageUrl(doc.id, locale);
    case 'standard':
      return standardUrl(doc.id, locale);
    case 'kpi':
      return kpiUrl(doc.id, locale);
  }
}

/** The document's title in `locale`, and the language of the title when it is not `locale`. */
export function controlledTitle(h: Pick<Handbook, 'translations'>, doc: ControlledDocument, locale: Locale): { title: string; lang: Locale | undefined } {
  const e = doc.entity;
  if ('kind' in e && e.kind === 'sop') {
    const view = sopInLocale(h, e, locale);
    return { title: view.title, lang: view.lang === locale ? undefined : view.lang };
  }
  if ('kind' in e && e.kind === 'page') {
    const view = pageInLocale(h, e, locale);
    return { title: view.title, lang: view.lang === locale ? undefined : view.lang };
  }
  const picked = pickLocalized('criterion' in e ? e.title : e.name, locale);
  return { title: picked.text, lang: picked.lang };
}
