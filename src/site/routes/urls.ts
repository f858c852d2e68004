/**
 * URL builders: every link in the site is made here, so that addresses stay stable and the
 * deployment `base` (Astro's `base` option) and the interface language (`/zh/`) are applied in one
 * place. The paths themselves are defined once in `core/site-paths.ts` (`PATHS`), which the link
 * check uses too. HTML pages take the locale of the page that links to them (see `./locale.ts`);
 * downloads are the same in every language. URLs end with a slash (directory format).
 */
import { PATHS, pathsOf } from '../../core/site-paths.ts';
import { localePrefix, siteBase, type UiLocale } from '../words/locale.ts';

/** A site path (`/sops/X/`) as a link from a page in `locale`: base and language segment in front. */
const at = (locale: UiLocale, path: string) => `${siteBase()}${localePrefix(locale)}${path.slice(1)}`;

/** The list or register page of a kind with pages (`pages` in src/core/model/kinds/), e.g. `kindListUrl('finding', locale)`. */
export const kindListUrl = (kindName: string, locale: UiLocale): string => at(locale, pathsOf(kindName).list);
/** The page of one item of a kind with a page per item, e.g. `kindItemUrl('finding', 'AF-2026-001', locale)`. */
export const kindItemUrl = (kindName: string, id: string, locale: UiLocale): string => at(locale, pathsOf(kindName).item(id));

export const homeUrl = (locale: UiLocale): string => at(locale, PATHS.home());
export const sopsListUrl = (locale: UiLocale): string => at(locale, PATHS.sops());
export const sopUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.sop(id));
export const pagesUrl = (locale: UiLocale): string => at(locale, PATHS.pages());
export const pageUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.page(id));
export const standardsUrl = (locale: UiLocale): string => at(locale, PATHS.standards());
export const standardUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.standard(id));
export const kpisUrl = (locale: UiLocale): string => at(locale, PATHS.kpis());
export const kpiUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.kpi(id));
export const unitsUrl = (locale: UiLocale): string => at(locale, PATHS.units());
export const unitUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.unit(id));
export const actionsUrl = (locale: UiLocale): string => at(locale, PATHS.actions());
/** The landing page of the quality records (actions, complaints, audits, inspections, training, risks, management reviews). */
export const recordsUrl = (locale: UiLocale): string => at(locale, PATHS.records());
/** Everyone named in the handbook, and a person's page (role, unit, what they are named for). */
export const peopleUrl = (locale: UiLocale): string => at(locale, PATHS.people());
export const personUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.person(id));
export const complaintsUrl = (locale: UiLocale): string => at(locale, PATHS.complaints());
/** The audit calendar, an audit, the finding register and a finding. */
export const auditsUrl = (locale: UiLocale): string => at(locale, PATHS.audits());
export const auditUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.audit(id));
export const findingsUrl = (locale: UiLocale): string => at(locale, PATHS.findings());
export const findingUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.finding(id));
/** The risk register, and one risk's page. */
export const risksUrl = (locale: UiLocale): string => at(locale, PATHS.risks());
export const riskUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.risk(id));
/** Daily inspections and mystery-shopper visits. */
export const inspectionsUrl = (locale: UiLocale): string => at(locale, PATHS.inspections());
/** Management reviews, and the input pack and record of one quarter's review (`2026-Q3`). */
export const managementReviewsUrl = (locale: UiLocale): string => at(locale, PATHS.managementReviews());
export const managementReviewUrl = (quarter: string, locale: UiLocale): string => at(locale, PATHS.managementReview(quarter));
export const scorecardsUrl = (locale: UiLocale): string => at(locale, PATHS.scorecards());
/** The scorecard of one period, e.g. `/scorecards/2026-10/`. */
export const scorecardUrl = (period: string, locale: UiLocale): string => at(locale, PATHS.scorecard(period));
/** A unit's scorecard for the latest period. */
export const unitScorecardUrl = (unit: string, locale: UiLocale): string => at(locale, PATHS.unitScorecard(unit));
export const earlyWarningsUrl = (locale: UiLocale): string => at(locale, PATHS.earlyWarnings());
export const dataQualityUrl = (locale: UiLocale): string => at(locale, PATHS.dataQuality());
/** A downloadable file, e.g. `exportUrl('scorecard-2026-10.csv')`: the same in every language. */
export const exportUrl = (file: string): string => `${siteBase()}${PATHS.export(file).slice(1)}`;
/** Actions have no page of their own yet: each is a row of the actions table. */
export const actionUrl = (id: string, locale: UiLocale): string => `${actionsUrl(locale)}#${encodeURIComponent(id)}`;
/** The periodic-review schedule. */
export const trainingUrl = (locale: UiLocale): string => at(locale, PATHS.training());
export const reviewsUrl = (locale: UiLocale): string => at(locale, PATHS.reviews());
export const searchUrl = (locale: UiLocale): string => at(locale, PATHS.search());
/** The traceability matrix of standards, SOPs and KPIs. */
export const traceabilityUrl = (locale: UiLocale): string => at(locale, PATHS.traceability());
/** A superseded version of an SOP, kept from its Git history, e.g. `/sops/SOP-CS-001/v/2.0/`. */
export const sopVersionUrl = (id: string, version: string, locale: UiLocale): string => at(locale, PATHS.sopVersion(id, version));
/** The version an SOP's file holds while it is not in force yet, e.g. `/sops/SOP-CS-001/upcoming/`. */
export const sopUpcomingUrl = (id: string, locale: UiLocale): string => at(locale, PATHS.sopUpcoming(id));

/** The id of a document in the `documents` collection: its path below `content/` without extension. */
export function documentId(originFile: string): string {
  return originFile.replace(/^content\//, '').replace(/\.mdx?$/i, '');
}
