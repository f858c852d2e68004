/**
 * Breadcrumb trails of document pages: Home › section › (group) › the document. The last crumb
 * is the page itself and has no link. Labels and links are in the page's interface language.
 */
import type { UiLocale } from '../words/locale.ts';
import { homeUrl, kpisUrl, pagesUrl, sopsListUrl, standardsUrl, unitUrl, unitsUrl, risksUrl } from '../routes/urls.ts';
import { wordsFor } from '../words/words.ts';

export interface Crumb {
  label: string;
  /** Absent for the current page. */
  href?: string | undefined;
}

const home = (locale: UiLocale): Crumb => ({ label: wordsFor(locale).chrome.nav.home, href: homeUrl(locale) });

/** Home › SOPs › Customer service › SOP-CS-001 (the area links to its group on the SOP list). */
export function sopTrail(sop: { id: string }, area: { id: string; name: string } | undefined, locale: UiLocale): Crumb[] {
  const trail = [home(locale), { label: wordsFor(locale).chrome.nav.sops, href: sopsListUrl(locale) }];
  if (area) trail.push({ label: area.name, href: `${sopsListUrl(locale)}#area-${encodeURIComponent(area.id)}` });
  return [...trail, { label: sop.id }];
}

/** Home › Standards › STD-… */
export function standardTrail(id: string, locale: UiLocale): Crumb[] {
  return [home(locale), { label: wordsFor(locale).chrome.nav.standards, href: standardsUrl(locale) }, { label: id }];
}

/** Home › Risks › RISK-… */
export function riskTrail(id: string, locale: UiLocale): Crumb[] {
  return [home(locale), { label: wordsFor(locale).chrome.nav.risks, href: risksUrl(locale) }, { label: id }];
}

/** Home › KPIs › KPI-… */
export function kpiTrail(id: string, locale: UiLocale): Crumb[] {
  return [home(locale), { label: wordsFor(locale).chrome.nav.kpis, href: kpisUrl(locale) }, { label: id }];
}

/** Home › Units › parent units, top first › the unit. `path` runs from the root to the unit itself. */
export function unitTrail(path: readonly { id: string; name: string }[], locale: UiLocale): Crumb[] {
  const trail: Crumb[] = [home(locale), { label: wordsFor(locale).chrome.nav.units, href: unitsUrl(locale) }];
  path.forEach((u, i) => trail.push(i === path.length - 1 ? { label: u.name } : { label: u.name, href: unitUrl(u.id, locale) }));
  return trail;
}

/** Home › Handbook pages › the page title. */
export function pageTrail(title: string, locale: UiLocale): Crumb[] {
  return [home(locale), { label: wordsFor(locale).chrome.nav.pages, href: pagesUrl(locale) }, { label: title }];
}
