/**
 * Site-wide facts shown in the layout: the handbook's name (from the root unit) and the main
 * navigation. Computed once per handbook.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import type { UiLocale } from '../words/locale.ts';
import { localized } from '../words/text.ts';
import { homeUrl, recordsUrl, reviewsUrl, kpisUrl, scorecardsUrl, standardsUrl, sopsListUrl, traceabilityUrl, unitsUrl } from '../routes/urls.ts';
import { unitRoots } from '../../core/analysis/units.ts';
import { wordsFor } from '../words/words.ts';
import { DEFAULT_SITE_COLOUR, siteSettingsOf } from '../../core/schema/site-settings.ts';

/** The site's colour and the letters of its icon (`data/site.yaml`, else the default blue and the organisation's initials). */
export function siteIdentity(h: Pick<Handbook, 'units' | 'siteSettings'>): { colour: string; iconText: string; logo: string | undefined } {
  const s = siteSettingsOf(h.siteSettings);
  const name = organisationName(h, 'en');
  const initials = name
    .split(/\s+/)
    .filter((w) => /^[A-Za-z0-9]/.test(w))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return { colour: s.colour ?? DEFAULT_SITE_COLOUR, iconText: s.iconText ?? (initials || 'Q'), logo: s.logo };
}

export const SITE_TITLE = 'Service quality handbook';

const names = new WeakMap<Pick<Handbook, 'units'>, Map<UiLocale, string>>();

/** `Harbour Lane Services`: the name of the root unit in `locale`, if there is exactly one. */
export function organisationName(h: Pick<Handbook, 'units'>, locale: UiLocale = 'en'): string {
  let byLocale = names.get(h);
  if (!byLocale) names.set(h, (byLocale = new Map()));
  let name = byLocale.get(locale);
  if (name === undefined) {
    const roots = unitRoots(h.units);
    name = roots.length === 1 ? localized(roots[0]!.name, locale) : '';
    byLocale.set(locale, name);
  }
  return name;
}

/** `Harbour Lane Services · Service quality handbook`, or just the generic title, in `locale`. */
export function siteName(h: Pick<Handbook, 'units'> & Partial<Pick<Handbook, 'siteSettings'>>, locale: UiLocale = 'en'): string {
  const org = organisationName(h, locale);
  const own = siteSettingsOf(h.siteSettings ?? []).title;
  const title = own === undefined ? wordsFor(locale).chrome.siteTitle : localized(own, locale);
  return org ? `${org} · ${title}` : title;
}

export type Section = 'home' | 'sops' | 'standards' | 'kpis' | 'scorecards' | 'units' | 'records' | 'people' | 'actions' | 'complaints' | 'audits' | 'risks' | 'management-reviews' | 'reviews' | 'traceability' | 'training';

/**
 * The sections whose pages are reached through the quality records' landing page (`/records/`):
 * the navigation marks "Records" on them, so that the main navigation stays short enough for a phone.
 */
const RECORD_SECTIONS: ReadonlySet<Section> = new Set<Section>(['records', 'actions', 'complaints', 'audits', 'risks', 'management-reviews', 'training']);

/** The navigation item a page of `section` belongs to. */
export function navSection(section: Section | undefined): Section | undefined {
  return section !== undefined && RECORD_SECTIONS.has(section) ? 'records' : section;
}

export interface NavItem {
  section: Section;
  label: string;
  href: string;
}

export function navigation(locale: UiLocale): NavItem[] {
  const t = wordsFor(locale).chrome.nav;
  return [
    { section: 'home', label: t.home, href: homeUrl(locale) },
    { section: 'sops', label: t.sops, href: sopsListUrl(locale) },
    { section: 'standards', label: t.standards, href: standardsUrl(locale) },
    { section: 'kpis', label: t.kpis, href: kpisUrl(locale) },
    { section: 'scorecards', label: t.scorecards, href: scorecardsUrl(locale) },
    { section: 'units', label: t.units, href: unitsUrl(locale) },
    { section: 'records', label: t.records, href: recordsUrl(locale) },
    { section: 'reviews', label: t.reviews, href: reviewsUrl(locale) },
    { section: 'traceability', label: t.traceability, href: traceabilityUrl(locale) },
  ];
}
