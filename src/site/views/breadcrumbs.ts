/**
 * Breadcrumb trails of document pages: Home › section › (group) › the document. The last crumb
 * is the page itself and has no link. Labels and links are in the page's interface language.
 */
import type { UiLocale } from '../words/locale.ts';
import { homeUrl, kpisUrl, pageUrl, pagesUrl, sopsListUrl, standardsUrl, unitUrl, unitsUrl, risksUrl } from '../routes/urls.ts';
import { wordsFor } from '../words/words.ts';
import { folderAnchor, type PageFolderCrumb } from './page-tree.ts';

export interface Crumb {
  label: string;
  /** Absent for the current page. */
  href?: string | undefined;
  /** The label's language when it is not the interface's (a folder named by an untranslated page). */
  lang?: string | undefined;
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

/**
 * Home › Handbook pages › the folders above the page, outermost first › the page title. A folder
 * links to its own page (`team/index.md`), else to its section of the tree on /pages/. The landing
 * page (/pages/ itself) is Home › its title.
 */
export function pageTrail(title: string, locale: UiLocale, folders: readonly PageFolderCrumb[] = [], landing = false): Crumb[] {
  if (landing) return [home(locale), { label: title }];
  const trail: Crumb[] = [home(locale), { label: wordsFor(locale).chrome.nav.pages, href: pagesUrl(locale) }];
  for (const f of folders) trail.push({ label: f.title, href: f.pageId !== undefined ? pageUrl(f.pageId, locale) : `${pagesUrl(locale)}#${folderAnchor(f.path).split('/').map(encodeURIComponent).join('/')}`, lang: f.lang });
  return [...trail, { label: title }];
}
