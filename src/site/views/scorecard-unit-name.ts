/**
 * The names of a scorecard's units in the page's language, looked up by id: for the tables and
 * sentences of the scorecard and KPI pages that name many units (an id not among them stays the id).
 */
import type { ScorecardUnit } from '../../core/scoring/index.ts';
import type { Locale } from '../../core/schema/common.ts';
import { localized } from '../words/text.ts';

export function scorecardUnitName(units: readonly ScorecardUnit[], locale: Locale): (id: string) => string {
  const names = new Map(units.map((u) => [u.id, localized(u.name, locale)]));
  return (id) => names.get(id) ?? id;
}
