/**
 * What the quality records say about each unit (core/analysis/unit-records.ts), read once per
 * handbook with the risks raised by the current KPI warnings (risk-alerts.ts): every unit page, in
 * every language, picks its part from it.
 */
import { unitRecords, type UnitRecords } from '../../core/analysis/unit-records.ts';
import type { Handbook } from '../../core/model/handbook.ts';
import { riskAlertsOf } from './risk-alerts.ts';

const cache = new WeakMap<Handbook, (unitId: string) => UnitRecords>();

export function recordsOfUnit(h: Handbook, unitId: string): UnitRecords {
  let of = cache.get(h);
  if (!of) cache.set(h, (of = unitRecords(h, riskAlertsOf(h))));
  return of(unitId);
}
