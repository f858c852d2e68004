/**
 * The keys of an audit's page (`/audits/<id>/`) and an audit finding's page (`/findings/<id>/`),
 * with which a build may restore them from the previous build (./page-keys.ts says how keys work).
 * What the pages and the components they render read, and where each is in the key:
 *
 * - the layout, breadcrumbs and words: the interface language, the build date, the site's name,
 *   identity, navigation and settings (`siteKeyParts`);
 * - from the handbook, through `sharedDigest`: the audit and its findings, the process areas it
 *   covers, its lead and auditors (PersonName), the units (UnitLink), each finding's action (its
 *   stage and overdue flag: ActionRef), the audit a finding belongs to (AuditLink: id and title) and
 *   an earlier finding it repeats, the build date (an audit overdue);
 * - the page's view, by value: for an audit `auditPage` (the SOPs audited: those its scope lists,
 *   or every SOP of its process areas through `index.sopsByArea`, which `sharedDigest` leaves out;
 *   its findings with their day, process area, action and repeat), for a finding its row among its
 *   audit's findings (`findingsOfAudit`: the same, the area from its SOP);
 * - the search data placed in the page (SearchData: id, type, filters, and the names in the other
 *   language read through the kind's references: a finding's unit and SOP).
 *
 * The SOPs audited, and a finding's SOP, are shown by id only (a link to the SOP's page): no title,
 * step text, status or version of an SOP is on these pages, so only which SOPs an area holds (and
 * an SOP's area and, in the search data, its names) can change them, and these are in the views.
 */
import type { AuditEntity, FindingEntity, Handbook } from '../../core/model/handbook.ts';
import { searchData } from '../search/records.ts';
import type { UiLocale } from '../words/locale.ts';
import { auditPage, findingsOfAudit, type FindingRow } from './audits.ts';
import { recordPageKey } from './page-keys.ts';

const rowsByHandbook = new WeakMap<Handbook, Map<string, FindingRow>>();

/** Each finding's row among its audit's findings, worked out once per handbook (each audit's findings once). */
function findingRows(handbook: Handbook): Map<string, FindingRow> {
  let rows = rowsByHandbook.get(handbook);
  if (!rows) {
    rows = new Map();
    for (const audit of new Set([...handbook.findings.values()].map((f) => f.audit))) for (const row of findingsOfAudit(handbook, audit)) rows.set(row.finding.id, row);
    rowsByHandbook.set(handbook, rows);
  }
  return rows;
}

/** What an audit's page shows beyond what every page shows and the shared handbook (see the module's comment). */
export function auditPageKeyParts(handbook: Handbook, audit: AuditEntity) {
  return { audit, view: auditPage(handbook, audit), search: searchData(handbook, { kind: 'audit', item: audit }) };
}

/** The key of an audit's page in `locale`. */
export function auditPageKey(handbook: Handbook, audit: AuditEntity, locale: UiLocale): string {
  return recordPageKey(handbook, locale, auditPageKeyParts(handbook, audit));
}

/** What a finding's page shows beyond what every page shows and the shared handbook (see the module's comment). */
export function findingPageKeyParts(handbook: Handbook, finding: FindingEntity) {
  return { finding, row: findingRows(handbook).get(finding.id), search: searchData(handbook, { kind: 'finding', item: finding }) };
}

/** The key of a finding's page in `locale`. */
export function findingPageKey(handbook: Handbook, finding: FindingEntity, locale: UiLocale): string {
  return recordPageKey(handbook, locale, findingPageKeyParts(handbook, finding));
}
