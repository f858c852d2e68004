/**
 * URL builders: every link in the site is made here, so that addresses stay stable and a `base`
 * path (Astro's `base` option) is applied in one place. URLs end with a slash (directory format).
 */

function base(): string {
  const b = import.meta.env?.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** Encodes each segment of a path-like id (page ids may contain slashes). */
function segments(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

export const homeUrl = (): string => base();
export const sopsListUrl = (): string => `${base()}sops/`;
export const sopUrl = (id: string): string => `${base()}sops/${segments(id)}/`;
export const pagesUrl = (): string => `${base()}pages/`;
export const pageUrl = (id: string): string => `${base()}pages/${segments(id)}/`;
export const standardsUrl = (): string => `${base()}standards/`;
export const standardUrl = (id: string): string => `${base()}standards/${segments(id)}/`;
export const kpisUrl = (): string => `${base()}kpis/`;
export const kpiUrl = (id: string): string => `${base()}kpis/${segments(id)}/`;
export const unitsUrl = (): string => `${base()}units/`;
export const unitUrl = (id: string): string => `${base()}units/${segments(id)}/`;
export const actionsUrl = (): string => `${base()}actions/`;
export const scorecardsUrl = (): string => `${base()}scorecards/`;
/** The scorecard of one period, e.g. `/scorecards/2026-10/`. */
export const scorecardUrl = (period: string): string => `${base()}scorecards/${segments(period)}/`;
/** A unit's scorecard for the latest period. */
export const unitScorecardUrl = (unit: string): string => `${base()}scorecards/units/${segments(unit)}/`;
export const earlyWarningsUrl = (): string => `${base()}scorecards/early-warnings/`;
export const dataQualityUrl = (): string => `${base()}scorecards/data-quality/`;
/** A downloadable file, e.g. `exportUrl('scorecard-2026-10.csv')`. */
export const exportUrl = (file: string): string => `${base()}exports/${segments(file)}`;
/** Actions have no page of their own yet: each is a row of the actions table. */
export const actionUrl = (id: string): string => `${base()}actions/#${encodeURIComponent(id)}`;
/** The periodic-review schedule. */
export const reviewsUrl = (): string => `${base()}reviews/`;
export const searchUrl = (): string => `${base()}search/`;
/** The traceability matrix of standards, SOPs and KPIs. */
export const traceabilityUrl = (): string => `${base()}traceability/`;
/** A superseded version of an SOP, kept from its Git history, e.g. `/sops/SOP-CS-001/v/2.0/`. */
export const sopVersionUrl = (id: string, version: string): string => `${sopUrl(id)}v/${encodeURIComponent(version)}/`;

/** The id of a document in the `documents` collection: its path below `content/` without extension. */
export function documentId(originFile: string): string {
  return originFile.replace(/^content\//, '').replace(/\.mdx?$/i, '');
}
