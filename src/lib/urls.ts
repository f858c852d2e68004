/**
 * URL builders: every link in the site is made here, so that addresses stay stable and the
 * deployment `base` (Astro's `base` option) and the interface language (`/zh/`) are applied in one
 * place. HTML pages take the locale of the page that links to them (see `./locale.ts`); downloads
 * are the same in every language. URLs end with a slash (directory format).
 */
import { localePrefix, siteBase as base, type UiLocale } from './locale.ts';


/** Encodes each segment of a path-like id (page ids may contain slashes). */
function segments(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

const at = (locale: UiLocale, path: string) => `${base()}${localePrefix(locale)}${path}`;

export const homeUrl = (locale: UiLocale): string => at(locale, '');
export const sopsListUrl = (locale: UiLocale): string => at(locale, 'sops/');
export const sopUrl = (id: string, locale: UiLocale): string => at(locale, `sops/${segments(id)}/`);
export const pagesUrl = (locale: UiLocale): string => at(locale, 'pages/');
export const pageUrl = (id: string, locale: UiLocale): string => at(locale, `pages/${segments(id)}/`);
export const standardsUrl = (locale: UiLocale): string => at(locale, 'standards/');
export const standardUrl = (id: string, locale: UiLocale): string => at(locale, `standards/${segments(id)}/`);
export const kpisUrl = (locale: UiLocale): string => at(locale, 'kpis/');
export const kpiUrl = (id: string, locale: UiLocale): string => at(locale, `kpis/${segments(id)}/`);
export const unitsUrl = (locale: UiLocale): string => at(locale, 'units/');
export const unitUrl = (id: string, locale: UiLocale): string => at(locale, `units/${segments(id)}/`);
export const actionsUrl = (locale: UiLocale): string => at(locale, 'actions/');
export const scorecardsUrl = (locale: UiLocale): string => at(locale, 'scorecards/');
/** The scorecard of one period, e.g. `/scorecards/2026-10/`. */
export const scorecardUrl = (period: string, locale: UiLocale): string => at(locale, `scorecards/${segments(period)}/`);
/** A unit's scorecard for the latest period. */
export const unitScorecardUrl = (unit: string, locale: UiLocale): string => at(locale, `scorecards/units/${segments(unit)}/`);
export const earlyWarningsUrl = (locale: UiLocale): string => at(locale, 'scorecards/early-warnings/');
export const dataQualityUrl = (locale: UiLocale): string => at(locale, 'scorecards/data-quality/');
/** A downloadable file, e.g. `exportUrl('scorecard-2026-10.csv')`: the same in every language. */
export const exportUrl = (file: string): string => `${base()}exports/${segments(file)}`;
/** Actions have no page of their own yet: each is a row of the actions table. */
export const actionUrl = (id: string, locale: UiLocale): string => `${actionsUrl(locale)}#${encodeURIComponent(id)}`;
/** The periodic-review schedule. */
export const reviewsUrl = (locale: UiLocale): string => at(locale, 'reviews/');
export const searchUrl = (locale: UiLocale): string => at(locale, 'search/');
/** The traceability matrix of standards, SOPs and KPIs. */
export const traceabilityUrl = (locale: UiLocale): string => at(locale, 'traceability/');
/** A superseded version of an SOP, kept from its Git history, e.g. `/sops/SOP-CS-001/v/2.0/`. */
export const sopVersionUrl = (id: string, version: string, locale: UiLocale): string => `${sopUrl(id, locale)}v/${encodeURIComponent(version)}/`;

/** The id of a document in the `documents` collection: its path below `content/` without extension. */
export function documentId(originFile: string): string {
  return originFile.replace(/^content\//, '').replace(/\.mdx?$/i, '');
}
