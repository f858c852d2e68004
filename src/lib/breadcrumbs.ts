/**
 * Breadcrumb trails of document pages: Home › section › (group) › the document. The last crumb
 * is the page itself and has no link.
 */
import { homeUrl, kpisUrl, pagesUrl, sopsListUrl, standardsUrl, unitUrl, unitsUrl } from './urls.ts';

export interface Crumb {
  label: string;
  /** Absent for the current page. */
  href?: string | undefined;
}

const home = (): Crumb => ({ label: 'Home', href: homeUrl() });

/** Home › SOPs › Customer service › SOP-CS-001 (the area links to its group on the SOP list). */
export function sopTrail(sop: { id: string }, area: { id: string; name: string } | undefined): Crumb[] {
  const trail = [home(), { label: 'SOPs', href: sopsListUrl() }];
  if (area) trail.push({ label: area.name, href: `${sopsListUrl()}#area-${encodeURIComponent(area.id)}` });
  return [...trail, { label: sop.id }];
}

/** Home › Standards › STD-… */
export function standardTrail(id: string): Crumb[] {
  return [home(), { label: 'Standards', href: standardsUrl() }, { label: id }];
}

/** Home › KPIs › KPI-… */
export function kpiTrail(id: string): Crumb[] {
  return [home(), { label: 'KPIs', href: kpisUrl() }, { label: id }];
}

/** Home › Units › parent units, top first › the unit. `path` runs from the root to the unit itself. */
export function unitTrail(path: readonly { id: string; name: string }[]): Crumb[] {
  const trail: Crumb[] = [home(), { label: 'Units', href: unitsUrl() }];
  path.forEach((u, i) => trail.push(i === path.length - 1 ? { label: u.name } : { label: u.name, href: unitUrl(u.id) }));
  return trail;
}

/** Home › Handbook pages › the page title. */
export function pageTrail(title: string): Crumb[] {
  return [home(), { label: 'Handbook pages', href: pagesUrl() }, { label: title }];
}
