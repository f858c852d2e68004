/**
 * The keys of the pages of risks, standards, KPIs and people (`/risks/<id>/`, `/standards/<id>/`,
 * `/kpis/<id>/`, `/people/<id>/`, in both languages), with which a build restores such a page from
 * the previous build (./page-keys.ts says how, and what every key holds: `recordPageKey` puts in
 * what every page shows, `siteKeyParts`, and everything in the handbook but its SOPs, pages,
 * translations, compiled bodies and `index`, `sharedDigest`). Each key adds what its page shows
 * beyond that, found by reading the page and every component it renders, recursively:
 *
 * - every page: the layout (site name and identity, navigation, the "propose a change" guide, the
 *   build date, base and site address; none of these pages has an edit link), the breadcrumbs and
 *   the interface words: the locale and `siteKeyParts`;
 * - a risk's page (`riskPageKeyParts`; risks/[id].astro with Localized, PersonName, SearchData,
 *   UnitScope, UnitLink, RiskLevel, RiskResponse): the risk (titles, cause, consequence, owner,
 *   dates, units, ratings, controls, contingency, acceptance, its derived levels and review); its
 *   view (`riskPage`: the title in the page's language, the treatment action's stage and due date
 *   from `handbook.actions`, the KPI warnings that raise it, from the current scorecards
 *   (site/stores/risk-alerts.ts), and the words of the step where it arises and of each control's
 *   step as the version in force has them in the page's language); its search data (unit names);
 *   of the handbook, in `sharedDigest`: the people (owner, who accepted it), the units, the titles
 *   of the standards and names of the KPIs its controls name; and the SOPs it names (where it
 *   arises, its controls): `linkedSopParts`;
 * - a standard's page (`standardPageKeyParts`; standards/[id].astro with DocumentChangedMark,
 *   ControlNotice, ControlPanel (approval notice, signatures, change log, review), CriterionText,
 *   FreeText, PersonName, UnitScope, SearchData, SopList (StatusBadge, SopChangedMark,
 *   VersionBadges), ActionList): the standard; its view (`standardPage`: the KPI its criterion names,
 *   the KPIs that measure it and the related KPIs of its SOPs in use, the actions that name it
 *   (`handbook.index.actionsByStandard`), its document control from the store (`controlView`: the
 *   version in force from Git history, upcoming and superseded versions, approval state and
 *   signatures, next review), and the SOPs that implement it (`handbook.index.sopsByStandard`),
 *   in the key by id); its search data; and those SOPs' `linkedSopParts` (the title in force in
 *   the page's language, status, "changed since approval", a scheduled version; their status and
 *   `measuredBy` give the related KPIs);
 * - a KPI's page (`kpiPageKeyParts`; kpis/[id].astro with KpiValuesTable, LineChart,
 *   ControlChartFacts, KpiSignalsTable (acknowledgements: people), UnitComparisonTable, SopList,
 *   ActionList, ControlNotice, ControlPanel, DocumentChangedMark, UnitLink, UnitScope, PersonName,
 *   FreeText, SearchData): the KPI; its view (`kpiPage`: latest values, run rules, the latest
 *   scorecard's units, entry and comparison, the trend and control charts with their phases (an
 *   SOP's major version taking effect starts one) and the reasons for no chart, its signals, the
 *   standards and actions that name it (`handbook.index`), its document control, and the SOPs it
 *   measures (`handbook.index.sopsByKpi`), in the key by id); its search data; and those SOPs'
 *   `linkedSopParts`;
 * - a person's page (`personPageKeyParts`; people/[id].astro with DataTable): the person; the view
 *   (`personPage`: role and unit names, and every item of every kind that names the person, with
 *   its title as the file holds it, in the page's language: SOPs and handbook pages too, whose
 *   titles `sharedDigest` leaves out); and the SOPs among them: `linkedSopParts`.
 *
 * None of these pages shows an SOP's body or steps beyond what `linkedSopParts` holds (the risk
 * page's step words are in its view too), nor anything of all SOPs at once. A component that reads
 * something new must put it here, or its page must lose its key.
 */
import type { Handbook, KpiEntity, PersonEntity, RiskEntity, SopEntity, StandardEntity } from '../../core/model/handbook.ts';
import { searchData } from '../search/records.ts';
import type { UiLocale } from '../words/locale.ts';
import { kpiPage } from './kpi-page.ts';
import { linkedSopDigests, recordPageKey } from './page-keys.ts';
import { personPage } from './person-page.ts';
import { riskPage } from './risks.ts';
import { standardPage } from './standard-page.ts';

const ids = (sops: readonly SopEntity[]) => sops.map((s) => s.id);

/** What a risk's page in `locale` shows beyond what every page shows (see the module's comment). */
export function riskPageKeyParts(handbook: Handbook, risk: RiskEntity, locale: UiLocale) {
  const sops = [risk.process.sop, ...risk.controls.flatMap((c) => (c.sop === undefined ? [] : [c.sop]))];
  return { kind: 'risk', risk, view: riskPage(handbook, risk, locale), search: searchData(handbook, { kind: 'risk', item: risk }), sops: linkedSopDigests(handbook, sops, locale) };
}

/** What a standard's page in `locale` shows beyond what every page shows (see the module's comment). */
export function standardPageKeyParts(handbook: Handbook, standard: StandardEntity, locale: UiLocale) {
  const view = standardPage(handbook, standard);
  return { kind: 'standard', standard, view: { ...view, sops: ids(view.sops) }, search: searchData(handbook, { kind: 'standard', item: standard }), sops: linkedSopDigests(handbook, ids(view.sops), locale) };
}

/** What a KPI's page in `locale` shows beyond what every page shows (see the module's comment). */
export function kpiPageKeyParts(handbook: Handbook, kpi: KpiEntity, locale: UiLocale) {
  const view = kpiPage(handbook, kpi, locale);
  return { kind: 'kpi', kpi, view: { ...view, sops: ids(view.sops) }, search: searchData(handbook, { kind: 'kpi', item: kpi }), sops: linkedSopDigests(handbook, ids(view.sops), locale) };
}

/** What a person's page in `locale` shows beyond what every page shows (see the module's comment). */
export function personPageKeyParts(handbook: Handbook, person: PersonEntity, locale: UiLocale) {
  const view = personPage(handbook, person, locale);
  const sops = view.groups.filter((g) => g.kind === 'sop').flatMap((g) => g.items.map((i) => i.id));
  return { kind: 'person', person, view, sops: linkedSopDigests(handbook, sops, locale) };
}

/** The key of a risk's page in `locale`. */
export function riskPageKey(handbook: Handbook, risk: RiskEntity, locale: UiLocale): string {
  return recordPageKey(handbook, locale, riskPageKeyParts(handbook, risk, locale));
}

/** The key of a standard's page in `locale`. */
export function standardPageKey(handbook: Handbook, standard: StandardEntity, locale: UiLocale): string {
  return recordPageKey(handbook, locale, standardPageKeyParts(handbook, standard, locale));
}

/** The key of a KPI's page in `locale`. */
export function kpiPageKey(handbook: Handbook, kpi: KpiEntity, locale: UiLocale): string {
  return recordPageKey(handbook, locale, kpiPageKeyParts(handbook, kpi, locale));
}

/** The key of a person's page in `locale`. */
export function personPageKey(handbook: Handbook, person: PersonEntity, locale: UiLocale): string {
  return recordPageKey(handbook, locale, personPageKeyParts(handbook, person, locale));
}
