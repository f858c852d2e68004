/**
 * Site-wide facts shown in the layout: the handbook's name (from the root unit) and the main
 * navigation. Computed once per handbook.
 */
import type { Handbook } from '../core/model/handbook.ts';
import { localized } from './text.ts';
import { actionsUrl, homeUrl, reviewsUrl, kpisUrl, scorecardsUrl, standardsUrl, sopsListUrl, traceabilityUrl, unitsUrl } from './urls.ts';
import { unitRoots } from './units.ts';

export const SITE_TITLE = 'Service quality handbook';

const names = new WeakMap<Pick<Handbook, 'units'>, string>();

/** `Harbour Lane Services`: the English name of the root unit, if there is exactly one. */
export function organisationName(h: Pick<Handbook, 'units'>): string {
  let name = names.get(h);
  if (name === undefined) {
    const roots = unitRoots(h.units);
    name = roots.length === 1 ? localized(roots[0]!.name, 'en') : '';
    names.set(h, name);
  }
  return name;
}

/** `Harbour Lane Services · Service quality handbook`, or just the generic title. */
export function siteName(h: Pick<Handbook, 'units'>): string {
  const org = organisationName(h);
  return org ? `${org} · ${SITE_TITLE}` : SITE_TITLE;
}

export type Section = 'home' | 'sops' | 'standards' | 'kpis' | 'scorecards' | 'units' | 'actions' | 'reviews' | 'traceability';

export interface NavItem {
  section: Section;
  label: string;
  href: string;
}

export function navigation(): NavItem[] {
  return [
    { section: 'home', label: 'Home', href: homeUrl() },
    { section: 'sops', label: 'SOPs', href: sopsListUrl() },
    { section: 'standards', label: 'Standards', href: standardsUrl() },
    { section: 'kpis', label: 'KPIs', href: kpisUrl() },
    { section: 'scorecards', label: 'Scorecards', href: scorecardsUrl() },
    { section: 'units', label: 'Units', href: unitsUrl() },
    { section: 'actions', label: 'Actions', href: actionsUrl() },
    { section: 'reviews', label: 'Reviews', href: reviewsUrl() },
    { section: 'traceability', label: 'Traceability', href: traceabilityUrl() },
  ];
}
