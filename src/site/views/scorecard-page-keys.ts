/**
 * The keys of the scorecard pages of a period (`/scorecards/<period>/`,
 * src/pages/[...locale]/scorecards/[period].astro) and of a unit (`/scorecards/units/<id>/`, the
 * latest period), with which a build may restore them from the previous build (./page-keys.ts says
 * how keys work). Both pages show a scorecard of the scorecard store (src/site/stores/scorecards.ts),
 * so the key holds what that scorecard is computed from rather than the scorecard itself: computing
 * every period's scorecard for the keys would compute most of them twice in a clean build. What the
 * pages and their components read, and where each is in the key:
 *
 * - the layout and words: the interface language, the build date, the site's name, identity,
 *   navigation and settings (`siteKeyParts`);
 * - from the handbook, through `sharedDigest`: the units (names, types, the tree), the KPIs in force
 *   (names, layers, targets, warnings, units of measure), the measurements (values, sparklines, the
 *   series a chart is drawn from), improvement actions (problems' actions, stages, overdue), the
 *   declared phases, acknowledged signals, audit findings (open at the period's review), the build
 *   date; and what the store derives from them alone: which periods have a scorecard, the latest
 *   one (put in by value too), a period's neighbours;
 * - the objectives the period is judged by (`objectivesOfPeriod`): each KPI as in force on the
 *   period's first day, an earlier version read from Git history through the document-control
 *   store when a target changed since (not in `sharedDigest`, which holds the KPIs in force today);
 * - of the SOPs (left out of `sharedDigest`), what reaches a scorecard (`scorecardSopParts`): the
 *   engine reads the SOPs measured by each KPI (`index.sopsByKpi`, from `measuredBy`), their status,
 *   scope and change log (a major version starts a control-chart phase, named on the chart as "after
 *   SOP-… version … took effect on …"), and the change log of an SOP a declared phase names; the
 *   handbook view of an earlier period's objectives rebuilds the index and derived part from the
 *   SOPs' areas, standards and training. All of an SOP's fields are put in but its title, summary,
 *   steps, body, related SOPs and source positions, which no scorecard shows or reads (a test runs
 *   every scorecard page's view with SOPs that record what is read, and fails on any of these).
 *   So an edit of an SOP's steps or title leaves these keys as they were; a new version, status or
 *   scope of any SOP renders every scorecard page again.
 *
 * The unit scorecard also reads the unit's KPI lines from the latest scorecard with the unit's
 * measurements (sparklines) and the units below it (`index.unitAndDescendants`, derived from the
 * units): all in the above. No page, body, translation, approval or Git history of an SOP is shown.
 */
import { objectivesOfPeriod } from '../../core/analysis/definitions-in-force.ts';
import type { Handbook, SopEntity } from '../../core/model/handbook.ts';
import { documentVersionsOf } from '../stores/document-control.ts';
import { latestPeriodKey, scorecardPeriods } from '../stores/scorecards.ts';
import type { UiLocale } from '../words/locale.ts';
import { recordPageKey } from './page-keys.ts';
import { stableDigest } from './stable-digest.ts';

/** The fields of an SOP that no scorecard reads or shows; every other field is in a scorecard page's key. */
export const SCORECARD_UNREAD_SOP_FIELDS = ['title', 'summary', 'steps', 'body', 'bodyLine', 'origin', 'related'] as const satisfies readonly (keyof SopEntity)[];

const sopParts = new WeakMap<Handbook, string>();

/** The digest of what of the SOPs reaches a scorecard: each SOP without SCORECARD_UNREAD_SOP_FIELDS. Once per handbook. */
export function scorecardSopParts(handbook: Handbook): string {
  let digest = sopParts.get(handbook);
  if (digest === undefined) {
    const unread = new Set<string>(SCORECARD_UNREAD_SOP_FIELDS);
    const read = [...handbook.sops.values()].map((sop) => Object.fromEntries(Object.entries(sop).filter(([field]) => !unread.has(field))));
    digest = stableDigest(read);
    sopParts.set(handbook, digest);
  }
  return digest;
}

/** What the scorecard of `periodKey` is computed from beyond the shared handbook: the objectives it judges by and what of the SOPs reaches it. */
export function scorecardInputParts(handbook: Handbook, periodKey: string) {
  return { period: periodKey, objectives: objectivesOfPeriod(handbook, periodKey, documentVersionsOf), sops: scorecardSopParts(handbook) };
}

/** What the scorecard page of `periodKey` shows beyond what every page shows and the shared handbook: its scorecard's inputs, the latest period and every period (its navigation). */
export function scorecardPageKeyParts(handbook: Handbook, periodKey: string) {
  return { scorecard: scorecardInputParts(handbook, periodKey), latest: latestPeriodKey(handbook), periods: scorecardPeriods(handbook) };
}

/** The key of the scorecard page of `periodKey` in `locale`. */
export function scorecardPageKey(handbook: Handbook, periodKey: string, locale: UiLocale): string {
  return recordPageKey(handbook, locale, scorecardPageKeyParts(handbook, periodKey));
}

/** What a unit's scorecard page shows beyond what every page shows and the shared handbook: the unit and the latest scorecard's inputs. */
export function unitScorecardPageKeyParts(handbook: Handbook, unitId: string) {
  return { unit: unitId, scorecard: scorecardInputParts(handbook, latestPeriodKey(handbook)) };
}

/** The key of the scorecard page of unit `unitId` in `locale`. */
export function unitScorecardPageKey(handbook: Handbook, unitId: string, locale: UiLocale): string {
  return recordPageKey(handbook, locale, unitScorecardPageKeyParts(handbook, unitId));
}
