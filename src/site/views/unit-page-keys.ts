/**
 * The key of a unit's page (`/units/<id>/`, src/pages/[...locale]/units/[id].astro), with which a
 * build may restore it from the previous build (./page-keys.ts says how keys work). What the page
 * and the components it renders read, and where each is in the key:
 *
 * - the layout, breadcrumbs and words: the interface language, the build date, the site's name,
 *   identity, navigation and settings (`siteKeyParts`);
 * - from the handbook, through `sharedDigest` (every data file and what was derived from it): the
 *   unit, the units above and below it (UnitTree, UnitLink), its manager and people (PersonName,
 *   RoleName, `index.peopleByUnit`), its improvement actions (`index.actionsByUnit`), its
 *   certification coverage, its complaints box (UnitComplaints: the latest month of the register,
 *   its top cause and the first promise kept, the repeat-complaint line); the index, which
 *   `sharedDigest` leaves out, is put in by value through the page's view below;
 * - the page's view (`unitPage`): the units above it, its people and actions, the latest
 *   scorecard's period when the unit has a scorecard page (the scorecard store), its coverage, and
 *   its quality records (open findings with their actions, the risks that arise in it and the KPI
 *   warnings that raise them there, which come from the scorecards of the current periods, its
 *   inspections and mystery-shopper visits); and its complaints box and repeat-complaint line;
 * - of the SOPs (left out of `sharedDigest`): the SOPs scoped to the unit or a unit above it, as
 *   its SOP list shows them (`linkedSopParts`: the version in force, its title in the page's
 *   language, status, "changed since approval", a scheduled version; each SOP's digested once per
 *   build, `linkedSopDigests`: a branch of the large handbook lists a few hundred SOPs of its
 *   region, on every page of the region), and which SOPs apply to all
 *   units (the page says how many). An SOP scoped to other units, or an edit of an all-units SOP
 *   that keeps its scope, leaves the key as it was.
 *
 * Nothing else: no body, page or translation, no Git history or approval beyond what
 * `linkedSopParts` holds.
 */
import type { Handbook, UnitEntity } from '../../core/model/handbook.ts';
import type { UiLocale } from '../words/locale.ts';
import { unitComplaints } from './complaints-page.ts';
import { recordPageKey } from './page-keys.ts';
import { linkedSopDigests } from './page-keys.ts';
import { unitRepeatComplaints } from './repeat-complaints.ts';
import { unitPage } from './unit-page.ts';

/** What a unit's page in `locale` shows beyond what every page shows and the shared handbook (see the module's comment). */
export function unitPageKeyParts(handbook: Handbook, unit: UnitEntity, locale: UiLocale) {
  const { sops, ...view } = unitPage(handbook, unit, locale);
  return {
    unit,
    view,
    sops: linkedSopDigests(handbook, sops.specific.map((s) => s.id), locale),
    allUnitsSops: sops.allUnits.map((s) => s.id),
    complaints: unitComplaints(handbook, unit.id, locale),
    repeatComplaints: unitRepeatComplaints(handbook, unit.id, locale),
  };
}

/** The key of a unit's page in `locale`. */
export function unitPageKey(handbook: Handbook, unit: UnitEntity, locale: UiLocale): string {
  return recordPageKey(handbook, locale, unitPageKeyParts(handbook, unit, locale));
}
